"""The timing keys on real question and discussion slides of the sample lesson, with a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from presenter.deck.deck import Deck
from presenter.deck.geometry import Geometry
from presenter.lesson.model import Lesson
from presenter.lesson.files import load_lesson
from presenter.lesson.parser import parse_lesson
from presenter.timing.clock import FakeClock
from presenter.timing.slide import SlideTiming, TimedSlides
from presenter.presenting.model import Presentation
from presenter.ui.slides.keys import KeyRouter
from presenter.ui.slides.ticker import TimerTicker
from presenter.ui.slides.poll import poll_chart_rect, poll_click, poll_layout, poll_option_at
from presenter.ui.slides.render import make_deck
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
from presenter.ui.slides.theme import THEMES
from presenter.ui.slides.timedslide import paint_slide_timing
from presenter.ui.slides.timerview import timer_palette

K = Qt.Key
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
W, H = 1280, 720


class TimedSlideHost(QWidget):
    """One slide as the window will show it: painted slide + timing overlay, keys, clicks, tick, chime."""

    def __init__(self, lesson: Lesson, deck: Deck, index: int, clock: FakeClock) -> None:
        super().__init__()
        self.deck, self.index, self.theme = deck, index, THEMES["light"]
        self.model = Presentation(lesson, deck.geometry, make_deck, clock=clock)
        self.slides = self.model.timings
        self.renderer = SlideRenderer(deck, self.theme)
        self.unhandled: list[int] = []
        self.setFixedSize(W, H)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ticker = TimerTicker(self.model, parent=self)  # counts the chimes it asks for
        self.ticker.tick.connect(self.update)
        self.model.goto(index)
        self.router = KeyRouter(self.model, {}, lambda _from_console: None)  # the window's router, no window intents

    @property
    def slide(self):  # noqa: ANN201 - a Slide
        return self.deck.slides[self.index]

    @property
    def timing(self) -> SlideTiming:
        t = self.slides.get(self.slide)
        assert t is not None
        return t

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.router.handle(event):
            self.update()
        elif event.key() not in (K.Key_Shift.value, K.Key_Control.value):  # qtbot sends modifiers as keys too
            self.unhandled.append(event.key())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if poll_click(self.deck.geometry, self.slide, self.timing, event.position()):
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.renderer.paint(painter, self.index, PaintState())
            paint_slide_timing(painter, self.deck.geometry, self.slide, self.timing, self.theme)
        finally:
            painter.end()


def host_for(qtbot: QtBot, lesson: Lesson, kind: str, item: int, clock: FakeClock) -> TimedSlideHost:
    deck = make_deck(lesson, Geometry(W, H))
    index = next(i for i, s in enumerate(deck.slides) if s.kind == kind and s.item == item)
    host = TimedSlideHost(lesson, deck, index, clock)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_qt_key_codes_are_the_ascii_codes_the_core_uses() -> None:
    for key, char in ((K.Key_T, "T"), (K.Key_R, "R"), (K.Key_A, "A"), (K.Key_P, "P"), (K.Key_Plus, "+"),
                      (K.Key_Equal, "="), (K.Key_Minus, "-"), (K.Key_Underscore, "_"), (K.Key_0, "0"), (K.Key_9, "9")):
        assert key.value == ord(char)


def test_keys_on_a_discussion_slide(qtbot: QtBot, sample_lesson_path: Path, clock: FakeClock) -> None:
    host = host_for(qtbot, load_lesson(sample_lesson_path), "discussion", 1, clock)
    c = host.timing.countdown
    assert host.timing.grouping == "pairs" and c.display == "3:00" and c.phase == "idle"
    qtbot.keyClick(host, K.Key_T)
    assert c.running
    clock.advance(47)
    assert c.display == "2:13"
    qtbot.keyClick(host, K.Key_T)
    clock.advance(600)  # paused: nothing moves
    assert not c.running and c.display == "2:13"
    qtbot.keyClick(host, K.Key_Plus, SHIFT)
    assert c.display == "2:43"
    qtbot.keyClick(host, K.Key_Minus)
    qtbot.keyClick(host, K.Key_Minus)
    assert c.display == "1:43"
    qtbot.keyClick(host, K.Key_Equal)  # "+" without Shift on most keyboards
    assert c.display == "2:13"
    qtbot.keyClick(host, K.Key_Minus, CTRL)  # text size: not the timer's
    qtbot.keyClick(host, K.Key_Right)
    assert host.unhandled == [K.Key_Minus.value, K.Key_Right.value] and c.display == "2:13"
    qtbot.keyClick(host, K.Key_R)
    assert c.phase == "idle" and c.display == "3:00" and not c.running
    assert not host.grab().isNull()


def test_time_up_chimes_once_and_turns_critical(qtbot: QtBot, sample_lesson_path: Path, clock: FakeClock) -> None:
    host = host_for(qtbot, load_lesson(sample_lesson_path), "discussion", 3, clock)
    qtbot.keyClick(host, K.Key_T)
    clock.advance(170)
    host.ticker.poll()
    assert host.timing.countdown.level == "critical" and host.ticker.chimed == 0
    clock.advance(10)
    with qtbot.waitSignal(host.ticker.time_up, timeout=2000):
        host.ticker.poll()
    for _ in range(3):  # more ticks: still one chime
        host.ticker.poll()
    assert host.ticker.chimed == 1
    state = host.timing.countdown.state()
    assert (state.label, state.display) == ("Time's up", "+0:00")
    clock.advance(12.9)
    assert host.timing.countdown.display == "+0:12"
    image = host.grab().toImage()
    g = host.deck.geometry
    band_top = g.height - g.margin_bottom - round(g.height * 0.26)
    bar_y = round(band_top + g.height * 0.26 * 0.71)
    assert image.pixelColor(g.width - g.margin_x - 40, bar_y).name() == timer_palette(host.theme).critical


def test_think_then_talk_keys(qtbot: QtBot, clock: FakeClock) -> None:
    text = ("---\ntitle: T\n---\n# Reading\n\nA short text.\n\n# Discussion\n\n"
            "A. What do you think?\n   Time: think 30s, talk 2m\n   Grouping: alone\n")
    lesson, problems = parse_lesson(text)
    assert lesson is not None, problems
    host = host_for(qtbot, lesson, "discussion", 0, clock)
    c = host.timing.countdown
    assert (c.state().label, c.display, c.state().detail) == ("Think", "0:30", "then talk 2:00")
    qtbot.keyClick(host, K.Key_T)
    clock.advance(10)
    qtbot.keyClick(host, K.Key_Minus)  # think time cut short: talk starts now
    assert (c.phase, c.display) == ("talk", "2:00")
    clock.advance(120)
    host.ticker.poll()
    assert host.ticker.chimed == 1


def test_answer_key_on_a_true_false_question(qtbot: QtBot, sample_lesson_path: Path, clock: FakeClock) -> None:
    host = host_for(qtbot, load_lesson(sample_lesson_path), "comprehension", 0, clock)
    before = host.grab().toImage()
    qtbot.keyClick(host, K.Key_A)
    assert host.timing.revealed and host.timing.answer == "False"
    after = host.grab().toImage()
    panel = host.theme.sentence
    g = host.deck.geometry
    x = g.width - g.margin_x - 30
    found = [y for y in range(g.margin_top, g.height // 2) if after.pixelColor(x, y).name() == panel]
    assert found and before.pixelColor(x, found[0]).name() != panel
    qtbot.keyClick(host, K.Key_A)
    assert not host.timing.revealed


def test_poll_keys_and_clicks(qtbot: QtBot, sample_lesson_path: Path, clock: FakeClock) -> None:
    host = host_for(qtbot, load_lesson(sample_lesson_path), "discussion", 2, clock)
    t = host.timing
    assert t.tally is not None and len(t.tally.options) == 7
    qtbot.keyClick(host, K.Key_1)
    assert t.tally.total == 0 and host.router.number == "1"  # poll off: digits are a slide number for Enter
    qtbot.keyClick(host, K.Key_P)
    for key in (K.Key_1, K.Key_2, K.Key_2, K.Key_7, K.Key_8):
        qtbot.keyClick(host, key)
    assert t.tally.votes == (1, 2, 0, 0, 0, 0, 1)
    g = host.deck.geometry
    chart = poll_chart_rect(g, host.slide)
    row = poll_layout(chart, 7, g.body_px).rows[2]
    assert poll_option_at(chart, t.tally, g.body_px, row.center()) == 2
    qtbot.mouseClick(host, Qt.MouseButton.LeftButton, pos=row.center().toPoint())
    assert t.tally.votes == (1, 2, 1, 0, 0, 0, 1)
    # The painted chart is where the clicks land: row 3's key badge is drawn inside row 3.
    image = host.grab().toImage()
    y = round(row.center().y())
    assert any(image.pixelColor(x, y).name() == host.theme.muted for x in range(g.margin_x, g.margin_x + g.body_px))
    qtbot.keyClick(host, K.Key_0)
    assert t.tally.votes[2] == 0
    qtbot.keyClick(host, K.Key_R, SHIFT)
    assert t.tally.total == 0
    qtbot.keyClick(host, K.Key_P)
    assert not t.poll_shown


def test_autostart_when_the_slide_appears(qtbot: QtBot, sample_lesson_path: Path, clock: FakeClock) -> None:
    host = host_for(qtbot, load_lesson(sample_lesson_path), "discussion", 0, clock)
    host.timing.shown(autostart=True)
    clock.advance(5)
    assert host.timing.countdown.display == "2:55"
