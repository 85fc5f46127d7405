"""The teacher's console on real widgets: keys drive the audience view; freeze and blank work."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.deck.notes import teacher_notes
from presenter.ui.console.window import ConsoleWindow
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.stage import Stage
from presenter.ui.app.window import PresentationWindow


@pytest.fixture
def stage(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> Stage:
    w = PresentationWindow()
    qtbot.addWidget(w)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    st = Stage(w, settings)
    w.session = session  # type: ignore[attr-defined]
    w.show()
    assert session.open(sample_lesson_path)
    qtbot.keyClick(w, Qt.Key.Key_C)  # one screen: the console opens as a window when asked
    assert st.console is not None and st.console.isVisible()
    qtbot.addWidget(st.console)
    return st


def test_keys_in_the_console_move_the_audience_view(qtbot: QtBot, stage: Stage) -> None:
    console, c = stage.console, stage.window.controller
    assert console is not None and c is not None
    c.goto(c.deck.first_reading_slide)
    qtbot.keyClick(console, Qt.Key.Key_Right)
    assert c.current == c.audience_index == c.deck.first_reading_slide + 1
    qtbot.keyClicks(console, "3")
    qtbot.keyClick(console, Qt.Key.Key_Return)
    assert c.audience_index == 2
    assert console.slides.currentRow() == 2
    assert console.current.index() == 2 and console.next.index() == 3


def test_freeze_keeps_the_class_on_its_slide(qtbot: QtBot, stage: Stage) -> None:
    console, c, view = stage.console, stage.window.controller, stage.window.view
    assert console is not None and c is not None and view is not None
    c.goto(c.deck.first_reading_slide)
    shown = view.grab().toImage()
    qtbot.keyClick(console, Qt.Key.Key_Z)
    assert c.frozen
    for _ in range(3):
        qtbot.keyClick(console, Qt.Key.Key_Right)
    assert c.current == c.deck.first_reading_slide + 3 and c.audience_index == c.deck.first_reading_slide
    assert view.grab().toImage() == shown  # the projector did not change
    assert "FROZEN" in console.status.text()
    qtbot.keyClick(console, Qt.Key.Key_Z)
    assert not c.frozen and c.audience_index == c.current
    assert view.grab().toImage() != shown


def test_blank_from_the_console(qtbot: QtBot, stage: Stage) -> None:
    console, c, view = stage.console, stage.window.controller, stage.window.view
    assert console is not None and c is not None and view is not None
    qtbot.keyClick(console, Qt.Key.Key_B)
    image = view.grab().toImage()
    assert c.blank == "black" and image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    assert "BLACK" in console.status.text()
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert c.blank == ""


def test_notes_show_answers_and_lesson_notes(stage: Stage) -> None:
    c = stage.window.controller
    assert c is not None
    q1 = next(i for i, s in enumerate(c.deck.slides) if s.kind == "comprehension")
    notes = teacher_notes(c.deck, q1)
    assert notes[0] == "Answer: False" and any(n.startswith("Note: ") for n in notes)
    c.goto(q1)
    assert stage.console is not None and "Answer: False" in stage.console.notes.text()


def test_console_closes_and_reopens(qtbot: QtBot, stage: Stage) -> None:
    qtbot.keyClick(stage.window, Qt.Key.Key_C)
    assert stage.console is None
    qtbot.keyClick(stage.window, Qt.Key.Key_C)
    assert isinstance(stage.console, ConsoleWindow)


def test_console_buttons_act_as_their_keys(qtbot: QtBot, stage: Stage) -> None:
    from PySide6.QtWidgets import QPushButton

    console, c = stage.console, stage.window.controller
    assert console is not None and c is not None
    c.goto(next(i for i, s in enumerate(c.deck.slides) if s.kind == "discussion"))
    timer = next(b for b in console.findChildren(QPushButton) if b.text().startswith("Timer"))
    timer.click()
    timing = c.timings.get(c.deck.slides[c.current])
    assert timing is not None and timing.countdown.running
    timer.click()
    assert not timing.countdown.running
