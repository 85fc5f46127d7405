"""The chime: the WAV has sound in it (measured), is made by tools/make_chime.py, and plays without raising."""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.resources import asset
from presenter.ui.audio.chime import Chime

REPO = Path(__file__).resolve().parents[2]
CHIME = asset("chime.wav")


def samples(path: Path) -> tuple[wave._wave_params, list[float]]:
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        raw = w.readframes(params.nframes)
    return params, [s / 32768 for s in struct.unpack(f"<{params.nframes}h", raw)]


def dbfs(x: float) -> float:
    return 20 * math.log10(max(x, 1e-12))


def test_chime_file_has_sound() -> None:
    params, data = samples(CHIME)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44100)
    assert 1.0 <= params.nframes / params.framerate <= 1.5
    peak = max(abs(s) for s in data)
    rms = math.sqrt(sum(s * s for s in data) / len(data))
    assert -7.0 <= dbfs(peak) <= -5.0  # about -6 dBFS: gentle, and never clipping
    assert dbfs(rms) > -25.0  # audible, not a near-silent file
    # Starts and ends at silence (no click), and still rings halfway through.
    assert max(abs(s) for s in data[:44]) < 0.05 and max(abs(s) for s in data[-200:]) < 0.005
    middle = data[len(data) // 2 : len(data) // 2 + 4410]
    assert dbfs(math.sqrt(sum(s * s for s in middle) / len(middle))) > -35.0


@pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
def test_chime_file_has_sound_says_sox() -> None:
    out = subprocess.run(["sox", str(CHIME), "-n", "stat"], capture_output=True, text=True, check=True).stderr
    stats = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}
    assert float(stats["Length (seconds)"]) == pytest.approx(1.2, abs=0.01)
    assert 0.45 <= float(stats["Maximum amplitude"]) <= 0.56
    assert float(stats["RMS     amplitude"]) > 0.05
    assert 300 <= float(stats["Rough   frequency"]) <= 1500  # a bell in the middle range, not a hiss or a hum


def test_the_asset_is_what_the_tool_makes(tmp_path: Path) -> None:
    out = tmp_path / "chime.wav"
    subprocess.run([sys.executable, str(REPO / "tools" / "make_chime.py"), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == CHIME.read_bytes()


@pytest.mark.slow
def test_chime_plays_to_the_end_even_without_an_audio_device(qtbot: QtBot) -> None:
    chime = Chime()
    assert chime.available, chime.error
    with qtbot.waitSignal(chime.finished, timeout=10_000):
        assert chime.play()
    assert chime.error == ""
    with qtbot.waitSignal(chime.finished, timeout=10_000):
        assert chime.play()  # and again


def test_missing_file_never_raises(qtbot: QtBot, tmp_path: Path) -> None:
    chime = Chime(tmp_path / "nope.wav")
    assert not chime.available and "missing" in chime.error
    assert chime.play() is False


@pytest.mark.slow
def test_broken_file_never_raises(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk" + bytes(100))
    chime = Chime(bad)
    with qtbot.waitSignal(chime.finished, timeout=10_000, raising=False):
        chime.play()
    assert not chime.playing


def test_device_query_never_raises() -> None:
    assert Chime.has_audio_device() in (True, False)


@pytest.mark.slow
def test_time_up_with_the_real_chime_and_no_audio_device(qtbot: QtBot, sample_lesson_path: Path) -> None:
    from presenter.deck.deck import Slide
    from presenter.deck.kinds import SlideKind
    from presenter.lesson.files import load_lesson
    from presenter.timing.clock import FakeClock
    from presenter.timing.slide import TimedSlides
    from presenter.deck.geometry import Geometry
    from presenter.presenting.model import Presentation
    from presenter.ui.slides.render import make_deck
    from presenter.ui.slides.ticker import TimerTicker

    clock = FakeClock()
    model = Presentation(load_lesson(sample_lesson_path), Geometry(1280, 720), make_deck, clock=clock)
    slides = model.timings
    timing = slides.get(Slide(SlideKind.PROMPT, "Discussion B", "", 45, item=1, seconds=180))
    assert timing is not None
    chime = Chime()
    ticker = TimerTicker(model, interval_ms=50)
    ticker.time_up.connect(chime.play)
    timing.act("toggle")
    clock.advance(181)
    with qtbot.waitSignal(chime.finished, timeout=10_000):
        qtbot.waitUntil(lambda: ticker.chimed == 1)
    assert timing.countdown.state().label == "Time's up" and chime.error == ""
    ticker.stop()
