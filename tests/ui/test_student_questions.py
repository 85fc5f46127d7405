"""Student mode's questions at home, on the real window: answers on request, choices checked, `?` shows the keys."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.slides.keys import STUDENT_HELP
from presenter.ui.student.session import StudentSession

LESSON = """---
title: Questions at home
---

# Reading

Mia walks to school. She likes the rain.

# Questions

1. Mia drives to school. True or false?
   Answer: False
2. How does Mia get to school?
   Options: by car | on foot | by bus
   Answer: b
3. Why does Mia like the rain?
   Answer: It smells fresh.

# Discussion

A. Do you like walking in the rain?
"""


def open_session(qtbot: QtBot, tmp_path: Path, worker: SpeechWorker) -> StudentSession:
    path = tmp_path / "lesson.md"
    path.write_text(LESSON, encoding="utf-8")
    s = StudentSession(path, worker, tmp_path / "cache", tmp_path / "data")
    qtbot.addWidget(s.window)
    s.window.show()
    return s


def test_questions_with_answers_on_request_and_checked_choices(qtbot: QtBot, tmp_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        s = open_session(qtbot, tmp_path, worker)
        assert s.questions is not None
        tabs = [s.window.tabs.tabText(i) for i in range(s.window.tabs.count())]
        assert tabs == ["Read and listen", "Words", "Questions"]
        s.window.tabs.setCurrentWidget(s.questions)
        true_false, choice, open_q = s.questions.boxes
        assert [b.text() for b in true_false.choice_buttons] == ["True", "False"]
        assert not any(box.answer.isVisible() for box in s.questions.boxes)  # nothing given away
        qtbot.mouseClick(true_false.choice_buttons[0], Qt.MouseButton.LeftButton)
        assert true_false.verdict.text() == "Not quite." and "False" in true_false.answer.text()
        assert true_false.answer.isVisible()
        qtbot.mouseClick(true_false.choice_buttons[1], Qt.MouseButton.LeftButton)
        assert true_false.verdict.text() == "Right!"
        qtbot.mouseClick(choice.choice_buttons[1], Qt.MouseButton.LeftButton)
        assert choice.verdict.text() == "Right!" and "b) on foot" in choice.answer.text()
        assert open_q.choice_buttons == [] and not open_q.answer.isVisible()
        qtbot.mouseClick(open_q.show_button, Qt.MouseButton.LeftButton)
        assert open_q.answer.isVisible() and "It smells fresh." in open_q.answer.text()
        assert not open_q.show_button.isVisible()
        assert len(s.questions.prompts) == 1 and "walking in the rain" in s.questions.prompts[0].text()
        s.questions.grab().save(str(tmp_path / "questions.png"))
    finally:
        worker.close()


def test_question_mark_shows_every_key(qtbot: QtBot, tmp_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        s = open_session(qtbot, tmp_path, worker)
        overlays = s.window.overlays
        assert not overlays.help_visible()
        qtbot.keyClick(s.window, "?")
        assert overlays.help_visible() and overlays.help.rows == STUDENT_HELP
        qtbot.keyClick(s.window, "?")
        assert not overlays.help_visible()
        start = s.controller.current
        qtbot.keyClick(s.window, Qt.Key.Key_Right)  # the same table turns the page
        assert s.controller.current == start + 1
    finally:
        worker.close()
