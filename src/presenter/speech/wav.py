"""Writing and measuring 16-bit mono WAV audio with the standard library only."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

SAMPLE_WIDTH = 2  # bytes: 16-bit PCM
FRAME_MS = 20
HEADER_BYTES = 44  # a WAV with no audio at all is this long
MIN_SAMPLE_RATE, MAX_SAMPLE_RATE = 4_000, 192_000  # a WAV read from elsewhere claiming another rate is damaged


def write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    """Write 16-bit mono `pcm` to `path`; a failed write leaves no file behind.

    Written in place, not via a temporary name and a rename: callers that need readers never
    to see a partial file (the clip cache) already pass a temporary name, and a rename per
    sentence cost a fifth of the synthesis time in the benchmark.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(SAMPLE_WIDTH)
            out.setframerate(sample_rate)
            out.writeframes(pcm)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def read_samples(path: Path) -> tuple[array.array[int], int]:
    """The samples and sample rate of a 16-bit mono WAV file."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != SAMPLE_WIDTH or wav.getnchannels() != 1:
            raise ValueError(f"{path}: expected 16-bit mono audio")
        rate = _checked_rate(wav.getframerate(), path)
        data = wav.readframes(wav.getnframes())
    samples = array.array("h")
    samples.frombytes(data)
    return samples, rate


def wav_duration_ms(path: Path) -> tuple[int, int]:
    """The length in ms and the sample rate of a WAV file."""
    with wave.open(str(path), "rb") as wav:
        rate = _checked_rate(wav.getframerate(), path)
        return round(wav.getnframes() * 1000 / rate), rate


def _checked_rate(rate: int, path: Path) -> int:
    """The sample rate, or ValueError when no audio has it (0 would divide by zero)."""
    if not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        raise ValueError(f"{path}: impossible sample rate {rate} Hz")
    return rate


def frame_rms(samples: array.array[int], sample_rate: int, frame_ms: int = FRAME_MS) -> list[float]:
    """Root-mean-square level of each whole `frame_ms` frame."""
    size = max(1, sample_rate * frame_ms // 1000)
    return [
        math.sqrt(sum(x * x for x in samples[i : i + size]) / size)
        for i in range(0, len(samples) - size + 1, size)
    ]


def speech_end_ms(samples: array.array[int], sample_rate: int, threshold: float = 200.0) -> int:
    """Where the last non-silent 20 ms frame ends, scanning back from the end.

    Only the trailing silence is read, so this stays cheap on long clips. Returns 0 when the
    whole clip is silent.
    """
    size = max(1, sample_rate * FRAME_MS // 1000)
    end = len(samples)
    while end > 0:
        start = max(0, end - size)
        frame = samples[start:end]
        # RMS never exceeds the peak: max/min run in C and rule out most silent frames.
        if max(frame) >= threshold or -min(frame) >= threshold:
            if math.sqrt(sum(x * x for x in frame) / len(frame)) >= threshold:
                return round(end * 1000 / sample_rate)
        end = start
    return 0


def speech_start_ms(samples: array.array[int], sample_rate: int, threshold: float = 200.0) -> int:
    """Where the first non-silent 20 ms frame starts (0 for a silent clip)."""
    size = max(1, sample_rate * FRAME_MS // 1000)
    for start in range(0, len(samples), size):
        frame = samples[start : start + size]
        if max(frame) >= threshold or -min(frame) >= threshold:
            if math.sqrt(sum(x * x for x in frame) / len(frame)) >= threshold:
                return round(start * 1000 / sample_rate)
    return 0
