"""The reading's narration rendered to files: one WAV per sentence with its word timings (no Qt).

Shared by the exports that carry recorded narration (lesson pack, EPUB, one audio file) and
usable by `presenter narrate`. The speech worker is passed in, so tests and the app choose it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from presenter.deck.reading import ReadingIndex
from presenter.export.errors import ExportError
from presenter.lesson.model import Lesson
from presenter.narration.cache import ClipCache, clip_key
from presenter.narration.plan import pick_voice, voice_for
from presenter.speech.model import Clip, Voice, too_long_to_speak

# What one narration may hold, checked before anything is rendered (a sentence: the speech
# worker's own bound). 20,000 words (four times a long reading) is about 2.2 hours and 350 MB of
# clips, inside a pack's limits (presenter.student.zipsafe) and within what the one-file audio
# export, which joins the clips in memory, can hold on a school laptop.
MAX_NARRATION_WORDS = 20_000
MAX_NARRATION_CHARS = 200_000

# How long the narration may go without finishing a sentence (the engine's start included) before
# it is given up: a slow laptop (or a busy one) is waited for as long as it makes progress, while a
# stuck engine is still reported. eSpeak renders a sentence in about 30 ms; Piper about a second.
STALL_ALLOWANCE_S = 60.0


def _wait_while_progressing(done: threading.Event, count: Callable[[], int], stall_s: float) -> bool:
    """Wait for `done` as long as `count()` keeps growing; False after `stall_s` without growth."""
    seen, since = count(), time.monotonic()
    while not done.wait(timeout=min(1.0, stall_s)):
        now, latest = time.monotonic(), count()
        if latest != seen:
            seen, since = latest, now
        elif now - since >= stall_s:
            return False
    return True


class NarrationError(ExportError):
    """The narration could not be rendered; `message` says why, in plain words."""


class Worker(Protocol):
    """What rendering needs of SpeechWorker (or SyncWorker in tests)."""

    def submit(self, text: str, out_wav: Path, voice: str | None, rate: int,
               on_done: Callable[[Clip | Exception], None] | None = None) -> object:
        """Queue a sentence; on_done gets the Clip or an exception."""
        ...

    def voices(self, timeout_s: float = 10.0) -> list[Voice]:
        """The engine's voices."""
        ...

    def engine_version(self, timeout_s: float = 10.0) -> str:
        """The engine's version string."""
        ...


@dataclass(frozen=True, slots=True)
class NarratedSentence:
    """One sentence of the reading with its place (paragraph, section) and its recorded clip."""

    index: int
    paragraph: int
    section: int
    text: str
    voice: str | None
    clip: Clip


@dataclass(frozen=True, slots=True)
class Narration:
    """The whole reading, narrated: the voice and rate used and one clip per sentence, in order."""

    voice: str | None
    rate: int
    engine_version: str
    sentences: tuple[NarratedSentence, ...]

    @property
    def duration_ms(self) -> int:
        """The clips' total length, without any pauses between them."""
        return sum(s.clip.duration_ms for s in self.sentences)


def choose_voice(lesson: Lesson, voice: str | None, worker: Worker) -> str | None:
    """The voice to narrate with: the one asked for, the lesson's, else the best for its language."""
    if voice or lesson.voice:
        return voice or lesson.voice
    try:
        best = pick_voice(worker.voices(), lesson.language)
    except Exception:  # no voice list: the engine's own default is still a voice
        return None
    return best.id if best is not None else None


def render_narration(lesson: Lesson, out_dir: Path, voice: str | None, rate: int | None, worker: Worker, *,
                     speaker_voices: Mapping[str, str] | None = None, cache: ClipCache | None = None,
                     timeout_s: float | None = None) -> Narration:
    """Render every sentence of the reading into `out_dir` (0001.wav, ...); raises NarrationError.

    `voice` None means the lesson's voice, else the best voice for the lesson's language; `rate`
    None means the lesson's rate. With a `cache` (the app's clip cache), sentences the app has
    already spoken are copied from it instead of being rendered again.
    """
    index = ReadingIndex.build(lesson.reading)
    check_length(lesson, index)
    chosen = choose_voice(lesson, voice, worker)
    wpm = rate or lesson.rate
    try:
        version = worker.engine_version()
    except Exception as exc:
        raise NarrationError(f"no speech engine to narrate with: {getattr(exc, 'message', None) or exc}") from exc
    out_dir.mkdir(parents=True, exist_ok=True)
    voices = [voice_for(index.paragraphs[s.paragraph].speaker, chosen, dict(speaker_voices or {}))
              for s in index.sentences]
    results: dict[int, Clip | Exception] = {}
    lock = threading.Lock()
    done = threading.Event()
    todo = []
    for s, v in zip(index.sentences, voices):
        wav = out_dir / f"{s.index + 1:04d}.wav"
        hit = cache.get(clip_key(s.text, v, wpm, version)) if cache is not None else None
        if hit is not None:
            results[s.index] = _copy_clip(hit, wav)
        else:
            todo.append((s, v, wav))

    def finished(i: int, outcome: Clip | Exception) -> None:
        # Called on the worker's thread (or inline by SyncWorker).
        with lock:
            results[i] = outcome
            if len(results) == len(index.sentences):
                done.set()

    if len(results) == len(index.sentences):
        done.set()
    for s, v, wav in todo:
        worker.submit(s.text, wav, v, wpm, partial(finished, s.index))
    stall = timeout_s if timeout_s is not None else STALL_ALLOWANCE_S
    if not _wait_while_progressing(done, lambda: len(results), stall):
        raise NarrationError(f"the speech engine finished no sentence for {stall:.0f} s: it seems stuck "
                             f"({len(results)} of {len(index.sentences)} sentences done)")
    sentences = []
    for s, v in zip(index.sentences, voices):
        outcome = results[s.index]
        if isinstance(outcome, Exception):
            why = getattr(outcome, "message", None) or outcome
            raise NarrationError(f"sentence {s.index + 1} (“{s.text[:40]}…”) could not be spoken: {why}")
        section = index.paragraphs[s.paragraph].section
        sentences.append(NarratedSentence(s.index, s.paragraph, section, s.text, v, outcome))
    return Narration(chosen, wpm, version, tuple(sentences))


def check_length(lesson: Lesson, index: ReadingIndex) -> None:
    """Refuse (NarrationError, naming the line) a sentence or a reading too long to narrate into files."""
    lines = [p.line for section in lesson.reading.sections for p in section.paragraphs]
    where = str(lesson.path) if lesson.path is not None else "the lesson"
    total_words = total_chars = 0
    for s in index.sentences:
        words = len(s.text.split())
        total_words += words
        total_chars += len(s.text)
        problem = too_long_to_speak(s.text)
        if problem is not None:
            raise NarrationError(f"{where}:{lines[s.paragraph]}: sentence {s.index + 1} of the reading is {problem}")
    if total_words > MAX_NARRATION_WORDS or total_chars > MAX_NARRATION_CHARS:
        raise NarrationError(
            f"{where}: the reading is too long to narrate into files ({total_words} words, {total_chars} characters; "
            f"at most {MAX_NARRATION_WORDS} words and {MAX_NARRATION_CHARS} characters): split it into several lessons")


def _copy_clip(clip: Clip, wav: Path) -> Clip:
    """The cached clip copied to `wav`, so the export never refers into the app's cache."""
    wav.write_bytes(clip.wav_path.read_bytes())
    return Clip(clip.text, wav, clip.duration_ms, clip.sample_rate, clip.words, clip.timing_source)
