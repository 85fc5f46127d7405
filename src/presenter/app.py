"""The composition root: builds the concrete services and wires the windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from presenter.resources import LESSONS
from presenter.ui.session import LessonSession
from presenter.ui.settings_store import SettingsStore
from presenter.ui.startview import StartView
from presenter.ui.window import PresentationWindow


def user_lessons_folder() -> Path:
    """The user's own lessons folder (created on first use)."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder = base / "lessons"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def run_app(args: argparse.Namespace) -> int:
    """Open the app on the lesson named in `args` (or the start screen) and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("presenter")
    settings = SettingsStore()
    window = PresentationWindow()
    session = LessonSession(window, settings)
    recent = [Path(p) for p in settings.get("recent_lessons")]
    start = StartView([LESSONS, user_lessons_folder()], recent)
    start.open_requested.connect(session.open)
    start.browse_requested.connect(session.browse)
    window.show_start(start)
    window.show()
    if args.lesson is not None:
        session.open(args.lesson)
    return int(app.exec())
