"""Opening lessons into the window: errors shown, never fatal; edits on disk reloaded in place."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from presenter.deck.deck import WarmupOptions
from presenter.deck.geometry import Geometry
from presenter.lesson import LessonError, read_lesson
from presenter.lesson.cache import LessonCache
from presenter.lesson.headings import misspelt_headings
from presenter.lesson.problems import Problem
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.marks import mark_style
from presenter.ui.app.problem_mark import HEADING_SHORT
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow

if TYPE_CHECKING:
    from presenter.ui.app.import_dialog import ImportDialog


MARKS_DELAY_MS = 300


def mark_terms(controller: DeckController) -> None:
    """Underline the lesson's vocabulary (and its inflected forms) in the reading."""
    controller.load_terms()


class LessonSession(QObject):
    """Loads lessons for a window, watches the file, and keeps the last good version on a bad edit."""

    def __init__(self, window: PresentationWindow, settings: SettingsStore, *, interactive: bool = True,
                 cache: LessonCache | None = None, lessons_folder: Path | None = None) -> None:
        """Serve `window`; `interactive=False` reports errors in the window instead of dialogs (tests)."""
        super().__init__(window)
        self.window, self.settings, self.interactive, self.cache = window, settings, interactive, cache
        self.lessons_folder = lessons_folder or Path.home() / "lessons"
        self.import_dialog: ImportDialog | None = None  # the last import preview, if any
        self.path: Path | None = None
        self.last_error = ""
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        # Editors that save by delete-and-write make the file vanish for a moment: watching its
        # folder too notices the new file whenever it appears.
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)  # editors write in several steps; wait until they settle
        self._reload_timer.timeout.connect(self.reload)
        window.open_requested.connect(self.open)
        window.browse_requested.connect(self.browse)
        window.edit_requested.connect(self.open_in_editor)
        window.import_requested.connect(self.import_file)
        window.paste_requested.connect(self.paste_handout)
        window.setting_changed.connect(self.settings.set)
        window.lesson_actions.timer_autostart = bool(settings.get("timer_autostart"))
        window.lesson_actions.classes_folder = settings.data_folder() / "classes"
        if settings.get("class_list"):
            window.class_list.path = Path(str(settings.get("class_list")))

    def open(self, path: Path) -> bool:
        """Open a lesson file; on a problem, say what and where, and keep what was on screen."""
        if path.suffix.lower() == ".zip":
            self.window.pack_requested.emit(path)  # packs are for self-study: student mode opens them
            return True
        try:
            lesson, warnings = read_lesson(path, self.cache)
        except LessonError as exc:
            shown = [p for p in exc.problems if p.severity == "error"] + misspelt_headings(exc.problems)
            self._report(f"Cannot open {path.name}", "\n".join(str(p) for p in shown), edit=path)
            return False
        if self.path is not None:
            self.watcher.removePaths([str(self.path), str(self.path.parent)])
        self.path = path
        self.watcher.addPaths([str(path), str(path.parent)])
        size = self.window.stack.size()
        look = self.settings.look()
        geometry = Geometry(max(size.width(), 320), max(size.height(), 240), look.text_scale, look.easy_reading)
        controller = DeckController(lesson, geometry, look.theme, parent=self.window,
                                    warmup=self.settings.warmup_options(path), options=self.settings.presenting_options(),
                                    class_list=self.window.class_list)
        controller.warmup_changed.connect(self._remember_warmup)
        controller.paint_state.show_marks = bool(self.settings.get("show_marks"))
        controller.paint_state.mark_style = mark_style(str(self.settings.get("mark_style")))
        self.window.present(controller)
        self._warn_headings(warnings)
        # Finding the terms loads lemminflect's data (a quarter second): not before the first
        # slide is on screen, so the class sees the lesson at once and the marks a moment later.
        QTimer.singleShot(MARKS_DELAY_MS, controller, lambda: mark_terms(controller))  # dies with it
        self.settings.add_recent(path.resolve())
        return True

    def _remember_warmup(self, options: WarmupOptions) -> None:
        if self.path is not None:
            self.settings.remember_warmup(self.path, options)

    def reload(self) -> None:
        """Read the file again; keep the slide the class is on, or keep the last good version."""
        if self.path is None or self.window.controller is None:
            return
        if str(self.path) not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(str(self.path))  # replaced by the editor: watch the new file
        try:
            lesson, warnings = read_lesson(self.path, self.cache)
        except LessonError as exc:
            self.last_error = str(exc)
            self.window.show_error(f"The lesson file has a problem; still showing the last good version.\n{exc}")
            return
        self.last_error = ""
        self._warn_headings(warnings)
        self.window.controller.set_lesson(lesson)

    def _warn_headings(self, warnings: list[Problem]) -> None:
        """A heading spelt wrong hides part of the lesson: the corner mark says so (the rest is for `check`)."""
        wrong = misspelt_headings(warnings)
        if wrong:
            self.window.show_error("\n".join(str(p) for p in wrong), short=HEADING_SHORT)
        else:
            self.window.clear_error()

    def _file_changed(self, _path: str) -> None:
        self._reload_timer.start()

    def _folder_changed(self, _path: str) -> None:
        if self.path is not None and self.path.exists() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))
            self._reload_timer.start()

    def browse(self) -> None:
        """Ask for a lesson file and open it."""
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, "Open a lesson", start,
                                              "Lessons (*.md);;Lesson packs (*.zip);;All files (*)")
        if name:
            self.open(Path(name))

    def import_file(self) -> None:
        """Ask for a handout (.txt or .docx) and preview its import."""
        name, _ = QFileDialog.getOpenFileName(self.window, "Import a handout", str(Path.home()),
                                              "Handouts (*.txt *.docx *.text *.md);;All files (*)")
        if name:
            self.preview_import(Path(name))

    def paste_handout(self) -> None:
        """Preview the import of the handout text on the clipboard."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._report("Nothing to paste", "Copy the handout's text first (from a web page, Word or a PDF).")
            return
        self.preview_import(text)

    def preview_import(self, source: Path | str) -> ImportDialog | None:
        """Import `source` and show what was recognised beside it; saving opens the new lesson."""
        # Seam: the importer (a good part of the app's code) loads when a handout is first imported.
        from presenter.handout import ImportFailed, import_handout
        from presenter.ui.app.import_dialog import ImportDialog

        try:
            result = import_handout(source)
        except ImportFailed as exc:
            self._report("Cannot import this handout", str(exc))
            return None
        self.import_dialog = ImportDialog(result, self.import_folder(), self.window)
        self.import_dialog.saved.connect(self.open)
        self.import_dialog.folder_chosen.connect(lambda folder: self.settings.set("import_folder", str(folder)))
        if self.interactive:
            self.import_dialog.open()
        return self.import_dialog

    def import_folder(self) -> Path:
        """Where an imported lesson goes: the folder chosen last time, else beside the latest lesson opened."""
        chosen = Path(str(self.settings.get("import_folder") or ""))
        if str(chosen) not in ("", ".") and chosen.is_dir():
            return chosen
        recent = [Path(p) for p in self.settings.get("recent_lessons")]
        # A lesson is FOLDER/slug/lesson.md: the teacher's lessons folder is two levels up.
        return next((p.parent.parent for p in recent if p.is_file()), self.lessons_folder)

    def new_lesson(self, title: str | None = None) -> Path | None:
        """New lesson: ask for its title, write it from the template in the lessons folder, open it here and in the editor."""
        from presenter.ui.app.new_lesson import new_lesson_file

        if title is None:
            from PySide6.QtWidgets import QInputDialog

            title, ok = QInputDialog.getText(self.window, "New lesson", "The lesson's title:")
            if not ok:
                return None
        try:
            path = new_lesson_file(self.lessons_folder, title)
        except OSError as exc:
            self._report("Cannot make the lesson", f"{self.lessons_folder}: {exc.strerror or exc}")
            return None
        if self.open(path):
            self.open_in_editor()
        return path

    def open_in_editor(self) -> None:
        """Open the lesson in the system's text editor; saving it reloads the slides."""
        if self.path is not None and not QDesktopServices.openUrl(editor_url(self.path)):
            self._report("Cannot open an editor", f"{self.path.resolve()}: no program opens this file; "
                         "open it in a text editor yourself (saving it reloads the slides).")

    def _report(self, title: str, message: str, edit: Path | None = None) -> None:
        self.last_error = message
        if self.interactive:
            from presenter.ui.app.problem_mark import problem_box, wants_editor

            box = problem_box(self.window, title, message, edit is not None)
            box.exec()
            if edit is not None and wants_editor(box):
                QDesktopServices.openUrl(editor_url(edit))
        else:
            self.window.show_error(f"{title}\n{message}")


def editor_url(path: Path) -> QUrl:
    """An absolute file: URL for `path` (a relative one opens nothing on Linux, Windows or macOS)."""
    return QUrl.fromLocalFile(str(path.resolve()))
