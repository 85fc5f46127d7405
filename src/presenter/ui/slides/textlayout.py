"""Laying out paragraphs with QTextLayout: one code path to measure text and to paint it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout, QTextOption

from presenter.deck.geometry import Geometry
from presenter.ui.slides.theme import Theme, slide_font


@dataclass
class LaidOut:
    """A paragraph laid out at a width: the layout, and the height it takes."""

    layout: QTextLayout
    height: float


def lay_out(text: str, font: QFont, width: float, line_spacing: float,
            formats: list[QTextLayout.FormatRange] | None = None, option: QTextOption | None = None) -> LaidOut:
    """Break `text` into lines at `width`; lines are `line_spacing` times the font's line height apart."""
    layout = QTextLayout(text, font)
    option = option or QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if formats:
        layout.setFormats(formats)
    step = QFontMetricsF(font).lineSpacing() * line_spacing
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        # Centre each line's glyphs in its (taller) slot, so the spacing is even above and below.
        line.setPosition(QPointF(0, y + (step - line.height()) / 2))
        y += step
    layout.endLayout()
    return LaidOut(layout, y)


def char_format(background: str | None = None, foreground: str | None = None,
                underline: str | None = None, bold: bool = False) -> QTextCharFormat:
    """A character format for highlights and vocabulary marks."""
    fmt = QTextCharFormat()
    if background:
        fmt.setBackground(QColor(background))
    if foreground:
        fmt.setForeground(QColor(foreground))
    if underline:
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(underline))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    """A FormatRange over `length` characters from `start`."""
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, length, fmt
    return r


def lit_said(theme: Theme, shown: tuple[int, int] | None, at: int, length: int) -> list[QTextLayout.FormatRange]:
    """The word being said of a slide's own text, lit like the reading's, if it starts in the line at `at`."""
    if shown is None or not at <= shown[0] < at + length:
        return []
    return [format_range(shown[0] - at, min(shown[1], at + length) - shown[0],
                         char_format(background=theme.word, foreground=theme.word_text))]


class QtMeasure:
    """Measures reading text exactly as the slide painter lays it out."""

    def __init__(self, geometry: Geometry) -> None:
        """Measure for slides of this geometry."""
        self.geometry = geometry

    def __call__(self, text: str, speaker: str | None, font_px: int) -> float:
        """Height of a paragraph chunk (with its speaker label) at `font_px`."""
        return self.at_width(text, speaker, font_px, self.geometry.body_width)

    def at_width(self, text: str, speaker: str | None, font_px: int, width: float) -> float:
        """Height of a paragraph chunk laid out `width` wide (the text column beside a picture)."""
        g = self.geometry
        height = lay_out(text, slide_font(font_px, letter_spacing=g.letter_spacing), width, g.line_spacing).height
        if speaker:
            height += speaker_label_height(g, font_px)
        return height


def speaker_label_height(g: Geometry, font_px: int) -> float:
    """Room taken by a speaker's name above the words."""
    return QFontMetricsF(slide_font(round(font_px * 0.72), bold=True)).lineSpacing() * 1.25


def draw(painter: QPainter, laid: LaidOut, x: float, y: float) -> None:
    """Paint a laid-out paragraph with its top-left corner at (x, y)."""
    laid.layout.draw(painter, QPointF(x, y))
