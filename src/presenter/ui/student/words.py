"""Self-study cards: one word at a time, turn it over, say whether you know it; unknown ones come back."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from presenter.deck.kinds import SlideKind
from presenter.deck.deck import Slide
from presenter.deck.geometry import Geometry
from presenter.lesson.model import Lesson
from presenter.text.occurrences import Occurrence
from presenter.ui.slides.theme import Theme
from presenter.ui.slides.warmup_painter import paint_card


class CardFace(QWidget):
    """Paints the current card with the same painter as the class's flashcards."""

    clicked = Signal()

    def __init__(self, lesson: Lesson, theme: Theme, parent: QWidget | None = None) -> None:
        """Cards of `lesson` in `theme`."""
        super().__init__(parent)
        self.lesson, self.theme = lesson, theme
        self.entry: int | None = None
        self.flipped = False
        self.found: dict[int, list[Occurrence]] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """16:9."""
        return QSize(960, 540)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The card, or a note when every word is learned."""
        p = QPainter(self)
        g = Geometry(max(self.width(), 320), max(self.height(), 240))
        p.fillRect(self.rect(), self.theme.color("background"))
        if self.entry is None:
            p.setPen(self.theme.color("text"))
            p.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), "You know every word of this lesson!")
        else:
            slide = Slide(SlideKind.CARD, "", "", g.body_px, item=self.entry)
            paint_card(p, self.theme, g, self.lesson, slide, self.flipped, self.found)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A click turns the card over."""
        self.clicked.emit()


class WordsView(QWidget):
    """The Words tab: a card, "I know it" and "Not yet"; emits the answers, stores nothing itself."""

    marked = Signal(str, bool)  # term, known
    say_requested = Signal(str)

    def __init__(self, lesson: Lesson, theme: Theme, parent: QWidget | None = None) -> None:
        """Cards for `lesson`; call `show_term` with the term the queue wants next."""
        super().__init__(parent)
        self.lesson = lesson
        self.face = CardFace(lesson, theme)
        self.face.clicked.connect(self.flip)
        self.status = QLabel()
        self.known_button = QPushButton("I know it (Y)")
        self.unknown_button = QPushButton("Not yet (N)")
        say = QPushButton("Say it (S)")
        self.known_button.clicked.connect(lambda: self._answer(True))
        self.unknown_button.clicked.connect(lambda: self._answer(False))
        say.clicked.connect(self._say)
        for b in (self.known_button, self.unknown_button, say):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(say)
        row.addWidget(self.unknown_button)
        row.addWidget(self.known_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.face, 1)
        layout.addLayout(row)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.term: str | None = None

    def show_term(self, term: str | None, known: int, total: int) -> None:
        """Show a card's front (None: all learned) and the count of words known."""
        self.term = term
        entry = next((i for i, v in enumerate(self.lesson.vocabulary) if v.term == term), None)
        self.face.entry, self.face.flipped = entry, False
        self.status.setText(f"You know {known} of {total} words. Space turns the card over.")
        self.known_button.setEnabled(term is not None)
        self.unknown_button.setEnabled(term is not None)
        self.face.update()

    def flip(self) -> None:
        """Turn the card over."""
        self.face.flipped = not self.face.flipped
        self.face.update()

    def _answer(self, known: bool) -> None:
        if self.term is not None:
            self.marked.emit(self.term, known)

    def _say(self) -> None:
        if self.term is not None:
            self.say_requested.emit(self.term)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Space flips; Y known; N not yet; S says the word."""
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.flip()
        elif key == Qt.Key.Key_Y:
            self._answer(True)
        elif key == Qt.Key.Key_N:
            self._answer(False)
        elif key == Qt.Key.Key_S:
            self._say()
        else:
            super().keyPressEvent(event)
