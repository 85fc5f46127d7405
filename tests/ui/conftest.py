"""Fixtures shared by the UI tests."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.lesson import load_lesson
from presenter.timing.clock import FakeClock
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow
from presenter.ui.slides.controller import DeckController


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


@pytest.fixture
def clock() -> FakeClock:
    """The clock of every countdown in `faked`."""
    return FakeClock()


@pytest.fixture
def faked(qtbot: QtBot, sample_lesson_path: Path, clock: FakeClock) -> PresentationWindow:
    """The real window presenting the sample lesson, its countdowns on the fake `clock`."""
    w = PresentationWindow()
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    qtbot.waitExposed(w)
    w.present(DeckController(load_lesson(sample_lesson_path), Geometry(1280, 700), parent=w, clock=clock))
    return w


@pytest.fixture
def no_file_dialog(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file dialog the app tries to open (none should be)."""
    opened: list[str] = []
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, _n=name, **k: opened.append(_n) or ("", "")))
    return opened
