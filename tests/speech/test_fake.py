"""FakeEngine: a real, short, deterministic WAV with evenly spaced words, for other layers' tests."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from presenter.speech.fake import FakeEngine
from presenter.speech.model import SpeechEngine, SpeechError
from presenter.speech.wav import frame_rms, read_samples


def test_fake_clip_is_a_real_wav_with_even_words(tmp_path: Path) -> None:
    engine = FakeEngine(word_ms=200)
    assert isinstance(engine, SpeechEngine)
    clip = engine.synthesize("Next week, the program starts.", tmp_path / "a.wav",
                             voice=None, rate_wpm=175)
    assert [w.text for w in clip.words] == ["Next", "week", "the", "program", "starts"]
    assert [(w.start_ms, w.end_ms) for w in clip.words] == [
        (100, 300), (300, 500), (500, 700), (700, 900), (900, 1100)]
    assert clip.duration_ms == 1300 and clip.sample_rate == 22050
    with wave.open(str(clip.wav_path)) as wav:
        assert wav.getnframes() == 22050 * 1300 // 1000 and wav.getframerate() == 22050
    samples, rate = read_samples(clip.wav_path)
    rms = frame_rms(samples, rate, 20)
    assert rms[0] == 0 and rms[-1] == 0 and max(rms) > 1000  # silent edges, a tone inside


def test_fake_is_deterministic_and_follows_rate(tmp_path: Path) -> None:
    engine = FakeEngine()
    a = engine.synthesize("one two", tmp_path / "a.wav", voice=None, rate_wpm=175)
    b = engine.synthesize("one two", tmp_path / "b.wav", voice=None, rate_wpm=175)
    assert a.wav_path.read_bytes() == b.wav_path.read_bytes()
    assert (a.words, a.duration_ms) == (b.words, b.duration_ms)
    fast = engine.synthesize("one two", tmp_path / "f.wav", voice=None, rate_wpm=350)
    assert fast.duration_ms < a.duration_ms
    assert engine.calls == ["one two"] * 3


def test_fake_can_fail(tmp_path: Path) -> None:
    with pytest.raises(SpeechError):
        FakeEngine(fail_on="x").synthesize("x marks", tmp_path / "x.wav", voice=None, rate_wpm=175)
