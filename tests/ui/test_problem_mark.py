"""A broken live reload on one screen: a small mark in the corner, the reading stays visible; a click says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.ui.app.problem_mark import SHORT
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow


def test_a_broken_edit_marks_a_corner_and_the_next_good_one_clears_it(qtbot: QtBot, tmp_path: Path,
                                                                       sample_lesson_path: Path) -> None:
    lesson = tmp_path / "lesson.md"
    good = sample_lesson_path.read_text(encoding="utf-8")
    lesson.write_text(good, encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.show()
    assert session.open(lesson)
    before = w.grab().toImage()
    lesson.write_text("---\ntitle: broken\n---\n\n# Vocabulary\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(session.last_error), timeout=5000)
    mark = w.problem
    assert mark.isVisible() and mark.text() == SHORT and "no reading" in mark.toolTip()
    box = mark.geometry()
    # Small and in the top-right corner: under 3 % of the window (the old banner was its whole width).
    assert box.width() * box.height() < 0.03 * w.width() * w.height()
    assert box.right() >= w.width() * 0.9 and box.top() < w.height() * 0.05
    after = w.grab().toImage()
    changed = sum(1 for x in range(0, w.width(), 8) for y in range(0, w.height(), 8)
                  if before.pixel(x, y) != after.pixel(x, y))
    assert changed < 0.03 * (w.width() // 8) * (w.height() // 8)  # the slide under it is the same
    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    assert "no reading" in mark.text()  # the teacher asked why
    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    assert mark.text() == SHORT
    lesson.write_text(good, encoding="utf-8")
    qtbot.waitUntil(lambda: not mark.isVisible(), timeout=5000)
