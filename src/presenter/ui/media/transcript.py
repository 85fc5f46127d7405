"""The transcript that follows the clip: under the player, the sentence being said lit as the clip plays or seeks."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from presenter.deck.transcript import Place, Transcript
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.transcriptbox import paint_transcript


class TranscriptPanel(QWidget):
    """Paints the transcript box of the clip's slide for the player's position."""

    def __init__(self, controller: DeckController, parent: QWidget | None = None) -> None:
        """An empty panel; `follow()` gives it the deck's transcript."""
        super().__init__(parent)
        self.controller = controller
        self.transcript: Transcript | None = None
        self.place: Place | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks go to the slide

    def follow(self, transcript: Transcript | None) -> None:
        """Follow `transcript` (None: the lesson has no stamps) from its start."""
        self.transcript, self.place = transcript, None
        self.update()

    def set_position(self, ms: int, duration_ms: int = 0) -> None:
        """The clip is at `ms`: light the sentence said then (repaint only when it changes)."""
        place = self.transcript.at(ms, duration_ms) if self.transcript is not None else None
        if place != self.place:
            self.place = place
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The box in the slide's theme, at the slide's reading size."""
        del event
        if self.transcript is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        deck = self.controller.deck
        paint_transcript(p, deck.geometry, self.controller.renderer.theme, deck.index, self.place,
                         QRectF(0, 0, self.width(), self.height()), self.transcript.stretches[0].first)
        p.end()
