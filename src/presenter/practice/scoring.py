"""From aligned words and a free phone pass to marks, pace and pauses (plain arithmetic, no recogniser)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from presenter.practice.model import CheckResult, Mark, WordCheck

FRAME_MS = 10


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Where a word's score stops being "read"; calibrated by benchmarks/bench_practice.py (docs/practice.md)."""

    unclear_below: float = -27.0  # score per frame under which a word is "unclear"
    missed_below: float = -45.0  # … and under which it is "missed or replaced"
    min_frames_per_phone: float = 2.0  # squeezed shorter than this, a word was not there at all
    long_pause_ms: int = 600  # a silence between words at least this long is reported


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of frames the recogniser gave one thing (a word, a silence, or a phone), with its score."""

    name: str
    start: int  # first frame
    end: int  # last frame, inclusive
    score: float  # log-likelihood, higher is better

    @property
    def frames(self) -> int:
        """How many frames it covers."""
        return self.end - self.start + 1


@dataclass(frozen=True, slots=True)
class AlignedWord:
    """A written word, the frames its spoken words were aligned to, their score and phone count."""

    text: str
    start: int
    end: int
    score: float
    phones: int
    judged: bool  # False for names and numbers the dictionary does not hold


@dataclass(frozen=True, slots=True)
class Measured:
    """What the recogniser made of one recording: aligned words, silences, the free phone pass, frames, audio."""

    words: Sequence[AlignedWord]
    silences: Sequence[Segment]
    loop: Sequence[Segment]
    frames: int
    pcm: bytes  # 16 kHz mono 16-bit, as checked


def frame_scores(loop: Sequence[Segment], frames: int) -> list[float]:
    """The free phone pass's score of each frame (each segment's score spread evenly over it)."""
    per = [0.0] * frames
    for seg in loop:
        share = seg.score / seg.frames
        for i in range(max(0, seg.start), min(frames, seg.end + 1)):
            per[i] = share
    return per


def judge(words: Sequence[AlignedWord], silences: Sequence[Segment], loop: Sequence[Segment], frames: int,
          thresholds: Thresholds = Thresholds()) -> CheckResult:
    """Mark each word by how far its aligned score falls below the best free phone sequence there."""
    best = frame_scores(loop, frames)
    checks: list[WordCheck] = []
    for w in words:
        n = w.end - w.start + 1
        gop = (w.score - sum(best[w.start : w.end + 1])) / n
        if not w.judged:
            mark = Mark.UNCHECKED
        elif n < thresholds.min_frames_per_phone * w.phones or gop < thresholds.missed_below:
            mark = Mark.MISSED
        elif gop < thresholds.unclear_below:
            mark = Mark.UNCLEAR
        else:
            mark = Mark.READ
        checks.append(WordCheck(w.text, mark, w.start * FRAME_MS, (w.end + 1) * FRAME_MS, gop))
    return CheckResult(tuple(checks), words_correct_per_minute(checks), long_pauses(words, silences, thresholds),
                       frames * FRAME_MS)


def words_correct_per_minute(words: Sequence[WordCheck]) -> float:
    """Words read right (or not judged) per minute of reading, from the first word's start to the last's end."""
    if not words:
        return 0.0
    span_ms = words[-1].end_ms - words[0].start_ms
    good = sum(1 for w in words if w.mark in (Mark.READ, Mark.UNCHECKED))
    return good * 60000 / span_ms if span_ms > 0 else 0.0


def long_pauses(words: Sequence[AlignedWord], silences: Sequence[Segment], thresholds: Thresholds) -> tuple[int, ...]:
    """The silences between the first and the last word at least `long_pause_ms` long, in ms."""
    if not words:
        return ()
    first, last = words[0].start, words[-1].end
    return tuple(s.frames * FRAME_MS for s in silences
                 if s.start > first and s.end < last and s.frames * FRAME_MS >= thresholds.long_pause_ms)
