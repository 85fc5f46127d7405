"""Fixtures shared by the UI tests."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> PresentationWindow:
    """A shown window presenting the sample lesson (no voice), its settings under `tmp_path`."""
    w = PresentationWindow()
    qtbot.addWidget(w)
    w.resize(1280, 760)
    session = LessonSession(w, SettingsStore(tmp_path / "settings.ini"), interactive=False)
    w.session = session  # type: ignore[attr-defined]  # keep it alive with the window
    w.show()
    qtbot.waitExposed(w)
    assert session.open(sample_lesson_path)
    return w
