"""A checker for tests: marks words by a script, after reading the WAV like the real one."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from presenter.practice.audio import read_for_check
from presenter.practice.model import CheckResult, Mark, PracticeError, WordCheck
from presenter.practice.words import sentence_words


class FakeChecker:
    """Every word READ at an even pace over the recording, except the indexes in `marks`."""

    def __init__(self, marks: Mapping[int, Mark] | None = None) -> None:
        """`marks`: word index → the mark to give it instead of READ."""
        self.marks = dict(marks or {})
        self.checked: list[tuple[str, Path]] = []

    def check(self, sentence: str, recording: Path) -> CheckResult:
        """Read the recording (so a bad file fails as it would for real) and mark the words."""
        pcm = read_for_check(recording)
        duration = len(pcm) * 1000 // 32000
        words = sentence_words(sentence)
        if not words:
            raise PracticeError("the sentence has no words to read")
        self.checked.append((sentence, recording))
        step = duration // len(words)
        checks = tuple(WordCheck(w.text, self.marks.get(i, Mark.READ), i * step, (i + 1) * step,
                                 0.0 if self.marks.get(i, Mark.READ) is Mark.READ else -60.0)
                       for i, w in enumerate(words))
        good = sum(1 for c in checks if c.mark is Mark.READ)
        return CheckResult(checks, good * 60000 / max(1, duration), (), duration)
