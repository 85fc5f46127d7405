"""A sentence's spoken words, and reading recordings of any rate and channel count."""

import array
import wave
from pathlib import Path

import pytest

from presenter.practice.audio import RATE, read_for_check
from presenter.practice.model import PracticeError
from presenter.practice.words import sentence_words, spoken_forms


def test_numbers_and_hyphenated_words_are_said_as_words() -> None:
    assert spoken_forms("2020") == ("twenty", "twenty")
    assert spoken_forms("1.4") == ("one", "point", "four")
    assert spoken_forms("176") == ("one", "hundred", "seventy", "six")
    assert spoken_forms("Chinese-made") == ("chinese", "made")
    assert spoken_forms("It’s") == ("it's",)
    assert [w.text for w in sentence_words("“I can’t buy property.”")] == ["I", "can’t", "buy", "property"]


def write(path: Path, samples: list[int], rate: int, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(array.array("h", samples).tobytes())
    return path


def test_recordings_come_out_as_16_khz_mono(tmp_path: Path) -> None:
    second = [1000 if i % 100 < 50 else -1000 for i in range(48000)]
    pcm = read_for_check(write(tmp_path / "a.wav", second, 48000))
    assert len(pcm) == 2 * RATE
    stereo = [x for s in second[:22050] for x in (s, 0)]
    assert len(read_for_check(write(tmp_path / "b.wav", stereo, 22050, channels=2))) == 2 * RATE


def test_a_file_that_is_not_a_recording_gets_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "x.wav"
    bad.write_bytes(b"not a wav at all")
    with pytest.raises(PracticeError, match="not a WAV recording"):
        read_for_check(bad)
    with pytest.raises(PracticeError, match="no such recording"):
        read_for_check(tmp_path / "missing.wav")
