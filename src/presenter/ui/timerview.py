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
# People drawn per grouping: (people in the back row, people in the front row).
_PEOPLE = {"alone": (0, 1), "pairs": (0, 2), "groups": (2, 3), "class": (4, 5)}


def timer_palette(theme: Theme) -> TimerPalette:
    """The countdown colours for `theme` (the light ones for an unknown theme)."""
    return TIMER_PALETTES.get(theme.name, TIMER_PALETTES["light"])


def level_colour(state: CountdownState, theme: Theme) -> str:
    """The colour of the bar or ring: think, normal (accent), warning or critical."""
    p = timer_palette(theme)
    if state.label == "Think":
        return p.think
    return {"normal": theme.accent, "warning": p.warning}.get(state.level, p.critical)


def digits_colour(state: CountdownState, theme: Theme) -> str:
    """The colour of m:ss: the body text colour while all is calm, else the level's colour."""
    return theme.text if state.level == "normal" and state.label == "Talk" else level_colour(state, theme)


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


def _paint_band(painter: QPainter, r: QRectF, state: CountdownState, theme: Theme, grouping: str | None) -> None:
    h, left, mid = r.height(), Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter
    colour = level_colour(state, theme)
    # Reserve the width of the widest readout of this shape, so the bar does not move each second.
    digits_px = h * 0.66
    template = re.sub(r"\d", "0", state.display)
    metrics = QFontMetricsF(slide_font(round(digits_px), bold=True))
    digits_w = max(metrics.horizontalAdvance(template), metrics.horizontalAdvance("00:00"))
    _text(painter, QRectF(r.left(), r.top(), digits_w, h), state.display, digits_px,
          digits_colour(state, theme), left | mid, bold=True)
    x = r.left() + digits_w + h * 0.14
    width = r.right() - x
    row = QRectF(x, r.top() + h * 0.04, width, h * 0.42)
    label_w = _text(painter, row, state.label, _fit_px(state.label, h * 0.32, width * 0.5), colour, left | mid, bold=True)
    if state.detail:
        detail_row = QRectF(x + label_w + h * 0.12, row.top(), width - label_w - h * 0.12, row.height())
        _text(painter, detail_row, state.detail, h * 0.2, theme.muted, left | mid)
    if grouping in GROUPING_LABELS:
        paint_grouping(painter, QRectF(x + width * 0.5, row.top() + h * 0.06, width * 0.5, h * 0.3), grouping,
                       theme, align_right=True)
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
    digits_px = _fit_px(state.display, side * 0.24, inner * 0.82)
    _text(painter, QRectF(cx - inner / 2, cy - side * 0.15, inner, side * 0.3), state.display, digits_px,
          digits_colour(state, theme), centre, bold=True)
    label_px = _fit_px(state.label, side * 0.085, inner * 0.7)
    _text(painter, QRectF(cx - inner / 2, cy - side * 0.29, inner, side * 0.13), state.label, label_px, colour,
          centre, bold=True)
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
    back, front = _PEOPLE[grouping]
    glyph = _people_width(max(back, front), height)
    font = slide_font(round(height * 0.75))
    return glyph + height * 0.3 + QFontMetricsF(font).horizontalAdvance(GROUPING_LABELS[grouping])


def _people_width(count: int, height: float) -> float:
    person = height * 0.62
    return person + (count - 1) * person * 0.72


def paint_grouping(painter: QPainter, rect: QRectF, grouping: str, theme: Theme, *,
                   align_right: bool = False, centred: bool = False) -> None:
    """A glyph of people (one, two, a group, a class) and the word, e.g. "Pairs", in `rect`'s height."""
    if grouping not in GROUPING_LABELS:
        return
    h = rect.height()
    width = grouping_width(grouping, h)
    x = rect.right() - width if align_right else rect.center().x() - width / 2 if centred else rect.left()
    back, front = _PEOPLE[grouping]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Outline each person in the background colour so overlapping people stay distinct.
    painter.setPen(QPen(QColor(theme.background), h * 0.05))
    glyph_w = _people_width(max(back, front), h)
    for count, scale, dy in ((back, 0.78, 0.0), (front, 1.0 if not back else 0.8, 0.2 if back else 0.0)):
        if not count:
            continue
        row_w = _people_width(count, h * scale)
        left = x + (glyph_w - row_w) / 2
        for i in range(count):
            _person(painter, left + i * h * scale * 0.62 * 0.72, rect.top() + h * dy, h * scale,
                    theme.muted if back and scale < 0.8 else theme.text)
    painter.restore()
    _text(painter, QRectF(x + glyph_w + h * 0.3, rect.top() - h * 0.2, width, h * 1.4),
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


def paint_answer(painter: QPainter, rect: QRectF, answer: str, theme: Theme, px: int, true_false: bool = False) -> None:
    """The teacher's answer in a highlighted panel; a true/false verdict large, with a tick or a cross."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pad = px * 0.5
    painter.setPen(QPen(QColor(theme.accent), max(px * 0.07, 2.0)))
    painter.setBrush(QColor(theme.sentence))
    painter.drawRoundedRect(rect, pad, pad)
    inner = rect.adjusted(pad, pad * 0.6, -pad, -pad * 0.6)
    verdict, _, rest = answer.partition(". ") if true_false else ("", "", answer)
    if verdict not in ("True", "False"):
        verdict, rest = "", answer
    head_h = px * 1.3
    _text(painter, QRectF(inner.left(), inner.top(), inner.width(), head_h), "Answer", px * 0.72, theme.accent,
          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bold=True)
    top = inner.top() + head_h
    if verdict:
        big = px * 1.6
        mark = QRectF(inner.left(), top + big * 0.2, big * 0.9, big * 0.9)
        pen = QPen(QColor(theme.text), big * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if verdict == "True":  # a tick
            painter.drawPolyline([QPointF(mark.left(), mark.center().y()), QPointF(mark.left() + mark.width() * 0.38,
                                  mark.bottom()), QPointF(mark.right(), mark.top())])
        else:  # a cross
            painter.drawLine(mark.topLeft(), mark.bottomRight())
            painter.drawLine(mark.topRight(), mark.bottomLeft())
        _text(painter, QRectF(mark.right() + big * 0.4, top, inner.width(), big * 1.3), verdict, big, theme.text,
              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bold=True)
        top += big * 1.4
    if rest:
        body = QRectF(inner.left(), top, inner.width(), max(inner.bottom() - top, px))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        size = float(px)
        # Shrink a long answer to fit, but not below the smallest size the back row can read.
        while size > px * 0.72:
            needed = QFontMetricsF(slide_font(round(size))).boundingRect(body, int(flags), rest).height()
            if needed <= body.height():
                break
            size *= 0.94
        painter.setFont(slide_font(round(size)))
        painter.setPen(QColor(theme.text))
        painter.drawText(body, int(flags), rest)
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
