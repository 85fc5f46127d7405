"""How vocabulary marks look in the reading: a thick underline (default), a tinted background, bold, or none."""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QTextLayout, QTextLine

from presenter.ui.slides.textlayout import char_format, format_range
from presenter.ui.slides.theme import Theme


class MarkStyle(Enum):
    """The look of vocabulary marks (Immersive Reader offers the same choices); values are the setting's."""

    UNDERLINE = "underline"
    BACKGROUND = "background"
    BOLD = "bold"
    OFF = "off"


_TINT = 0.28  # the mark colour's share of a tinted background: the text keeps its contrast


def mark_style(value: str) -> MarkStyle:
    """The style a setting names; the default for anything else."""
    try:
        return MarkStyle(value)
    except ValueError:
        return MarkStyle.UNDERLINE


def underline_px(font_px: int) -> float:
    """The underline's thickness: 1/12 of the text size, never under 3 px (4 px at 1080p's 45 px text)."""
    return max(3.0, font_px / 12)


def tint(theme: Theme) -> QColor:
    """The mark colour mixed into the background (opaque, so it looks the same on every paint)."""
    back, mark = theme.color("background"), theme.color("mark")
    mix = [round(b + (m - b) * _TINT) for b, m in ((back.red(), mark.red()), (back.green(), mark.green()),
                                                   (back.blue(), mark.blue()))]
    return QColor(mix[0], mix[1], mix[2])


def mark_ranges(style: MarkStyle, theme: Theme, spans: list[tuple[int, int]]) -> list[QTextLayout.FormatRange]:
    """The format ranges painted with the text for marks over `spans` (start, length)."""
    if style == MarkStyle.BACKGROUND:
        fmt = char_format(background=tint(theme).name())
    elif style == MarkStyle.BOLD:
        fmt = char_format(foreground=theme.mark, bold=True)
    else:
        return []
    return [format_range(start, length, fmt) for start, length in spans]


def paint_marks(painter: QPainter, style: MarkStyle, layout: QTextLayout, origin: QPointF,
                spans: list[tuple[int, int]], selections: list[QTextLayout.FormatRange], theme: Theme,
                font_px: int) -> None:
    """What the text's own formats cannot do without relaying the text out: thick underlines, bold strokes."""
    if style == MarkStyle.UNDERLINE:
        thick = math.ceil(underline_px(font_px))
        for rect, ascent in span_rects(layout, origin, spans):
            y = round(rect.top() + ascent + thick * 0.9)  # whole pixels: a fractional edge would blur the bar
            painter.fillRect(QRect(round(rect.left()), y, round(rect.width()), thick), theme.color("mark"))
    elif style == MarkStyle.BOLD:
        # The same glyphs again, shifted a little, over the mark only: bold without changing any line's width
        # (a bold font would reflow the text the pagination measured).
        shift = max(1.0, font_px / 28)
        for rect, _ in span_rects(layout, origin, spans):
            painter.save()
            painter.setClipRect(rect.adjusted(0, 0, shift, 0))
            layout.draw(painter, QPointF(origin.x() + shift, origin.y()), selections)
            painter.restore()


def span_rects(layout: QTextLayout, origin: QPointF, spans: list[tuple[int, int]]) -> list[tuple[QRectF, float]]:
    """Each span's box on each line it takes (and that line's ascent)."""
    rects: list[tuple[QRectF, float]] = []
    for start, length in spans:
        end = start + length
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a, b = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
            if a >= b:
                continue
            x1, x2 = _x(line, a), _x(line, b)
            rects.append((QRectF(origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height()),
                          line.ascent()))
    return rects


def _x(line: QTextLine, pos: int) -> float:
    found: tuple[float, int] = line.cursorToX(pos)  # type: ignore[assignment]  # PySide returns (x, pos)
    return found[0]
