"""The composition root: builds the concrete services and wires the windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from presenter.lesson.cache import LessonCache
from presenter.narration.cache import ClipCache
from presenter.speech.worker import SpeechWorker
from presenter.ui.clipsource import ClipSource
from presenter.resources import LESSONS
from presenter.ui.session import LessonSession
from presenter.ui.stage import Stage
from presenter.ui.settings_store import SettingsStore
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
    cache_dir = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    session = LessonSession(window, settings, cache=LessonCache(cache_dir / "lessons"), lessons_folder=user_lessons_folder())
    worker = SpeechWorker()  # one thread owns the speech engine for the whole app
    app.aboutToQuit.connect(worker.close)
    clips = ClipSource(worker, ClipCache(cache_dir / "narration"), parent=window)
    stage = Stage(window, settings, clips=clips)  # noqa: F841 - lives as the window's child
    window.show()
    if args.lesson is None or not session.open(args.lesson):
        from presenter.ui.startview import StartView  # not needed when a lesson opens straight away

        recent = [Path(p) for p in settings.get("recent_lessons")]
        start = StartView([LESSONS, user_lessons_folder()], recent)
        start.open_requested.connect(session.open)
        start.browse_requested.connect(session.browse)
        window.show_start(start)
    return int(app.exec())
