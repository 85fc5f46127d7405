"""Reading speed while projecting: < and > (and the console's buttons), shown briefly on the slide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from presenter.narration.cache import ClipCache
from presenter.speech import SpeechWorker
from presenter.ui.app.window import PresentationWindow
from presenter.ui.audio.clipsource import ClipSource
from presenter.ui.audio.narrator import Narrator
from presenter.ui.console.window import ConsoleWindow
from presenter.ui.slides.keys import intent_for
from presenter.ui.slides.notice import NOTICE_MS, SlideNotice


@pytest.fixture
def voiced(window: PresentationWindow, tmp_path: Path) -> Iterator[Narrator]:
    """The window's lesson with a real narrator (eSpeak NG through the speech worker)."""
    worker = SpeechWorker()
    assert window.controller is not None
    narrator = Narrator(window.controller, ClipSource(worker, ClipCache(tmp_path / "clips")), parent=window.controller)
    window.set_narrator(narrator)
    yield narrator
    worker.close()


def test_angle_brackets_are_in_the_key_table_with_or_without_shift() -> None:
    for mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):  # Shift+, is < on most layouts
        assert intent_for(Qt.Key.Key_Less.value, mods) == "slower"
        assert intent_for(Qt.Key.Key_Greater.value, mods) == "faster"


def test_speed_keys_change_the_reading_speed_and_say_so_on_the_slide(qtbot: QtBot, window: PresentationWindow,
                                                                      voiced: Narrator) -> None:
    window.toggle_full_screen()  # the toolbar with the speed list is hidden: the keys still work
    changes: list[float] = []
    voiced.speed_changed.connect(changes.append)
    qtbot.keyClick(window, Qt.Key.Key_Less, Qt.KeyboardModifier.ShiftModifier)
    assert voiced.speed == 0.8 and changes == [0.8]
    notice = window.stack.findChild(SlideNotice)
    assert notice is not None and notice.isVisible() and "0.8×" in notice.text()
    # In the corner, small: it does not cover the reading.
    assert notice.geometry().right() <= window.stack.width() and notice.height() < window.stack.height() / 6
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Greater, Qt.KeyboardModifier.ShiftModifier)
    assert voiced.speed == 1.2 and changes == [0.8, 1.0, 1.2]  # the last press is at the fastest already
    assert "fastest" in notice.text()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=NOTICE_MS + 2000)
    window.toggle_full_screen()


def test_console_buttons_change_the_speed(qtbot: QtBot, window: PresentationWindow, voiced: Narrator) -> None:
    assert window.controller is not None
    console = ConsoleWindow(window.controller, window.handle_key)
    qtbot.addWidget(console)
    console.attach_narrator(voiced)
    slower = next(b for b in console.findChildren(QPushButton) if "slower" in b.text())
    qtbot.mouseClick(slower, Qt.MouseButton.LeftButton)
    assert voiced.speed == 0.8
    assert "0.8×" in console.reading.text()


def test_console_voice_list_changes_the_narration_voice(qtbot: QtBot, window: PresentationWindow,
                                                        voiced: Narrator) -> None:
    assert window.controller is not None
    console = ConsoleWindow(window.controller, window.handle_key)
    qtbot.addWidget(console)
    console.attach_narrator(voiced)
    console.set_voices([("gmw/en-us", "English (America)"), ("gmw/en", "English (Great Britain)")], "gmw/en-us")
    assert console.voice.currentData() == "gmw/en-us"
    chosen: list[object] = []
    voiced.voice_changed.connect(chosen.append)
    console.voice.activated.emit(1)  # what choosing it in the list sends
    assert voiced.voice == "gmw/en" and chosen == ["gmw/en"]
