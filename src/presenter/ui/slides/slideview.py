"""The audience view: paints the controller's current slide and turns clicks into intents."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from presenter.deck.geometry import Geometry
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.poll import poll_click


class SlideView(QWidget):
    """Shows one slide at the widget's size; emits what the user asked for, does nothing itself."""

    term_clicked = Signal(int)
    sentence_clicked = Signal(int)
    word_clicked = Signal(str)
    first_painted = Signal()  # after the first paint has finished

    def __init__(self, controller: DeckController, parent: QWidget | None = None) -> None:
        """Subscribe to `controller` and paint what it says."""
        super().__init__(parent)
        self.controller = controller
        self.sentence_single_click = False  # student mode: a click on a sentence replays it
        # A click on the reading's text waits a double-click interval before turning the slide,
        # so a double-click ("read from this sentence") reads where it was aimed.
        self._pending_click = QTimer(self)
        self._pending_click.setSingleShot(True)
        self._pending_click.timeout.connect(self._click_timeout)
        self._pending_forward = True
        self._painted = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        controller.audience_changed.connect(self.update)
        controller.deck_changed.connect(self.update)
        controller.blank_changed.connect(self.update)
        controller.state_changed.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A 16:9 window by default."""
        return QSize(1280, 720)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Re-paginate for the new size."""
        g = self.controller.deck.geometry
        size = event.size()
        if size.width() > 0 and size.height() > 0:
            self.controller.set_geometry(Geometry(size.width(), size.height(), g.text_scale, g.easy_reading))
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the current slide, or the blank screen."""
        painter = QPainter(self)
        try:
            if self.controller.blank:
                painter.fillRect(self.rect(), QColor(self.controller.blank))
                return
            c = self.controller
            c.renderer.paint(painter, c.audience_index, c.state_for(c.audience_index))
        finally:
            painter.end()
            if not self._painted:
                self._painted = True
                QTimer.singleShot(0, self, self.first_painted.emit)  # once this paint is on screen

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Double-click a sentence of the reading to hear it read from there."""
        c = self.controller
        hit = c.renderer.hit(c.audience_index, event.position().x(), event.position().y(), c.paint_state)
        if hit.sentence is not None and self._pending_click.isActive():
            self._pending_click.stop()  # the first click of the pair does not turn the slide
            self.sentence_clicked.emit(hit.sentence)

    def _click_timeout(self) -> None:
        self.controller.model.click(self._pending_forward)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A click on a poll, a term or a sentence says so; elsewhere it turns the slide only with click-to-advance.

        With that setting the left third goes back and the rest forward; without it (the default) a click
        aimed at a word on the slide never takes the class somewhere else.
        """
        if event.button() == Qt.MouseButton.RightButton:
            c = self.controller
            hit = c.renderer.hit(c.audience_index, event.position().x(), event.position().y(), c.paint_state)
            if hit.word:
                self.word_clicked.emit(hit.word)  # right-click a word to hear it
            return
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        c = self.controller
        pos = event.position()
        slide = c.deck.slides[c.audience_index]
        timing = c.timings.get(slide)
        if not c.blank and timing is not None and poll_click(c.deck.geometry, slide, timing, pos):
            c.refresh()  # a vote by click
            return
        if not c.blank:
            hit = c.renderer.hit(c.audience_index, pos.x(), pos.y(), c.paint_state)
            if hit.entry is not None and c.paint_state.show_marks:
                self.term_clicked.emit(hit.entry)
                return
            if self.sentence_single_click and hit.sentence is not None:
                self.sentence_clicked.emit(hit.sentence)
                return
            if hit.sentence is not None:
                self._pending_forward = pos.x() >= self.width() / 3
                self._pending_click.start(QApplication.doubleClickInterval())
                return
        c.model.click(forward=pos.x() >= self.width() / 3)
