"""Text that can always be stored, encoded and printed: decided once, when a lesson is loaded."""

from __future__ import annotations

import re

# Lone surrogates cannot be encoded (UTF-8 output, JSON, zip names, Qt's PDF title all fail);
# C0/C1 controls other than tab and newline would reach a terminal as escape sequences.
_UNSTORABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[\t\n\x0b\x0c\r]")
# What a message must not print raw: the above plus the bidi controls that reorder a line.
_UNSHOWABLE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def storable(text: str) -> tuple[str, int]:
    """`text` with surrogate pairs joined, line breaks as spaces, and each lone surrogate or control
    replaced by U+FFFD; with how many were replaced."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        # YAML's "\ud83d\ude00" gives two halves: join them into the one character they spell.
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        lone = joined.count("\ufffd") - text.count("\ufffd")
    else:
        joined, lone = text, 0
    clean, controls = _UNSTORABLE.subn("\ufffd", _SPACES.sub(" ", joined))
    return clean, lone + controls


def shown(text: str) -> str:
    """`text` for a message: controls, bidi marks and lone surrogates written as escapes (\\x1b, \\ud800)."""
    return _UNSHOWABLE.sub(lambda m: m.group(0).encode("unicode_escape", "backslashreplace").decode("ascii"), text)
