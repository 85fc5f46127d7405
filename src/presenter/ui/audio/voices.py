"""Voices: listed off the GUI thread, matched to the lesson's language, and chosen per speaker."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from presenter.speech.model import Voice
from presenter.ui.audio.background import run_in_background
from presenter.ui.audio.clipsource import Worker


class VoiceLister(QObject):
    """Asks the speech worker for its voices in the background; the answer comes as a signal."""

    listed = Signal(list)
    failed = Signal(str)

    def list_voices(self, worker: Worker) -> None:
        """Start asking; `listed` or `failed` follows (the engine may take seconds to start)."""
        run_in_background(lambda: list(worker.voices(timeout_s=15)), self.listed.emit,
                          lambda exc: self.failed.emit(getattr(exc, "message", None) or str(exc)), self, "voice-list")


class SpeakerVoicesDialog(QDialog):
    """One voice per speaker of a transcript, so a dialogue sounds like two people."""

    def __init__(self, speakers: list[str], voices: list[Voice], chosen: dict[str, str],
                 parent: QWidget | None = None) -> None:
        """Offer `voices` for each of `speakers`, starting from `chosen`."""
        super().__init__(parent)
        self.setWindowTitle("Voices for the speakers")
        form = QFormLayout(self)
        if not speakers:
            form.addRow(QLabel("This reading has no speakers."))
        self.combos: dict[str, QComboBox] = {}
        for speaker in speakers:
            combo = QComboBox()
            combo.addItem("Narrator's voice", "")
            for v in voices:
                combo.addItem(v.name, v.id)
            combo.setCurrentIndex(max(combo.findData(chosen.get(speaker, "")), 0))
            form.addRow(speaker, combo)
            self.combos[speaker] = combo
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> dict[str, str]:
        """Speaker -> voice id, for the speakers given their own voice."""
        return {s: str(c.currentData()) for s, c in self.combos.items() if c.currentData()}
