"""Student mode's keys go through the one key table's student column, on the real student window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.presenting.types import Layer
from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.slides.keys import KEYS, STUDENT_HELP, STUDENT_KEYS, intent_for
from presenter.ui.student.session import StudentSession

K = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def student(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> Iterator[StudentSession]:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    s = StudentSession(sample_lesson_path, worker, tmp_path / "cache", tmp_path / "data")
    qtbot.addWidget(s.window)
    s.window.show()
    yield s
    s.narrator.stop()
    worker.close()


def test_the_student_column_names_intents_of_the_one_table() -> None:
    intents = {b.intent for b in KEYS}
    assert set(STUDENT_KEYS) - {"record"} <= intents  # recording yourself is student mode's alone
    assert intent_for(K.Key_Space.value, NONE, student=True) == "narrate"  # at home Space reads aloud
    assert intent_for(K.Key_Space.value, NONE) == "next"  # in class it turns the slide
    assert intent_for(K.Key_T.value, NONE, student=True) is None  # no countdowns at home
    assert intent_for(K.Key_Question.value, Qt.KeyboardModifier.ShiftModifier, student=True) == "help"


def test_space_plays_and_pauses_arrows_turn_pages(qtbot: QtBot, student: StudentSession) -> None:
    c, n, w = student.controller, student.narrator, student.window
    c.goto(c.deck.first_reading_slide)
    qtbot.keyClick(w, K.Key_Space)
    qtbot.waitUntil(lambda: n.state == "playing", timeout=5000)
    assert c.current == c.deck.first_reading_slide  # Space did not turn the page
    qtbot.keyClick(w, K.Key_Space)
    assert n.state == "paused"
    qtbot.keyClick(w, K.Key_X)
    assert n.state == "stopped"
    qtbot.keyClick(w, K.Key_Right)
    assert c.current == c.deck.first_reading_slide + 1
    qtbot.keyClick(w, K.Key_Home)
    assert c.current == 0
    qtbot.keyClick(w, K.Key_End)
    assert c.current == len(c.deck.slides) - 1


def test_question_mark_lists_the_student_keys_and_esc_closes_them(qtbot: QtBot, student: StudentSession) -> None:
    w, model = student.window, student.controller.model
    qtbot.keyClick(w, K.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert Layer.HELP in model.layers and w.overlays.help_visible()
    assert w.overlays.help.rows == STUDENT_HELP
    assert ("N  or  Space", next(b.does for b in KEYS if b.intent == "narrate")) in STUDENT_HELP
    assert not any("countdown" in does or "full screen" in does for _, does in STUDENT_HELP)  # no teacher keys
    qtbot.keyClick(w, K.Key_Escape)
    assert Layer.HELP not in model.layers and not w.overlays.help_visible()
    assert w.isVisible()  # Esc does not close the student's window


def test_keys_on_the_words_tab_are_the_cards_own(qtbot: QtBot, student: StudentSession) -> None:
    c, w = student.controller, student.window
    w.tabs.setCurrentWidget(student.words)
    before = c.current
    qtbot.keyClick(w, K.Key_Right)
    assert c.current == before and student.narrator.state == "stopped"
