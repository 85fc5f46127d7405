"""File ▸ Import handout / Paste handout: the preview beside the source, then a saved lesson that opens."""

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from repo_paths import SEEDS
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow

SEED = SEEDS / "000_cd1623dbbe0e4b21.txt"


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> LessonSession:
    w = PresentationWindow()
    qtbot.addWidget(w)
    return LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False, lessons_folder=tmp_path / "lessons")


@pytest.mark.skipif(not SEED.exists(), reason="the seed handout lives in ../shared/seeds")
def test_paste_preview_save_and_open(qtbot: QtBot, session: LessonSession, tmp_path: Path) -> None:
    QGuiApplication.clipboard().setText(SEED.read_text(encoding="utf-8"))
    session.window.paste_requested.emit()
    dialog = session.import_dialog
    assert dialog is not None
    assert "57 words" in dialog.summary.text()
    source = dialog.source.toPlainText()
    assert "Comments are closed." in source and "left out: web page" in source  # shown, marked as left out
    assert dialog.markdown.toPlainText().startswith("---\n")
    path = dialog.save(ask=False)
    assert path == tmp_path / "lessons" / "social-credits-and-surveillance-in-china-i" / "lesson.md"
    assert session.window.controller is not None  # the saved lesson opened
    assert session.window.controller.lesson.title == "Social Credits and Surveillance in China, I"
    # Importing again never replaces the teacher's file silently.
    session.preview_import(SEED)
    again = session.import_dialog
    assert again is not None and again.save(ask=False) is None


def test_broken_handout_is_reported(session: LessonSession, tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    assert session.preview_import(junk) is None
    assert session.last_error


@pytest.mark.skipif(not SEED.exists(), reason="the seed handout lives in ../shared/seeds")
def test_the_teacher_chooses_the_folder_and_it_is_the_default_next_time(
        qtbot: QtBot, session: LessonSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    mine = tmp_path / "Documents" / "My lessons"
    mine.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(mine)))
    dialog = session.preview_import(SEED)
    assert dialog is not None and dialog.target_path().parent.parent == tmp_path / "lessons"
    dialog.choose_folder()
    assert dialog.target_path().parent.parent == mine and str(mine) in dialog.target.text()
    path = dialog.save(ask=False)
    assert path is not None and path.is_file() and path.parent.parent == mine
    again = session.preview_import(SEED)
    assert again is not None and again.target_path().parent.parent == mine  # remembered


def test_without_a_choice_imports_go_beside_the_latest_lesson(session: LessonSession, tmp_path: Path,
                                                              sample_lesson_path: Path) -> None:
    folder = tmp_path / "teacher" / "unit-1"
    folder.mkdir(parents=True)
    lesson = folder / "lesson.md"
    lesson.write_text(sample_lesson_path.read_text(encoding="utf-8"), encoding="utf-8")
    assert session.open(lesson)
    assert session.import_folder() == tmp_path / "teacher"


@pytest.mark.skipif(not SEED.exists(), reason="the seed handout lives in ../shared/seeds")
def test_the_summary_follows_the_teachers_edits(qtbot: QtBot, session: LessonSession) -> None:
    dialog = session.preview_import(SEED)
    assert dialog is not None
    text = dialog.markdown.toPlainText()
    entries = [line for line in text.split("\n") if line.startswith("- **")]
    assert len(entries) > 2
    dialog.markdown.setPlainText(text.replace(entries[0] + "\n", "").replace(entries[1] + "\n", ""))
    qtbot.waitUntil(lambda: f"{len(entries) - 2} words" in dialog.summary.text(), timeout=3000)
    dialog.markdown.setPlainText(text.replace("title:", "titel:"))
    qtbot.waitUntil(lambda: "Not a lesson yet: line" in dialog.summary.text(), timeout=3000)
