"""The flattened vocabulary table: columns found from the rows and the reading."""

from __future__ import annotations

from presenter.handout.grid import split_rows, tokenize_row
from presenter.handout.matching import ReadingIndex, variants

READING = ReadingIndex([
    "Prices of real estate went up, and interest rates fell. She paid on time, as always.",
    "He no longer works there. The plan is based on a court decision that ordered a stop.",
])


def test_tokens_keep_counts_and_forms_with_their_word() -> None:
    assert [t.text for t in tokenize_row("score (2) buy / bought / bought benefit(s) (2)")] == [
        "score (2)", "buy/bought/bought", "benefit(s) (2)"]


def test_phrases_from_the_reading_stay_whole() -> None:
    rows, columns = split_rows(["behave score (2) based on", "punish on time no longer", "court order (3) apologize",
                                "upside shape (2) interest rate"], READING)
    assert columns == 3
    assert rows == [["behave", "score (2)", "based on"], ["punish", "on time", "no longer"],
                    ["court", "order (3)", "apologize"], ["upside", "shape (2)", "interest rate"]]


def test_column_count_from_all_rows() -> None:
    rows, columns = split_rows(["apple pear plum fig", "lime kiwi real estate date", "nut bean"], READING)
    assert columns == 4
    assert rows[1] == ["lime", "kiwi", "real estate", "date"]
    assert rows[2] == ["nut", "bean"]  # the last row may be short


def test_one_per_line_and_phrasal_verbs() -> None:
    rows, columns = split_rows(["give up", "look after", "run out of", "take off"], ReadingIndex(["Nothing here."]))
    assert columns == 1
    assert rows == [["give up"], ["look after"], ["run out of"], ["take off"]]


def test_inflected_forms_are_found() -> None:
    assert {"barred", "running", "rates", "publicly", "fluctuating", "tried"} <= (
        variants("bar") | variants("run") | variants("rate") | variants("public") | variants("fluctuate")
        | variants("try"))
    index = ReadingIndex(["Cameras zero in on their faces."])
    assert index.contains("zero-in")
    assert not index.contains("court order")
