"""Time stamps on the reading's paragraphs (`[01:23] The city…`): where each starts in the lesson's clip."""

from __future__ import annotations

import re
from collections.abc import Sequence

from presenter.lesson.media import Report
from presenter.lesson.model import Paragraph

# Digits with a colon in brackets at a paragraph's start are meant as a stamp ("[1]" is not): it is
# taken off the text (never read aloud) and reported if it is not a valid time.
_STAMP_LIKE = re.compile(r"\s*\[([0-9][0-9.]*:[0-9:.]*)\]\s*")
_STAMP = re.compile(r"(?:(\d{1,2}):)?(\d{1,3}):(\d{2})(?:\.(\d{1,3}))?")
FORMAT_HINT = "write [mm:ss] or [h:mm:ss] (e.g. [01:05] or [1:02:05.5])"


def take_stamp(raw: str, line: int, report: Report) -> tuple[str, int | None]:
    """`raw` without its leading stamp, and the stamp in milliseconds (None if it has none or a bad one)."""
    found = _STAMP_LIKE.match(raw)
    if found is None:
        return raw, None
    rest, ms = raw[found.end() :], stamp_ms(found.group(1))
    if ms is None:
        report(line, "warning", f'"[{found.group(1)}]" is not a time stamp; {FORMAT_HINT}')
    return rest, ms


def stamp_ms(text: str) -> int | None:
    """Milliseconds of `mm:ss`, `h:mm:ss` or either with `.fraction`; None if it is not a time."""
    m = _STAMP.fullmatch(text)
    if m is None:
        return None
    hours, minutes, seconds = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
    if seconds >= 60 or (m.group(1) is not None and minutes >= 60):
        return None
    fraction = int((m.group(4) or "0").ljust(3, "0"))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction


def check_order(paragraphs: Sequence[Paragraph], has_clip: bool, report: Report) -> None:
    """Warn about stamps that go back in time, and about stamps in a lesson with no clip to follow."""
    stamped = [p for p in paragraphs if p.start_ms is not None]
    if stamped and not has_clip:
        report(stamped[0].line, "warning", "the reading has time stamps but the lesson has no clip; "
                                           'add "video: clip.mp4" to the front matter (the stamps are ignored)')
    kept: Paragraph | None = None  # the latest stamp in order: one not after it is ignored (see deck.transcript)
    for para in stamped:
        assert para.start_ms is not None
        if kept is not None and kept.start_ms is not None and para.start_ms <= kept.start_ms:
            report(para.line, "warning", f"this time stamp ({shown_stamp(para.start_ms)}) is not after the one on "
                                         f"line {kept.line} ({shown_stamp(kept.start_ms)}); stamps go in order")
        else:
            kept = para


def shown_stamp(ms: int) -> str:
    """`ms` as the teacher writes it (tenths kept only when there are some)."""
    s, rest = divmod(ms, 1000)
    text = f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"
    return text + (f".{rest:03d}".rstrip("0") if rest else "")
