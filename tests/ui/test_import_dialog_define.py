"""The import preview's "Suggest definitions" button: suggestions appear in the lesson, marked."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.handout import import_handout
from presenter.lesson import parse_lesson
from presenter.ui.app.import_dialog import ImportDialog

HANDOUT = """A Day at the Harbour

Vocabulary
quay
squall

Reading

The elderly captain scrutinised the horizon for a squall. Tourists walked along the quay.
"""


def test_suggest_definitions_button(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportDialog(import_handout(HANDOUT), tmp_path)
    qtbot.addWidget(dialog)
    assert "<!-- suggested -->" not in dialog.markdown.toPlainText()
    qtbot.mouseClick(dialog.define_button, Qt.MouseButton.LeftButton)
    text = dialog.markdown.toPlainText()
    assert text.count("<!-- suggested -->") == 2
    assert "2 suggested, not accepted yet" in dialog.summary.text()
    assert not dialog.define_button.isEnabled()
    lesson, _ = parse_lesson(text)
    assert lesson is not None and all(e.suggested and e.definition for e in lesson.vocabulary)
    saved = dialog.save(ask=False)
    assert saved is not None and saved.read_text(encoding="utf-8") == text
