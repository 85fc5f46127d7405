"""Painting countdowns on slides: m:ss readable from the back row, a shrinking bar, grouping glyphs.

Pure paint functions on a QPainter and a rectangle, so the slide painter, the screenshots
and tests all draw the same thing. Colours: the theme's, plus a warning and a critical colour
per theme, each at least 4.5:1 against the background (tests/ui/test_timer_colours.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from presenter.timing.countdown import CountdownState
from presenter.ui.slides.textlayout import lay_out
from presenter.ui.slides.theme import Theme, slide_font


@dataclass(frozen=True, slots=True)
class TimerPalette:
    """The countdown's own colours in one theme (normal talk time uses the theme's accent)."""

    think: str
    warning: str
    critical: str
    track: str  # the empty part of the bar: visible, but not text


TIMER_PALETTES = {
    "light": TimerPalette(think="#6a3d9a", warning="#995700", critical="#b3261e", track="#e2dfd5"),
    "dark": TimerPalette(think="#cdb0ff", warning="#ffb347", critical="#ff8a80", track="#343944"),
    "contrast": TimerPalette(think="#00ffff", warning="#ff9f1a", critical="#ff6b6b", track="#505050"),
}
GROUPING_LABELS = {"alone": "Alone", "pairs": "Pairs", "groups": "Groups", "class": "Whole class"}
# People drawn per grouping: (heads peeping from behind, people in front), and their spacing.
_PEOPLE = {"alone": (0, 1), "pairs": (0, 2), "groups": (2, 3), "class": (4, 5)}
_STEP = 0.8  # neighbours overlap a little: they belong together
BAND_SHARE = 0.26  # the countdown band's share of the slide height
ANSWER_LINE_SPACING = 1.25  # a little tighter than the reading: the answer is a note, not the text


def timer_palette(theme: Theme) -> TimerPalette:
    """The countdown colours for `theme` (the light ones for an unknown theme)."""
    return TIMER_PALETTES.get(theme.name, TIMER_PALETTES["light"])


def level_colour(state: CountdownState, theme: Theme) -> str:
    """The colour of the bar and the phase label: think, normal (accent), warning or critical."""
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
    return px if w <= width or w == 0 else max(px * width / w, 1.0)


def paint_timer(painter: QPainter, rect: QRectF, state: CountdownState, theme: Theme,
                grouping: str | None = None) -> None:
    """Paint a countdown in a wide band (3:1 or wider): big m:ss, the phase and grouping, a shrinking bar.

    The digits are 0.72 of the band's height: a band of 0.26 of the slide (`timer_rect`) gives
    digits whose ink is 1/7 of the slide high, above the 1/8 the back row needs.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_band(painter, rect, state, theme, grouping)
    painter.restore()


def _headline(state: CountdownState) -> tuple[str, str]:
    """(big text, label): m:ss and the phase, or, once time is up, "Time's up" and the overtime."""
    return (state.label, state.display) if state.phase == "overtime" else (state.display, state.label)


def _paint_band(painter: QPainter, r: QRectF, state: CountdownState, theme: Theme, grouping: str | None) -> None:
    h, left, mid = r.height(), Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter
    colour = level_colour(state, theme)
    big, label = _headline(state)
    # Reserve the width of the widest readout of this shape, so the bar does not move each second.
    big_px = _fit_px(big, h * 0.72, r.width() * 0.6)
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
    group_w = grouping_width(grouping, glyph_h) + h * 0.2 if grouping in GROUPING_LABELS else 0.0
    has_group = bool(grouping) and 0 < group_w <= width * 0.6  # in a narrow band the phase label comes first
    room = width - (group_w if has_group else 0.0)
    label_w = _text(painter, row, label, _fit_px(label, h * 0.32, room), colour, left | mid, bold=True)
    detail_room = room - label_w - h * 0.12
    detail_px = _fit_px(state.detail, h * 0.2, detail_room, bold=False)
    if state.detail and detail_px >= h * 0.14:  # smaller would be below the slide's label size
        _text(painter, QRectF(x + label_w + h * 0.12, row.top(), detail_room, row.height()), state.detail,
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


def paint_grouping(painter: QPainter, rect: QRectF, grouping: str, theme: Theme, *, align_right: bool = False) -> None:
    """A glyph of people (one, two, a group, a class) and the word, e.g. "Pairs", in `rect`'s height."""
    if grouping not in GROUPING_LABELS:
        return
    h = rect.height()
    width = grouping_width(grouping, h)
    x = rect.right() - width if align_right else rect.left()
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
