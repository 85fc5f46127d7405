"""Write assets/chime.wav: the gentle two-note chime played when a countdown reaches zero.

Synthesised here (no samples, no third-party code), so the sound is the project's own and
the file is the same bytes on every run: `python tools/make_chime.py [OUT]`.
Two struck bell notes, a major third apart, going down (a soft "ding-dong"): each note is a
fundamental plus a quieter, slightly sharp octave partial, both decaying exponentially.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
SECONDS = 1.2
PEAK_DBFS = -6.0
ATTACK = 0.004  # a few ms of fade-in: a sine starting at full level clicks
RELEASE = 0.12  # fade-out so the cut at the end is silent
# (start time s, frequency Hz, level, decay time constant s) for each partial.
PARTIALS = (
    (0.00, 659.26, 1.00, 0.42),   # E5
    (0.00, 1321.0, 0.28, 0.16),   # its octave, a little sharp: the bell's shimmer
    (0.30, 523.25, 1.00, 0.48),   # C5
    (0.30, 1049.0, 0.28, 0.18),
)


def samples() -> list[float]:
    """The chime as floats in [-1, 1], peaking at PEAK_DBFS."""
    count = round(RATE * SECONDS)
    out = [0.0] * count
    for start, freq, level, decay in PARTIALS:
        first = round(start * RATE)
        for n in range(first, count):
            t = (n - first) / RATE
            attack = min(t / ATTACK, 1.0)
            out[n] += level * attack * math.exp(-t / decay) * math.sin(2 * math.pi * freq * t)
    for n in range(count):
        left = (count - 1 - n) / RATE
        if left < RELEASE:
            out[n] *= 0.5 - 0.5 * math.cos(math.pi * left / RELEASE)  # raised-cosine fade-out
    peak = max(abs(x) for x in out)
    gain = 10 ** (PEAK_DBFS / 20) / peak
    return [x * gain for x in out]


def write(path: Path) -> None:
    """Write the chime as 16-bit mono PCM WAV."""
    frames = b"".join(struct.pack("<h", round(x * 32767)) for x in samples())
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main(argv: list[str]) -> int:
    """Write the chime to argv[0], or to assets/chime.wav."""
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "assets" / "chime.wav"
    write(out)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
