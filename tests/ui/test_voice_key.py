"""V changes the narration voice while projecting: the next installed voice of the lesson's language, named on the slide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from presenter.speech import SpeechWorker
from presenter.ui.slides.keys import intent_for
from presenter.ui.slides.notice import SlideNotice
from ui_support import narrated_window


def test_v_is_in_the_key_table() -> None:
    assert intent_for(Qt.Key.Key_V.value, Qt.KeyboardModifier.ShiftModifier) == "voice"
    assert intent_for(Qt.Key.Key_V.value, Qt.KeyboardModifier.NoModifier) == "record"  # V records, as at home
    assert intent_for(Qt.Key.Key_V.value, Qt.KeyboardModifier.NoModifier, student=True) == "record"  # home: unchanged


def test_v_cycles_the_voices_of_the_lessons_language_and_remembers_the_choice(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker()
    try:
        w, stage = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)
        narrator = w.narrator
        assert narrator is not None
        qtbot.waitUntil(lambda: len(stage.voices) > 1, timeout=20000)
        ids = [v.id for v in stage.voices]
        console = stage.open_console(w.controller)  # type: ignore[arg-type]
        qtbot.addWidget(console)
        w.toggle_full_screen()  # the narration bar's list is hidden: the key still works
        start = ids.index(narrator.voice) if narrator.voice in ids else -1
        chosen: list[object] = []
        narrator.voice_changed.connect(chosen.append)
        qtbot.keyClick(w, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
        expected = stage.voices[(start + 1) % len(ids)]
        assert narrator.voice == expected.id and chosen == [expected.id]
        notice = w.stack.findChild(SlideNotice)
        assert notice is not None and notice.isVisible() and expected.name in notice.text()
        assert notice.height() < w.stack.height() / 6  # small, in the corner, like the speed
        # The lists follow, and the choice is kept for this lesson as the lists' own choice is.
        assert console.voice.currentData() == expected.id and w.narration_bar.voice.currentData() == expected.id
        path = narrator.deck.lesson.path
        assert path is not None and w.session.settings.narration(path).voice == expected.id  # type: ignore[attr-defined]
        for _ in range(len(ids) - 1):  # round the whole list: back to where it started
            qtbot.keyClick(console, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)  # from the console too
        assert narrator.voice == ids[start % len(ids)] and len(chosen) == len(ids)
        assert all(v in ids for v in chosen)  # only voices of the lesson's language
        notice.hide()
        console.voice.activated.emit(1)  # chosen in the console's list: the slide says so too
        assert narrator.voice == console.voice.itemData(1) and notice.isVisible() and stage.voices[1].name in notice.text()
        stage.toggle_console()  # the console closed and gone: Shift+V still works, nothing left pointing at it
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        before = narrator.voice
        qtbot.keyClick(w, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
        assert narrator.voice != before
        w.toggle_full_screen()
    finally:
        worker.close()
