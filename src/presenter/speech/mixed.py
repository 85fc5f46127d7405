"""Every engine behind one: Piper voices and the system engine's voices in one list.

Voices of different engines may mix in one transcript, so the speech worker owns this one
engine and each sentence goes to the engine its voice id belongs to. A Piper voice that cannot
be loaded falls back to the system engine's voice for the same language, and the clip says so.
"""

from __future__ import annotations

import threading
from pathlib import Path

from presenter.speech.model import Clip, SpeechEngine, SpeechUnavailable, Voice
from presenter.speech.piper_engine import PiperEngine
from presenter.speech.piper_voices import ID_PREFIX, VoiceFileError


class MixedEngine:
    """Piper voices (listed first: the natural default) and the system engine's voices."""

    def __init__(self, system: SpeechEngine | None, piper: PiperEngine | None, problems: list[str] | None = None,
                 system_error: str = "", voices_dir: Path | None = None) -> None:
        if system is None and piper is None:
            raise SpeechUnavailable(system_error or "no speech engine can run here")
        self.system, self.piper = system, piper
        self.system_error = system_error
        self.voices_dir = voices_dir  # looked at again on each voices(): a voice added while the app runs
        self.problems = list(problems or [])  # voices that were found but cannot be used
        self._lock = threading.Lock()
        self._current: SpeechEngine | PiperEngine | None = None
        self._system_voices: list[Voice] | None = None
        parts = [e.engine_version for e in (system, piper) if e is not None]
        self.engine_version = "+".join(parts)

    def voices(self) -> list[Voice]:
        """Piper voices first, then the system engine's."""
        self._rescan()
        found = self.piper.voices() if self.piper is not None else []
        return found + self._system()

    def cancel(self) -> None:
        """Cancel the synthesis in progress, in whichever engine runs it."""
        with self._lock:
            current = self._current
        if current is not None:
            current.cancel()

    def synthesize(self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int) -> Clip:
        """Speak with the engine `voice` belongs to; a Piper voice that fails falls back to the system's."""
        if self.piper is not None and (voice is None and self.piper.voices() or (voice or "").startswith(ID_PREFIX)):
            try:
                return self._run(self.piper, text, out_wav, voice, rate_wpm)
            except VoiceFileError as exc:
                if self.system is None:
                    raise SpeechUnavailable(str(exc)) from None
                fallback = self._fallback_for(voice)
                clip = self._run(self.system, text, out_wav, fallback, rate_wpm)
                note = f"{exc}. Narrating with eSpeak NG instead."
                return Clip(clip.text, clip.wav_path, clip.duration_ms, clip.sample_rate, clip.words,
                            clip.timing_source, note=note)
        if self.system is None:
            raise SpeechUnavailable(self.system_error or f"no engine for the voice {voice!r}")
        if (voice or "").startswith(ID_PREFIX):
            voice = self._fallback_for(voice)  # a Piper voice id with no Piper here
        return self._run(self.system, text, out_wav, voice, rate_wpm)

    def _run(self, engine: SpeechEngine | PiperEngine, text: str, out_wav: Path, voice: str | None,
             rate_wpm: int) -> Clip:
        with self._lock:
            self._current = engine
        try:
            return engine.synthesize(text, out_wav, voice=voice, rate_wpm=rate_wpm)
        finally:
            with self._lock:
                self._current = None

    def _rescan(self) -> None:
        """Offer the voices added to the voices folder since the engine started."""
        if self.voices_dir is None or not self.voices_dir.is_dir():
            return
        from presenter.speech.piper_voices import folder_voices

        found, _ = folder_voices(self.voices_dir)
        if not found:
            return
        if self.piper is None:
            try:
                self.piper = PiperEngine(found)
            except ImportError:
                return
        for files in found:
            self.piper.add(files)

    def _system(self) -> list[Voice]:
        if self._system_voices is None:
            self._system_voices = self.system.voices() if self.system is not None else []
        return self._system_voices

    def _fallback_for(self, voice: str | None) -> str | None:
        """The system voice for the language of Piper voice `voice` (None: the engine's default)."""
        language = next((v.language for v in (self.piper.voices() if self.piper else []) if v.id == voice), "")
        if not language:
            return None
        primary = language.split("-")[0]
        system = self._system()
        exact = [v for v in system if v.language.lower() == language]
        related = sorted((v for v in system if v.language.lower().split("-")[0] == primary), key=lambda v: len(v.language))
        best = (exact + related)[:1]
        return best[0].id if best else None
