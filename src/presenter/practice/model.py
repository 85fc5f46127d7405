"""What a reading check says about each word, and the interface every checker offers."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class Mark(enum.Enum):
    """How one word of the sentence was read."""

    READ = "read"
    UNCLEAR = "unclear"  # something like the word was there, but it scored low
    MISSED = "missed"  # left out, or another word read in its place
    UNCHECKED = "unchecked"  # a name or number the model has no pronunciation for: not judged


@dataclass(frozen=True, slots=True)
class WordCheck:
    """One written word of the sentence, its mark, where it was heard (ms) and its score."""

    text: str
    mark: Mark
    start_ms: int
    end_ms: int
    score: float  # per-frame log-likelihood against the best free phone sequence: 0 is perfect


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A whole sentence checked: each word, words correct per minute and the long pauses."""

    words: tuple[WordCheck, ...]
    wcpm: float
    pauses_ms: tuple[int, ...]
    duration_ms: int

    def count(self, mark: Mark) -> int:
        """How many words got `mark`."""
        return sum(1 for w in self.words if w.mark is mark)

    def to_json(self) -> dict[str, object]:
        """The shape `practice-check --json` prints."""
        return {
            "words": [{"text": w.text, "mark": w.mark.value, "start_ms": w.start_ms, "end_ms": w.end_ms,
                       "score": round(w.score, 2)} for w in self.words],
            "wcpm": round(self.wcpm, 1),
            "pauses_ms": list(self.pauses_ms),
        }


class PracticeError(Exception):
    """The recording cannot be checked; the message says why and what to do."""


class Checker(Protocol):
    """Checks a recording of one sentence against its text."""

    def check(self, sentence: str, recording: Path) -> CheckResult:
        """Mark each word of `sentence` as heard in the WAV file `recording`; raises PracticeError."""
        ...
