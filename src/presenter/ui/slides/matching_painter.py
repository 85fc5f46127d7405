"""Painting a matching exercise: numbered terms on the left, scrambled lettered meanings on the right, matches on A."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from presenter.deck.deck import Slide
from presenter.deck.exercises import matching_order
from presenter.deck.geometry import Geometry
from presenter.lesson.model import Exercise
from presenter.timing.slide import SlideTiming
from presenter.ui.slides import slidebase
from presenter.ui.slides.textlayout import LaidOut, lay_out
from presenter.ui.slides.theme import Theme, slide_font
from presenter.ui.slides.timerview import paint_timer_compact

LETTERS = "abcdefghijklmnopqrstuvwxyz"
SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5)  # many long meanings shrink to fit one slide
TERM_SHARE = 0.36  # the terms' column: short words, the rest is for the meanings
ROW_SPACING = 1.15


@dataclass
class MatchingLayout:
    """Where the task, each term and each meaning go, at one text size."""

    px: int
    task: LaidOut
    rows: list[tuple[LaidOut, LaidOut, float]]  # (term, meaning, top) per row
    bottom: float


def _lay_out(g: Geometry, exercise: Exercise, scale: float) -> MatchingLayout:
    px = round(g.body_px * scale)
    font = slide_font(px, letter_spacing=g.letter_spacing)
    task = lay_out(exercise.text, slide_font(round(px * 1.05), bold=True, letter_spacing=g.letter_spacing),
                   g.body_width, g.line_spacing)
    term_w, gap = g.body_width * TERM_SHARE, px * 1.2
    order = matching_order(len(exercise.pairs))
    y = g.margin_top + px * 0.2 + task.height + px * 0.6
    rows = []
    for row, pair in enumerate(exercise.pairs):
        term = lay_out(f"{row + 1}. {pair[0]}", font, term_w - px * 1.6, ROW_SPACING)
        meaning = lay_out(f"{LETTERS[row]}) {exercise.pairs[order[row]][1]}", font, g.body_width - term_w - gap, ROW_SPACING)
        rows.append((term, meaning, y))
        y += max(term.height, meaning.height) + px * 0.35
    return MatchingLayout(px, task, rows, y)


def matching_layout(g: Geometry, exercise: Exercise) -> MatchingLayout:
    """The largest text size at which every pair fits above the slide's bottom margin."""
    floor = g.height - g.margin_bottom
    for scale in SCALES:
        laid = _lay_out(g, exercise, scale)
        if laid.bottom <= floor:
            return laid
    return laid  # eight long meanings on a small screen: the smallest size, the last row may touch the margin


def paint_matching(painter: QPainter, g: Geometry, theme: Theme, slide: Slide, exercise: Exercise,
                   timing: SlideTiming | None) -> None:
    """The terms and meanings in two columns; once A is pressed, each term's letter in a badge beside it."""
    laid = matching_layout(g, exercise)
    painter.setPen(theme.color("text"))
    laid.task.layout.draw(painter, QPointF(g.margin_x, g.margin_top + laid.px * 0.2))
    term_w = g.body_width * TERM_SHARE
    revealed = timing is not None and timing.revealed
    order = matching_order(len(exercise.pairs))
    for row, (term, meaning, top) in enumerate(laid.rows):
        if row % 2:  # a faint band on every other row keeps the eye on one line across the gap
            band = QColor(theme.muted)
            band.setAlphaF(0.08)
            painter.fillRect(QRectF(g.margin_x - laid.px * 0.2, top - laid.px * 0.15, g.body_width + laid.px * 0.4,
                                    max(term.height, meaning.height) + laid.px * 0.3), band)
        painter.setPen(theme.color("text"))
        term.layout.draw(painter, QPointF(g.margin_x, top))
        meaning.layout.draw(painter, QPointF(g.margin_x + term_w + laid.px * 1.2, top))
        if revealed:
            badge = QRectF(g.margin_x + term_w - laid.px * 1.5, top, laid.px * 1.4, laid.px * 1.3)
            painter.setBrush(theme.color("accent"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, laid.px * 0.3, laid.px * 0.3)
            slidebase.draw_text(painter, g, theme, LETTERS[order.index(row)], laid.px, badge,
                                Qt.AlignmentFlag.AlignCenter, "background", bold=True)
    if timing is not None:
        # One line in the header: the pairs need the whole body of the slide.
        paint_timer_compact(painter, QRectF(g.width / 2, g.margin_top * 0.2, g.width / 2 - g.margin_x,
                                            g.margin_top * 0.7), timing.countdown.state(), theme)
