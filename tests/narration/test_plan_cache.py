"""Narration logic: the word at a position, speeds, voices per speaker, and the clip cache."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from presenter.narration.cache import ClipCache, clip_key
from presenter.narration.plan import SPEEDS, rate_for, repeat_gap_ms, voice_for, word_at
from presenter.speech import FakeEngine
from presenter.speech.model import WordTiming

WORDS = [WordTiming("By", 100, 300, 0, 2), WordTiming("2020", 300, 900, 3, 7), WordTiming("China", 900, 1300, 9, 14)]


def test_word_at_positions() -> None:
    assert word_at(WORDS, 0) is None
    assert word_at(WORDS, 100) == 0
    assert word_at(WORDS, 299) == 0
    assert word_at(WORDS, 300) == 1
    assert word_at(WORDS, 1200) == 2
    assert word_at(WORDS, 2000) is None  # trailing silence


@given(st.lists(st.integers(1, 500), min_size=1, max_size=40), st.integers(0, 30000))
def test_word_at_is_the_last_word_begun(lengths: list[int], position: int) -> None:
    words, t = [], 50
    for n, length in enumerate(lengths):
        words.append(WordTiming("w", t, t + length, n, n + 1))
        t += length
    i = word_at(words, position)
    if i is not None:
        assert words[i].start_ms <= position
        assert i == len(words) - 1 or words[i + 1].start_ms > position


def test_speeds_and_voices() -> None:
    assert [rate_for(150, s) for s in SPEEDS] == [90, 120, 150, 180]
    assert rate_for(100, 0.6) == 80  # engines' floor
    assert voice_for("Journalist", "gmw/en-us", {"Journalist": "gmw/en"}) == "gmw/en"
    assert voice_for(None, "gmw/en-us", {"Journalist": "gmw/en"}) == "gmw/en-us"
    assert repeat_gap_ms(2500) == 2500 and repeat_gap_ms(200) == 1000


def test_cache_round_trip_and_damage(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path / "clips")
    key = clip_key("Next week the program will start.", "fake/en-us", 150, "fake/1")
    assert key != clip_key("Next week the program will start.", "fake/en-us", 120, "fake/1")
    assert cache.get(key) is None
    tmp = cache.temp_wav(key)
    clip = FakeEngine().synthesize("Next week the program will start.", tmp, voice="fake/en-us", rate_wpm=150)
    stored = cache.store(key, clip)
    assert not tmp.exists() and stored.wav_path == cache.wav_path(key)
    again = cache.get(key)
    assert again == stored and again.words == clip.words
    cache.wav_path(key).write_bytes(b"RIFF")  # damaged audio: a miss, not a crash
    assert cache.get(key) is None
    (tmp_path / "clips" / f"{key}.json").write_text("{not json", encoding="utf-8")
    assert cache.get(key) is None


def test_voice_for_the_lesson_language() -> None:
    from presenter.narration.plan import pick_voice, voices_for_language
    from presenter.speech.model import Voice

    voices = [Voice("gmw/en-029", "English (Caribbean)", "en-029"), Voice("gmw/en", "English (Great Britain)", "en-gb"),
              Voice("gmw/en-us", "English (America)", "en-us"), Voice("roa/fr", "French", "fr-fr")]
    assert pick_voice(voices, "en-US") == voices[2]
    assert pick_voice(voices, "en-GB") == voices[1]
    assert pick_voice(voices, "en-AU") == voices[1]  # a relative: the shortest tag first
    assert pick_voice(voices, "de-DE") is None
    assert [v.id for v in voices_for_language(voices, "en-US")][0] == "gmw/en-us"
    assert "roa/fr" not in [v.id for v in voices_for_language(voices, "en-US")]
