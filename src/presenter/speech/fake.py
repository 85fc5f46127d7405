"""A deterministic stand-in engine for tests of the layers above speech."""

from __future__ import annotations

import array
import math
import threading
from pathlib import Path

from presenter.speech.model import Clip, SpeechCancelled, SpeechError, Voice, WordTiming
from presenter.speech.timings import word_spans
from presenter.speech.wav import write_wav

SAMPLE_RATE = 22050
_LEAD_MS = 100
_TAIL_MS = 200


class FakeEngine:
    """Writes a quiet tone per word with evenly spaced timings; same input, same output.

    Each word lasts `word_ms` scaled by 175 / rate_wpm, after `_LEAD_MS` of silence and before
    `_TAIL_MS` of silence, so the clip has real edges to test against. `delay_s` makes each
    synthesis take that long (to test time-outs and cancelling); `fail_on` makes any text
    containing it raise SpeechError.
    """

    engine_version = "fake/1"

    def __init__(self, word_ms: int = 300, delay_s: float = 0.0, fail_on: str | None = None) -> None:
        self.word_ms = word_ms
        self.delay_s = delay_s
        self.fail_on = fail_on
        self.calls: list[str] = []
        self._cancel = threading.Event()

    def voices(self) -> list[Voice]:
        """Two made-up voices."""
        return [Voice("fake/en-us", "Fake (America)", "en-us", engine="fake"),
                Voice("fake/en", "Fake (Britain)", "en-gb", engine="fake")]

    def cancel(self) -> None:
        """Make the synthesis in progress raise SpeechCancelled (it only waits when delay_s > 0)."""
        self._cancel.set()

    def synthesize(self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int) -> Clip:
        """Write the tone WAV to `out_wav` and return evenly spaced word timings."""
        self.calls.append(text)
        self._cancel.clear()
        if self.delay_s and self._cancel.wait(self.delay_s):
            raise SpeechCancelled(f"cancelled: {text[:40]!r}")
        if self.fail_on is not None and self.fail_on in text:
            raise SpeechError(f"fake failure on {text[:40]!r}")
        step = max(1, round(self.word_ms * 175 / max(1, rate_wpm)))
        spans = word_spans(text)
        words = tuple(
            WordTiming(text[a:z], _LEAD_MS + i * step, _LEAD_MS + (i + 1) * step, a, z)
            for i, (a, z) in enumerate(spans)
        )
        duration_ms = _LEAD_MS + step * len(spans) + _TAIL_MS
        write_wav(out_wav, _tone(duration_ms, len(spans) * step), SAMPLE_RATE)
        return Clip(text, out_wav, duration_ms, SAMPLE_RATE, words, "measured")


def _tone(duration_ms: int, voiced_ms: int) -> bytes:
    """PCM: silence, a 220 Hz tone for `voiced_ms`, silence to `duration_ms`."""
    total = SAMPLE_RATE * duration_ms // 1000
    start = SAMPLE_RATE * _LEAD_MS // 1000
    stop = start + SAMPLE_RATE * voiced_ms // 1000
    pcm = array.array("h", bytes(2 * total))
    for i in range(start, min(stop, total)):
        pcm[i] = int(3000 * math.sin(2 * math.pi * 220 * i / SAMPLE_RATE))
    return pcm.tobytes()
