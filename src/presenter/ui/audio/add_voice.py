"""Narration ▸ Add voice…: choose a downloaded Piper voice, check it loads (off the GUI thread), copy it in."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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
        def work() -> None:
            from presenter.speech.piper_engine import check_loads
            from presenter.speech.piper_import import add_voice
            from presenter.speech.piper_voices import VoiceFileError

            try:
                added = add_voice(source, self.voices_dir, check_loads)
            except VoiceFileError as exc:
                self.failed.emit(str(exc))
            except Exception as exc:  # a failed copy (disk full, no permission) is reported, not raised
                self.failed.emit(f"the voice could not be added: {exc}")
            else:
                self.finished.emit(added.voice.id)

        threading.Thread(target=work, name="add-voice", daemon=True).start()


def ask_for_voice(parent: QWidget) -> Path | None:
    """The voice file the teacher picks (its .onnx, .onnx.json or a .zip), or None."""
    name, _ = QFileDialog.getOpenFileName(parent, "Add a Piper voice (NAME.onnx with NAME.onnx.json beside it)",
                                          str(Path.home()), "Piper voices (*.onnx *.onnx.json *.zip)")
    return Path(name) if name else None


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
