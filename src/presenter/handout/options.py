"""A question's options written on its own line: "a) noise  b) losing customers", "□ the news  □ soft music"."""

from __future__ import annotations

import re

_INLINE_OPTION = re.compile(r"(?:(?<=\s)|^)\(?([a-hA-H])[.)]\s+")


def split_inline_options(text: str) -> tuple[str, list[str]]:
    """("The man is ___.", ["happy", "sad"]) for "The man is ___. a) happy b) sad"."""
    matches = list(_INLINE_OPTION.finditer(text))
    # Options are letters in order from a: a) b) c) …; anything else is part of the sentence.
    run: list[re.Match[str]] = []
    for m in matches:
        expected = chr(ord("a") + len(run))
        if m.group(1).lower() == expected:
            run.append(m)
        elif m.group(1).lower() == "a":
            run = [m]
    if len(run) < 2:
        return text, []
    options = [text[m.end() : (run[i + 1].start() if i + 1 < len(run) else len(text))].strip() for i, m in enumerate(run)]
    return text[: run[0].start()].strip(), [o for o in options if o]


_BOX = re.compile(r"\s*[□☐❑◻▢○◯]\s*")


def box_options(text: str) -> list[str]:
    """["the news", "soft music"] for "□ the news  □ soft music" (a line that starts with a tick box)."""
    if not _BOX.match(text):
        return []
    return [part.strip() for part in _BOX.split(text) if part.strip()]
