"""Write a lesson file atomically: a reader sees the old file or the whole new one, never half of it."""

from __future__ import annotations

from pathlib import Path

from presenter.fileio import write_atomic


def save_lesson(markdown: str, path: Path, *, force: bool = False) -> Path:
    """Write `markdown` to `path` (creating folders); raise FileExistsError if it exists and not `force`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not force:
        raise FileExistsError(str(path))
    write_atomic(path, markdown.encode("utf-8"), replace=force)  # without force, never over a file made meanwhile
    return path
