"""The transcript under a clip: the paragraph being said, its sentence lit, at reading size."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter

from presenter.deck.geometry import Geometry
from presenter.deck.reading import ReadingIndex
from presenter.deck.transcript import Place
from presenter.ui.slides.textlayout import char_format, format_range, lay_out
from presenter.ui.slides.theme import Theme, slide_font

LINES = 3  # the box shows three lines; a longer paragraph scrolls to the sentence being said


def box_height(g: Geometry) -> float:
    """The height of the transcript box: LINES lines of reading text."""
    return QFontMetricsF(slide_font(g.body_px, letter_spacing=g.letter_spacing)).lineSpacing() * g.line_spacing * LINES


def paint_transcript(painter: QPainter, g: Geometry, theme: Theme, index: ReadingIndex, place: Place | None,
                     rect: QRectF, waiting: int = 0) -> None:
    """The paragraph at `place` with its sentence lit; before the first stamp, paragraph `waiting` unlit."""
    painter.fillRect(rect, theme.color("background"))
    if not index.paragraphs:
        return
    para = index.paragraphs[place.paragraph if place is not None else waiting]
    label = f"{para.speaker}: " if para.speaker else ""
    formats = [format_range(0, len(label), char_format(foreground=theme.muted, bold=True))] if label else []
    if place is not None:
        lit = index.sentences[place.sentence]
        formats.append(format_range(len(label) + lit.start, lit.end - lit.start,
                                    char_format(background=theme.sentence, foreground=theme.text)))
    laid = lay_out(label + para.text, slide_font(g.body_px, letter_spacing=g.letter_spacing), rect.width(),
                   g.line_spacing, formats)
    top = 0.0
    if place is not None and laid.height > rect.height():
        # Scroll so that the lit sentence's first line is on the box's first line (or the text ends at its bottom).
        line = laid.layout.lineForTextPosition(len(label) + index.sentences[place.sentence].start)
        step = laid.height / max(laid.layout.lineCount(), 1)
        top = min(line.lineNumber() * step if line.isValid() else 0.0, laid.height - rect.height())
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(theme.color("text" if place is not None else "muted"))
    laid.layout.draw(painter, QPointF(rect.x(), rect.y() - top))
    painter.restore()
