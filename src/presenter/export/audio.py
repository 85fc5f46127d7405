"""The whole narration as one audio file (WAV or MP3), and the MP3 encoding the EPUB shares (no Qt).

Sentences are joined with silences a listener can follow: PAUSE_MS between sentences, a longer
one between paragraphs and a longer one again between sections of the reading. MP3 is encoded
with lameenc (LAME built into a wheel, so no program has to be installed) at a constant bit
rate: a constant rate lets players and reading systems seek to a time exactly.
"""

from __future__ import annotations

import array
import importlib
import io
import os
import sys
import tempfile
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presenter.export.errors import ExportError
from presenter.export.narration_files import NarratedSentence, Narration
from presenter.fileio import write_atomic

PAUSE_MS = 400  # between two sentences of a paragraph
PARAGRAPH_PAUSE_MS = 700
SECTION_PAUSE_MS = 1500
MP3_KBPS = 48  # plenty for one voice at 22 050 Hz; a minute of narration is about 350 kB
# LAME's delay: 576 samples of encoder look-ahead plus the decoder's 529. The MP3s carry no
# gapless (LAME/Xing) header, so every decoder plays these samples of silence first; SMIL times
# are shifted by them. Measured by decoding: tests/export/test_audio_export.py.
MP3_DELAY_SAMPLES = 1105
# Silence after the last sentence so that decoders that drop the final frame lose no speech.
MP3_TAIL_SAMPLES = 1152


class AudioError(ExportError):
    """An audio file could not be read or written; `message` says why."""


@dataclass(frozen=True, slots=True)
class Joined:
    """Sentences joined into one stream: the samples and where each sentence starts and ends."""

    samples: array.array[int]
    sample_rate: int
    spans: tuple[tuple[int, int], ...]  # (first sample, end sample) of each sentence

    @property
    def duration_ms(self) -> int:
        """The length of the stream in ms."""
        return round(len(self.samples) * 1000 / self.sample_rate)


@dataclass(frozen=True, slots=True)
class AudioSummary:
    """What write_audio wrote."""

    path: Path
    format: str  # "wav" or "mp3"
    sentences: int
    duration_ms: int  # the file's playing time
    bytes: int


def read_pcm(path: Path, sample_rate: int | None = None) -> tuple[array.array[int], int]:
    """A 16-bit WAV's samples as mono, resampled to `sample_rate` when given; raises AudioError."""
    try:
        with wave.open(str(path), "rb") as wav:
            width, channels, rate = wav.getsampwidth(), wav.getnchannels(), wav.getframerate()
            data = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise AudioError(f"{path.name} is not a readable WAV file: {exc}") from exc
    if width != 2:
        raise AudioError(f"{path.name} has {8 * width}-bit samples; 16-bit audio is expected")
    samples = array.array("h")
    samples.frombytes(data[: len(data) - len(data) % 2])
    if sys.byteorder == "big":
        samples.byteswap()  # WAV data is little-endian
    if channels > 1:
        samples = array.array("h", (sum(samples[i : i + channels]) // channels
                                    for i in range(0, len(samples) - channels + 1, channels)))
    if sample_rate is not None and rate != sample_rate:
        samples, rate = _resample(samples, rate, sample_rate), sample_rate
    return samples, rate


def _resample(samples: array.array[int], src: int, dst: int) -> array.array[int]:
    """Linear interpolation: only for the odd clip from an engine with another rate (pyttsx3)."""
    n = max(1, round(len(samples) * dst / src))
    out = array.array("h", bytes(2 * n))
    last = len(samples) - 1
    for i in range(n):
        pos = i * src / dst
        j = min(int(pos), last)
        frac = pos - j
        nxt = samples[min(j + 1, last)]
        out[i] = int(samples[j] + (nxt - samples[j]) * frac)
    return out


def pause_before(prev: NarratedSentence, cur: NarratedSentence) -> int:
    """The silence in ms between two consecutive sentences."""
    if cur.section != prev.section:
        return SECTION_PAUSE_MS
    return PARAGRAPH_PAUSE_MS if cur.paragraph != prev.paragraph else PAUSE_MS


