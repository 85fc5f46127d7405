"""Clips for the reading's sentences: from the cache at once, else from the speech worker in the background.

The worker calls back on its own thread; results are re-emitted as Qt signals, which Qt queues
to the GUI thread. Pre-rendering feeds the worker one sentence at a time, so a sentence the
teacher asks for now never waits behind the whole lesson.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from presenter.narration.cache import ClipCache, clip_key
from presenter.narration.parts import ClipPart, parts, placed
from presenter.speech.model import Clip, SpeechCancelled, SpeechError, SpeechTimeout, SpeechUnavailable, Voice

ENGINE_RETRY_MS = 100
# A sentence expected to take longer than this to render is rendered in parts (narration.parts):
# press-to-sound is then the render time of its first few words.
SPLIT_ABOVE_MS = 200


class Worker(Protocol):
    """What ClipSource needs of SpeechWorker (or SyncWorker in tests)."""

    def submit(self, text: str, out_wav: Path, voice: str | None, rate: int,
               on_done: Callable[[Clip | Exception], None] | None = None) -> object:
        """Queue a sentence; on_done gets the Clip or an exception; returns a job with `cancel()` (or anything)."""
        ...

    def engine_version(self, timeout_s: float = 10.0) -> str:
        """The engine's version (for cache keys)."""
        ...

    def voices(self, timeout_s: float = 10.0) -> list[Voice]:
        """The engine's voices."""
        ...


@dataclass(frozen=True, slots=True)
class Request:
    """One text to speak, in one voice, at one rate."""

    text: str
    voice: str | None
    rate: int


@dataclass(frozen=True, slots=True)
class Prerender:
    """A reading sentence rendered ahead, in the background (counted in `progress`)."""

    sentence: int


@dataclass(frozen=True, slots=True)
class ReadSentence:
    """A reading sentence to play now, at a speed, in a voice."""

    sentence: int
    speed: float
    voice: str | None


@dataclass(frozen=True, slots=True)
class SayOnce:
    """Any text said once (a word, a question, an example), at a speed."""

    text: str
    speed: float


RequestId = Prerender | ReadSentence | SayOnce  # what a clip was asked for: clip_ready and clip_failed carry it


@dataclass(frozen=True, slots=True)
class PartOf:
    """One part of an urgent request rendered in parts (clip_ready carries `rid` and a ClipPart)."""

    rid: RequestId
    text: str  # the whole text
    index: int
    start: int  # where the part starts in the whole text
    last: bool


Queued = tuple[RequestId | PartOf, Request]


