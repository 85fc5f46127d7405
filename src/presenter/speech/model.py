"""Data types and the engine protocol shared by every speech engine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

TimingSource = Literal["measured", "estimated"]


@dataclass(frozen=True)
class Voice:
    """A voice an engine can speak with; `id` is what `synthesize(voice=...)` takes."""

    id: str
    name: str
    language: str
    engine: str = "espeak-ng"  # "piper", "espeak-ng", "system" (pyttsx3), "fake"
    quality: str = ""  # Piper's "low"/"medium"/"high"; empty for others
    source: str = ""  # where it came from: a package, a folder, the system
    licence: str = ""
    timing: str = "measured"  # "estimated" for pyttsx3's system voices


@dataclass(frozen=True)
class WordTiming:
    """When one written word is spoken, and where it sits in the sentence (end exclusive)."""

    text: str
    start_ms: int
    end_ms: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Clip:
    """A synthesized sentence: its WAV file, length and per-word timings."""

    text: str
    wav_path: Path
    duration_ms: int
    sample_rate: int
    words: tuple[WordTiming, ...]
    timing_source: TimingSource
    note: str = ""  # set when the voice asked for could not be used and another one spoke


# The longest sentence any engine is asked to speak: eSpeak writes 44 kB a second, so one 100,000-word
# "sentence" became a 1.4 GB WAV. 250 words is about 100 s of speech, far past any real sentence.
MAX_SENTENCE_WORDS = 250
MAX_SENTENCE_CHARS = 2_500


def too_long_to_speak(text: str) -> str | None:
    """Why `text` is too long to speak as one sentence, or None."""
    words = len(text.split())
    if words <= MAX_SENTENCE_WORDS and len(text) <= MAX_SENTENCE_CHARS:
        return None
    return (f"too long to narrate as one sentence ({words} words, {len(text)} characters; at most "
            f"{MAX_SENTENCE_WORDS} words and {MAX_SENTENCE_CHARS} characters): split it with full stops")


class SpeechError(Exception):
    """Base class of every error the speech layer reports."""


class SpeechUnavailable(SpeechError):
    """No speech engine can run here; the message says what to install."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SpeechCancelled(SpeechError):
    """The synthesis was cancelled before it finished."""


class SpeechTimeout(SpeechError):
    """The engine did not finish in time (hung or far too slow)."""


@runtime_checkable
class SpeechEngine(Protocol):
    """What every engine offers; one engine must be used from one thread."""

    engine_version: str

    def voices(self) -> list[Voice]:
        """List the voices this engine can use."""
        ...

    def synthesize(
        self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int
    ) -> Clip:
        """Speak `text` into `out_wav` and return the clip with word timings."""
        ...

    def cancel(self) -> None:
        """Abort the synthesis in progress, if any (safe from any thread)."""
        ...
