"""The six classroom behaviours on the real window and console: Esc, N, timers off their slide, hidden cards,
clicks, the picker. Keys go through the window's own router; countdowns run on a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from presenter.deck.kinds import SlideKind
from presenter.narration.cache import ClipCache
from presenter.presenting.types import Layer
from presenter.speech import FakeEngine, SyncWorker
from presenter.timing.clock import FakeClock
from presenter.ui.audio.clipsource import ClipSource
from presenter.ui.console.window import ConsoleWindow
from presenter.ui.slides.controller import DeckController
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.stage import Stage
from presenter.ui.app.window import PresentationWindow

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def first(c: DeckController, kind: SlideKind) -> int:
    return next(i for i, s in enumerate(c.deck.slides) if s.kind == kind)


def console_for(qtbot: QtBot, w: PresentationWindow) -> ConsoleWindow:
    assert w.controller is not None
    console = ConsoleWindow(w.controller, w.handle_key)
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    return console


def marked_word(w: PresentationWindow) -> tuple[int, int]:
    c, view = w.controller, w.view
    assert c is not None and view is not None
    for y in range(view.height() // 8, view.height() - 40, 6):
        for x in range(view.width() // 3 + 5, view.width() - 40, 12):
            if c.renderer.hit(c.current, x, y, c.paint_state).entry is not None:
                return x, y
    raise AssertionError("no vocabulary mark on the slide")


def test_esc_closes_the_popup_before_leaving_full_screen(qtbot: QtBot, window: PresentationWindow) -> None:
    c, view = window.controller, window.view
    assert c is not None and view is not None and window.overlays is not None
    qtbot.waitUntil(lambda: bool(c.paint_state.marks), timeout=5000)
    c.goto(c.deck.first_reading_slide)
    qtbot.keyClick(window, K.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    x, y = marked_word(window)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert window.overlays.popup.isVisible()
    qtbot.keyClick(window, K.Key_Escape)  # the definition only
    assert not window.overlays.popup.isVisible() and window.isFullScreen()
    qtbot.keyClick(window, K.Key_G)
    qtbot.keyClick(window.overlays.grid, K.Key_Escape)  # the grid has the keyboard while it is open
    assert not window.overlays.grid.isVisible() and window.isFullScreen()
    qtbot.keyClick(window, K.Key_Question, SHIFT)
    assert window.overlays.help_visible()
    qtbot.keyClick(window, K.Key_Escape)  # the help only
    assert not window.overlays.help_visible() and window.isFullScreen()
    assert not window.menuBar().isVisible()  # the class never saw the menus
    qtbot.keyClick(window, K.Key_Escape)  # nothing open: now full screen goes
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_esc_in_the_console_never_touches_the_projector(qtbot: QtBot, window: PresentationWindow) -> None:
    console = console_for(qtbot, window)
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(console, K.Key_G)
    assert window.controller is not None and Layer.GRID in window.controller.model.layers
    qtbot.keyClick(console, K.Key_Escape)  # closes the grid the class sees
    assert not window.controller.model.layers
    qtbot.keyClick(console, K.Key_Escape)
    qtbot.keyClick(console, K.Key_Escape)
    qtbot.wait(50)  # a window-state change would be queued: let it arrive if it were coming
    assert window.isFullScreen()


def test_ctrl_q_quits_from_full_screen_and_asks_while_a_timer_runs(qtbot: QtBot, faked: PresentationWindow) -> None:
    c = faked.controller
    assert c is not None
    faked.showFullScreen()
    qtbot.waitUntil(faked.isFullScreen)
    asked: list[bool] = []
    faked.confirm_quit = lambda: asked.append(True) or False  # type: ignore[method-assign]  # "No, keep going"
    c.goto(first(c, SlideKind.QUESTION))
    qtbot.keyClick(faked, K.Key_T)
    qtbot.keyClick(faked, K.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True] and faked.isVisible()
    qtbot.keyClick(faked, K.Key_T)  # paused: nothing to lose
    qtbot.keyClick(faked, K.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True] and not faked.isVisible()


def narrated(qtbot: QtBot, tmp_path: Path, lesson: Path) -> PresentationWindow:
    w = PresentationWindow()
    qtbot.addWidget(w)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    worker = SyncWorker(lambda: FakeEngine(word_ms=40))
    w.stage = Stage(w, settings, clips=ClipSource(worker, ClipCache(tmp_path / "clips"), parent=w))  # type: ignore[attr-defined]
    w.session = session  # type: ignore[attr-defined]
    w.show()
    assert session.open(lesson)
    qtbot.waitUntil(lambda: w.narrator is not None, timeout=5000)
    return w


@pytest.mark.parametrize("kind", [SlideKind.TITLE, SlideKind.QUESTION, SlideKind.PROMPT, SlideKind.CARD, SlideKind.END])
def test_n_reads_the_slide_on_screen_never_the_reading(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path,
                                                       kind: SlideKind) -> None:
    w = narrated(qtbot, tmp_path, sample_lesson_path)
    c, n = w.controller, w.narrator
    assert c is not None and n is not None
    c.goto(first(c, kind))
    qtbot.keyClick(w, K.Key_N)
    qtbot.waitUntil(lambda: n.state == "playing", timeout=5000)
    assert n._clip is not None  # noqa: SLF001
    said = n._clip.text  # noqa: SLF001
    assert not any(s.text in said for s in c.deck.index.sentences)  # not the reading off-screen
    assert c.model.highlight.sentence is None
    slide = c.deck.slides[c.current]
    assert (slide.title.rstrip("!") if kind == SlideKind.END else said.split(".")[0].split(" ")[0]) in said
    assert c.current == first(c, kind)  # the slide stays


def test_n_on_a_reading_slide_reads_its_first_sentence(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    w = narrated(qtbot, tmp_path, sample_lesson_path)
    c, n = w.controller, w.narrator
    assert c is not None and n is not None
    c.goto(c.deck.first_reading_slide + 2)
    qtbot.keyClick(w, K.Key_N)
    qtbot.waitUntil(lambda: n.state == "playing", timeout=5000)
    page = c.deck.slides[c.current].page
    assert page is not None and n.sentence == page.first_sentence == c.model.highlight.sentence


def test_a_countdown_left_pauses_and_resumes(qtbot: QtBot, faked: PresentationWindow, clock: FakeClock) -> None:
    c = faked.controller
    assert c is not None
    question = first(c, SlideKind.QUESTION)
    c.goto(question)
    qtbot.keyClick(faked, K.Key_T)
    clock.advance(20)
    qtbot.keyClick(faked, K.Key_Right)
    clock.advance(180)  # three minutes on other slides
    qtbot.keyClick(faked, K.Key_Left)
    timing = c.timings.get(c.deck.slides[question])
    assert timing is not None and timing.countdown.running
    state = c.state_for(question).timing.countdown.state()  # type: ignore[union-attr]
    assert state.display == "0:40" and state.label != "Time's up"


def test_game_rounds_start_on_the_teachers_key(qtbot: QtBot, faked: PresentationWindow, clock: FakeClock) -> None:
    c = faked.controller
    assert c is not None
    c.load_terms()
    game = first(c, SlideKind.GAME)
    c.goto(game)
    clock.advance(60)
    qtbot.keyClick(faked, K.Key_Right)
    clock.advance(60)
    faked.ticker.poll()
    assert not c.timings.get(c.deck.slides[game]).countdown.state().started  # type: ignore[union-attr]
    qtbot.keyClick(faked, K.Key_Left)
    qtbot.keyClick(faked, K.Key_T)
    clock.advance(5)
    assert c.state_for(game).game_clock.display == "0:10"  # type: ignore[union-attr]


def test_hidden_cards_are_told_and_come_back(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    console = console_for(qtbot, window)
    cards = sum(1 for s in c.deck.slides if s.kind == SlideKind.CARD)
    c.goto(first(c, SlideKind.CARD))
    qtbot.keyClick(window, K.Key_K)
    qtbot.keyClick(window, K.Key_K)
    assert "2 cards hidden" in console.status.text()
    assert c.state_for(first(c, SlideKind.PREDICT)).hidden_cards == 2
    qtbot.keyClick(window, K.Key_K, SHIFT)
    assert sum(1 for s in c.deck.slides if s.kind == SlideKind.CARD) == cards
    assert "hidden" not in console.status.text()


def test_hidden_cards_show_on_the_predict_slide(qtbot: QtBot, window: PresentationWindow, tmp_path: Path) -> None:
    c, view = window.controller, window.view
    assert c is not None and view is not None
    c.goto(first(c, SlideKind.PREDICT))
    before = view.grab().toImage()
    c.goto(first(c, SlideKind.CARD))
    qtbot.keyClick(window, K.Key_K)
    c.goto(first(c, SlideKind.PREDICT))
    after = view.grab().toImage()
    after.save(str(tmp_path / "predict-hidden.png"))
    g = c.deck.geometry
    band = [(x, y) for y in range(0, g.margin_top, 3) for x in range(g.width * 3 // 4, g.width - 8, 5)]
    assert any(before.pixelColor(x, y) != after.pixelColor(x, y) for x, y in band)  # "1 card hidden" is painted


def test_clicks_on_the_predict_grid_stay_there(qtbot: QtBot, window: PresentationWindow) -> None:
    c, view = window.controller, window.view
    assert c is not None and view is not None
    predict = first(c, SlideKind.PREDICT)
    c.goto(predict)
    for x in (view.width() // 10, view.width() // 4, view.width() // 2, view.width() * 9 // 10):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, view.height() // 2))
    assert c.current == predict


def test_j_picks_the_next_student_and_the_console_preview_never_shows_it(qtbot: QtBot, window: PresentationWindow,
                                                                          tmp_path: Path) -> None:
    names = tmp_path / "class.txt"
    names.write_text("Ana\nBo\nDee\n", encoding="utf-8")
    window.class_list.path = names
    c = window.controller
    assert c is not None
    console = console_for(qtbot, window)
    next_before = console.next.grab().toImage()
    qtbot.keyClick(console, K.Key_J)
    one = c.picked
    qtbot.keyClick(window, K.Key_J)
    assert one and c.picked and c.picked != one
    assert console.next.grab().toImage() == next_before  # the Next preview has no name over it
    assert c.state_for(c.current).picked == c.picked
    qtbot.keyClick(window, K.Key_J, SHIFT)
    assert c.picked == ""


def test_next_class_is_told_about_cards_hidden_last_time(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    for run in range(2):
        w = PresentationWindow()
        qtbot.addWidget(w)
        session = LessonSession(w, SettingsStore(ini), interactive=False)
        w.show()
        assert session.open(sample_lesson_path)
        c = w.controller
        assert c is not None
        if run == 0:
            c.goto(first(c, SlideKind.CARD))
            qtbot.keyClick(w, K.Key_K)
        else:  # the next day: the cards are still hidden, and both the slides and the console say so
            console = console_for(qtbot, w)
            assert c.model.hidden_cards == 1 and "1 card hidden" in console.status.text()
            assert c.state_for(first(c, SlideKind.PREDICT)).hidden_cards == 1
        w.close()
