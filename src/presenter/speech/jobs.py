"""A piece of work for the speech thread: delivered once (a value, an error or a cancel), waited for with a time-out."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from presenter.speech.model import Clip, SpeechCancelled, SpeechEngine, SpeechError, too_long_to_speak

log = logging.getLogger(__name__)

T = TypeVar("T")
OnDone = Callable[[Clip | Exception], None]


class RunsJobs(Protocol):
    """What a job asks of the worker running it: stop the engine if this job is the one speaking."""

    def _cancel_running(self, job: SpeechJob) -> None: ...


class _Task(Generic[T]):
    """One unit of work for the engine thread, finished exactly once."""

    def __init__(self, run: Callable[[SpeechEngine], T], timeout_s: float,
                 on_done: Callable[[T | Exception], None] | None) -> None:
        self.run = run
        self.timeout_s = timeout_s
        self.deadline = float("inf")  # set when the engine thread starts it
        self._on_done = on_done
        self._lock = threading.Lock()
        self._event = threading.Event()
        self._outcome: T | Exception | None = None

    def finish(self, outcome: T | Exception) -> bool:
        """Record the outcome and call on_done, unless already finished; True if this did."""
        with self._lock:
            if self._event.is_set():
                return False
            self._outcome = outcome
            self._event.set()
        if self._on_done is not None:
            try:
                self._on_done(outcome)
            except Exception:  # a failing callback must not kill the worker
                log.exception("speech on_done callback failed")
        return True

    def done(self) -> bool:
        """Whether an outcome has been delivered."""
        return self._event.is_set()

    def wait(self, timeout_s: float) -> T | Exception | None:
        """The outcome, waiting at most `timeout_s`; None if it is not there by then."""
        self._event.wait(timeout_s)
        return self._outcome if self._event.is_set() else None


class SpeechJob(_Task[Clip]):
    """Handle on one submitted sentence: cancel it, check it, or wait for it (with a time-out)."""

    def __init__(self, text: str, out_wav: Path, voice: str | None, rate: int,
                 on_done: OnDone | None, timeout_s: float, worker: RunsJobs | None) -> None:
        def speak(engine: SpeechEngine) -> Clip:
            """Synthesize the sentence, unless it is too long to speak."""
            # Checked here, the one way every sentence reaches an engine: no caller can ask for a huge clip.
            problem = too_long_to_speak(text)
            if problem is not None:
                raise SpeechError(problem)
            return engine.synthesize(text, out_wav, voice=voice, rate_wpm=rate)

        super().__init__(speak, timeout_s, on_done)
        self.text = text
        self.out_wav = out_wav
        self._worker = worker

    def cancel(self) -> bool:
        """Deliver SpeechCancelled now unless the job already finished; True if it did."""
        cancelled = self.finish(SpeechCancelled(f"cancelled: {self.text[:40]!r}"))
        if cancelled and self._worker is not None:
            self._worker._cancel_running(self)
        return cancelled
