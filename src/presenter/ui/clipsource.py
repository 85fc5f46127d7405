"""Clips for the reading's sentences: from the cache at once, else from the speech worker in the background.

The worker calls back on its own thread; results are re-emitted as Qt signals, which Qt queues
to the GUI thread. Pre-rendering feeds the worker one sentence at a time, so a sentence the
teacher asks for now never waits behind the whole lesson.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from presenter.narration.cache import ClipCache, clip_key
from presenter.speech.model import Clip, SpeechError


class Worker(Protocol):
    """What ClipSource needs of SpeechWorker (or SyncWorker in tests)."""

    def submit(self, text: str, out_wav: Path, voice: str | None, rate: int,
               on_done: Callable[[Clip | Exception], None] | None = None) -> object:
        """Queue a sentence; on_done gets the Clip or an exception."""
        ...

    def engine_version(self, timeout_s: float = 10.0) -> str:
        """The engine's version (for cache keys)."""
        ...


@dataclass(frozen=True, slots=True)
class Request:
    """One text to speak, in one voice, at one rate."""

    text: str
    voice: str | None
    rate: int


class ClipSource(QObject):
    """Hands out clips by request id; one outstanding synthesis at a time, urgent ones first."""

    fixed_rate = False  # True when clips come at one speed and playback speed stands in for presets

    clip_ready = Signal(object, object)  # request id, Clip
    clip_failed = Signal(object, str)  # request id, message
    progress = Signal(int, int)  # sentences ready, sentences in all (pre-rendering)
    _delivered = Signal(object, object, object)  # from the worker thread: request id, key, Clip | Exception

    def __init__(self, worker: Worker, cache: ClipCache, parent: QObject | None = None) -> None:
        """Use `worker` for synthesis and `cache` for storage."""
        super().__init__(parent)
        self.worker, self.cache = worker, cache
        self._version: str | None = None
        self._urgent: list[tuple[object, Request]] = []
        self._background: list[tuple[object, Request]] = []
        self._busy = False
        self._total = 0
        self._ready = 0
        self.unavailable = ""
        self._delivered.connect(self._on_delivered)

    def engine_version(self) -> str:
        """The engine's version, asked once."""
        if self._version is None:
            self._version = self.worker.engine_version()
        return self._version

    def key(self, request: Request) -> str:
        """The cache key of a request."""
        return clip_key(request.text, request.voice, request.rate, self.engine_version())

    def cached(self, request: Request) -> Clip | None:
        """The clip if it is cached already (cheap: two small file reads)."""
        try:
            return self.cache.get(self.key(request))
        except SpeechError:
            return None

    def request(self, rid: object, request: Request) -> Clip | None:
        """Ask for a clip: returned at once if cached, else clip_ready(rid, clip) comes later."""
        try:
            hit = self.cached(request)
        except Exception as exc:  # no engine at all: say so once, do not raise into the UI
            self._fail(rid, exc)
            return None
        if hit is not None:
            return hit
        self._urgent.insert(0, (rid, request))
        self._pump()
        return None

    def prerender(self, requests: list[tuple[object, Request]]) -> None:
        """Render these in the background, in order, reporting progress."""
        self._background = list(requests)
        self._total, self._ready = len(requests), 0
        self._pump()

    def cancel_background(self) -> None:
        """Stop pre-rendering (after the current sentence)."""
        self._background.clear()

    def _pump(self) -> None:
        while not self._busy and (self._urgent or self._background):
            rid, req = (self._urgent or self._background).pop(0)
            try:
                key = self.key(req)
            except Exception as exc:
                self._fail(rid, exc)
                continue
            if (hit := self.cache.get(key)) is not None:
                self._deliver(rid, hit)
                continue
            self._busy = True
            tmp = self.cache.temp_wav(key)
            self.worker.submit(req.text, tmp, req.voice, req.rate, partial(self._from_worker, rid, key))

    def _from_worker(self, rid: object, key: str, outcome: Clip | Exception) -> None:
        # On the worker's thread: a signal carries the result over to the GUI thread.
        self._delivered.emit(rid, key, outcome)

    def _on_delivered(self, rid: object, key: str, outcome: object) -> None:
        self._busy = False
        if isinstance(outcome, Clip):
            self._deliver(rid, self.cache.store(key, outcome))
        else:
            self._fail(rid, outcome if isinstance(outcome, Exception) else SpeechError(str(outcome)))
        self._pump()

    def _deliver(self, rid: object, clip: Clip) -> None:
        if isinstance(rid, tuple) and rid and rid[0] == "pre":
            self._ready += 1
            self.progress.emit(self._ready, self._total)
        self.clip_ready.emit(rid, clip)

    def _fail(self, rid: object, exc: Exception) -> None:
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        if "install" in message or "not installed" in message:
            self.unavailable = message
        self.clip_failed.emit(rid, message)


class PackedClips(ClipSource):
    """Clips recorded into a lesson pack first (the teacher's voice, no engine needed), live speech for the rest."""

    fixed_rate = True  # pack clips have one speed: slower presets slow the playback instead

    def __init__(self, worker: Worker, cache: ClipCache, recorded: dict[str, Clip], parent: QObject | None = None) -> None:
        """Serve `recorded` (sentence text -> clip) before asking `worker`."""
        super().__init__(worker, cache, parent)
        self.recorded = recorded

    def request(self, rid: object, request: Request) -> Clip | None:
        """The recorded clip for this text, else a live one (which may fail: no engine)."""
        clip = self.recorded.get(request.text)
        return clip if clip is not None else super().request(rid, request)

    def prerender(self, requests: list[tuple[object, Request]]) -> None:
        """Render only what the pack lacks."""
        super().prerender([(rid, r) for rid, r in requests if r.text not in self.recorded])
