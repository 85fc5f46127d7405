"""Painting an opinion poll: one bar per option with its key, label, count and percentage."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from presenter.deck.deck import Slide
from presenter.deck.geometry import Geometry
from presenter.timing.poll import MAX_KEYED_OPTIONS, Tally
from presenter.timing.slide import SlideTiming
from presenter.ui.slides.theme import Theme, slide_font

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True, slots=True)
class PollLayout:
    """Where a poll chart puts its header and rows; shared by painting and clicking."""

    header: QRectF
    rows: tuple[QRectF, ...]
    px: float  # text size of the option labels


def poll_layout(rect: QRectF, options: int, px: float) -> PollLayout:
    """Rows for `options` options in `rect`, text at `px` or smaller when rows are short."""
    header = QRectF(rect.left(), rect.top(), rect.width(), px * 1.3)
    area = rect.adjusted(0, header.height(), 0, 0)
    row_h = min(area.height() / max(options, 1), px * 2.2)
    size = min(px, row_h * 0.62)
    rows = tuple(QRectF(area.left(), area.top() + i * row_h, area.width(), row_h) for i in range(options))
    return PollLayout(header, rows, size)


def poll_option_at(rect: QRectF, tally: Tally, px: float, point: QPointF) -> int | None:
    """The option whose row is under `point` (a click votes for it), or None."""
    for i, row in enumerate(poll_layout(rect, len(tally.options), px).rows):
        if row.contains(point):
            return i
    return None


def paint_poll(painter: QPainter, rect: QRectF, tally: Tally, theme: Theme, px: float) -> None:
    """The class's spread: for each option its key (1–9), label, a bar, and "count · percent"."""
    layout = poll_layout(rect, len(tally.options), px)
    size = layout.px
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    total = tally.total
    font = slide_font(round(px * 0.72), bold=True)
    painter.setFont(font)
    painter.setPen(QColor(theme.muted))
    painter.drawText(layout.header, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                     f"{total} vote{'' if total == 1 else 's'}")
    label_font, count_font = slide_font(round(size)), slide_font(round(size), bold=True)
    labels, counts = QFontMetricsF(label_font), QFontMetricsF(count_font)
    badge = size * 1.35
    label_w = min(max(labels.horizontalAdvance(o) for o in tally.options), rect.width() * 0.42)
    count_w = counts.horizontalAdvance("000 · 100%")
    bar_left = rect.left() + badge + size * 0.5 + label_w + size * 0.6
    bar_w = max(rect.right() - count_w - size * 0.4 - bar_left, size)
    most = max(tally.votes, default=0)
    track = QColor(theme.muted)
    track.setAlphaF(0.16)
    for i, (row, option, votes, pct) in enumerate(zip(layout.rows, tally.options, tally.votes, tally.percents(),
                                                        strict=True)):
        mid = row.center().y()
        if i < MAX_KEYED_OPTIONS:  # the key that votes for this option
            box = QRectF(row.left(), mid - badge / 2, badge, badge)
            painter.setPen(QPen(QColor(theme.muted), max(size * 0.06, 1.5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, size * 0.2, size * 0.2)
            painter.setFont(slide_font(round(size * 0.8), bold=True))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(i + 1))
        painter.setFont(label_font)
        painter.setPen(QColor(theme.text))
        text = labels.elidedText(option, Qt.TextElideMode.ElideRight, label_w)
        painter.drawText(QRectF(row.left() + badge + size * 0.5, row.top(), label_w, row.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        bar_h = min(row.height() * 0.62, size * 1.1)
        bar = QRectF(bar_left, mid - bar_h / 2, bar_w, bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, bar_h * 0.2, bar_h * 0.2)
        if votes:
            # Scaled to the leading option, so a spread of a few votes is still easy to see.
            painter.setBrush(QColor(theme.accent))
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), max(bar_w * votes / most, bar_h * 0.4), bar_h),
                                    bar_h * 0.2, bar_h * 0.2)
        painter.setFont(count_font)
        painter.setPen(QColor(theme.text if votes else theme.muted))
        painter.drawText(QRectF(bar.right() + size * 0.4, row.top(), count_w, row.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         f"{votes} · {pct}%" if total else "0")
    painter.restore()


def poll_chart_rect(g: Geometry, slide: Slide) -> QRectF:
    """Where a poll slide's chart goes: below the question, which is set small above it."""
    font = slide_font(g.small_px, letter_spacing=g.letter_spacing)
    used = QFontMetricsF(font).boundingRect(QRectF(0, 0, g.body_width, g.height), int(_WRAP),
                                            slide.text.split("\n")[0]).height()
    top = g.margin_top + used + g.small_px * 0.6
    return QRectF(g.margin_x, top, g.body_width, g.height - g.margin_bottom - top)


def paint_poll_view(painter: QPainter, g: Geometry, slide: Slide, tally: Tally, theme: Theme) -> None:
    """Over a painted prompt slide: the question set small and the chart in place of the text and options."""
    top = g.margin_top * 0.92  # the slide's header (its title) stays
    painter.fillRect(QRectF(0, top, g.width, g.height - g.margin_bottom * 0.6 - top), QColor(theme.background))
    chart = poll_chart_rect(g, slide)
    painter.setFont(slide_font(g.small_px, letter_spacing=g.letter_spacing))
    painter.setPen(QColor(theme.text))
    painter.drawText(QRectF(g.margin_x, g.margin_top, g.body_width, chart.top() - g.margin_top), int(_WRAP),
                     slide.text.split("\n")[0])
    paint_poll(painter, chart, tally, theme, g.body_px)


def poll_click(g: Geometry, slide: Slide, timing: SlideTiming, point: QPointF) -> bool:
    """A click on a row of the poll on screen votes for that option; True if it did."""
    if not timing.poll_shown or timing.tally is None:
        return False
    option = poll_option_at(poll_chart_rect(g, slide), timing.tally, g.body_px, point)
    if option is None:
        return False
    timing.tally.add(option)
    timing.changes += 1
    return True
