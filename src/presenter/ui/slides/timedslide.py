"""Where a question or prompt slide puts its countdown, and painting its timing (countdown, answer, poll) over it."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from presenter.deck.deck import Slide
from presenter.deck.geometry import Geometry
from presenter.timing.slide import SlideTiming
from presenter.ui.slides.poll import paint_poll_view
from presenter.ui.slides.textlayout import lay_out
from presenter.ui.slides.theme import Theme, slide_font
from presenter.ui.slides.timerview import BAND_SHARE, paint_answer, paint_timer, paint_timer_compact


PROMPT_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)  # a long question shrinks to clear the timer


def prompt_fonts(g: Geometry, scale: float) -> tuple[int, int]:
    """Pixel sizes of a question (or prompt) and of its options at `scale`."""
    return round(g.body_px * 1.1 * scale), round(g.body_px * scale)


def _extent(g: Geometry, slide: Slide, scale: float) -> tuple[float, float, float]:
    question, *options = slide.text.split("\n")
    q_px, o_px = prompt_fonts(g, scale)
    y = g.margin_top + g.body_px * 0.3
    y += lay_out(question, slide_font(q_px, letter_spacing=g.letter_spacing), g.body_width,
                 g.line_spacing).height + g.paragraph_gap
    question_bottom, right = y, float(g.margin_x)
    font = slide_font(o_px, letter_spacing=g.letter_spacing)
    for option in options:
        laid = lay_out(option, font, g.body_width - o_px, 1.2)
        y += laid.height
        line_w = max(laid.layout.lineAt(i).naturalTextWidth() for i in range(laid.layout.lineCount()))
        right = max(right, g.margin_x + o_px + line_w)
    return question_bottom, y, right


def _band(g: Geometry) -> QRectF:
    band_h = round(min(g.height * BAND_SHARE, g.body_width / 4))  # a portrait screen keeps the band 4:1
    return QRectF(g.margin_x, g.height - g.margin_bottom - band_h, g.body_width, band_h)


def _fits(g: Geometry, band: QRectF, extent: tuple[float, float, float]) -> bool:
    """The text clears the band, or its options end early enough for the band to sit beside them."""
    question_bottom, bottom, right = extent
    if bottom + g.body_px * 0.3 <= band.top():
        return True
    return question_bottom <= band.top() and g.width - g.margin_x - (right + g.body_px) >= band.height() * 3.2


def prompt_scale(g: Geometry, slide: Slide) -> float:
    """The largest text scale at which a question or prompt and its options clear the countdown."""
    band = _band(g)
    return next((s for s in PROMPT_SCALES if _fits(g, band, _extent(g, slide, s))), PROMPT_SCALES[-1])


def prompt_extent(g: Geometry, slide: Slide) -> tuple[float, float, float]:
    """Where the slide painter's question ends, where its options end, and their right edge."""
    return _extent(g, slide, prompt_scale(g, slide))


def timer_rect(g: Geometry, slide: Slide) -> QRectF:
    """Where a slide's countdown goes: a band along the bottom, beside the options if they reach down there."""
    band = _band(g)
    _, bottom, right = prompt_extent(g, slide)
    if bottom + g.body_px * 0.3 <= band.top():
        return band
    beside = band.adjusted(right + g.body_px - band.left(), 0, 0, 0)
    if beside.width() >= band.height() * 3.2:  # room for the digits and a useful bar
        return beside
    return band  # nothing fits: the band covers the end of the list (it is painted on its own background)


def paint_slide_timing(painter: QPainter, g: Geometry, slide: Slide, timing: SlideTiming, theme: Theme) -> None:
    """Paint a question or prompt slide's countdown, revealed answer or poll over the painted slide."""
    state = timing.countdown.state()
    if timing.poll_shown and timing.tally is not None:
        paint_poll_view(painter, g, slide, timing.tally, theme)
        if state.started:  # the countdown shrinks to one line in the header, right of the slide's title
            paint_timer_compact(painter, QRectF(g.width / 2, g.margin_top * 0.2, g.width / 2 - g.margin_x,
                                                g.margin_top * 0.7), state, theme)
        return
    rect = timer_rect(g, slide)
    painter.fillRect(rect, QColor(theme.background))
    paint_timer(painter, rect, state, theme, timing.grouping)
    if timing.revealed and timing.answer:
        _, bottom, _ = prompt_extent(g, slide)
        end = rect.top() - g.body_px * 0.4
        top = min(bottom + g.body_px * 0.2, end - g.body_px * 3.6)  # may cover the question's end: the answer wins
        paint_answer(painter, QRectF(g.margin_x, top, g.body_width, end - top), timing.answer, theme, g.body_px,
                     timing.true_false)
