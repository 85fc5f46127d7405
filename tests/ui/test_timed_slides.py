"""Timers on real discussion and question slides in the window: keys, answer, poll, picker."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.timing.clock import FakeClock

from presenter.ui.app.window import PresentationWindow



def slide_of(w: PresentationWindow, kind: str, n: int = 0) -> int:
    assert w.controller is not None
    return [i for i, s in enumerate(w.controller.deck.slides) if s.kind == kind][n]


def test_discussion_timer_keys(qtbot: QtBot, faked: PresentationWindow, clock: FakeClock) -> None:
    window = faked
    c = window.controller
    assert c is not None
    c.goto(slide_of(window, "discussion"))
    timing = c.timings.get(c.deck.slides[c.current])
    assert timing is not None and timing.countdown.display == "3:00"
    before = window.view.grab().toImage()  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert timing.countdown.running
    clock.advance(1.2)
    window.ticker.poll()
    assert timing.countdown.remaining == pytest.approx(178.8)
    assert window.view.grab().toImage() != before  # type: ignore[union-attr]  # the clock on screen moved
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert not timing.countdown.running
    paused = timing.countdown.remaining
    clock.advance(300)
    assert timing.countdown.remaining == paused
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert timing.countdown.remaining == pytest.approx(paused + 30, abs=0.01)
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    assert timing.countdown.remaining == pytest.approx(paused, abs=0.01)
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert timing.countdown.remaining == 180 and not timing.countdown.running
    assert c.current == slide_of(window, "discussion")  # none of those keys moved the slide


def test_answer_and_poll(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    c.goto(slide_of(window, "comprehension"))
    qtbot.keyClick(window, Qt.Key.Key_A)
    timing = c.timings.get(c.deck.slides[c.current])
    assert timing is not None and timing.revealed and timing.answer.startswith("False")
    c.goto(slide_of(window, "discussion", 2))  # prompt C has opinion options
    qtbot.keyClick(window, Qt.Key.Key_P)
    timing = c.timings.get(c.deck.slides[c.current])
    assert timing is not None and timing.poll_shown and timing.tally is not None
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_7):
        qtbot.keyClick(window, key)
    assert timing.tally.votes[0] == 2 and timing.tally.votes[2] == 1 and timing.tally.votes[6] == 1
    assert c.current == slide_of(window, "discussion", 2)  # digits voted, they did not jump


def test_timer_survives_text_size_change(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    c.goto(slide_of(window, "discussion", 1))
    qtbot.keyClick(window, Qt.Key.Key_T)
    timing = c.timings.get(c.deck.slides[c.current])
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert c.timings.get(c.deck.slides[c.current]) is timing and timing is not None and timing.countdown.running


def test_student_picker(qtbot: QtBot, window: PresentationWindow, tmp_path: Path) -> None:
    names = tmp_path / "class.txt"
    names.write_text("Ana\nBo\n# absent today: Cy\n\nDee\n", encoding="utf-8")
    window.class_list.path = names
    c = window.controller
    assert c is not None
    picked = []
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_J)  # J again: the next student
        picked.append(c.picked)
    assert sorted(picked) == ["Ana", "Bo", "Dee"]  # everyone once before anyone twice
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)  # Shift+J hides the name
    assert c.picked == ""


def test_prompt_read_aloud(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    from presenter.speech import SpeechWorker
    from ui_support import narrated_window

    worker = SpeechWorker()
    try:
        w, _ = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)
        c, narrator = w.controller, w.narrator
        assert c is not None and narrator is not None
        c.goto(slide_of(w, "discussion", 3))
        qtbot.keyClick(w, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: narrator.state == "playing", timeout=5000)
        assert narrator._clip is not None and narrator._clip.text == "What might happen in the future?"  # noqa: SLF001
        assert c.model.highlight.sentence is None  # the reading's highlight is not touched
    finally:
        worker.close()


def test_game_round_countdown(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    first = slide_of(window, "vocabulary-game")
    c.goto(first)
    state = c.state_for(first).game_clock
    assert state is not None and state.display == "0:15" and not state.started  # waits for the teacher
    qtbot.keyClick(window, Qt.Key.Key_T)
    timing = c.timings.get(c.deck.slides[first])
    assert timing is not None and timing.countdown.running
    qtbot.waitUntil(lambda: c.game is not None, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert not timing.countdown.running  # answered: the countdown stopped
