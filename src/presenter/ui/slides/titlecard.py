"""The lesson's title slide, painted as soon as the window is up; the slide view then takes over.

Why: a teacher's double-click should put the lesson on the projector at once. Building the deck
needs the reading paginated and most of the app loaded; the title slide needs only the
lesson's title lines, the theme and the window's size. So the app shows this card first,
loads the rest once it is painted, and swaps in the real slide view showing the same slide:
both paint through presenter.ui.slides.slidebase, so the swap changes no pixel
(tests/ui/test_titlecard.py compares them).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from presenter.deck.geometry import Geometry
from presenter.deck.titles import title_lines
from presenter.ui.slides import slidebase
from presenter.ui.slides.theme import Theme


class TitleCard(QWidget):
    """Paints a lesson's title slide at the widget's size, as the deck's first slide looks."""

    first_painted = Signal()  # after the first paint has finished

    def __init__(self, heading: tuple[str, str, str], theme: Theme, text_scale: float = 1.0,
                 easy_reading: bool = False, parent: QWidget | None = None) -> None:
        """The title card of the lesson with this (title, level, source), in `theme`, at the teacher's text size."""
        super().__init__(parent)
        self.heading, self.theme = heading, theme
        self.text_scale, self.easy_reading = text_scale, easy_reading
        self._painted = False
        # As the slide view: it fills what the window gives it, so both have the same size.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The slide view's default size."""
        return QSize(1280, 720)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The title slide: background, title lines, and the progress bar at its start."""
        g = Geometry(self.width(), self.height(), self.text_scale, self.easy_reading)
        painter = QPainter(self)
        try:
            slidebase.begin(painter, g, self.theme)
            slidebase.paint_title(painter, g, self.theme, "title", self.heading[0], title_lines(*self.heading))
            slidebase.paint_progress(painter, g, self.theme, 0.0)
        finally:
            painter.end()
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)  # once this paint is on screen
