"""Warm-up and exercise slides in the real window (A reveals) and their layout at 1024x768 and 1920x1080."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from ui_support import opened_window

from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson.parser import parse_lesson
from presenter.timing.clock import FakeClock
from presenter.timing.slide import TimedSlides
from presenter.ui.slides.matching_painter import TERM_SHARE, matching_layout
from presenter.ui.slides.render import make_deck, render_slide
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
from presenter.ui.slides.theme import THEMES

LONG = "a long meaning that needs most of a line on a small projector, and then some more words"
PAIRS = "\n".join(f"   - term number {n} = {LONG} ({n})" for n in range(1, 9))
LESSON = f"""---
title: Exercises
---

# Warm-up

1. What do you know about the topic?

# Reading

A short reading for the class.

# Exercises

1. Choose the best word.
   a) first
   b) second
   c) third
   Answer: c
2. Match the words with their meanings.
{PAIRS}
"""


def test_a_reveals_exercise_answers_in_the_real_window(qtbot: QtBot, tmp_path: Path) -> None:
    w = opened_window(qtbot, tmp_path, LESSON)
    c = w.controller
    assert c is not None
    kinds = [s.kind for s in c.deck.slides]
    assert kinds[1] == SlideKind.WARM_UP
    for kind in (SlideKind.CHOICE, SlideKind.MATCHING):
        c.goto(kinds.index(kind))
        qtbot.keyClick(w, Qt.Key.Key_A)
        timing = c.model.timings.get(c.model.slide)
        assert timing is not None and timing.revealed and timing.answer
        qtbot.keyClick(w, Qt.Key.Key_A)
        assert not timing.revealed
    c.goto(1)
    qtbot.keyClick(w, Qt.Key.Key_T)
    timing = c.model.timings.get(c.model.slide)
    assert timing is not None and timing.countdown.running  # the warm-up question's own countdown


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_eight_long_pairs_fit_readably(size: tuple[int, int]) -> None:
    lesson, _ = parse_lesson(LESSON)
    assert lesson is not None
    g = Geometry(*size)
    laid = matching_layout(g, lesson.exercises[1])
    assert laid.bottom <= g.height - g.margin_bottom
    assert laid.px >= g.height / 48  # half the reading's size at most: still legible from the back
    term_right = g.margin_x + g.body_width * TERM_SHARE
    for term, meaning, top in laid.rows:
        assert term.layout.boundingRect().width() <= term_right - g.margin_x
        assert meaning.layout.boundingRect().width() <= g.width - g.margin_x - term_right
    tops = [top for _, _, top in laid.rows]
    assert tops == sorted(tops) and len(set(tops)) == 8


def _pixels(image: QImage) -> set[tuple[int, int]]:
    return {(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
            if image.pixelColor(x, y).name() == THEMES["light"].accent}


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_revealed_matches_paint_a_badge_beside_every_term(size: tuple[int, int], tmp_path: Path) -> None:
    lesson, _ = parse_lesson(LESSON)
    assert lesson is not None
    deck = make_deck(lesson, Geometry(*size))
    index = next(i for i, s in enumerate(deck.slides) if s.kind == SlideKind.MATCHING)
    renderer = SlideRenderer(deck, THEMES["light"])
    timing = TimedSlides(lesson, FakeClock()).get(deck.slides[index])
    assert timing is not None
    before = render_slide(renderer, index, PaintState(timing=timing))
    timing.revealed = True
    after = render_slide(renderer, index, PaintState(timing=timing))
    g = deck.geometry
    badge_x = g.margin_x + g.body_width * TERM_SHARE
    new = _pixels(after) - _pixels(before)
    laid = matching_layout(g, lesson.exercises[1])
    for _, _, top in laid.rows:  # accent pixels appear in each row's badge column
        assert any(badge_x - laid.px * 1.6 <= x <= badge_x and top <= y <= top + laid.px * 1.4 for x, y in new)
    after.save(str(tmp_path / f"matching_{size[0]}.png"))
