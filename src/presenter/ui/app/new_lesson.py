"""New lesson: a lesson file from a short template in the teacher's lessons folder, opened in the app and the editor."""

from __future__ import annotations

import re
from pathlib import Path

from presenter.fileio import write_atomic

TEMPLATE = """---
title: {title}
level: B1
---

# Vocabulary

- **word** — what it means

# Reading

Write or paste the text here. Each paragraph is a slide or more.

# Questions

1. A question about the text?
   Answer: its answer

# Discussion

- A question for the class to talk about.
"""


def new_lesson_file(folder: Path, title: str) -> Path:
    """Write a new lesson called `title` in `folder` (never over an existing file); its path."""
    title = " ".join(title.split()) or "New lesson"
    stem = re.sub(r"[^\w-]+", "-", title.lower()).strip("-")[:60] or "lesson"
    folder.mkdir(parents=True, exist_ok=True)
    data = TEMPLATE.format(title=title.replace('"', "'")).encode("utf-8")
    for n in range(1, 1000):
        path = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
        try:
            write_atomic(path, data, replace=False)
            return path
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder}: too many lessons called {stem}")
