"""When speech is missing or breaks, the lesson goes on: the controls say what is wrong, nothing freezes."""

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.speech import FakeEngine, SpeechUnavailable, SpeechWorker
from presenter.ui.app.window import PresentationWindow
from ui_support import narrated_window


def no_engine() -> FakeEngine:
    raise SpeechUnavailable("eSpeak NG is not installed; install the espeak-ng package")



def open_with(qtbot: QtBot, tmp_path: Path, lesson: Path, worker: SpeechWorker) -> PresentationWindow:
    return narrated_window(qtbot, tmp_path, lesson, worker)[0]


def test_no_speech_engine(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker(no_engine)
    try:
        w = open_with(qtbot, tmp_path, sample_lesson_path, worker)
        c, narrator = w.controller, w.narrator
        assert c is not None and narrator is not None
        c.goto(c.deck.first_reading_slide)
        qtbot.keyClick(w, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: narrator.state == "unavailable", timeout=5000)
        assert "install the espeak-ng package" in w.narration_bar.status.text()
        qtbot.keyClick(w, Qt.Key.Key_Right)  # the lesson goes on without sound
        assert c.current == c.deck.first_reading_slide + 1
    finally:
        worker.close()


def test_hung_engine_times_out_without_freezing(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(delay_s=30), job_timeout_s=0.5, grace_s=0.5)
    try:
        w = open_with(qtbot, tmp_path, sample_lesson_path, worker)
        c, narrator = w.controller, w.narrator
        assert c is not None and narrator is not None
        c.goto(c.deck.first_reading_slide)
        t0 = time.monotonic()
        qtbot.keyClick(w, Qt.Key.Key_N)
        assert time.monotonic() - t0 < 0.2  # the key returned at once: synthesis is not on this thread
        assert narrator.state == "loading"
        qtbot.waitUntil(lambda: narrator.state != "loading", timeout=5000)
        assert "took longer" in w.narration_bar.status.text() or "stopped responding" in w.narration_bar.status.text()
        qtbot.keyClick(w, Qt.Key.Key_Right)
        assert c.current == c.deck.first_reading_slide + 1
    finally:
        worker.close()
