"""Running an engine off the GUI thread: one engine, one thread, a queue, time-outs everywhere."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from presenter.speech.jobs import OnDone, SpeechJob, T, _Task
from presenter.speech.model import (
    Clip,
    SpeechCancelled,
    SpeechEngine,
    SpeechError,
    SpeechTimeout,
    Voice,
)


EngineFactory = Callable[[], SpeechEngine]

DEFAULT_JOB_TIMEOUT_S = 30.0
_TICK_S = 0.05  # how often the watchdog looks while a task runs


class SpeechWorker:
    """Owns one engine on one background thread and runs submitted sentences in order.

    The engine is created on that thread (COM and eSpeak want one owner). `on_done` is called
    exactly once per job with the Clip or the exception, on whichever thread settles it: the
    engine thread, the watchdog, or the caller of cancel() / submit() (a cancelled or refused
    job). Marshal it to the GUI thread yourself. A job running past its time-out gets SpeechTimeout;
    if the engine still has not come back `grace_s` later, the worker is marked broken and
    every queued and later job fails at once with SpeechError, so nothing ever waits forever.
    """

    def __init__(self, engine_factory: EngineFactory | None = None, *,
                 job_timeout_s: float = DEFAULT_JOB_TIMEOUT_S, start_timeout_s: float = 10.0,
                 grace_s: float = 2.0) -> None:
        if engine_factory is None:
            from presenter.speech.factory import create_engine

            engine_factory = create_engine
        self._factory = engine_factory
        self.job_timeout_s = job_timeout_s
        self._start_timeout_s = start_timeout_s
        self._grace_s = grace_s
        self._cond = threading.Condition()
        self._queue: deque[_Task[Any]] = deque()
        self._engine: SpeechEngine | None = None
        self._engine_error: Exception | None = None
        self._current: _Task[Any] | None = None
        self._stalled_since: float | None = None
        self._broken: str | None = None
        self._closed = False
        self._ready = threading.Event()
        self._started = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="speech-engine", daemon=True)
        self._watchdog = threading.Thread(target=self._watch, name="speech-watchdog", daemon=True)
        self._thread.start()
        self._watchdog.start()

    def submit(self, text: str, out_wav: Path, voice: str | None, rate: int,
               on_done: OnDone | None = None, *, timeout_s: float | None = None) -> SpeechJob:
        """Queue one sentence; returns a handle. on_done gets the Clip or an exception."""
        job = SpeechJob(text, out_wav, voice, rate, on_done,
                        timeout_s or self.job_timeout_s, self)
        self._enqueue(job)
        return job

    def voices(self, timeout_s: float = 10.0) -> list[Voice]:
        """The engine's voices, asked on the engine thread; raises on error or time-out."""
        task: _Task[list[Voice]] = _Task(lambda engine: engine.voices(), timeout_s, None)
        self._enqueue(task)
        return _result(task, timeout_s)

    def engine_version(self, timeout_s: float = 10.0) -> str:
        """The engine's version string (for cache keys), once the engine has started."""
        if not self._ready.wait(timeout_s):
            raise SpeechTimeout(f"the speech engine did not start within {timeout_s:.0f} s")
        if self._engine is None:
            raise self._engine_error or SpeechError("the speech engine did not start")
        return self._engine.engine_version

    def close(self, timeout_s: float = 2.0) -> bool:
        """Cancel queued jobs, stop the thread; True if it ended within `timeout_s`."""
        with self._cond:
            self._closed = True
            pending = list(self._queue)
            self._queue.clear()
            self._cond.notify_all()
        for task in pending:
            task.finish(SpeechCancelled("the speech worker was closed"))
        if self._current is not None and self._engine is not None:
            self._engine.cancel()
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _enqueue(self, task: _Task[Any]) -> None:
        """Queue a task, or fail it at once when the worker cannot run it."""
        with self._cond:
            refusal = self._refusal()
            if refusal is None:
                self._queue.append(task)
                self._cond.notify_all()
                return
        task.finish(refusal)

    def _refusal(self) -> Exception | None:
        """Why no new task can run now (called with the lock held)."""
        if self._closed:
            return SpeechError("the speech worker is closed")
        if self._engine_error is not None:
            return self._engine_error
        if self._broken is not None:
            return SpeechError(self._broken)
        return None

    def _cancel_running(self, job: SpeechJob) -> None:
        """Ask the engine to stop if `job` is the one it is working on."""
        with self._cond:
            running = self._current is job
        if running and self._engine is not None:
            self._engine.cancel()

    def _take_queue(self) -> list[_Task[Any]]:
        """Empty the queue (called with the lock held) and return what was in it."""
        pending = list(self._queue)
        self._queue.clear()
        return pending

    def _run(self) -> None:
        """The engine thread: create the engine, then run tasks until closed."""
        try:
            engine = self._factory()
        except Exception as exc:  # SpeechUnavailable above all: reported to every job
            with self._cond:
                self._engine_error = exc
                pending = self._take_queue()
            self._ready.set()
            for waiting in pending:
                waiting.finish(exc)
            return
        with self._cond:
            self._engine = engine
            if self._broken is not None and self._stalled_since is None:
                self._broken = None  # a slow start, but it did start
        self._ready.set()
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait(_TICK_S * 10)
                if not self._queue:
                    return
                task = self._queue.popleft()
                if task.done():
                    continue  # cancelled while queued
                task.deadline = time.monotonic() + task.timeout_s
                self._current = task
                self._cond.notify_all()
            try:
                outcome: object = task.run(engine)
            except Exception as exc:  # reported to on_done, the thread lives on
                outcome = exc
            with self._cond:
                self._current = None
                self._stalled_since = None
                self._broken = None  # the engine came back: later jobs may run
            task.finish(outcome)

    def _watch(self) -> None:
        """The watchdog thread: time out stuck tasks and give up on a hung engine."""
        while self._thread.is_alive() or not self._ready.is_set():
            # Decide under the lock, deliver after it: callbacks may call back into us.
            failures: list[tuple[_Task[Any], Exception]] = []
            cancel_engine = False
            with self._cond:
                # Tick while something could go wrong; idle, sleep until a task starts.
                busy = self._current is not None or not self._ready.is_set()
                self._cond.wait(_TICK_S if busy else 1.0)
                now = time.monotonic()
                if not self._ready.is_set() and self._broken is None and \
                        now - self._started > self._start_timeout_s:
                    self._broken = (f"the speech engine did not start within "
                                    f"{self._start_timeout_s:.0f} s")
                    failures += [(t, SpeechTimeout(self._broken)) for t in self._take_queue()]
                task = self._current
                if task is not None and now > task.deadline and self._stalled_since is None:
                    self._stalled_since = now
                    cancel_engine = True
                    failures.append((task, SpeechTimeout(
                        f"the speech engine took longer than {task.timeout_s:.0f} s")))
                if task is not None and self._stalled_since is not None and \
                        self._broken is None and now - self._stalled_since > self._grace_s:
                    self._broken = "the speech engine stopped responding"
                    failures += [(t, SpeechError(self._broken)) for t in self._take_queue()]
            if cancel_engine and self._engine is not None:
                self._engine.cancel()
            for failed, error in failures:
                failed.finish(error)


