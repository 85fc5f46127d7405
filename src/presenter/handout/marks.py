"""How a line marks itself as an item: a bullet or any symbol before it, an online form's star after it."""

from __future__ import annotations

import re
import unicodedata

from presenter.handout.lines import strip_bullet

REQUIRED = re.compile(r"\s+\*$")  # "Where is the museum? *": an online form's mark of a required question
_MARKS = frozenset("・•‣⁃◦\u200d\ufe0f")


def _mark(c: str) -> bool:
    """A character that can mark an item: a symbol ("➤", "👉", "→", "★", "■") or a list dot ("・")."""
    return c in _MARKS or unicodedata.category(c) in ("So", "Sm", "Sk") and c not in "<>=|~^"  # not markup


def unbullet(text: str) -> tuple[str, bool]:
    """(text, True) without the bullet or symbol that marks an item ("• ", "➤ ", "👉 "); (text, False) without one."""
    bare = strip_bullet(text)
    if bare == text:
        i = 0
        while i < len(text) and _mark(text[i]):
            i += 1
        if i and text[i:].strip()[:1].isalnum() or i and text[i:].strip()[:1] in "\"“‘(":
            bare = text[i:].strip()
    return bare, bare != text
