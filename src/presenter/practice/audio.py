"""Reading a recording as the 16 kHz mono 16-bit samples the recogniser wants (standard library only)."""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

from presenter.practice.model import PracticeError

RATE = 16000
SILENT = 300  # a recording whose loudest sample is under this (of 32767) holds no voice


def loudest(pcm: bytes) -> int:
    """The largest absolute sample of 16-bit native-order PCM."""
    samples = array.array("h", pcm)
    return max((abs(x) for x in (max(samples, default=0), min(samples, default=0))), default=0)


def read_for_check(path: Path) -> bytes:
    """The recording at `path` as 16 kHz mono 16-bit little-endian PCM; raises PracticeError."""
    try:
        with wave.open(str(path), "rb") as wav:
            width, channels, rate = wav.getsampwidth(), wav.getnchannels(), wav.getframerate()
            data = wav.readframes(wav.getnframes())
    except FileNotFoundError as exc:
        raise PracticeError(f"{path}: no such recording") from exc
    except (wave.Error, EOFError, OSError) as exc:
        raise PracticeError(f"{path}: not a WAV recording this can read ({exc}); record again or convert "
                            "it to 16-bit PCM WAV") from exc
    if width != 2:
        raise PracticeError(f"{path}: {8 * width}-bit audio; convert it to 16-bit PCM WAV")
    samples = array.array("h")
    samples.frombytes(data[: len(data) - len(data) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    if channels > 1:  # keep the first channel: a microphone's channels carry the same voice
        samples = samples[::channels]
    return resample(samples, rate, RATE).tobytes()


def resample(samples: array.array[int], rate: int, target: int) -> array.array[int]:
    """`samples` at `rate` as `target` Hz, by linear interpolation after a box filter when shrinking."""
    if rate == target or not samples:
        return samples
    if rate > target:
        k = math.ceil(rate / target)  # a moving average as long as the step keeps most aliasing out
        if k > 1:
            run = 0
            smoothed = array.array("h", bytes(2 * len(samples)))
            for i, x in enumerate(samples):
                run += x
                if i >= k:
                    run -= samples[i - k]
                smoothed[i] = run // k
            samples = smoothed
    step = rate / target
    n = int(len(samples) / step)
    last = len(samples) - 1
    out = array.array("h", bytes(2 * n))
    for j in range(n):
        pos = j * step
        i = int(pos)
        frac = pos - i
        a = samples[i]
        b = samples[i + 1] if i < last else a
        out[j] = int(a + (b - a) * frac)
    return out
