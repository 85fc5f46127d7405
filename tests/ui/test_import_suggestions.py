"""The import preview's suggestions: ticked into the lesson, unticked out, Ctrl+Z and Accept, the teacher's edits kept."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from presenter.handout import import_handout
from presenter.lesson import parse_lesson
from presenter.ui.app.import_dialog import ImportDialog
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow

ARTICLE = """The Night Market Comeback

Night markets were once a common sight in many towns, but during the pandemic most of them disappeared. Now they
are returning, and local councils are discovering that they bring more than cheap food.

Not everyone is enthusiastic. Residents near the car park complain about litter and noise, and a petition asking
the council to curtail opening hours has gathered two hundred signatures.
"""

LISTED = """Harbour Life

Words to know
1. quay
2. squall

Reading

The elderly captain scrutinised the horizon for a squall. Tourists walked along the quay, and the gulls waited.
"""

def _entries(dialog: ImportDialog) -> list[str]:
    return [line for line in dialog.markdown.toPlainText().split("\n") if line.startswith("- **")]


def _ticked(dialog: ImportDialog) -> list[str]:
    return [s.term for s in dialog.suggestions.ticked()]


@pytest.fixture
def pasted(qtbot: QtBot, tmp_path: Path) -> ImportDialog:
    window = PresentationWindow()
    qtbot.addWidget(window)
    session = LessonSession(window, SettingsStore(tmp_path / "s.ini"), interactive=False, lessons_folder=tmp_path)
    QGuiApplication.clipboard().setText(ARTICLE)
    window.paste_requested.emit()
    dialog = session.import_dialog
    assert dialog is not None
    dialog.show()
    qtbot.waitUntil(lambda: dialog.suggestions.items.count() > 0, timeout=10000)  # offered once it is on screen
    return dialog


def test_pasted_text_offers_words_to_tick_and_only_ticked_ones_are_saved(qtbot: QtBot, pasted: ImportDialog) -> None:
    dialog = pasted
    assert not _entries(dialog) and not _ticked(dialog)  # offered, not imposed
    assert not dialog.define_button.isEnabled() and "tick the ones to keep" in dialog.suggestions.heading.text()
    listing = dialog.suggestions.items
    listing.setFocus()
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Space)  # the keyboard ticks, as the mouse does
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    first, second = (s for s, _ in dialog.suggestions.suggestions()[:2])
    assert _ticked(dialog) == [first.term, second.term]
    assert _entries(dialog) == [first.lines[0], second.lines[0]]
    assert all("<!-- suggested -->" in line for line in _entries(dialog))
    assert "2 words" in dialog.summary.text() and "2 suggested, not accepted yet" in dialog.summary.text()
    qtbot.keyClick(listing, Qt.Key.Key_Space)  # untick: out of the lesson again
    assert _entries(dialog) == [first.lines[0]]
    dialog.markdown.setFocus()
    qtbot.keyClick(dialog.markdown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the untick
    assert _entries(dialog) == [first.lines[0], second.lines[0]]
    assert _ticked(dialog) == [first.term, second.term]  # the ticks follow the text
    qtbot.mouseClick(dialog.suggestions.accept_button, Qt.MouseButton.LeftButton)
    assert "<!-- suggested -->" not in dialog.markdown.toPlainText()
    assert first not in [s for s, _ in dialog.suggestions.suggestions()]  # accepted: the teacher's own now
    path = dialog.save(ask=False)
    assert path is not None
    lesson, _ = parse_lesson(path.read_text(encoding="utf-8"))
    assert lesson is not None and [e.term for e in lesson.vocabulary] == [first.term, second.term]
    assert all(e.definition and not e.suggested for e in lesson.vocabulary)


def test_suggesting_definitions_keeps_the_teachers_edits_and_a_definition_can_be_left_out(
        qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportDialog(import_handout(LISTED), tmp_path)
    qtbot.addWidget(dialog)
    edited = dialog.markdown.toPlainText().replace("Tourists walked", "Visitors strolled")
    dialog.markdown.setPlainText(edited)
    qtbot.mouseClick(dialog.define_button, Qt.MouseButton.LeftButton)
    text = dialog.markdown.toPlainText()
    assert "Visitors strolled" in text and text.count("<!-- suggested -->") == 2
    assert "2 definitions suggested" in dialog.suggestions.heading.text()
    quay = next(s for s in dialog.suggestions.ticked() if s.term == "quay")
    dialog.suggestions.items.item(_row(dialog, "quay")).setCheckState(Qt.CheckState.Unchecked)
    assert "- **quay**" in dialog.markdown.toPlainText().split("\n")  # the word stays, without the meaning
    assert "Visitors strolled" in dialog.markdown.toPlainText()
    dialog.suggestions.items.item(_row(dialog, "quay")).setCheckState(Qt.CheckState.Checked)
    assert quay.lines[0] in dialog.markdown.toPlainText().split("\n")


def _ask(asked: list[str], title: str, answer: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
    asked.append(title)
    return answer


def _row(dialog: ImportDialog, term: str) -> int:
    return next(i for i, (s, _) in enumerate(dialog.suggestions.suggestions()) if s.term == term)


def test_tab_leaves_the_lesson_editor_without_typing_into_the_lesson(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportDialog(import_handout(LISTED), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.markdown.toPlainText()
    dialog.activateWindow()
    dialog.markdown.setFocus()
    qtbot.waitUntil(dialog.markdown.hasFocus)
    qtbot.keyClick(dialog.markdown, Qt.Key.Key_Tab)
    assert dialog.markdown.toPlainText() == before
    assert not dialog.markdown.hasFocus()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
def test_escape_asks_before_losing_the_teachers_changes(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        answer: QMessageBox.StandardButton) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda _p, title, *_a: _ask(asked, title, answer)))
    dialog = ImportDialog(import_handout(LISTED), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: it just closes
    assert not dialog.isVisible() and not asked
    dialog.show()
    dialog.markdown.appendPlainText("\nA note of my own.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Close without saving?"]
    assert dialog.isVisible() == (answer == QMessageBox.StandardButton.Cancel)
    assert "A note of my own." in dialog.markdown.toPlainText()


def test_enter_on_a_suggestion_selects_its_line_to_correct_and_the_list_follows_the_correction(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: discard))  # closed at the end, changed
    dialog = ImportDialog(import_handout(LISTED), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.define_button, Qt.MouseButton.LeftButton)
    listing = dialog.suggestions.items
    dialog.activateWindow()
    listing.setFocus()
    qtbot.waitUntil(listing.hasFocus)
    listing.setCurrentRow(_row(dialog, "squall"))
    qtbot.keyClick(listing, Qt.Key.Key_Return)  # never the dialog's Save button
    assert dialog.isVisible() and not (tmp_path / "harbour-life").exists()
    assert dialog.markdown.hasFocus() and dialog.markdown.textCursor().selectedText().startswith("- **squall**")
    dialog.markdown.insertPlainText("- **squall** (n.) — a sudden strong wind  <!-- suggested -->")
    assert [s.label for s, on in dialog.suggestions.suggestions() if s.term == "squall"] == [
        "squall (n.) — a sudden strong wind"]  # the corrected wording, still to accept; the old one gone
    qtbot.mouseClick(dialog.suggestions.untick_all, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.suggestions.tick_all, Qt.MouseButton.LeftButton)
    lines = dialog.markdown.toPlainText().split("\n")
    assert sum(line.startswith("- **squall**") for line in lines) == 1
    qtbot.mouseClick(dialog.suggestions.accept_button, Qt.MouseButton.LeftButton)
    assert "- **squall** (n.) — a sudden strong wind" in dialog.markdown.toPlainText().split("\n")
    assert not dialog.suggestions.isVisible()  # nothing left to check


def test_a_handout_whose_words_all_have_definitions_has_nothing_to_suggest(qtbot: QtBot, tmp_path: Path) -> None:
    defined = LISTED.replace("1. quay", "1. quay - a platform where boats stop").replace("2. squall", "2. squall - a sudden storm")
    dialog = ImportDialog(import_handout(defined), tmp_path)
    qtbot.addWidget(dialog)
    assert all(e.definition for e in dialog.imported.lesson.vocabulary)
    assert not dialog.define_button.isEnabled() and "already" in dialog.define_button.toolTip()


def test_the_preview_fits_a_small_screen_and_ctrl_s_saves(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportDialog(import_handout(LISTED), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()  # Save stays on screen
    saved: list[Path] = []
    dialog.saved.connect(saved.append)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # through the shortcut map
    assert saved == [tmp_path / "harbour-life" / "lesson.md"] and saved[0].is_file()
