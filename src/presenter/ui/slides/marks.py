"""How vocabulary marks look in the reading: a thick underline (default), a tinted background, bold, or none."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF
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


def paint_underlines(painter: QPainter, layout: QTextLayout, origin: QPointF, spans: list[tuple[int, int]],
                     theme: Theme, font_px: int) -> None:
    """Solid underlines under each span, line by line (QTextCharFormat's own underline is 1-2 px thin)."""
    thick = underline_px(font_px)
    painter.save()
    for start, length in spans:
        end = start + length
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a, b = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
            if a >= b:
                continue
            x1, x2 = _x(line, a), _x(line, b)
            y = origin.y() + line.y() + line.ascent() + thick * 0.9
            painter.fillRect(QRectF(origin.x() + min(x1, x2), y, abs(x2 - x1), thick), theme.color("mark"))
    painter.restore()


def _x(line: QTextLine, pos: int) -> float:
    found: tuple[float, int] = line.cursorToX(pos)  # type: ignore[assignment]  # PySide returns (x, pos)
    return found[0]