class SyncWorker:
    """The SpeechWorker interface, run inline on the calling thread (for tests)."""

    def __init__(self, engine_factory: EngineFactory | None = None, **_: float) -> None:
        if engine_factory is None:
            from presenter.speech.factory import create_engine

            engine_factory = create_engine
        self._engine = engine_factory()

    def submit(self, text: str, out_wav: Path, voice: str | None, rate: int,
               on_done: OnDone | None = None, *, timeout_s: float | None = None) -> SpeechJob:
        """Synthesize now; on_done is called before this returns. No time-out is enforced."""
        job = SpeechJob(text, out_wav, voice, rate, on_done,
                        timeout_s or DEFAULT_JOB_TIMEOUT_S, None)
        try:
            outcome: Clip | Exception = job.run(self._engine)
        except Exception as exc:
            outcome = exc
        job.finish(outcome)
        return job

    def voices(self, timeout_s: float = 10.0) -> list[Voice]:
        """The engine's voices."""
        return self._engine.voices()

    def engine_version(self, timeout_s: float = 10.0) -> str:
        """The engine's version string."""
        return self._engine.engine_version

    def close(self, timeout_s: float = 2.0) -> bool:
        """Nothing to stop; always True."""
        return True


def _result(task: _Task[T], timeout_s: float) -> T:
    """A task's value, raising its exception, or SpeechTimeout after `timeout_s`."""
    outcome = task.wait(timeout_s)
    if outcome is None and not task.done():
        raise SpeechTimeout(f"no answer from the speech engine within {timeout_s:.0f} s")
    if isinstance(outcome, Exception):
        raise outcome
    return outcome  # type: ignore[return-value]  # done, not an exception: a T
