"""The pure timing functions: word splitting, syllable estimates, eSpeak event alignment."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presenter.speech.timings import (
    align_word_events,
    estimate_word_timings,
    syllables,
    word_spans,
)


def words_of(text: str) -> list[str]:
    return [text[a:z] for a, z in word_spans(text)]


def test_words_are_trimmed_of_punctuation_and_keep_inner_marks() -> None:
    text = "By 2020, China plans to give all it’s 1.4 billion “citizens” — non-smoking U.S. firms…"
    assert words_of(text) == [
        "By", "2020", "China", "plans", "to", "give", "all", "it’s", "1.4", "billion",
        "citizens", "non-smoking", "U.S", "firms",
    ]


def test_dashes_and_slashes_split_words_but_emoji_and_lone_marks_are_not_words() -> None:
    assert words_of("trustworthy—and buy/bought 🙂 * * * 2019–2020") == [
        "trustworthy", "and", "buy", "bought", "2019", "2020"]


def test_decomposed_accent_stays_in_the_word() -> None:
    assert words_of("Cafe\u0301 ok") == ["Cafe\u0301", "ok"]


def test_syllables() -> None:
    assert syllables("behave") == 2
    assert syllables("score") == 1
    assert syllables("untrustworthy") == 4
    assert syllables("a") == 1
    assert syllables("2020") == 6  # four digits, about "twenty twenty"
    assert syllables("1.4") > syllables("1")


def test_estimate_spreads_words_by_syllables_over_the_speech() -> None:
    words = estimate_word_timings("a personal score", 1000, lead_ms=100, tail_ms=100)
    assert [w.text for w in words] == ["a", "personal", "score"]
    assert words[0].start_ms == 100 and words[-1].end_ms == 900
    lengths = [w.end_ms - w.start_ms for w in words]
    assert lengths[1] > lengths[2] > 0  # three syllables outlast one
    assert estimate_word_timings("* * *", 1000) == ()


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab é1.,;—’“” \n"), max_size=80),
    duration=st.integers(min_value=0, max_value=60_000),
    lead=st.integers(min_value=-50, max_value=5_000),
    tail=st.integers(min_value=-50, max_value=5_000),
)
def test_estimate_properties(text: str, duration: int, lead: int, tail: int) -> None:
    words = estimate_word_timings(text, duration, lead_ms=lead, tail_ms=tail)
    assert [text[w.char_start:w.char_end] for w in words] == words_of(text)
    if not words:
        return
    assert all(w.start_ms >= 0 and w.end_ms >= w.start_ms for w in words)
    assert all(a.end_ms == b.start_ms for a, b in zip(words, words[1:]))  # no gaps, monotonic
    assert words[-1].end_ms <= duration
    # The words cover the speech: from the lead to the clip's end less the tail.
    begin = min(max(0, lead), duration)
    assert words[0].start_ms == begin
    assert words[-1].end_ms == max(begin, duration - max(0, tail))


SENTENCE = "Nearly eleven million Chinese people can no longer fly, and four million are barred."


def test_events_map_to_words_with_measured_starts() -> None:
    # Real eSpeak NG 1.51 events for this sentence, quirks included: "no longer" gives two
    # events inside "no" and none in "longer"; a spurious (0, ms) after the comma.
    events = [(1, 0), (8, 226), (15, 609), (23, 919), (31, 1344), (38, 1686), (42, 1899),
              (43, 2053), (52, 2413), (0, 2979), (57, 2979), (61, 3174), (66, 3418),
              (74, 3671), (78, 3810)]
    words = align_word_events(SENTENCE, events, speech_end_ms=4200, duration_ms=4500)
    assert [w.text for w in words] == words_of(SENTENCE)
    assert [w.start_ms for w in words] == [
        0, 226, 609, 919, 1344, 1686, 1899, 2053, 2413, 2979, 3174, 3418, 3671, 3810]
    assert words[-1].end_ms == 4200


def test_number_events_merge_and_backward_jumps_are_dropped() -> None:
    text = "By 2020, China plans a 1.4 billion score."
    # "2020" and "1.4" give three events each; (9, 1600) jumps back at a clause end.
    events = [(1, 0), (4, 117), (5, 320), (5, 761), (10, 1445), (16, 1758), (22, 2000),
              (24, 2100), (25, 2300), (25, 2500), (9, 2600), (28, 2800), (36, 3100)]
    words = align_word_events(text, events, speech_end_ms=3600, duration_ms=3900)
    assert [(w.text, w.start_ms) for w in words] == [
        ("By", 0), ("2020", 117), ("China", 1445), ("plans", 1758), ("a", 2000),
        ("1.4", 2100), ("billion", 2800), ("score", 3100)]


def test_word_without_event_shares_the_time_of_the_word_before() -> None:
    text = "he is on the list"
    events = [(1, 0), (4, 200), (7, 400), (14, 800)]  # "the" has no event of its own
    words = align_word_events(text, events, speech_end_ms=1200, duration_ms=1300)
    starts = [w.start_ms for w in words]
    assert starts[:3] == [0, 200, 400] and starts[4] == 800
    assert 400 < starts[3] < 800


def test_events_on_emoji_and_spaces_do_not_move_the_next_word() -> None:
    text = "I 🙂 like cats."
    events = [(1, 0), (3, 92), (4, 505), (4, 915), (5, 1209), (10, 1472)]
    words = align_word_events(text, events, speech_end_ms=1950, duration_ms=2250)
    assert [(w.text, w.start_ms, w.end_ms) for w in words] == [
        ("I", 0, 1209), ("like", 1209, 1472), ("cats", 1472, 1950)]


def test_no_events_at_all_falls_back_to_shares_of_the_speech() -> None:
    words = align_word_events("one two three", [], speech_end_ms=900, duration_ms=1000)
    assert words[0].start_ms == 0 and words[-1].end_ms == 900
    assert all(a.end_ms == b.start_ms for a, b in zip(words, words[1:]))
