"""Random pairs or groups over the slide: every name as large as the slide allows, readable from the back row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from presenter.presenting.groups import Grouped
from presenter.ui.slides.theme import Theme, slide_font

_GAP = 0.018  # between boxes, as a share of the panel's height
_LINE = 1.22  # line height over font size
_MAX_NAME_PX = 0.11  # a name is never taller than this share of the panel (two pairs need not shout)


@dataclass(frozen=True, slots=True)
class GroupsLayout:
    """Where the panel's title and each group's box and lines go, and the names' font size."""

    px: int
    title: QRectF
    title_px: int
    boxes: tuple[QRectF, ...]
    lines: tuple[tuple[str, ...], ...]  # per box: one name a line, or the whole group on one line
    number_px: int


def _group_lines(group: tuple[str, ...], one_line: bool) -> tuple[str, ...]:
    return ("  ·  ".join(group),) if one_line else group


def _badge_width(number_px: float, count: int) -> float:
    """How wide the column with the group's number is (the widest number, with a margin)."""
    return QFontMetricsF(slide_font(max(int(number_px), 1), bold=True)).horizontalAdvance(str(count)) + number_px * 0.8


def _fit(grouped: Grouped, area: QRectF, columns: int, one_line: bool) -> tuple[int, QRectF, QRectF]:
    """The largest name size for `columns` columns (and the first box and its inner text area at that size)."""
    n = len(grouped.groups)
    rows = -(-n // columns)
    gap = area.height() * _GAP
    box_w = (area.width() - gap * (columns - 1)) / columns
    box_h = (area.height() - gap * (rows - 1)) / rows
    pad = min(box_w, box_h) * 0.08
    tallest = max(len(_group_lines(g, one_line)) for g in grouped.groups)
    # Room on the left for the group's number ("12" at 0.6 of the names' size, sized for the tallest it may be).
    inner = QRectF(0, 0, box_w - 2 * pad, box_h - 2 * pad)
    px_guess = min(inner.height() / (tallest * _LINE), area.height() * _MAX_NAME_PX)
    inner.setWidth(max(inner.width() - _badge_width(px_guess * 0.6, n), 1.0))
    px = min(inner.height() / (tallest * _LINE), area.height() * _MAX_NAME_PX)
    metrics = QFontMetricsF(slide_font(100, bold=True))
    widest = max(metrics.horizontalAdvance(line) for g in grouped.groups for line in _group_lines(g, one_line))
    px = min(px, inner.width() / widest * 100 * 0.98) if widest else px
    return int(px), QRectF(0, 0, box_w, box_h), inner


def groups_layout(grouped: Grouped, rect: QRectF) -> GroupsLayout:
    """Lay `grouped` out in `rect`: the columns (and one line or a line a name) that give the largest names."""
    title_h = rect.height() * 0.11
    title = QRectF(rect.left(), rect.top(), rect.width(), title_h)
    area = QRectF(rect.left(), rect.top() + title_h, rect.width(), rect.height() - title_h)
    n = max(len(grouped.groups), 1)
    # At the same size, more columns: two groups side by side rather than two wide strips.
    best = max(((_fit(grouped, area, c, one), c, one) for c in range(1, n + 1) for one in (False, True)),
               key=lambda t: (t[0][0], t[1]))
    (px, box, _inner), columns, one_line = best
    gap = area.height() * _GAP
    boxes = tuple(QRectF(area.left() + (i % columns) * (box.width() + gap), area.top() + (i // columns) * (box.height() + gap),
                         box.width(), box.height()) for i in range(len(grouped.groups)))
    return GroupsLayout(max(px, 1), title, int(title_h * 0.62), boxes,
                        tuple(_group_lines(g, one_line) for g in grouped.groups), max(int(px * 0.6), 1))


def groups_rect(width: float, height: float) -> QRectF:
    """The panel over a slide of this size: nearly all of it (the class reads names from the back)."""
    return QRectF(0, 0, width, height * 0.985)  # all but the progress bar: the slide's own title would peep out


def panel_layout(grouped: Grouped, panel: QRectF) -> GroupsLayout:
    """The layout `paint_groups` paints in `panel` (inside its margins)."""
    return groups_layout(grouped, panel.adjusted(panel.width() * 0.04, panel.height() * 0.03,
                                                 -panel.width() * 0.04, -panel.height() * 0.04))


def paint_groups(painter: QPainter, rect: QRectF, grouped: Grouped, theme: Theme) -> None:
    """The pairs or groups in numbered boxes on a panel over the slide."""
    lay = panel_layout(grouped, rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.background))
    painter.drawRoundedRect(rect, rect.height() * 0.03, rect.height() * 0.03)
    painter.setPen(QColor(theme.accent))
    painter.setFont(slide_font(lay.title_px, bold=True))
    count = sum(len(g) for g in grouped.groups)
    painter.drawText(lay.title, int(Qt.AlignmentFlag.AlignCenter), f"{grouped.title()}  ·  {count} students")
    centre = int(Qt.AlignmentFlag.AlignCenter)
    for number, (box, lines) in enumerate(zip(lay.boxes, lay.lines, strict=True), start=1):
        radius = min(box.height(), box.width()) * 0.1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.sentence))
        painter.drawRoundedRect(box, radius, radius)
        badge = QRectF(box.left(), box.top(), _badge_width(lay.number_px, len(lay.boxes)), box.height())
        painter.setPen(QColor(theme.muted))
        painter.setFont(slide_font(lay.number_px, bold=True))
        painter.drawText(badge, centre, str(number))
        text = box.adjusted(badge.width(), 0, 0, 0)
        painter.setPen(QColor(theme.text))
        painter.setFont(slide_font(lay.px, bold=True))
        painter.drawText(text, centre, "\n".join(lines))
    painter.restore()
