"""Settings kept per lesson stay where earlier versions put them; the stage reads and writes them through the store."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.app.settings_store import SettingsStore
from ui_support import narrated_window


def test_per_lesson_keys_keep_their_format(tmp_path: Path, sample_lesson_path: Path) -> None:
    ini = tmp_path / "s.ini"
    # As an earlier version wrote them: the lesson's full path, SHA-1, first 16 hex digits.
    digest = hashlib.sha1(str(sample_lesson_path.resolve()).encode()).hexdigest()[:16]
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.setValue(f"lessons/{digest}/known_terms", ["behave", "score"])
    old.setValue(f"lessons/{digest}/narration_speed", 0.8)
    old.sync()
    store = SettingsStore(ini)
    assert store.get("known_terms", sample_lesson_path) == ["behave", "score"]
    assert store.get("narration_speed", sample_lesson_path) == 0.8
    assert store.get("narration_speed", tmp_path / "other.md") == 1.0  # another lesson: the default


def test_the_stage_keeps_narration_choices_through_the_store(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        w, _ = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)
        qtbot.waitUntil(lambda: w.narrator is not None, timeout=5000)
        assert w.narrator is not None
        w.narrator.set_speed(0.8)
        w.narrator.set_volume(0.5)
        w.narrator.set_voice("en-gb")
        again, _ = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)  # the same settings file
        qtbot.waitUntil(lambda: again.narrator is not None, timeout=5000)
        n = again.narrator
        assert n is not None and (n.speed, n.volume, n.voice) == (0.8, 0.5, "en-gb")
        store = SettingsStore(tmp_path / "s.ini")
        store.remember_speaker_voices(sample_lesson_path, {"Anna": "en-us"})
        assert store.narration(sample_lesson_path).speaker_voices == {"Anna": "en-us"}
        assert store.narration(tmp_path / "other.md").speed == 1.0  # kept per lesson
    finally:
        worker.close()