def join_sentences(sentences: Sequence[NarratedSentence]) -> Joined:
    """Concatenate the sentences' clips with their pauses, at the first clip's sample rate."""
    rate = sentences[0].clip.sample_rate if sentences else 22050
    out = array.array("h")
    spans = []
    for k, s in enumerate(sentences):
        if k:
            gap = round(pause_before(sentences[k - 1], s) * rate / 1000)
            out.extend(array.array("h", bytes(2 * gap)))
        pcm, _ = read_pcm(s.clip.wav_path, rate)
        spans.append((len(out), len(out) + len(pcm)))
        out.extend(pcm)
    return Joined(out, rate, tuple(spans))


def encode_mp3(samples: array.array[int], sample_rate: int, kbps: int = MP3_KBPS) -> bytes:
    """Mono 16-bit samples as a constant-bit-rate MP3 (with MP3_TAIL_SAMPLES of silence added)."""
    try:
        # Imported by name: lameenc ships no type information, and only MP3 exports need it.
        lameenc: Any = importlib.import_module("lameenc")
    except ImportError as exc:
        raise AudioError("MP3 needs the lameenc package: .venv/bin/pip install lameenc") from exc
    pcm = array.array("h", samples)
    pcm.extend(array.array("h", bytes(2 * MP3_TAIL_SAMPLES)))
    if sys.byteorder == "big":
        pcm.byteswap()
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(kbps)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(2)  # 2 = high quality; encoding speed is not what limits an export
    return bytes(encoder.encode(pcm.tobytes()) + encoder.flush())


# MPEG audio frame header tables (ISO 11172-3 / 13818-3), layer III only.
_BITRATES = {1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
             2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mp3_samples(data: bytes) -> tuple[int, int]:
    """Decoded length in samples (frames x samples per frame) and sample rate of a layer III MP3."""
    pos, frames, rate, per_frame = 0, 0, 0, 0
    if data[:3] == b"ID3" and len(data) >= 10:  # skip an ID3v2 tag (not written by us)
        pos = 10 + ((data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | data[9] & 0x7F)
    while pos + 4 <= len(data):
        b1, b2 = data[pos + 1], data[pos + 2]
        version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
        if data[pos] != 0xFF or b1 & 0xE0 != 0xE0 or version == 1 or layer != 1:
            raise AudioError(f"not an MPEG layer III frame at byte {pos}")
        kbps = _BITRATES[1 if version == 3 else 2][b2 >> 4]
        if b2 >> 4 in (0, 15) or (b2 >> 2) & 3 == 3:
            raise AudioError(f"bad MP3 frame header at byte {pos}")
        rate = _RATES[version][(b2 >> 2) & 3]
        per_frame = 1152 if version == 3 else 576
        pos += per_frame // 8 * kbps * 1000 // rate + ((b2 >> 1) & 1)
        frames += 1
    return frames * per_frame, rate


def mp3_duration_ms(data: bytes) -> int:
    """An MP3's playing time in ms, from its frames (what a decoder without gapless info plays)."""
    samples, rate = mp3_samples(data)
    return round(samples * 1000 / rate) if rate else 0


def wav_bytes(samples: array.array[int], sample_rate: int) -> bytes:
    """A complete 16-bit mono WAV file."""
    pcm = array.array("h", samples)
    if sys.byteorder == "big":
        pcm.byteswap()
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())
    return buf.getvalue()


def write_audio(narration: Narration, out: Path) -> AudioSummary:
    """The whole narration in one file; the format follows the name (.wav or .mp3). Atomic."""
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("wav", "mp3"):
        raise AudioError(f"{out.name}: the audio file must end in .wav or .mp3")
    if not narration.sentences:
        raise AudioError("the reading has no sentences to narrate")
    joined = join_sentences(narration.sentences)
    if kind == "wav":
        data, duration = wav_bytes(joined.samples, joined.sample_rate), joined.duration_ms
    else:
        data = encode_mp3(joined.samples, joined.sample_rate)
        duration = mp3_duration_ms(data)
    write_atomic(out, data)
    return AudioSummary(out, kind, len(narration.sentences), duration, len(data))
