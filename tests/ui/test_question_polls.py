"""P on a comprehension question: true/false and choice questions are polled; an open one says why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.deck.kinds import SlideKind
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow
from presenter.ui.slides.notice import SlideNotice

LESSON = """---
title: Polls
---

# Reading

The sky is blue on a clear day.

# Questions

1. The sky is green on a clear day. True or false?
   Answer: False

2. What colour is the sky at night?
   Options: black | blue | grey
   Answer: black

3. Why is the sky blue?
"""


def _open(qtbot: QtBot, tmp_path: Path) -> PresentationWindow:
    path = tmp_path / "polls.md"
    path.write_text(LESSON, encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.session = session  # type: ignore[attr-defined]
    w.show()
    assert session.open(path)
    return w


def test_p_polls_true_false_and_choice_questions(qtbot: QtBot, tmp_path: Path) -> None:
    w = _open(qtbot, tmp_path)
    c = w.controller
    assert c is not None
    questions = [i for i, s in enumerate(c.deck.slides) if s.kind == SlideKind.QUESTION]
    expected = [("True", "False"), ("black", "blue", "grey")]
    for index, options in zip(questions, expected, strict=False):
        c.goto(index)
        qtbot.keyClick(w, Qt.Key.Key_P)
        timing = c.model.timings.get(c.model.slide)
        assert timing is not None and timing.poll_shown and timing.tally is not None
        assert tuple(timing.tally.options) == options
        qtbot.keyClick(w, Qt.Key.Key_2)
        qtbot.keyClick(w, Qt.Key.Key_2)
        assert c.current == index  # with the poll up, digits vote instead of jumping
        assert timing.tally.votes[1] == 2
        assert w.stack.findChild(SlideNotice) is None or not w.stack.findChild(SlideNotice).isVisible()


def test_p_on_an_open_question_says_why_there_is_no_poll(qtbot: QtBot, tmp_path: Path) -> None:
    w = _open(qtbot, tmp_path)
    c = w.controller
    assert c is not None
    c.goto([i for i, s in enumerate(c.deck.slides) if s.kind == SlideKind.QUESTION][2])
    qtbot.keyClick(w, Qt.Key.Key_P)
    notice = w.stack.findChild(SlideNotice)
    assert notice is not None and notice.isVisible() and "open question" in notice.text()
    timing = c.model.timings.get(c.model.slide)
    assert timing is None or not timing.poll_shown
