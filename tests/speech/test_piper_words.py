"""Mapping a phoneme stream back to written words: splits, merges and stress marks (no model)."""

from __future__ import annotations

from presenter.speech.piper_words import tag_phonemes, word_timings

RATE = 1000  # one sample a millisecond keeps the arithmetic readable


def test_a_number_spoken_as_several_words_stays_one_written_word() -> None:
    text = "By 1.4 people"
    sentence = ["^", *"baɪ wˈʌn pɔɪnt fˈɔːɹ pˈiːpəl", "$"]
    words = [list("baɪ"), list("wˈʌn pɔɪnt fˈɔːɹ"), list("pˈiːpəl")]
    timings = word_timings(text, sentence, [10] * len(sentence), words, RATE)
    assert [text[w.char_start:w.char_end] for w in timings] == ["By", "1.4", "people"]
    four = sentence.index("f")
    assert timings[1].end_ms == (four + 5) * 10  # through "fˈɔːɹ" (5 symbols), not into "people"
    assert timings[2].start_ms < timings[2].end_ms


def test_merged_words_are_split_where_their_letters_are() -> None:
    # eSpeak writes "of the" as one group "ʌvðə": the stream has no space between them.
    sentence = ["^", *"ˈɔːl ʌvðə pˈiːpəl", "$"]
    words = [list("ˈɔːl"), list("ʌv"), list("ðə"), list("pˈiːpəl")]
    tags = tag_phonemes(sentence, words)
    assert tags[sentence.index("ʌ")] == 1 and tags[sentence.index("ð")] == 2
    timings = word_timings("All of the people", sentence, [10] * len(sentence), words, RATE)
    assert [w.start_ms for w in timings] == sorted(w.start_ms for w in timings)
    assert timings[2].start_ms == sentence.index("ð") * 10


def test_a_word_begins_with_its_stress_mark_and_a_little_of_the_space_before() -> None:
    sentence = ["^", *"baɪ ˈɔːl", "$"]
    words = [list("baɪ"), list("ˈɔːl")]
    samples = [10] * len(sentence)
    samples[sentence.index(" ")] = 200  # a long space: only its end belongs to the next word
    timings = word_timings("By all", sentence, samples, words, RATE)
    stress_at = sum(samples[:sentence.index("ˈ")])
    assert timings[1].start_ms == stress_at - 60
    assert timings[0].end_ms <= timings[1].start_ms


def test_a_word_with_no_phonemes_of_its_own_shares_its_neighbours_time() -> None:
    sentence = ["^", *"baɪ pˈiːpəl", "$"]
    words = [list("baɪ"), [], list("pˈiːpəl")]
    timings = word_timings("By — x people", sentence, [10] * len(sentence), words, RATE)
    assert len(timings) == 3
    assert timings[0].start_ms <= timings[1].start_ms <= timings[2].start_ms
