"""Painting countdowns: a wide bar or a ring, m:ss readable from the back row, grouping glyphs.

Pure paint functions on a QPainter and a rectangle, so the slide painter, the screenshots
and tests all draw the same thing. Colours: the theme's, plus a warning and a critical colour
per theme, each at least 4.5:1 against the background (tests/ui/test_timer_colours.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QPainter, QPainterPath, QPen

from presenter.deck.deck import Slide
from presenter.deck.geometry import Geometry
from presenter.timing.countdown import CountdownState
from presenter.timing.slide import SlideTiming, TimedSlides
from presenter.ui.poll import paint_poll
from presenter.ui.textlayout import lay_out
from presenter.ui.theme import Theme, slide_font


@dataclass(frozen=True, slots=True)
class TimerPalette:
    """The countdown's own colours in one theme (normal talk time uses the theme's accent)."""

    think: str
    warning: str
    critical: str
    track: str  # the empty part of the bar or ring: visible, but not text


TIMER_PALETTES = {
    "light": TimerPalette(think="#6a3d9a", warning="#995700", critical="#b3261e", track="#e2dfd5"),
    "dark": TimerPalette(think="#cdb0ff", warning="#ffb347", critical="#ff8a80", track="#343944"),
    "contrast": TimerPalette(think="#00ffff", warning="#ff9f1a", critical="#ff6b6b", track="#505050"),
}
GROUPING_LABELS = {"alone": "Alone", "pairs": "Pairs", "groups": "Groups", "class": "Whole class"}
# People drawn per grouping: (heads peeping from behind, people in front), and their spacing.
_PEOPLE = {"alone": (0, 1), "pairs": (0, 2), "groups": (2, 3), "class": (4, 5)}
_STEP = 0.8  # neighbours overlap a little: they belong together
ANSWER_LINE_SPACING = 1.25  # a little tighter than the reading: the answer is a note, not the text


def timer_palette(theme: Theme) -> TimerPalette:
    """The countdown colours for `theme` (the light ones for an unknown theme)."""
    return TIMER_PALETTES.get(theme.name, TIMER_PALETTES["light"])


def level_colour(state: CountdownState, theme: Theme) -> str:
    """The colour of the bar or ring: think, normal (accent), warning or critical."""
    p = timer_palette(theme)
    if state.thinking:
        return p.think
    return {"normal": theme.accent, "warning": p.warning}.get(state.level, p.critical)


def digits_colour(state: CountdownState, theme: Theme) -> str:
    """The colour of m:ss: the body text colour while all is calm, else the level's colour."""
    return theme.text if state.level == "normal" and not state.thinking else level_colour(state, theme)


def _text(painter: QPainter, rect: QRectF, text: str, px: float, colour: str, flags: Qt.AlignmentFlag,
          bold: bool = False) -> float:
    """Draw one line of text; return its width."""
    font = slide_font(round(px), bold=bold)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, int(flags), text)
    return QFontMetricsF(font).horizontalAdvance(text)


def _fit_px(text: str, px: float, width: float, bold: bool = True) -> float:
    """`px`, or smaller so that `text` fits in `width`."""
    w = QFontMetricsF(slide_font(round(px), bold=bold)).horizontalAdvance(text)
    return px if w <= width else max(px * width / w, 1.0)


