"""The whole narration as one WAV or MP3, measured: length = clips + pauses, speech where it should be.

Also measures the MP3 encoder delay that the EPUB's SMIL times rely on (MP3_DELAY_SAMPLES), with
two independent decoders: libmad through sox, and FFmpeg through Qt Multimedia (what the app uses).
"""

from __future__ import annotations

import array
import math
import shutil
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest

from presenter.export.audio import (
    MP3_DELAY_SAMPLES,
    PARAGRAPH_PAUSE_MS,
    PAUSE_MS,
    SECTION_PAUSE_MS,
    encode_mp3,
    mp3_samples,
    write_audio,
)
from presenter.export.narration_files import Narration

pytestmark = pytest.mark.slow  # the real speech engine, epubcheck or many processes
REPO = Path(__file__).resolve().parents[2]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"

RATE = 22050


def sox_reads_mp3() -> bool:
    """Whether sox can decode MP3 (Debian's libsox-fmt-mp3)."""
    if shutil.which("sox") is None:
        return False
    help_text = subprocess.run(["sox", "-h"], capture_output=True, text=True).stdout
    formats = next((line for line in help_text.splitlines() if line.startswith("AUDIO FILE FORMATS")), "")
    return " mp3" in formats


needs_sox_mp3 = pytest.mark.skipif(not sox_reads_mp3(), reason="sox cannot decode MP3: apt-get install sox libsox-fmt-mp3")


def decode_with_sox(mp3: Path, tmp: Path) -> array.array[int]:
    """The MP3 decoded by libmad (sox), 16-bit mono."""
    out = tmp / (mp3.stem + ".decoded.wav")
    subprocess.run(["sox", str(mp3), "-b", "16", str(out)], check=True, capture_output=True)
    return read_wav(out)[0]


def read_wav(path: Path) -> tuple[array.array[int], int]:
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        samples = array.array("h", w.readframes(w.getnframes()))
        return samples, w.getframerate()


def rms(samples: array.array[int] | list[int]) -> float:
    return math.sqrt(sum(x * x for x in samples) / max(1, len(samples)))



def expected_layout(narration: Narration) -> list[tuple[int, int]]:
    """(start, end) sample of each sentence, from the clips' own lengths and the documented pauses."""
    spans, pos = [], 0
    for k, s in enumerate(narration.sentences):
        if k:
            prev = narration.sentences[k - 1]
            ms = SECTION_PAUSE_MS if s.section != prev.section else (
                PARAGRAPH_PAUSE_MS if s.paragraph != prev.paragraph else PAUSE_MS)
            pos += round(ms * RATE / 1000)
        frames = read_wav(s.clip.wav_path)[0]
        spans.append((pos, pos + len(frames)))
        pos += len(frames)
    return spans


def test_wav_is_clips_plus_pauses(narration: Narration, tmp_path: Path) -> None:
    out = tmp_path / "reading.wav"
    summary = write_audio(narration, out)
    samples, rate = read_wav(out)
    spans = expected_layout(narration)
    assert rate == RATE and len(samples) == spans[-1][1]
    clip_ms = sum(s.clip.duration_ms for s in narration.sentences)
    gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:])]
    assert set(gaps) == {round(ms * RATE / 1000) for ms in (PAUSE_MS, PARAGRAPH_PAUSE_MS, SECTION_PAUSE_MS)}
    assert abs(len(samples) * 1000 / RATE - (clip_ms + sum(gaps) * 1000 / RATE)) <= len(spans)  # ms rounding
    assert abs(summary.duration_ms - len(samples) * 1000 / RATE) <= 1
    for (start, end), s in zip(spans, narration.sentences):
        assert samples[start:end] == read_wav(s.clip.wav_path)[0]  # each clip exactly where it should be
        assert rms(samples[start:end]) > 500  # speech
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert not any(samples[end:start])  # pauses are silence
    print(f"\nWAV: {len(spans)} sentences, clips {clip_ms} ms + pauses {sum(gaps) * 1000 // RATE} ms "
          f"= {len(samples) * 1000 // RATE} ms")


