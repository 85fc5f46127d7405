"""The start screen lists lessons by title and level, each once, and offers Import handout and New lesson."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from presenter.lesson import read_lesson
from presenter.ui.app.new_lesson import new_lesson_file
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.startview import StartView
from presenter.ui.app.window import PresentationWindow


def _lesson(folder: Path, name: str, title: str, level: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    head = f"---\ntitle: {title}\n" + (f"level: {level}\n" if level else "") + "---\n\n# Reading\n\nText.\n"
    path.write_text(head, encoding="utf-8")
    return path


def _rows(view: StartView) -> list[tuple[str, str | None]]:
    return [(view.list.item(i).text().strip(), view.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(view.list.count())]


def test_lessons_are_listed_by_title_and_level_each_once(qtbot: QtBot, tmp_path: Path) -> None:
    a = _lesson(tmp_path / "lessons" / "unit-1", "lesson.md", "Social credit", "B2")
    b = _lesson(tmp_path / "lessons" / "unit-2", "lesson.md", "A day at sea")
    (tmp_path / "lessons" / "README.md").write_text("# About these lessons\n", encoding="utf-8")
    view = StartView([tmp_path / "lessons"], [a, tmp_path / "gone.md"])
    qtbot.addWidget(view)
    rows = _rows(view)
    assert rows == [("Recent", None), ("Social credit  ·  B2", str(a)), ("Lessons", None), ("A day at sea", str(b))]
    assert not any("lesson.md" in text or "/" in text for text, _ in rows)  # titles, not paths
    buttons = {b.text() for b in view.findChildren(QPushButton)}
    assert {"Open…", "Import handout…", "New lesson…"} <= buttons


def test_new_lesson_is_a_valid_lesson_never_over_another(tmp_path: Path) -> None:
    first = new_lesson_file(tmp_path, "The Big  Storm")
    second = new_lesson_file(tmp_path, "The Big Storm")
    assert first.name == "the-big-storm.md" and second.name == "the-big-storm-2.md"
    lesson, problems = read_lesson(first)
    assert lesson.title == "The Big Storm" and not [p for p in problems if p.severity == "error"]


def test_new_lesson_button_path_opens_it_in_the_app_and_the_editor(qtbot: QtBot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False, lessons_folder=tmp_path / "mine")
    w.show()
    path = session.new_lesson("Weather words")
    assert path is not None and path.parent == tmp_path / "mine"
    assert w.controller is not None and w.controller.lesson.title == "Weather words"
    assert [Path(u.toLocalFile()) for u in opened] == [path]
