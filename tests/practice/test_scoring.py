"""Marks, pace and pauses from aligned words, on made-up scores (no recogniser)."""

from presenter.practice.model import Mark
from presenter.practice.scoring import AlignedWord, Segment, Thresholds, judge


def loop(frames: int, per_frame: float) -> list[Segment]:
    return [Segment("AH", 0, frames - 1, per_frame * frames)]


def test_words_marked_by_their_score_against_free_phones() -> None:
    t = Thresholds(unclear_below=-20, missed_below=-40)
    words = [AlignedWord("good", 0, 19, -100 * 20 - 5 * 20, 3, True),  # 5 a frame below the loop
             AlignedWord("shaky", 20, 39, -100 * 20 - 30 * 20, 3, True),
             AlignedWord("wrong", 40, 59, -100 * 20 - 50 * 20, 3, True),
             AlignedWord("Liu", 60, 79, -100 * 20 - 90 * 20, 2, False)]
    result = judge(words, [], loop(80, -100), 80, t)
    assert [w.mark for w in result.words] == [Mark.READ, Mark.UNCLEAR, Mark.MISSED, Mark.UNCHECKED]
    assert [round(w.score) for w in result.words] == [-5, -30, -50, -90]
    assert (result.words[1].start_ms, result.words[1].end_ms) == (200, 400)


def test_a_word_squeezed_into_too_few_frames_was_left_out() -> None:
    words = [AlignedWord("already", 0, 5, 0.0, 5, True), AlignedWord("being", 6, 30, 0.0, 4, True)]
    result = judge(words, [], loop(31, 0), 31)
    assert [w.mark for w in result.words] == [Mark.MISSED, Mark.READ]


def test_pace_counts_read_words_over_the_reading_time_and_long_pauses_inside_it() -> None:
    words = [AlignedWord(f"w{i}", 50 + 50 * i, 50 + 50 * i + 39, 0.0, 2, True) for i in range(4)]
    silences = [Segment("<sil>", 0, 49, 0.0), Segment("<sil>", 140, 149, 0.0), Segment("<sil>", 300, 399, 0.0)]
    result = judge(words, silences, loop(400, 0), 400, Thresholds(long_pause_ms=500))
    assert result.wcpm == 4 * 60000 / 1900  # from 500 ms to 2400 ms
    assert result.pauses_ms == ()  # the silences before and after the reading do not count
    long_gap = [Segment("<sil>", 100, 169, 0.0)]
    assert judge(words, long_gap, loop(400, 0), 400, Thresholds(long_pause_ms=500)).pauses_ms == (700,)
