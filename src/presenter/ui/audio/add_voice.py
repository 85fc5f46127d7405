"""Narration ▸ Add voice…: choose a downloaded Piper voice, check it loads (off the GUI thread), copy it in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QMessageBox, QPushButton, QWidget

from presenter.ui.audio.background import run_in_background


class VoiceAdder(QObject):
    """Adds one voice on a thread of its own; `finished` carries the voice id, or `failed` the reason."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, voices_dir: Path, parent: QObject | None = None) -> None:
        """Copy voices into `voices_dir`."""
        super().__init__(parent)
        self.voices_dir = voices_dir

    def add(self, source: Path) -> None:
        """Check and copy `source` (pair, folder or zip) in the background (loading takes a second or two)."""
        def work() -> str:
            from presenter.speech.piper_engine import check_loads
            from presenter.speech.piper_import import add_voice

            return add_voice(source, self.voices_dir, check_loads).voice.id

        run_in_background(work, self.finished.emit, lambda exc: self.failed.emit(_why(exc)), self, "add-voice")


def _why(exc: Exception) -> str:
    """What the teacher is told when a voice could not be added."""
    from presenter.speech.piper_voices import VoiceFileError

    # A bad voice says what is wrong with it; a failed copy (disk full, no permission) is named as such.
    return str(exc) if isinstance(exc, VoiceFileError) else f"the voice could not be added: {exc}"


FOLDER = 2  # the dialog's result when the teacher chose the folder it shows


def voice_dialog(parent: QWidget | None) -> QFileDialog:
    """A file dialog for a voice: its .onnx, .onnx.json or .zip, or ("Use this folder") the folder it shows."""
    dialog = QFileDialog(parent, "Add a Piper voice: its .onnx file, a .zip, or the folder holding them",
                         str(Path.home()), "Piper voices (*.onnx *.onnx.json *.zip)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # a native dialog takes a file or a folder, not either
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    folder = QPushButton("Use this folder", dialog)
    folder.setToolTip("Add the voice in the folder shown (a downloaded voice's unpacked folder)")
    folder.clicked.connect(lambda: dialog.done(FOLDER))
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):
        layout.addWidget(folder, layout.rowCount(), 0, 1, layout.columnCount())
    return dialog


def chosen(dialog: QFileDialog, result: int) -> Path | None:
    """What the teacher chose in `voice_dialog`: a file, the folder shown, or None."""
    if result == FOLDER:
        return Path(dialog.directory().absolutePath())
    files = dialog.selectedFiles()
    return Path(files[0]) if result == QFileDialog.DialogCode.Accepted and files else None


def ask_for_voice(parent: QWidget) -> Path | None:
    """The voice the teacher picks (its .onnx, .onnx.json, a .zip, or a folder), or None."""
    dialog = voice_dialog(parent)
    return chosen(dialog, dialog.exec())


def add_voice_interactively(parent: QWidget, voices_dir: Path, done: Callable[[str], None]) -> VoiceAdder | None:
    """Ask for a voice and add it; `done(voice_id)` runs on the GUI thread once it is in, a problem is shown."""
    source = ask_for_voice(parent)
    if source is None:
        return None
    adder = VoiceAdder(voices_dir, parent)
    adder.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    adder.failed.connect(lambda why: QMessageBox.warning(parent, "Cannot add this voice", why),
                         Qt.ConnectionType.QueuedConnection)
    adder.add(source)
    return adder