@needs_sox_mp3
def test_mp3_decodes_to_the_same_narration(narration: Narration, tmp_path: Path) -> None:
    out = tmp_path / "reading.mp3"
    summary = write_audio(narration, out)
    frames_total, rate = mp3_samples(out.read_bytes())
    decoded = decode_with_sox(out, tmp_path)
    spans = expected_layout(narration)
    content = spans[-1][1]
    assert rate == RATE
    # libmad leaves out the last frame of 576 samples; otherwise the frame count is the length.
    assert frames_total - 576 <= len(decoded) <= frames_total
    assert len(decoded) >= content + MP3_DELAY_SAMPLES  # no speech lost at the end
    assert abs(summary.duration_ms - frames_total * 1000 / RATE) <= 1
    for (start, end), s in zip(spans, narration.sentences):
        part = decoded[start + MP3_DELAY_SAMPLES : end + MP3_DELAY_SAMPLES]
        assert rms(part) > 500
    for (_, end), (start, _) in zip(spans, spans[1:]):
        # The middle of each pause is (nearly) silent once shifted by the encoder delay.
        quiet = decoded[end + MP3_DELAY_SAMPLES + 441 : start + MP3_DELAY_SAMPLES - 441]
        assert rms(quiet) < 50
    print(f"\nMP3: {summary.bytes} bytes, {summary.duration_ms} ms ({frames_total} samples in frames, "
          f"{len(decoded)} decoded by libmad, content {content})")


def burst_mp3(tmp_path: Path) -> tuple[Path, int]:
    """An MP3 of silence with a 1 kHz burst starting at a known sample."""
    start = 5000
    samples = array.array("h", bytes(2 * 2 * RATE))
    for i in range(start, start + 400):
        samples[i] = int(10000 * math.sin(2 * math.pi * 1000 * (i - start) / RATE))
    path = tmp_path / "burst.mp3"
    path.write_bytes(encode_mp3(samples, RATE))
    return path, start


def onset(samples: array.array[int]) -> int:
    return next(i for i, x in enumerate(samples) if abs(x) > 2000)


@needs_sox_mp3
def test_encoder_delay_with_libmad(tmp_path: Path) -> None:
    path, start = burst_mp3(tmp_path)
    assert abs(onset(decode_with_sox(path, tmp_path)) - start - MP3_DELAY_SAMPLES) <= 2


# Qt's FFmpeg decoder in a child process: the test process may already own a QApplication.
QT_DECODE = textwrap.dedent("""
    import array, sys
    from PySide6.QtCore import QCoreApplication, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat
    app = QCoreApplication([])
    dec = QAudioDecoder()
    fmt = QAudioFormat(); fmt.setSampleRate(22050); fmt.setChannelCount(1); fmt.setSampleFormat(QAudioFormat.Int16)
    dec.setAudioFormat(fmt)
    dec.setSource(QUrl.fromLocalFile(sys.argv[1]))
    out = array.array("h")
    def ready():
        buf = dec.read()
        out.frombytes(bytes(buf.constData())[: buf.byteCount()])
    dec.bufferReady.connect(ready)
    dec.finished.connect(app.quit)
    dec.error.connect(lambda *_: (print("ERROR", dec.errorString()), app.exit(2)))
    QTimer.singleShot(30000, lambda: app.exit(3))
    dec.start()
    code = app.exec()
    if code == 0:
        print(next(i for i, x in enumerate(out) if abs(x) > 2000), len(out))
    sys.exit(code)
""")


def test_encoder_delay_with_ffmpeg(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtMultimedia")
    path, start = burst_mp3(tmp_path)
    result = subprocess.run([sys.executable, "-c", QT_DECODE, str(path)], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    if result.returncode != 0:
        pytest.skip(f"Qt Multimedia could not decode MP3 here: {result.stdout.strip()} {result.stderr[-300:]}")
    first, length = map(int, result.stdout.split()[-2:])
    assert abs(first - start - MP3_DELAY_SAMPLES) <= 2
    assert length == mp3_samples(path.read_bytes())[0]  # FFmpeg plays every frame


def test_wrong_suffix_is_refused(narration: Narration, tmp_path: Path) -> None:
    from presenter.export.audio import AudioError

    with pytest.raises(AudioError, match=r"\.wav or \.mp3"):
        write_audio(narration, tmp_path / "reading.ogg")
    assert not list(tmp_path.iterdir())
