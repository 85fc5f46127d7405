"""The composition root: builds the concrete services and wires the windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from presenter.lesson.cache import LessonCache
from presenter.narration.cache import ClipCache
from presenter.speech.worker import SpeechWorker
from presenter.ui.clipsource import ClipSource
from presenter.resources import LESSONS, asset
from presenter.ui.session import LessonSession
from presenter.ui.stage import Stage
from presenter.ui.settings_store import SettingsStore
from presenter.ui.window import PresentationWindow

if TYPE_CHECKING:
    from presenter.ui.student_session import StudentSession


def user_lessons_folder() -> Path:
    """The user's own lessons folder (created on first use)."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder = base / "lessons"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _application() -> QApplication:
    """The QApplication, named and with the app's icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("presenter")
    app.setWindowIcon(QIcon(str(asset("icon.png"))))
    app.setDesktopFileName("presenter")  # Wayland: matches packaging/linux/presenter.desktop
    return app


def _data_dirs() -> tuple[Path, Path]:
    """The user's cache folder and data folder (both created)."""
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    for folder in (cache, data):
        folder.mkdir(parents=True, exist_ok=True)
    return cache, data


def open_student(path: Path, worker: SpeechWorker, parent: QWidget | None = None) -> StudentSession | None:
    """Open a lesson or a pack in student mode; a problem is shown, never raised."""
    from presenter.ui.student_session import StudentError, StudentSession  # not needed to present

    cache, data = _data_dirs()
    try:
        session = StudentSession(path, worker, cache, data)
    except StudentError as exc:
        QMessageBox.warning(parent, "Cannot open this lesson", str(exc))
        return None
    session.window.show()
    return session


def run_student(args: argparse.Namespace) -> int:
    """`presenter --student [LESSON|PACK.zip]`: self-paced reading and word cards."""
    app = _application()
    worker = SpeechWorker()
    app.aboutToQuit.connect(worker.close)
    path = args.lesson
    if path is None:
        name, _ = QFileDialog.getOpenFileName(None, "Open a lesson or a lesson pack", str(Path.home()),
                                              "Lessons and packs (*.md *.zip)")
        if not name:
            return 0
        path = Path(name)
    session = open_student(path, worker)
    if session is None:
        return 1
    return int(app.exec())


def run_app(args: argparse.Namespace) -> int:
    """Open the app on the lesson named in `args` (or the start screen) and run until it closes."""
    app = _application()
    settings = SettingsStore()
    window = PresentationWindow()
    cache_dir, _ = _data_dirs()
    session = LessonSession(window, settings, cache=LessonCache(cache_dir / "lessons"), lessons_folder=user_lessons_folder())
    worker = SpeechWorker()  # one thread owns the speech engine for the whole app
    app.aboutToQuit.connect(worker.close)
    clips = ClipSource(worker, ClipCache(cache_dir / "narration"), parent=window)
    stage = Stage(window, settings, clips=clips)  # noqa: F841 - lives as the window's child
    students: list[StudentSession] = []

    def keep(opened: StudentSession | None) -> None:
        if opened is not None:  # kept alive while its window is open, let go when it closes
            students.append(opened)
            opened.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            opened.window.destroyed.connect(lambda: students.remove(opened) if opened in students else None)

    def student_mode() -> None:
        if session.path is not None:
            keep(open_student(session.path, worker, window))

    window.student_requested.connect(student_mode)

    def open_pack(path: Path) -> None:
        keep(open_student(path, worker, window))

    window.pack_requested.connect(open_pack)
    window.show()
    if args.lesson is None or not session.open(args.lesson):
        from presenter.ui.startview import StartView  # not needed when a lesson opens straight away

        recent = [Path(p) for p in settings.get("recent_lessons")]
        start = StartView([LESSONS, user_lessons_folder()], recent)
        start.open_requested.connect(session.open)
        start.browse_requested.connect(session.browse)
        window.show_start(start)
    return int(app.exec())
