"""What the paint functions put on a slide: digits big enough for the back row, every state drawn."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.lesson.files import load_lesson
from presenter.timing.clock import FakeClock
from presenter.timing.countdown import Countdown, CountdownState
from presenter.timing.picker import Picker
from presenter.timing.slide import TimedSlides
from presenter.ui.slides.picker import paint_picked
from presenter.ui.slides.render import make_deck
from presenter.ui.slides.theme import THEMES, Theme
from presenter.ui.slides.timedslide import paint_slide_timing, timer_rect
from presenter.ui.slides.timerview import (
    GROUPING_LABELS,
    TIMER_PALETTES,
    digits_colour,
    paint_answer,
    paint_grouping,
    paint_timer,
)


@contextmanager
def painting(image: QImage) -> Iterator[QPainter]:
    """A painter on `image`, ended even when a paint raises (an open painter crashes the GC)."""
    painter = QPainter(image)
    try:
        yield painter
    finally:
        painter.end()


def blank(w: int, h: int, theme: Theme) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(theme.background))
    return image


def ink_box(image: QImage, colour: str, area: QRectF) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom) of pixels of exactly `colour` inside `area`."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    top, left = max(int(area.top()), 0), max(int(area.left()), 0)
    part = pixels[top : int(area.bottom()), left : int(area.right())]
    ys, xs = np.nonzero(part == (QColor(colour).rgb() & 0xFFFFFFFF))
    if not len(xs):
        return None
    return left + int(xs.min()), top + int(ys.min()), left + int(xs.max()), top + int(ys.max())


def state_at(seconds: float, think: float | None, ran: float, running: bool = True) -> CountdownState:
    clock = FakeClock()
    c = Countdown(seconds, think, clock)
    c.start()
    clock.advance(ran)
    if not running:
        c.pause()
    return c.state()


@pytest.mark.parametrize(("w", "h"), [(1920, 1080), (1280, 720), (1024, 768), (1080, 1920)])
def test_digits_are_an_eighth_of_the_slide_high(qtbot: QtBot, sample_lesson_path: Path, w: int, h: int) -> None:
    lesson = load_lesson(sample_lesson_path)
    theme = THEMES["light"]
    g = Geometry(w, h)
    deck = make_deck(lesson, g)
    for kind, item in (("discussion", 1), ("discussion", 2), ("comprehension", 1)):
        slide = next(s for s in deck.slides if s.kind == kind and s.item == item)
        image = blank(w, h, theme)
        timing = TimedSlides(lesson, FakeClock()).get(slide)
        assert timing is not None
        with painting(image) as painter:
            paint_slide_timing(painter, g, slide, timing, theme)
        rect = timer_rect(g, slide)
        box = ink_box(image, digits_colour(timing.countdown.state(), theme), rect)
        assert box is not None
        # The digits' ink (cap height) against the slide's height: a projector's back row needs 1/8.
        assert box[3] - box[1] >= min(h, w * 0.8) / 8, (kind, item, box)


@pytest.mark.parametrize("theme_name", sorted(THEMES))
@pytest.mark.parametrize(("think", "ran", "running"), [
    (None, 0, False), (30, 10, True), (None, 140, True), (None, 175, True), (None, 175, False),
    (None, 180, True), (None, 250, True),
])
def test_every_state_paints(qtbot: QtBot, theme_name: str, think: float | None, ran: float,
                                             running: bool) -> None:
    theme = THEMES[theme_name]
    state = state_at(180, think, ran, running)
    for rect in (QRectF(40, 700, 1800, 280), QRectF(900, 700, 900, 280)):  # full width, and beside options
        image = blank(1920, 1080, theme)
        with painting(image) as painter:
            paint_timer(painter, rect, state, theme, "groups")
        assert ink_box(image, theme.background, rect) is not None
        p = TIMER_PALETTES[theme_name]
        drawn = {c for c in (theme.text, theme.accent, p.think, p.warning, p.critical, p.track)
                 if ink_box(image, c, rect) is not None}
        expected = {p.critical} if state.level == "critical" else {digits_colour(state, theme)}  # critical: inverted
        if state.phase != "overtime" and state.fraction < 0.99:
            expected.add(p.track)  # the part of the bar or ring already used up
        assert expected <= drawn
        outside = {image.pixelColor(5, 5).name(), image.pixelColor(1915, 5).name()}
        assert outside == {theme.background}  # and nothing outside the rectangle


def test_time_is_up_in_big_letters(qtbot: QtBot) -> None:
    theme = THEMES["light"]
    done = state_at(60, None, 60)
    running = state_at(60, None, 1)
    rect = QRectF(40, 700, 1800, 280)
    boxes = []
    for state in (done, running):
        image = blank(1920, 1080, theme)
        with painting(image) as painter:
            paint_timer(painter, rect, state, theme)
        boxes.append(ink_box(image, digits_colour(state, theme), QRectF(40, 700, 1000, 280)))
    (l1, t1, r1, b1), (l2, t2, r2, b2) = boxes  # type: ignore[misc]
    assert r1 - l1 > 1.5 * (r2 - l2)  # "Time's up" is wider than "0:59"
    assert b1 - t1 >= 0.9 * (b2 - t2)  # and as tall


@pytest.mark.parametrize("grouping", sorted(GROUPING_LABELS))
def test_grouping_glyphs(qtbot: QtBot, grouping: str) -> None:
    theme = THEMES["dark"]
    image = blank(600, 100, theme)
    with painting(image) as painter:
        paint_grouping(painter, QRectF(10, 10, 580, 80), grouping, theme)
    assert ink_box(image, theme.text, QRectF(0, 0, 600, 100)) is not None


def test_true_false_answer_and_long_answer(qtbot: QtBot) -> None:
    theme = THEMES["light"]
    for answer, tf in (("False", True), ("A personal score for every citizen, based on how they behave. " * 3, False)):
        image = blank(1920, 1080, theme)
        with painting(image) as painter:
            paint_answer(painter, QRectF(100, 300, 1700, 300), answer, theme, 45, tf)
        box = ink_box(image, theme.sentence, QRectF(0, 0, 1920, 1080))
        assert box is not None and box[1] >= 300 and box[3] <= 600  # the panel stays in its rectangle


def test_picked_name(qtbot: QtBot) -> None:
    import random

    theme = THEMES["contrast"]
    picker = Picker(["Ann Lee", "Bo Chen", "Maximilian Alexander Featherstonehaugh-Smythe"])
    image = blank(1920, 1080, theme)
    with painting(image) as painter:
        for _ in range(3):
            paint_picked(painter, QRectF(200, 300, 1500, 400), picker.pick(random.Random(2)), theme, picker)
    box = ink_box(image, theme.text, QRectF(0, 0, 1920, 1080))
    assert box is not None and 200 <= box[0] and box[2] <= 1700


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 2000), st.integers(1, 700), st.floats(0, 400), st.sampled_from([None, 30.0]),
       st.sampled_from([None, *GROUPING_LABELS]))
def test_any_rectangle_and_state_paints_without_error(qapp: object, w: int, h: int, ran: float, think: float | None,
                                                      grouping: str | None) -> None:
    theme = THEMES["light"]
    image = blank(2000, 700, theme)
    with painting(image) as painter:
        paint_timer(painter, QRectF(0, 0, w, h), state_at(180, think, ran), theme, grouping)
        paint_answer(painter, QRectF(0, 0, w, h), "False. Everyone gets a score.", theme, max(h // 8, 1), True)
