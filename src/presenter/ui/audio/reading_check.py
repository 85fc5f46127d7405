"""Checking a take off the GUI thread (the window's one way: ui.audio.background), the answer as a signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from presenter.practice import Checker, CheckResult, PracticeError
from presenter.text.sentences import word_spans
from presenter.ui.audio.background import run_in_background
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.readmarks import ReadMarks


class LazyChecker:
    """The pocketsphinx checker, loaded on the first check (a window opens without waiting for it)."""

    def __init__(self) -> None:
        """Nothing is loaded yet."""
        self._real: Checker | None = None

    def check(self, sentence: str, recording: Path) -> CheckResult:
        """Load the model if needed, then check."""
        if self._real is None:
            from presenter.practice import SphinxChecker

            self._real = SphinxChecker()
        return self._real.check(sentence, recording)


_ONE_AT_A_TIME = threading.Lock()  # a pocketsphinx decoder must not be shared between threads; panels may share one


class ReadingCheck(QObject):
    """Runs `checker` on one take at a time in the background; `checked` or `failed` follows on the GUI thread."""

    checked = Signal(int, object)  # the number check() returned, CheckResult
    failed = Signal(int, str)  # the number, why

    def __init__(self, checker: Checker, parent: QObject | None = None) -> None:
        """Check with `checker` (one check at a time in the whole app)."""
        super().__init__(parent)
        self.checker = checker
        self._asked = 0
        self._running = 0
        self.checked.connect(self._done)  # first, so `busy` is already False when the answer is handled
        self.failed.connect(self._done)

    @property
    def busy(self) -> bool:
        """Whether a check is under way."""
        return self._running > 0

    def check(self, sentence: str, recording: Path) -> int:
        """Start checking `recording` against `sentence`; the number given back comes with the answer."""
        self._asked += 1
        number = self._asked
        self._running += 1

        def work() -> CheckResult:
            with _ONE_AT_A_TIME:
                return self.checker.check(sentence, recording)

        def failed(exc: Exception) -> None:
            # A broken model or file is reported, never a stuck "checking…".
            why = str(exc) if isinstance(exc, PracticeError) else f"the recording could not be checked: {exc}"
            self.failed.emit(number, why)

        run_in_background(work, lambda result: self.checked.emit(number, result), failed, self, "reading-check")
        return number

    def _done(self, _number: int, _outcome: object) -> None:
        self._running -= 1

    @property
    def latest(self) -> int:
        """The number of the last check asked for (answers to earlier ones are stale)."""
        return self._asked


def show_on_slide(controller: DeckController, sentence: int, result: CheckResult | None) -> None:
    """Colour sentence `sentence`'s words on the slide by `result`'s marks (None: take the colours away)."""
    read = None
    if result is not None:
        spans = word_spans(controller.deck.index.sentences[sentence].text)
        read = ReadMarks(sentence, tuple((s.start, s.end, w.mark) for s, w in zip(spans, result.words)))
    controller.paint_state.read = read
    controller.refresh()
