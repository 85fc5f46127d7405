"""Student mode's Questions tab lists the warm-up questions first and checks the exercises."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from presenter.lesson.parser import parse_lesson
from presenter.student.answers import Verdict
from presenter.ui.student.questions import QuestionsView

LESSON = """---
title: Home
---

# Warm-up

1. What do you already know?

# Reading

Text to read at home.

# Questions

1. Where is it read?
   Answer: at home

# Exercises

1. Where is the text read?
   a) at school
   b) at home
   Answer: b
2. Match.
   - text = words to read
   - home = where you live
"""


def test_exercises_are_answered_and_checked_at_home(qtbot: QtBot) -> None:
    lesson, _ = parse_lesson(LESSON)
    assert lesson is not None
    view = QuestionsView(lesson)
    qtbot.addWidget(view)
    assert len(view.warmup) == 1 and "already know" in view.warmup[0].text()
    assert len(view.boxes) == 3  # the question, then both exercises
    choice, matching = view.boxes[1], view.boxes[2]
    choice.choice_buttons[1].click()
    assert view.sheet.verdict(1) == Verdict.RIGHT
    matching.show_button.click()
    assert "1 b" in matching.answer.text() and "<br/>" in view.boxes[2].findChildren(type(matching.answer))[0].text()
