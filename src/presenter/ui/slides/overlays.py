"""Overlays on the audience view: the key help, the slide grid, and a term's definition."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from presenter.presenting.types import Layer
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.helplayout import help_layout
from presenter.ui.slides.keys import HELP
from presenter.ui.slides.render import render_slide
from presenter.ui.slides.theme import slide_font


class HelpOverlay(QWidget):
    """A panel listing the keys, over the slide, in as many columns as it takes to fit."""

    def __init__(self, parent: QWidget, rows: list[tuple[str, str]] = HELP) -> None:
        """Cover `parent` with the key table's `rows` (student mode has its own); hidden until asked for."""
        super().__init__(parent)
        self.rows = rows
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the key list."""
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(0, 0, 0, 240))
        p.setPen(QColor("#ffffff"))
        layout = help_layout(self.width(), self.height(), tuple(self.rows))
        p.setFont(slide_font(round(layout.px * 1.3), bold=True))
        p.drawText(layout.title, "Keys")
        for (keys, what), (key_rect, does_rect) in zip(self.rows, layout.rows, strict=True):
            p.setFont(slide_font(layout.px, bold=True))
            p.drawText(key_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), keys)
            p.setFont(slide_font(layout.px))
            p.drawText(does_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), what)
        p.end()


class GridOverlay(QWidget):
    """Every slide as a thumbnail; click or arrow keys and Enter to jump."""

    chosen = Signal(int)
    closed = Signal()

    def __init__(self, controller: DeckController, parent: QWidget) -> None:
        """Show the slides of `controller`'s deck."""
        super().__init__(parent)
        self._host = parent
        self.controller = controller
        self.selected = 0
        self._thumbs: list[QRectF] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    def open(self) -> None:
        """Show the grid with the current slide selected."""
        self.selected = self.controller.current
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def _columns(self) -> int:
        n = self.controller.count
        return 4 if n <= 16 else 5 if n <= 30 else 6

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint thumbnails of every slide."""
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#202124"))
        c = self.controller
        cols = self._columns()
        pad = self.width() * 0.015
        w = (self.width() - pad * (cols + 1)) / cols
        h = w * c.deck.geometry.height / c.deck.geometry.width
        self._thumbs = []
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for i in range(c.count):
            row, col = divmod(i, cols)
            rect = QRectF(pad + col * (w + pad), pad + row * (h + pad * 1.8), w, h)
            self._thumbs.append(rect)
            image = render_slide(c.renderer, i, c.state_for(i))
            p.drawImage(rect, image)
            p.setPen(QColor("#ffcf3f") if i == self.selected else QColor("#9aa0a6"))
            p.drawRect(rect.adjusted(-2, -2, 2, 2))
            p.setFont(slide_font(max(int(pad * 1.1), 11)))
            p.drawText(QRectF(rect.left(), rect.bottom() + 2, rect.width(), pad * 1.6), str(i + 1))
        p.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Arrows move the selection; Enter jumps; Esc or G closes."""
        key, cols = event.key(), self._columns()
        moves = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: cols, Qt.Key.Key_Up: -cols}
        if key in moves:
            self.selected = min(max(self.selected + moves[Qt.Key(key)], 0), self.controller.count - 1)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.selected)
            self.close_grid()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_G):
            self.close_grid()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A click on a thumbnail jumps there."""
        for i, rect in enumerate(self._thumbs):
            if rect.contains(event.position()):
                self.chosen.emit(i)
                self.close_grid()
                return

    def close_grid(self) -> None:
        """Hide the grid and give the keyboard back to the slide."""
        self.hide()
        self._host.setFocus()
        self.closed.emit()


class DefinitionPopup(QWidget):
    """A term's definition in a card over the slide; any click or key closes it."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        """Hidden until a term is clicked."""
        super().__init__(parent)
        self._host = parent
        self.term = ""
        self.definition = ""
        self.hide()

    def show_term(self, term: str, definition: str, part_of_speech: str) -> None:
        """Show a term with its definition."""
        self.term = term + (f"  ({part_of_speech})" if part_of_speech else "")
        self.definition = definition  # the window gives the reading's sentence when the lesson has no definition
        parent = self._host
        self.setGeometry(int(parent.width() * 0.15), int(parent.height() * 0.58), int(parent.width() * 0.7), int(parent.height() * 0.34))
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the card."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#0b5394"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(self.rect()), 18, 18)
        px = max(self._host.height() // 24, 12)
        p.setPen(QColor("#ffffff"))
        p.setFont(slide_font(px, bold=True))
        pad = px * 0.8
        p.drawText(QRectF(pad, pad * 0.6, self.width() - 2 * pad, px * 1.6), self.term)
        p.setFont(slide_font(px))
        p.drawText(QRectF(pad, pad * 0.6 + px * 1.8, self.width() - 2 * pad, self.height() - px * 2.6),
                   int(Qt.TextFlag.TextWordWrap), self.definition)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Close on click."""
        self.hide()
        self.clicked.emit()


class SlideOverlays:
    """The key help, the slide grid and a term's definition over one slide view, each made on first use.

    Which are open is the model's (`Presentation.layers`, so Esc closes the topmost first); these
    widgets follow it. Most lessons never open the grid or the help: they are made when first asked for.
    """

    def __init__(self, view: QWidget, controller: DeckController, help_rows: list[tuple[str, str]] = HELP) -> None:
        """Overlays for `view`, which shows `controller`'s slides; the help lists `help_rows`."""
        self.view, self.controller, self.help_rows = view, controller, help_rows
        self.model = controller.model
        self._help: HelpOverlay | None = None
        self._grid: GridOverlay | None = None
        self._popup: DefinitionPopup | None = None
        controller.layers_changed.connect(self.sync)

    @property
    def help(self) -> HelpOverlay:
        """The key help."""
        if self._help is None:
            self._help = HelpOverlay(self.view, self.help_rows)
        return self._help

    @property
    def grid(self) -> GridOverlay:
        """The overview of all slides; choosing one goes there."""
        if self._grid is None:
            self._grid = GridOverlay(self.controller, self.view)
            self._grid.chosen.connect(self.controller.goto)
            self._grid.closed.connect(lambda: self.model.close_layer(Layer.GRID))
        return self._grid

    @property
    def popup(self) -> DefinitionPopup:
        """A term's definition."""
        if self._popup is None:
            self._popup = DefinitionPopup(self.view)
            self._popup.clicked.connect(lambda: self.model.close_layer(Layer.DEFINITION))
        return self._popup

    def sync(self) -> None:
        """Show what the model has open, hide the rest."""
        layers = self.model.layers
        if self._help is not None or Layer.HELP in layers:
            if (Layer.HELP in layers) != self.help.isVisible():
                self.help.setGeometry(self.view.rect())
                self.help.setVisible(Layer.HELP in layers)
                self.help.raise_()
        if self._grid is not None and Layer.GRID not in layers and self._grid.isVisible():
            self._grid.close_grid()
        if self._popup is not None and Layer.DEFINITION not in layers:
            self._popup.hide()

    def help_visible(self) -> bool:
        """Whether the key help is on screen (without making it)."""
        return self._help is not None and self._help.isVisible()

    def hide_help(self) -> None:
        """Hide the key help."""
        self.model.close_layer(Layer.HELP)

    def hide_popup(self) -> None:
        """Hide a term's definition."""
        self.model.close_layer(Layer.DEFINITION)

    def toggle_help(self) -> None:
        """Show the key help over the whole view, or hide it again."""
        if Layer.HELP in self.model.layers:
            self.model.close_layer(Layer.HELP)
        else:
            self.model.open_layer(Layer.HELP)

    def open_grid(self) -> None:
        """Show every slide as a thumbnail."""
        self.grid.open()
        self.model.open_layer(Layer.GRID)

    def show_term(self, term: str, definition: str, part_of_speech: str) -> None:
        """A term's definition over the slide, until a click, a key, Esc or another slide."""
        self.popup.show_term(term, definition, part_of_speech)
        self.model.open_layer(Layer.DEFINITION)
