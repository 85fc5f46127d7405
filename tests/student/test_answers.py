"""Questions at home: which choice the key names, and a student's sheet of answers."""

from __future__ import annotations

import pytest

from presenter.lesson.model import Question
from presenter.student.answers import AnswerSheet, Verdict, choices, correct_choice


@pytest.mark.parametrize(("answer", "right"), [("False", 1), ("false.", 1), ("True. Every citizen…", 0), ("T", 0),
                                               ("", None), ("Maybe", None)])
def test_true_false_keys(answer: str, right: int | None) -> None:
    q = Question("The sky is green. True or false?", answer=answer, kind="true-false")
    assert choices(q) == ("True", "False") and correct_choice(q) == right


@pytest.mark.parametrize(("answer", "right"), [("b", 1), ("B)", 1), ("(c)", 2), ("c. a bus", 2), ("a bus", 2),
                                               ("A bus.", 2), ("z", None), ("", None)])
def test_choice_keys(answer: str, right: int | None) -> None:
    q = Question("How did she come?", answer=answer, kind="choice", options=("by car", "on foot", "a bus"))
    assert correct_choice(q) == right


def test_open_questions_have_no_choices() -> None:
    q = Question("Why?", answer="Because.")
    assert choices(q) == () and correct_choice(q) is None


def test_the_sheet_checks_and_shows_answers_on_request() -> None:
    sheet = AnswerSheet((Question("Cats bark. True or false?", answer="False", kind="true-false"),
                         Question("Why?", answer="Because."),
                         Question("Which?", answer="a", kind="choice", options=("x", "y")),
                         Question("Guess?", kind="choice", options=("x", "y"))))
    assert sheet.revealed == set() and sheet.verdict(0) is None
    assert sheet.choose(0, 0) is Verdict.WRONG and 0 in sheet.revealed
    assert sheet.choose(0, 1) is Verdict.RIGHT  # a second try counts
    assert 1 not in sheet.revealed
    sheet.reveal(1)
    assert 1 in sheet.revealed and sheet.verdict(1) is None
    assert sheet.choose(2, 1) is Verdict.WRONG
    assert sheet.choose(3, 0) is Verdict.NO_KEY
    assert sheet.score() == (1, 2)
