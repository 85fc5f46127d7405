"""The Linux engine: eSpeak NG in synchronous mode, with word times measured from its events."""

from __future__ import annotations

import array
import ctypes
import threading
from pathlib import Path
from typing import Any

from presenter.speech import _libespeak
from presenter.speech.model import Clip, SpeechCancelled, SpeechError, Voice
from presenter.speech.timings import align_word_events
from presenter.speech.wav import speech_end_ms, write_wav

DEFAULT_VOICE = "gmw/en-us"
# eSpeak NG's own limits (espeakRATE_MINIMUM / espeakRATE_MAXIMUM); it clamps beyond them.
MIN_RATE_WPM = 80
MAX_RATE_WPM = 450
_MIN_CLIP_MS = 100  # an empty WAV upsets media players: give them a little silence


class EspeakEngine:
    """Speech through libespeak-ng in synchronous mode; word timings are MEASURED.

    eSpeak hands over each buffer of 16-bit mono PCM together with WORD events carrying the
    audio position (ms) and the character position of the word, so the timings are eSpeak's
    own, not a guess. Use one engine from one thread (see SpeechWorker); the library itself is
    shared by the whole process and every call into it is serialised.
    """

    def __init__(self, default_voice: str = DEFAULT_VOICE) -> None:
        self.sample_rate = _libespeak.initialize()
        self.engine_version = f"espeak-ng-sync/{_libespeak.version()}"
        self.default_voice = default_voice
        self._state = threading.Lock()
        self._busy = False
        self._cancelled = False

    def voices(self) -> list[Voice]:
        """Every installed eSpeak NG voice; ids are lower-case identifiers like "gmw/en-us"."""
        return [Voice(i, n, lang, source="eSpeak NG", licence="GPL-3.0-or-later")
                for i, n, lang in _libespeak.list_voices()]

    def cancel(self) -> None:
        """Abort the synthesis in progress, if any; safe to call from any thread."""
        with self._state:
            if self._busy:
                # Checked by the synth callback, which then asks eSpeak to stop: calling
                # espeak_Cancel from another thread would race eSpeak's global state.
                self._cancelled = True

    def synthesize(self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int) -> Clip:
        """Speak `text` into `out_wav` (22 050 Hz mono WAV) with measured word timings."""
        voice_id = voice or self.default_voice
        rate = min(MAX_RATE_WPM, max(MIN_RATE_WPM, int(rate_wpm)))
        chunks: list[bytes] = []
        events: list[tuple[int, int]] = []
        word_type = _libespeak.event_word()
        end_type = _libespeak.event_list_terminated()
        failure: list[BaseException] = []

        def on_audio(wav: Any, count: int, event_array: Any) -> int:
            """eSpeak's synth callback: keep the PCM and the WORD events; 1 asks it to stop."""
            # Runs on this thread, inside espeak_Synth. An exception must not cross into C.
            try:
                i = 0
                while event_array[i].type != end_type:
                    event = event_array[i]
                    if event.type == word_type:
                        events.append((event.text_position, event.audio_position))
                    i += 1
                if count > 0:
                    chunks.append(ctypes.string_at(wav, count * 2))
            except BaseException as exc:  # noqa: BLE001 - reported after Synth returns
                failure.append(exc)
                return 1
            return 1 if self._cancelled else 0

        with self._state:
            self._busy = True
            self._cancelled = False
        try:
            if not _libespeak.configure(voice_id, rate):
                raise SpeechError(f"eSpeak NG has no voice {voice_id!r}; see the voices list")
            status = _libespeak.synthesize(text, on_audio)
        finally:
            with self._state:
                self._busy = False
                cancelled = self._cancelled
        if failure:
            raise SpeechError(f"eSpeak NG callback failed: {failure[0]!r}") from failure[0]
        if cancelled:
            raise SpeechCancelled(f"cancelled: {text[:40]!r}")
        if status != 0:
            raise SpeechError(f"eSpeak NG could not synthesize {text[:40]!r} (status {status})")
        return self._finish(text, out_wav, b"".join(chunks), events)

    def _finish(
        self, text: str, out_wav: Path, pcm: bytes, events: list[tuple[int, int]]
    ) -> Clip:
        """Write the WAV and turn the events into word timings."""
        rate = self.sample_rate
        min_bytes = rate * _MIN_CLIP_MS // 1000 * 2
        if len(pcm) < min_bytes:
            pcm += bytes(min_bytes - len(pcm))
        samples = array.array("h")
        samples.frombytes(pcm)
        duration_ms = round(len(samples) * 1000 / rate)
        write_wav(out_wav, pcm, rate)
        words = align_word_events(
            text,
            events,
            speech_end_ms=speech_end_ms(samples, rate),
            duration_ms=duration_ms,
        )
        return Clip(
            text=text,
            wav_path=out_wav,
            duration_ms=duration_ms,
            sample_rate=rate,
            words=words,
            timing_source="measured",
        )
