"""Reading durations written by teachers: `90s`, `3m`, `1m30s`, `1:30`, `2 min`."""

from __future__ import annotations

import re

_UNIT_SECONDS = {"h": 3600, "m": 60, "s": 1}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)", re.I)
_CLOCK = re.compile(r"(\d{1,3}):([0-5]\d)")
MAX_SECONDS = 4 * 3600


def parse_duration(text: str) -> int:
    """Return the number of seconds `text` stands for; ValueError when it is not a duration."""
    s = text.strip().lower()
    if not s:
        raise ValueError("empty duration")
    if s.isdigit():
        seconds = int(s)
    elif m := _CLOCK.fullmatch(s):
        seconds = int(m.group(1)) * 60 + int(m.group(2))
    else:
        pos, total = 0, 0.0
        compact = s.replace(" and ", " ")
        for m in _PART.finditer(compact):
            if compact[pos : m.start()].strip(" ,"):
                raise ValueError(f"not a duration: {text!r}")
            total += float(m.group(1)) * _UNIT_SECONDS[m.group(2)[0]]
            pos = m.end()
        if pos == 0 or compact[pos:].strip(" ,"):
            raise ValueError(f"not a duration: {text!r}")
        seconds = round(total)
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"duration out of range: {text!r}")
    return seconds


def format_duration(seconds: int) -> str:
    """Write seconds back the way a teacher would: `90s`, `3m`, `1m30s`."""
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return f"{minutes}m{rest}s"
    return f"{minutes}m" if minutes else f"{rest}s"
