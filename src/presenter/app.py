"""The composition root: builds the concrete services and wires the windows."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from presenter.lesson.cache import LessonCache
from presenter.resources import LESSONS, asset
from presenter.ui.session import LessonSession
from presenter.ui.stage import Stage
from presenter.ui.settings_store import SettingsStore
from presenter.ui.window import PresentationWindow

if TYPE_CHECKING:
    from presenter.speech.worker import SpeechWorker
    from presenter.ui.student_session import StudentSession


def user_lessons_folder() -> Path:
    """The user's own lessons folder (created on first use)."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder = base / "lessons"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _application(icon: bool = True) -> QApplication:
    """The QApplication, named, with the app's icon unless `icon` is False (see set_icon)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("presenter")
    app.setDesktopFileName("presenter")  # Wayland: matches packaging/linux/presenter.desktop
    if icon:
        set_icon(app)
    return app


def set_icon(app: QApplication) -> None:
    """Give the app's windows its icon.

    The presenting app does this once the first slide is painted: loading QIcon and the PNG
    costs ~2 ms, and the window manager takes a new icon at any time.
    """
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(asset("icon.png"))))


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
    from presenter.speech.worker import SpeechWorker

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


def report_first_slide() -> None:
    """Print when the first slide has been painted, and end the process: how benchmarks time start-up.

    Connected when the environment variable PRESENTER_QUIT_AFTER_FIRST_SLIDE=1 is set, so the
    benchmark times the same path a teacher's double-click takes, not a hand-made copy of it.
    It exits at once: what the app does next (start its voice, tear down) is not start-up.
    """
    import time

    print(f"first-slide-painted {time.time():.6f}", flush=True)
    os._exit(0)


def run_app(args: argparse.Namespace) -> int:
    """Open the app on the lesson named in `args` (or the start screen) and run until it closes."""
    app = _application(icon=False)
    settings = SettingsStore()
    window = PresentationWindow()
    cache_dir, _ = _data_dirs()
    session = LessonSession(window, settings, cache=LessonCache(cache_dir / "lessons"), lessons_folder=user_lessons_folder())
    stage = Stage(window, settings)
    speech: list[SpeechWorker] = []

    def worker() -> SpeechWorker:
        """The one thread that owns the speech engine, started on first need.

        That is once the first slide is painted (or at once on the start screen): starting the
        engine competes with start-up for the processor, and the class should see the lesson first.
        """
        if not speech:
            from presenter.narration.cache import ClipCache
            from presenter.speech.worker import SpeechWorker
            from presenter.ui.clipsource import ClipSource

            speech.append(SpeechWorker())
            app.aboutToQuit.connect(speech[0].close)
            stage.set_clips(ClipSource(speech[0], ClipCache(cache_dir / "narration"), parent=window))
        return speech[0]

    if os.environ.get("PRESENTER_QUIT_AFTER_FIRST_SLIDE") == "1":
        window.first_slide_shown.connect(report_first_slide)  # before anything else waits on it
    window.first_slide_shown.connect(worker)
    window.first_slide_shown.connect(lambda: set_icon(app))
    students: list[StudentSession] = []

    def keep(opened: StudentSession | None) -> None:
        if opened is not None:  # kept alive while its window is open, let go when it closes
            students.append(opened)
            opened.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            opened.window.destroyed.connect(lambda: students.remove(opened) if opened in students else None)

    def student_mode() -> None:
        if session.path is not None:
            keep(open_student(session.path, worker(), window))

    window.student_requested.connect(student_mode)

    def open_pack(path: Path) -> None:
        keep(open_student(path, worker(), window))

    window.pack_requested.connect(open_pack)
    window.show()
    if args.lesson is None or not session.open(args.lesson):
        from presenter.ui.startview import StartView  # not needed when a lesson opens straight away

        recent = [Path(p) for p in settings.get("recent_lessons")]
        start = StartView([LESSONS, user_lessons_folder()], recent)
        start.open_requested.connect(session.open)
        start.browse_requested.connect(session.browse)
        window.show_start(start)
        set_icon(app)
        QTimer.singleShot(0, worker)  # no slide to wait for: the voice gets ready while a lesson is chosen
    return int(app.exec())
