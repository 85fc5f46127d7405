"""Where the key help puts each row: the largest text that fits the window, in one to three columns."""

from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from presenter.ui.slides.keys import HELP
from presenter.ui.slides.theme import slide_font

_PROBE = 100  # font size the widths are measured at; text widths scale with the size
_LINE = 1.45  # a row's height in font sizes


@dataclass(frozen=True, slots=True)
class HelpLayout:
    """The help's font size, its title and each row's key and description rectangles."""

    px: int
    columns: int
    title: QRectF
    rows: tuple[tuple[QRectF, QRectF], ...]


Rows = tuple[tuple[str, str], ...]  # (keys, what they do), as the key table lists them


def _widths(rows: Rows) -> tuple[float, float]:
    bold, plain = QFontMetricsF(slide_font(_PROBE, bold=True)), QFontMetricsF(slide_font(_PROBE))
    key = max(bold.horizontalAdvance(k) for k, _ in rows) / _PROBE
    does = max(plain.horizontalAdvance(d) for _, d in rows) / _PROBE
    return key, does


def _row_heights(px: int, does_width: float, rows: Rows) -> list[float]:
    """Each description's height wrapped at `does_width`, as the painter will wrap it."""
    metrics = QFontMetricsF(slide_font(px))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    return [max(px * _LINE, metrics.boundingRect(QRectF(0, 0, max(does_width, 1.0), 1e6), flags, d).height())
            for _, d in rows]


@lru_cache(maxsize=8)
def help_layout(width: int, height: int, rows: Rows = tuple(HELP)) -> HelpLayout:
    """`rows` of the key help laid out to fit a `width` x `height` window, as large as they can be."""
    margin_x, margin_y = width * 0.04, height * 0.05
    gap = width * 0.02
    key_em, does_em = _widths(rows)
    best: HelpLayout | None = None
    for columns in (1, 2, 3):
        col_width = (width - 2 * margin_x - gap * (columns - 1)) / columns
        # The largest size whose descriptions keep room for a few words and whose rows end above the margin.
        px = int(min(col_width / (key_em + 0.5 + min(does_em, 10.0)), height / 8))
        while px > 6:
            layout = _place(width, height, px, columns, margin_x, margin_y, gap, key_em, rows)
            if all(r[1].bottom() <= height - margin_y for r in layout.rows):
                break
            px -= 1
        if best is None or px > best.px:
            best = _place(width, height, max(px, 6), columns, margin_x, margin_y, gap, key_em, rows)
    assert best is not None
    return best


def _place(width: int, height: int, px: int, columns: int, margin_x: float, margin_y: float,
           gap: float, key_em: float, rows: Rows) -> HelpLayout:
    col_width = (width - 2 * margin_x - gap * (columns - 1)) / columns
    key_w = px * (key_em + 0.5)
    does_w = col_width - key_w
    heights = _row_heights(px, does_w, rows)
    title = QRectF(margin_x, margin_y, width - 2 * margin_x, px * 2)
    top = margin_y + px * 2.2
    placed: list[tuple[QRectF, QRectF]] = []
    y, last = top, 0
    for h, column in zip(heights, _balanced(heights, columns, px * _LINE * 0.2), strict=True):
        if column != last:
            y, last = top, column
        x = margin_x + column * (col_width + gap)
        placed.append((QRectF(x, y, key_w, px * _LINE), QRectF(x + key_w, y, does_w, h)))
        y += h + px * _LINE * 0.2
    return HelpLayout(px, columns, title, tuple(placed))


def _fill(heights: list[float], limit: float, spacing: float) -> list[int]:
    """Each row's column when every column takes rows until the next would make it taller than `limit`."""
    columns, column, used = [], 0, 0.0
    for h in heights:
        if used and used + h > limit:
            column, used = column + 1, 0.0
        columns.append(column)
        used += h + spacing
    return columns


def _balanced(heights: list[float], columns: int, spacing: float) -> list[int]:
    """Rows split into `columns` columns in order, the tallest column as short as can be (wrapped rows count)."""
    low, high = max(heights, default=0.0), sum(heights) + spacing * len(heights)
    for _ in range(24):  # bisect the tallest column's height
        middle = (low + high) / 2
        low, high = (low, middle) if max(_fill(heights, middle, spacing), default=0) < columns else (middle, high)
    return _fill(heights, high, spacing)
