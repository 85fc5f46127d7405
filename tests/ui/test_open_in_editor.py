"""Opening a lesson with a misspelt heading, the error dialog's "Open in editor", and Ctrl+E's absolute URL."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from presenter.ui.app.problem_mark import HEADING_SHORT
from presenter.ui.app.session import LessonSession, editor_url
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow

LESSON = "---\ntitle: T\n---\n\n# {vocab}\n\n- **word**: a meaning\n\n# {reading}\n\nOne sentence here.\n"


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """URLs the app asks the desktop to open (none is opened for real)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


def test_editor_url_is_absolute_from_a_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lessons").mkdir()
    (tmp_path / "lessons" / "my lesson.md").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    url = editor_url(Path("lessons/my lesson.md"))
    assert url.isLocalFile() and url.scheme() == "file"
    assert Path(url.toLocalFile()).is_absolute() and Path(url.toLocalFile()) == tmp_path / "lessons" / "my lesson.md"
    assert url.toString().startswith("file:///")  # a relative "file:lessons/…" opens nothing anywhere


def test_ctrl_e_opens_the_lesson_by_absolute_url(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  sample_lesson_path: Path, opened_urls: list[QUrl]) -> None:
    lesson = tmp_path / "lesson.md"
    lesson.write_text(sample_lesson_path.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.show()
    assert session.open(Path("lesson.md"))  # opened by a relative path, as from a terminal
    w.edit_requested.emit()
    assert [Path(u.toLocalFile()) for u in opened_urls] == [lesson]


def test_a_misspelt_heading_is_marked_in_the_app(qtbot: QtBot, tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.md"
    lesson.write_text(LESSON.format(vocab="Vocabluary", reading="Reading"), encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.show()
    assert session.open(lesson)
    assert w.problem.isVisible() and w.problem.text() == HEADING_SHORT
    assert f"{lesson}:5: warning:" in w.problem.message and '"# Vocabulary"' in w.problem.message
    lesson.write_text(LESSON.format(vocab="Vocabulary", reading="Reading"), encoding="utf-8")
    qtbot.waitUntil(lambda: not w.problem.isVisible(), timeout=5000)  # corrected: the mark goes


def test_error_dialog_names_the_heading_line_and_opens_the_editor(qtbot: QtBot, tmp_path: Path,
                                                                   opened_urls: list[QUrl]) -> None:
    lesson = tmp_path / "lesson.md"
    text = LESSON.format(vocab="Vocabulary", reading="Readng")
    lesson.write_text(text, encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=True)
    seen: list[str] = []

    def press_open_in_editor() -> None:
        box = next(b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible())
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Open in editor").click()

    QTimer.singleShot(200, press_open_in_editor)
    assert not session.open(lesson)
    line = text.split("\n").index("# Readng") + 1
    assert seen and f"{lesson}:{line}: error:" in seen[0] and line <= len(text.splitlines())
    assert [Path(u.toLocalFile()) for u in opened_urls] == [lesson]
    assert os.path.isabs(opened_urls[0].toLocalFile())