def paint_timer(painter: QPainter, rect: QRectF, state: CountdownState, theme: Theme,
                grouping: str | None = None) -> None:
    """Paint a countdown in `rect`: a bar beside the digits when wide, a ring around them otherwise."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if rect.width() >= 1.6 * rect.height():
        _paint_band(painter, rect, state, theme, grouping)
    else:
        _paint_ring(painter, rect, state, theme, grouping)
    painter.restore()


def _headline(state: CountdownState) -> tuple[str, str]:
    """(big text, label): m:ss and the phase, or, once time is up, "Time's up" and the overtime."""
    return (state.label, state.display) if state.phase == "overtime" else (state.display, state.label)


def _paint_band(painter: QPainter, r: QRectF, state: CountdownState, theme: Theme, grouping: str | None) -> None:
    h, left, mid = r.height(), Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter
    colour = level_colour(state, theme)
    big, label = _headline(state)
    # Reserve the width of the widest readout of this shape, so the bar does not move each second.
    big_px = _fit_px(big, h * 0.66, r.width() * 0.6)
    metrics = QFontMetricsF(slide_font(round(big_px), bold=True))
    big_w = max(metrics.horizontalAdvance(re.sub(r"\d", "0", big)), metrics.horizontalAdvance("00:00"))
    ink, pad = digits_colour(state, theme), 0.0
    if state.level == "critical":
        # The last seconds also invert, a cue that does not rely on telling red from amber.
        pad = h * 0.12
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ink))
        painter.drawRoundedRect(QRectF(r.left(), r.top() + h * 0.1, metrics.horizontalAdvance(big) + 2 * pad, h * 0.8),
                                h * 0.1, h * 0.1)
        ink = theme.background
    _text(painter, QRectF(r.left() + pad, r.top(), big_w, h), big, big_px, ink, left | mid, bold=True)
    x = r.left() + big_w + h * 0.14
    width = r.right() - x
    row = QRectF(x, r.top() + h * 0.04, width, h * 0.42)
    glyph_h = h * 0.32
    has_group = grouping in GROUPING_LABELS
    room = width - (grouping_width(grouping, glyph_h) + h * 0.2 if grouping and has_group else 0.0)
    label_w = _text(painter, row, label, _fit_px(label, h * 0.32, room), colour, left | mid, bold=True)
    detail_px = h * 0.2
    detail_w = QFontMetricsF(slide_font(round(detail_px))).horizontalAdvance(state.detail)
    if state.detail and label_w + h * 0.12 + detail_w <= room:
        _text(painter, QRectF(x + label_w + h * 0.12, row.top(), detail_w + 2, row.height()), state.detail,
              detail_px, theme.muted, left | mid)
    if grouping and has_group:
        paint_grouping(painter, QRectF(x, row.top() + h * 0.04, width, glyph_h), grouping, theme, align_right=True)
    bar = QRectF(x, r.top() + h * 0.56, width, h * 0.3)
    radius = bar.height() / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(timer_palette(theme).track))
    painter.drawRoundedRect(bar, radius, radius)
    # In overtime the whole bar turns critical: a signal even for those who cannot read the text.
    share = 1.0 if state.phase == "overtime" else state.fraction
    if share > 0:
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), max(bar.width() * share, bar.height()), bar.height()),
                                radius, radius)


def _paint_ring(painter: QPainter, r: QRectF, state: CountdownState, theme: Theme, grouping: str | None) -> None:
    side = min(r.width(), r.height())
    pen_w = side * 0.07
    box = QRectF(r.center().x() - side / 2 + pen_w / 2, r.center().y() - side / 2 + pen_w / 2,
                 side - pen_w, side - pen_w)
    colour = level_colour(state, theme)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(timer_palette(theme).track), pen_w))
    painter.drawEllipse(box)
    share = 1.0 if state.phase == "overtime" else state.fraction
    if share > 0:
        painter.setPen(QPen(QColor(colour), pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(box, 90 * 16, -round(share * 360 * 16))  # from 12 o'clock, clockwise
    inner = side - 2 * pen_w
    cx, cy = r.center().x(), r.center().y()
    centre = Qt.AlignmentFlag.AlignCenter
    big, label = _headline(state)
    ink, big_px = digits_colour(state, theme), _fit_px(big, side * 0.24, inner * 0.72)
    if state.level == "critical":  # inverted, as in the band
        w = QFontMetricsF(slide_font(round(big_px), bold=True)).horizontalAdvance(big) + side * 0.08
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ink))
        painter.drawRoundedRect(QRectF(cx - w / 2, cy - side * 0.125, w, side * 0.25), side * 0.04, side * 0.04)
        ink = theme.background
    _text(painter, QRectF(cx - inner / 2, cy - side * 0.15, inner, side * 0.3), big, big_px, ink, centre, bold=True)
    _text(painter, QRectF(cx - inner / 2, cy - side * 0.29, inner, side * 0.13), label,
          _fit_px(label, side * 0.085, inner * 0.7), colour, centre, bold=True)
    if state.detail:
        _text(painter, QRectF(cx - inner / 2, cy + side * 0.14, inner, side * 0.09), state.detail,
              _fit_px(state.detail, side * 0.06, inner * 0.7, bold=False), theme.muted, centre)
    if grouping in GROUPING_LABELS:
        paint_grouping(painter, QRectF(cx - inner * 0.35, cy + side * 0.24, inner * 0.7, side * 0.08), grouping,
                       theme, centred=True)


def paint_timer_compact(painter: QPainter, rect: QRectF, state: CountdownState, theme: Theme) -> None:
    """One line, right-aligned: "Talk 2:31" in the level's colour (beside a poll chart)."""
    text = f"{state.label}  {state.display}"
    _text(painter, rect, text, _fit_px(text, rect.height() * 0.7, rect.width()), level_colour(state, theme),
          Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bold=True)


def grouping_width(grouping: str, height: float) -> float:
    """How wide `paint_grouping` draws at `height`."""
    font = slide_font(round(height * 0.75))
    return _people_width(_PEOPLE[grouping][1], height) + height * 0.3 + \
        QFontMetricsF(font).horizontalAdvance(GROUPING_LABELS[grouping])


def _people_width(count: int, height: float) -> float:
    return height * 0.62 * (1 + (count - 1) * _STEP)


