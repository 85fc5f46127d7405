"""The composition root: builds the concrete services and wires the windows."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from presenter.lesson.cache import LessonCache
from presenter.fileio import read_limited
from presenter.lesson.limits import MAX_BYTES
from presenter.resources import LESSONS, asset
from presenter.ui.app.screens import ScreenManager
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow

# Start-up seam: the session, the stage and the speech engine load in AppServices.start, after the
# lesson's title card is painted (presenter.ui.slides.titlecard); bench_slides.py shows loading the
# slides first costs ~1.9-2.0x a bare window instead of ~1.4x (ui/app/window.py). Student mode is
# its own seam (`open_student`): presenting never loads it.
if TYPE_CHECKING:
    from presenter.speech.worker import SpeechWorker
    from presenter.ui.app.session import LessonSession
    from presenter.ui.app.stage import Stage
    from presenter.ui.student.session import StudentSession
    from presenter.ui.slides.titlecard import TitleCard


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
    from presenter.ui.student.session import StudentError, StudentSession  # not needed to present

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

    Connected by `presenter LESSON --quit-after-first-slide`, so the benchmark times the same path a
    teacher's double-click takes, not a hand-made copy of it.
    It exits at once: what the app does next (start its voice, tear down) is not start-up.
    """
    import time

    print(f"first-slide-painted {time.time():.6f}", flush=True)
    os._exit(0)


def title_card(path: Path | None, cache: LessonCache, settings: SettingsStore) -> TitleCard | None:
    """The lesson's title card, if the parsed-lesson cache has the lesson (the usual case on the day)."""
    if path is None or path.suffix.lower() == ".zip":
        return None
    try:
        data = read_limited(path, MAX_BYTES)  # never a FIFO or /dev/zero: the full path reports those
    except OSError:
        return None
    heading = cache.heading(data) if data else None
    if heading is None:
        return None  # not parsed yet, or broken: the full path opens it and reports any problem
    from presenter.ui.slides.theme import theme_named
    from presenter.ui.slides.titlecard import TitleCard

    look = settings.look()
    return TitleCard(heading, theme_named(look.theme), look.text_scale, look.easy_reading)


class AppServices:
    """What the presenting app runs besides its window: the lesson session, the stage, the voice.

    Made cheaply; `start` loads and wires them, which the app does once the lesson's title card
    is painted, so that the class sees the lesson before the rest of the app has loaded.
    """

    def __init__(self, app: QApplication, window: PresentationWindow, settings: SettingsStore,
                 cache: LessonCache, cache_dir: Path, screens: ScreenManager) -> None:
        """Serve `window`, placed on its screen by `screens`; nothing is loaded until `start`."""
        self.app, self.window, self.settings, self.cache, self.cache_dir = app, window, settings, cache, cache_dir
        self.screens = screens
        self.session: LessonSession | None = None
        self.stage: Stage | None = None
        self._worker: SpeechWorker | None = None
        self.students: list[StudentSession] = []

    def start(self, lesson: Path | None) -> None:
        """Open `lesson` (or the start screen) with everything wired."""
        from presenter.ui.app.session import LessonSession
        from presenter.ui.app.stage import Stage

        window = self.window
        self.session = session = LessonSession(window, self.settings, cache=self.cache,
                                               lessons_folder=user_lessons_folder())
        self.stage = Stage(window, self.settings, screens=self.screens)
        window.student_requested.connect(self._student_mode)
        window.pack_requested.connect(lambda path: self._keep(open_student(path, self.worker(), window)))
        pack = lesson is not None and lesson.suffix.lower() == ".zip"
        if lesson is not None and not pack and session.open(lesson):
            if window.slide_shown:
                QTimer.singleShot(0, self._after_first_slide)
            else:
                window.first_slide_shown.connect(self._after_first_slide)
            return
        from presenter.ui.app.startview import StartView  # not needed when a lesson opens straight away

        start = StartView([LESSONS, user_lessons_folder()], self.settings.recent_lessons())
        start.open_requested.connect(session.open)
        start.browse_requested.connect(session.browse)
        start.import_requested.connect(session.import_file)
        start.new_requested.connect(session.new_lesson)
        window.show_start(start)
        if pack and lesson is not None:
            session.open(lesson)  # a lesson pack opens in student mode, over the start screen
        # No slide to wait for: the voice gets ready while a lesson is chosen.
        QTimer.singleShot(0, self._after_first_slide)

    def _after_first_slide(self) -> None:
        set_icon(self.app)
        self.worker()

    def worker(self) -> SpeechWorker:
        """The one thread that owns the speech engine, started on first need.

        That is once the first slide is painted (or at once on the start screen): starting the
        engine competes with start-up for the processor, and the class should see the lesson first.
        """
        if self._worker is None:
            from presenter.narration.cache import ClipCache
            from presenter.speech.worker import SpeechWorker
            from presenter.ui.audio.clipsource import ClipSource

            self._worker = SpeechWorker()
            self.app.aboutToQuit.connect(self._worker.close)
            assert self.stage is not None
            self.stage.set_clips(ClipSource(self._worker, ClipCache(self.cache_dir / "narration"), parent=self.window))
        return self._worker

    def _keep(self, opened: StudentSession | None) -> None:
        """Keep a student window alive while it is open, and let it go when it closes."""
        if opened is not None:
            self.students.append(opened)
            opened.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            opened.window.destroyed.connect(lambda: self.students.remove(opened) if opened in self.students else None)

    def _student_mode(self) -> None:
        if self.session is not None and self.session.path is not None:
            self._keep(open_student(self.session.path, self.worker(), self.window))


def run_app(lesson: Path | None, quit_after_first_slide: bool = False) -> int:
    """Open the app on `lesson` (or the start screen) and run until it closes (or its first slide is painted)."""
    app = _application(icon=False)
    settings = SettingsStore()
    window = PresentationWindow()
    # Placed before anything is painted: with a projector there, the first paint is on it.
    screens = ScreenManager(window, None, settings.audience_screen(), parent=window)
    cache_dir, _ = _data_dirs()
    cache = LessonCache(cache_dir / "lessons")
    services = AppServices(app, window, settings, cache, cache_dir, screens)
    if quit_after_first_slide:
        window.first_slide_shown.connect(report_first_slide)  # before anything else waits on it
    card = title_card(lesson, cache, settings)
    if card is None:
        window.show()  # the stage places it when (and if) a lesson's slides come
        services.start(lesson)
        return int(app.exec())
    window.show_title_card(card)
    screens.place()  # shows the window: full screen on the projector, else a window on the laptop

    def start() -> None:
        """The rest of the app, once the card is painted (or after a second if it never is)."""
        if services.session is not None or not window.isVisible():
            return  # started already, or the window was closed while the card was up
        try:
            services.start(lesson)
        except BaseException:
            # Qt would swallow the error and leave the card on screen with nothing behind it.
            traceback.print_exc()
            app.exit(1)

    window.first_slide_shown.connect(start)
    QTimer.singleShot(1000, start)
    return int(app.exec())
