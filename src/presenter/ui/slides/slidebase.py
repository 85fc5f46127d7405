"""What every slide paints (background, progress bar) and the title slide itself.

Kept apart from the slide painter, with nothing heavier than QtGui, so that the app can paint a
lesson's title slide before it has loaded the deck, pagination and the other painters: see
presenter.ui.slides.titlecard. The slide painter paints through the same functions, so the two are
the same pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from presenter.deck.geometry import Geometry
from presenter.ui.slides.theme import Theme, slide_font
from presenter.deck.kinds import SlideKind


def begin(painter: QPainter, g: Geometry, t: Theme) -> None:
    """Smooth drawing, and the theme's background over the whole slide."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, g.width, g.height), t.color("background"))


def draw_text(painter: QPainter, g: Geometry, t: Theme, text: str, px: int, rect: QRectF, flags: Qt.AlignmentFlag,
              color: str = "text", bold: bool = False) -> None:
    """Word-wrapped text in the slide font, in one of the theme's colours."""
    painter.setFont(slide_font(px, bold=bold, letter_spacing=g.letter_spacing))
    painter.setPen(t.color(color))
    painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), text)


def paint_title(painter: QPainter, g: Geometry, t: Theme, kind: str, title: str, text: str) -> None:
    """A title or end slide: the title large in the middle, the rest of its lines small below."""
    lines = text.split("\n")
    title_rect = QRectF(g.margin_x, g.height * 0.22, g.body_width, g.height * 0.4)
    draw_text(painter, g, t, title, g.title_px, title_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
              bold=True)
    rest = [x for x in lines[1:] if x] if kind == SlideKind.TITLE else [text]
    sub_rect = QRectF(g.margin_x, g.height * 0.66, g.body_width, g.height * 0.25)
    draw_text(painter, g, t, "\n".join(rest), g.small_px, sub_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
              "muted")


def paint_progress(painter: QPainter, g: Geometry, t: Theme, progress: float) -> None:
    """The thin bar along the bottom that shows how far into the lesson the class is."""
    bar = max(4.0, g.height * 0.006)
    track = QColor(t.muted).lighter(150) if t.name == "light" else QColor(t.background).lighter(180)
    painter.fillRect(QRectF(0, g.height - bar, g.width, bar), track)
    painter.fillRect(QRectF(0, g.height - bar, g.width * progress, bar), t.color("progress"))