def paint_grouping(painter: QPainter, rect: QRectF, grouping: str, theme: Theme, *,
                   align_right: bool = False, centred: bool = False) -> None:
    """A glyph of people (one, two, a group, a class) and the word, e.g. "Pairs", in `rect`'s height."""
    if grouping not in GROUPING_LABELS:
        return
    h = rect.height()
    width = grouping_width(grouping, h)
    x = rect.right() - width if align_right else rect.center().x() - width / 2 if centred else rect.left()
    back, front = _PEOPLE[grouping]
    person_w, step = h * 0.62, h * 0.62 * _STEP
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A crowd: heads of the people behind peep out between the heads of the front row.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.muted))
    for i in range(back):
        painter.drawEllipse(QPointF(x + person_w / 2 + (i + 0.5) * step, rect.top() + h * 0.13), h * 0.14, h * 0.14)
    # Outline each front person in the background colour so overlapping people stay distinct.
    painter.setPen(QPen(QColor(theme.background), h * 0.05))
    top = rect.top() + (h * 0.12 if back else 0.0)
    for i in range(front):
        _person(painter, x + i * step, top, h - (top - rect.top()), theme.text)
    painter.restore()
    _text(painter, QRectF(x + _people_width(front, h) + h * 0.3, rect.top() - h * 0.2, width, h * 1.4),
          GROUPING_LABELS[grouping], h * 0.75, theme.text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _person(painter: QPainter, x: float, y: float, u: float, colour: str) -> None:
    """A person glyph `u` high: a round head over rounded shoulders."""
    w = u * 0.62
    painter.setBrush(QColor(colour))
    body = QPainterPath()
    body.moveTo(x, y + u)
    body.arcTo(QRectF(x, y + u * 0.46, w, u * 1.08), 180, -180)
    body.closeSubpath()
    painter.drawPath(body)
    painter.drawEllipse(QPointF(x + w / 2, y + u * 0.24), u * 0.2, u * 0.2)


def _split_verdict(answer: str, true_false: bool) -> tuple[str, str]:
    verdict, _, rest = answer.partition(". ")
    return (verdict, rest) if true_false and verdict in ("True", "False") else ("", answer)


def _answer_height(answer: str, width: float, px: float, true_false: bool) -> float:
    """The panel height `paint_answer` needs at text size `px`."""
    verdict, rest = _split_verdict(answer, true_false)
    pad = px * 0.5
    text_h = lay_out(rest, slide_font(round(px)), width - 2 * pad, ANSWER_LINE_SPACING).height if rest else 0.0
    return pad * 1.2 + px * 1.3 + (px * 2.2 * 1.3 if verdict else 0.0) + text_h


def paint_answer(painter: QPainter, rect: QRectF, answer: str, theme: Theme, px: int, true_false: bool = False) -> None:
    """The teacher's answer on a highlighted panel at the top of `rect`, as tall as it needs.

    A true/false verdict is shown large with a tick or a cross; a long answer shrinks to fit,
    but not below the labels' size (0.72 of body text), which the back row can still read.
    """
    size = float(px)
    while size > px * 0.72 and _answer_height(answer, rect.width(), size, true_false) > rect.height():
        size *= 0.94
    panel = QRectF(rect.left(), rect.top(), rect.width(), min(_answer_height(answer, rect.width(), size, true_false),
                                                                rect.height()))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pad = size * 0.5
    painter.setPen(QPen(QColor(theme.accent), max(px * 0.07, 2.0)))
    painter.setBrush(QColor(theme.sentence))
    painter.drawRoundedRect(panel, pad, pad)
    inner = panel.adjusted(pad, pad * 0.6, -pad, -pad * 0.6)
    left, mid = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter
    _text(painter, QRectF(inner.left(), inner.top(), inner.width(), size * 1.3), "Answer", px * 0.72, theme.accent,
          left | mid, bold=True)
    top = inner.top() + size * 1.3
    verdict, rest = _split_verdict(answer, true_false)
    if verdict:
        big = size * 2.2
        line = QRectF(inner.left(), top, inner.width(), big * 1.3)
        mark = QRectF(line.left() + big * 0.05, line.center().y() - big * 0.36, big * 0.72, big * 0.72)
        painter.setPen(QPen(QColor(theme.text), big * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if verdict == "True":  # a tick
            painter.drawPolyline([QPointF(mark.left(), mark.center().y()),
                                  QPointF(mark.left() + mark.width() * 0.38, mark.bottom()), mark.topRight()])
        else:  # a cross
            painter.drawLine(mark.topLeft(), mark.bottomRight())
            painter.drawLine(mark.topRight(), mark.bottomLeft())
        _text(painter, line.adjusted(big * 1.05, 0, 0, 0), verdict, big, theme.text, left | mid, bold=True)
        top += line.height()
    if rest:
        painter.setPen(QColor(theme.text))
        lay_out(rest, slide_font(round(size)), inner.width(), ANSWER_LINE_SPACING).layout.draw(
            painter, QPointF(inner.left(), top))
    painter.restore()


def prompt_extent(g: Geometry, slide: Slide) -> tuple[float, float, float]:
    """Where the slide painter's question ends, where its options end, and their right edge."""
    question, *options = slide.text.split("\n")
    y = g.margin_top + g.body_px * 0.3
    y += lay_out(question, slide_font(round(g.body_px * 1.1), letter_spacing=g.letter_spacing), g.body_width,
                 g.line_spacing).height + g.paragraph_gap
    question_bottom, right = y, float(g.margin_x)
    font = slide_font(g.body_px, letter_spacing=g.letter_spacing)
    for option in options:
        laid = lay_out(option, font, g.body_width - g.body_px, 1.2)
        y += laid.height
        line_w = max(laid.layout.lineAt(i).naturalTextWidth() for i in range(laid.layout.lineCount()))
        right = max(right, g.margin_x + g.body_px + line_w)
    return question_bottom, y, right


def timer_rect(g: Geometry, slide: Slide) -> QRectF:
    """Where a slide's countdown goes: a band along the bottom, or a ring beside a long list of options."""
    band_h = round(g.height * 0.25)  # digits then come out at 1/6 of the height, 1/8 being the minimum
    band = QRectF(g.margin_x, g.height - g.margin_bottom - band_h, g.body_width, band_h)
    question_bottom, bottom, right = prompt_extent(g, slide)
    if bottom + g.body_px * 0.3 <= band.top():
        return band
    free = QRectF(right + g.body_px, question_bottom, g.margin_x + g.body_width - right - g.body_px,
                  g.height - g.margin_bottom - question_bottom)
    side = min(free.width(), free.height())
    if side >= g.height * 0.3:
        return QRectF(free.right() - side, free.center().y() - side / 2, side, side)
    return band  # nothing fits: the band covers the end of the list (it is painted on its own background)


def paint_slide_timing(painter: QPainter, g: Geometry, slide: Slide, timing: SlideTiming, theme: Theme) -> None:
    """Paint a question or prompt slide's countdown, revealed answer or poll over the painted slide."""
    state = timing.countdown.state()
    if timing.poll_shown and timing.tally is not None:
        # The chart replaces the prompt's text and options below the header; the timer shrinks
        # to one line in the header, where the slide's title is on the left.
        top = g.margin_top * 0.92
        painter.fillRect(QRectF(0, top, g.width, g.height - g.margin_bottom * 0.6 - top), QColor(theme.background))
        question = slide.text.split("\n")[0]
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        font = slide_font(g.small_px, letter_spacing=g.letter_spacing)
        used = QFontMetricsF(font).boundingRect(QRectF(0, 0, g.body_width, g.height), int(flags), question).height()
        painter.setFont(font)
        painter.setPen(QColor(theme.text))
        painter.drawText(QRectF(g.margin_x, g.margin_top, g.body_width, used), int(flags), question)
        chart_top = g.margin_top + used + g.small_px * 0.6
        paint_poll(painter, QRectF(g.margin_x, chart_top, g.body_width, g.height - g.margin_bottom - chart_top),
                   timing.tally, theme, g.body_px)
        if state.started:
            paint_timer_compact(painter, QRectF(g.width / 2, g.margin_top * 0.2, g.width / 2 - g.margin_x,
                                                g.margin_top * 0.7), state, theme)
        return
    rect = timer_rect(g, slide)
    band = rect.width() >= 1.6 * rect.height()
    painter.fillRect(rect, QColor(theme.background))
    paint_timer(painter, rect, state, theme, timing.grouping)
    if timing.revealed and timing.answer:
        _, bottom, _ = prompt_extent(g, slide)
        end = rect.top() - g.body_px * 0.4 if band else g.height - g.margin_bottom
        top = min(bottom + g.body_px * 0.2, end - g.body_px * 3.6)  # may cover the question's end: the answer wins
        right = g.margin_x + g.body_width if band else rect.left() - g.body_px * 0.5
        paint_answer(painter, QRectF(g.margin_x, top, right - g.margin_x, end - top), timing.answer, theme,
                     g.body_px, timing.true_false)


def handle_timing_key(slides: TimedSlides, slide: Slide, event: QKeyEvent) -> bool:
    """Offer a key press to the slide's countdown, answer or poll; True if it was used."""
    mods = event.modifiers()
    return slides.handle_key(slide, event.key(), bool(mods & Qt.KeyboardModifier.ShiftModifier),
                             bool(mods & Qt.KeyboardModifier.ControlModifier))
