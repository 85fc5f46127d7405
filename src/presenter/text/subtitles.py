"""Subtitles beside a clip (`.srt` or `.vtt`): cues with times in milliseconds."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_TIME = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})")
_ARROW = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)")
_TAGS = re.compile(r"<[^>]*>")
MAX_CUES = 20_000  # a two-hour film has about 1,500


@dataclass(frozen=True, slots=True)
class Cue:
    """A subtitle shown from `start` to `end` (ms)."""

    start: int
    end: int
    text: str


def _ms(stamp: str) -> int | None:
    m = _TIME.fullmatch(stamp)
    if not m:
        return None
    hours, minutes, seconds, millis = (int(x) if x else 0 for x in m.groups())
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def parse_subtitles(text: str) -> tuple[Cue, ...]:
    """The cues of an SRT or WebVTT file, in time order; lines that are not cues are skipped."""
    cues: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = block.strip("\n").split("\n")
        for i, line in enumerate(lines):
            if m := _ARROW.match(line):
                start, end = _ms(m.group(1)), _ms(m.group(2))
                words = " ".join(_TAGS.sub("", x).strip() for x in lines[i + 1 :]).strip()
                if start is not None and end is not None and end > start and words:
                    cues.append(Cue(start, end, words))
                break
        if len(cues) >= MAX_CUES:
            break
    return tuple(sorted(cues, key=lambda c: c.start))


def cue_at(cues: tuple[Cue, ...], position_ms: int) -> str:
    """The subtitle showing at `position_ms` ('' between cues)."""
    i = bisect_right([c.start for c in cues], position_ms) - 1
    return cues[i].text if i >= 0 and position_ms < cues[i].end else ""
