"""Narration ▸ Add voice…'s dialog takes a voice file, a zip, or the folder it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from presenter.ui.audio.add_voice import chosen, voice_dialog


def opened(qtbot: QtBot, folder: Path) -> tuple[QFileDialog, list[int]]:
    """The dialog shown on `folder`, and the results it finishes with."""
    dialog = voice_dialog(None)
    qtbot.addWidget(dialog)
    dialog.setDirectory(str(folder))
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.open()
    return dialog, results


def test_use_this_folder_chooses_the_folder_shown(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "en_US-joel-medium"
    folder.mkdir()
    dialog, results = opened(qtbot, folder)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Use this folder")
    qtbot.waitUntil(button.isVisible)
    button.click()
    assert results and chosen(dialog, results[0]) == folder


def test_a_chosen_file_is_the_voice_and_cancel_is_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    archive = tmp_path / "voice.zip"
    archive.write_bytes(b"PK")
    dialog, results = opened(qtbot, tmp_path)
    dialog.selectFile(str(archive))
    dialog.accept()
    assert chosen(dialog, results[-1]) == archive
    dialog.open()
    dialog.reject()
    assert chosen(dialog, results[-1]) is None
