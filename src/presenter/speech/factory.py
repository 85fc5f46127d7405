"""Choosing the speech engines for this platform."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from presenter.speech.model import SpeechEngine, SpeechUnavailable
from presenter.speech.piper_voices import user_voices_dir

if TYPE_CHECKING:
    from presenter.speech.piper_engine import PiperEngine


def system_engine() -> SpeechEngine:
    """The platform's own engine: eSpeak NG (measured timings) on Linux, else pyttsx3 (estimated).

    ESPEAK_DATA_PATH, when set, names the folder that holds espeak-ng-data (and may hold a
    bundled libespeak-ng); the packaged app sets it. Raises SpeechUnavailable, whose message
    says what to install, when it cannot run.
    """
    if sys.platform.startswith("linux"):
        from presenter.speech.espeak import EspeakEngine

        # On Linux pyttsx3 drives the same libespeak-ng: if this fails, it would fail too.
        return EspeakEngine()
    from presenter.speech.pyttsx3_engine import Pyttsx3Engine

    return Pyttsx3Engine()


def create_engine(voices_dir: Path | None = None, *, neural: bool = True) -> SpeechEngine:
    """Every voice here behind one engine: Piper's natural voices first, then the system engine's.

    `voices_dir` is the folder of voices the teacher added (default: the user's voices folder);
    `neural` False leaves Piper out. Raises SpeechUnavailable when no engine can run at all. Call
    it on the thread that will use the engine (SpeechWorker does); voices load on first use.
    """
    from presenter.speech.mixed import MixedEngine

    system: SpeechEngine | None = None
    system_error = ""
    try:
        system = system_engine()
    except SpeechUnavailable as exc:
        system_error = exc.message
    folder = user_voices_dir() if voices_dir is None else voices_dir
    piper, problems = (_piper(folder) if neural else (None, []))
    if piper is None and system is None:
        raise SpeechUnavailable(system_error)
    return MixedEngine(system, piper, problems, system_error, folder if neural else None)


def _piper(voices_dir: Path) -> tuple[PiperEngine | None, list[str]]:
    """The Piper engine with every voice found, or None (piper-tts missing, or no voice)."""
    from presenter.speech.piper_voices import all_voices

    try:
        from presenter.speech.piper_engine import PiperEngine

        voices, problems = all_voices(voices_dir)
        return (PiperEngine(voices) if voices else None), problems
    except ImportError as exc:  # a build without the neural voice
        return None, [f"natural voices are not part of this build ({exc.name} is missing)"]


def speech_off() -> SpeechEngine:
    """An engine factory for a process that must not speak (it plays recorded packs only)."""
    raise SpeechUnavailable("speech is turned off")