class ClipSource(QObject):
    """Hands out clips by request id; one outstanding synthesis at a time, urgent ones first."""

    fixed_rate = False  # True when clips come at one speed and playback speed stands in for presets

    clip_ready = Signal(object, object)  # request id, Clip (or ClipPart for a request rendered in parts)
    clip_failed = Signal(object, str)  # request id, message
    progress = Signal(int, int)  # sentences ready, sentences in all (pre-rendering)
    _delivered = Signal(object, object, object)  # from the worker thread: request id, key, Clip | Exception

    def __init__(self, worker: Worker, cache: ClipCache, parent: QObject | None = None) -> None:
        """Use `worker` for synthesis and `cache` for storage."""
        super().__init__(parent)
        self.worker, self.cache = worker, cache
        self._version: str | None = None
        self._urgent: list[Queued] = []
        self._background: list[Queued] = []
        self._busy = False
        self._ms_per_word: dict[str | None, float] = {}  # measured render speed of each voice
        self._submitted: tuple[str | None, int, float] = (None, 1, 0.0)  # voice, words, when: the synthesis running now
        self._running: tuple[Queued, object] | None = None  # the background synthesis running now, and its job
        self._preempted: Queued | None = None  # that synthesis, cancelled for an urgent one: rendered again later
        self._before_ms = 0  # how long the earlier parts of the request being parted sound
        self._total = 0
        self._ready = 0
        self.unavailable = ""
        self._delivered.connect(self._on_delivered, Qt.ConnectionType.QueuedConnection)

    def engine_version(self) -> str:
        """The engine's version, asked once; never waits: raises SpeechTimeout while the engine starts."""
        if self._version is None:
            self._version = self.worker.engine_version(timeout_s=0)
        return self._version

    def key(self, request: Request) -> str:
        """The cache key of a request."""
        return clip_key(request.text, request.voice, request.rate, self.engine_version())

    def cached(self, request: Request) -> Clip | None:
        """The clip if it is cached already (cheap: two small file reads); None while the engine starts."""
        try:
            return self.cache.get(self.key(request))
        except SpeechTimeout:
            return None

    def request(self, rid: RequestId, request: Request) -> Clip | None:
        """Ask for a clip: returned at once if cached, else clip_ready(rid, clip) comes later."""
        try:
            hit = self.cached(request)
        except Exception as exc:  # no engine at all: say so, do not raise into the UI
            self._fail(rid, exc)
            return None
        if hit is not None:
            return hit
        # Only the newest urgent request matters: the narrator waits for nothing older.
        self._urgent = self._in_parts(rid, request)
        if len(self._urgent) > 1:
            self._preempt()
        self._pump()
        return None

    def _in_parts(self, rid: RequestId, request: Request) -> list[Queued]:
        """The request, or its parts when this voice has been measured too slow to render it whole in time."""
        per_word = self._ms_per_word.get(request.voice, 0.0)
        spans = parts(request.text) if per_word * len(request.text.split()) > SPLIT_ABOVE_MS else [(0, 0)]
        if len(spans) == 1:
            return [(rid, request)]
        return [(PartOf(rid, request.text, i, a, i == len(spans) - 1), Request(request.text[a:z].rstrip(), request.voice,
                 request.rate)) for i, (a, z) in enumerate(spans)]

    def _preempt(self) -> None:
        """Stop the background sentence being rendered (a slow voice would keep the class waiting); it goes back in line."""
        if self._running is None or self._preempted is not None:
            return
        queued, job = self._running
        cancel = getattr(job, "cancel", None)
        if callable(cancel) and cancel():
            self._preempted = queued

    def prerender(self, requests: list[tuple[RequestId, Request]]) -> None:
        """Render these in the background, in order, reporting progress."""
        self._background = list(requests)
        self._total, self._ready = len(requests), 0
        self._pump()

    def _pump(self) -> None:
        while not self._busy and (self._urgent or self._background):
            queue = self._urgent or self._background
            rid, req = queue.pop(0)
            try:
                key = self.key(req)
            except SpeechTimeout:
                # The engine is still starting: look again shortly, never wait on the GUI thread.
                queue.insert(0, (rid, req))
                QTimer.singleShot(ENGINE_RETRY_MS, self, self._pump)
                return
            except Exception as exc:
                self._fail(rid, exc)
                continue
            if (hit := self.cache.get(key)) is not None:
                self._deliver(rid, hit)
                continue
            try:
                tmp = self.cache.temp_wav(key)
            except OSError as exc:  # an unwritable cache costs this clip, not the narration
                self._fail(rid, exc)
                continue
            self._busy = True
            self._submitted = (req.voice, max(1, len(req.text.split())), time.monotonic())
            job = self.worker.submit(req.text, tmp, req.voice, req.rate, partial(self._from_worker, rid, key, tmp))
            self._running = ((rid, req), job) if queue is self._background and self._busy else None

    def _from_worker(self, rid: RequestId | PartOf, key: str, tmp: Path, outcome: Clip | Exception) -> None:
        # On the worker's thread (or inline when the worker refuses at once): a queued signal
        # carries the result to the GUI thread and never recurses into _pump.
        self._delivered.emit(rid, key, (tmp, outcome))

    def _on_delivered(self, rid: RequestId | PartOf, key: str, result: object) -> None:
        self._busy, self._running = False, None
        tmp, outcome = result if isinstance(result, tuple) else (None, result)
        if self._preempted is not None and self._preempted[0] == rid:
            if isinstance(outcome, SpeechCancelled):  # stopped for an urgent sentence: back at the head of the line
                self._discard(tmp)
                self._background.insert(0, self._preempted)
                self._preempted = None
                return self._pump()
            self._preempted = None  # it finished before the cancel reached it
        if isinstance(outcome, Clip):
            voice, words, since = self._submitted
            self._ms_per_word[voice] = (time.monotonic() - since) * 1000 / words
            try:
                self._deliver(rid, self.cache.store(key, outcome))
            except OSError as exc:
                self._discard(tmp)
                self._fail(rid, exc)
        else:
            self._discard(tmp)
            self._fail(rid, outcome if isinstance(outcome, Exception) else SpeechError(str(outcome)))
        self._pump()

    @staticmethod
    def _discard(tmp: object) -> None:
        if isinstance(tmp, Path):
            tmp.unlink(missing_ok=True)

    def _deliver(self, rid: RequestId | PartOf, clip: Clip) -> None:
        if isinstance(rid, PartOf):
            self._before_ms = 0 if rid.index == 0 else self._before_ms
            self.clip_ready.emit(rid.rid, ClipPart(placed(clip, rid.text, rid.start), rid.index, rid.last, self._before_ms))
            self._before_ms += clip.duration_ms
            return
        self._count(rid)
        self.clip_ready.emit(rid, clip)

    def _count(self, rid: RequestId | PartOf) -> None:
        if isinstance(rid, Prerender):
            self._ready += 1
            self.progress.emit(self._ready, self._total)

    def _fail(self, rid: RequestId | PartOf, exc: Exception) -> None:
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        if isinstance(exc, SpeechUnavailable):
            self.unavailable = message
        self._count(rid)  # a failed sentence is done too: progress must not stick short of the total
        self.clip_failed.emit(rid.rid if isinstance(rid, PartOf) else rid, message)


class PackedClips(ClipSource):
    """Clips recorded into a lesson pack first (the teacher's voice, no engine needed), live speech for the rest."""

    fixed_rate = True  # pack clips have one speed: slower presets slow the playback instead

    def __init__(self, worker: Worker, cache: ClipCache, recorded: dict[str, Clip], parent: QObject | None = None) -> None:
        """Serve `recorded` (sentence text -> clip) before asking `worker`."""
        super().__init__(worker, cache, parent)
        self.recorded = recorded

    def request(self, rid: RequestId, request: Request) -> Clip | None:
        """The recorded clip for this text, else a live one (which may fail: no engine)."""
        clip = self.recorded.get(request.text)
        return clip if clip is not None else super().request(rid, request)

    def prerender(self, requests: list[tuple[RequestId, Request]]) -> None:
        """Render only what the pack lacks."""
        super().prerender([(rid, r) for rid, r in requests if r.text not in self.recorded])
