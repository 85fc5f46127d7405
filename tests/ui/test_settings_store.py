"""Settings kept per lesson stay where earlier versions put them."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from presenter.ui.app.settings_store import SettingsStore


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
