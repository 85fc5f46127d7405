"""Multiple-choice layouts from handouts written blind: each rule on a small handout written for the test."""

from __future__ import annotations

from presenter.handout import import_handout
from presenter.lesson.model import Lesson

TEXT = ("Every spring the river floods the old market, and the traders move their stalls up the hill for a week. "
        "Nobody complains, because the water brings rich soil to the farms below and the harvest is good.\n\n"
        "This year the council wants to build a wall along the river to stop the floods for good, but the farmers "
        "say the soil will suffer.")


def _lesson(block: str) -> Lesson:
    return import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson


def test_a_row_of_letters_set_apart_by_wide_gaps_gives_one_option_each() -> None:
    lesson = _lesson("Choose the best answer.\n1. Where do the traders go?\n"
                     "A  down the river        B  up the hill        C  to the farms\n"
                     "2. What do the farmers fear?\nA  A wall will hurt the soil.      B  The harvest is bad.\n")
    assert [(q.text, q.options) for q in lesson.comprehension] == [
        ("Where do the traders go?", ("down the river", "up the hill", "to the farms")),
        ("What do the farmers fear?", ("A wall will hurt the soil.", "The harvest is bad."))]
