"""A timed slide's state and what the teacher's keys do to it, built from the sample lesson."""

from pathlib import Path

import pytest

from presenter.deck.deck import Slide
from presenter.deck.kinds import SlideKind
from presenter.lesson.model import Lesson
from presenter.lesson.files import load_lesson
from presenter.timing.clock import FakeClock
from presenter.timing.slide import SlideTiming, TimedSlides, action_for_key, shown_answer, timing_for_slide


def lesson(path: Path) -> Lesson:
    return load_lesson(path)


@pytest.mark.parametrize(("answer", "tf", "shown"), [
    ("False", True, "False"), ("f", True, "False"), ("TRUE.", True, "True"),
    ("False. Everyone gets a score.", True, "False. Everyone gets a score."),
    ("no — everyone", True, "False. everyone"), ("It depends", True, "It depends"),
    ("  A score  ", False, "A score"), ("", True, ""),
])
def test_shown_answer(answer: str, tf: bool, shown: str) -> None:
    assert shown_answer(answer, tf) == shown


@pytest.mark.parametrize(("key", "shift", "ctrl", "found"), [
    (ord("T"), False, False, ("toggle", 0)), (ord("R"), False, False, ("reset", 0)),
    (ord("R"), True, False, ("clear-poll", 0)), (ord("+"), True, False, ("more", 0)),
    (ord("="), False, False, ("more", 0)), (ord("-"), False, False, ("less", 0)),
    (ord("-"), False, True, None), (ord("="), False, True, None), (ord("7"), False, False, ("vote", 7)),
    (ord("0"), False, False, ("unvote", 0)), (ord("A"), False, False, ("reveal", 0)), (ord("X"), False, False, None),
])
def test_keys(key: int, shift: bool, ctrl: bool, found: tuple[str, int] | None) -> None:
    assert action_for_key(key, shift, ctrl) == found


def test_question_keys() -> None:
    clock = FakeClock()
    t = SlideTiming.for_question(60, "f", True, clock)
    assert t.answer == "False" and t.true_false
    assert t.act("reveal") and t.revealed and t.act("reveal") and not t.revealed
    assert t.act("toggle") and t.countdown.running
    clock.advance(10)
    assert t.act("more") and t.countdown.remaining == pytest.approx(80)
    assert t.act("less") and t.countdown.remaining == pytest.approx(50)
    assert t.act("reset") and t.countdown.phase == "idle"
    assert not t.act("poll") and not t.act("vote", 1)  # no options: the keys go elsewhere
    assert not SlideTiming.for_question(60, "").act("reveal")


def test_poll_keys_only_while_the_poll_is_shown() -> None:
    t = SlideTiming.for_prompt(180, options=("yes", "no"))
    assert t.tally is not None
    assert not t.act("vote", 1)  # digits still jump to slides
    assert t.act("poll") and t.poll_shown
    assert t.act("vote", 1) and t.act("vote", 2) and t.act("vote", 2)
    assert t.act("vote", 9)  # swallowed, no such option
    assert t.tally.votes == (1, 2)
    assert t.act("unvote") and t.tally.votes == (1, 1)
    assert t.act("clear-poll") and t.tally.total == 0
    before = t.changes
    t.act("poll")
    assert t.changes == before + 1


def test_autostart_when_shown() -> None:
    t = SlideTiming.for_prompt(180)
    t.shown(autostart=False)
    assert not t.countdown.running
    t.shown(autostart=True)
    assert t.countdown.running
    t.countdown.pause()
    t.shown(autostart=True)  # coming back to a paused slide does not restart it
    assert not t.countdown.running


def test_sample_lesson_timings(sample_lesson_path: Path) -> None:
    les = lesson(sample_lesson_path)
    q1 = timing_for_slide(les, Slide(SlideKind.QUESTION, "Question 1", "", 45, item=0, seconds=60))
    assert q1 is not None and q1.answer == "False" and q1.countdown.state().talk_seconds == 60
    c = timing_for_slide(les, Slide(SlideKind.PROMPT, "Discussion C", "", 45, item=2))
    assert c is not None and c.tally is not None and len(c.tally.options) == 7 and c.grouping == "class"
    assert c.countdown.state().talk_seconds == 180  # the default for discussion
    assert timing_for_slide(les, Slide(SlideKind.READING, "Reading", "", 45)) is None


def test_timed_slides_survive_repagination(sample_lesson_path: Path) -> None:
    clock = FakeClock()
    slides = TimedSlides(lesson(sample_lesson_path), clock)
    b = Slide(SlideKind.PROMPT, "Discussion B", "", 45, item=1, seconds=180)
    assert slides.handle_key(b, ord("T"))
    clock.advance(181)
    b_moved = Slide(SlideKind.PROMPT, "Discussion B", "", 60, item=1, seconds=180)  # another text size
    timing = slides.get(b_moved)
    assert timing is not None and timing.countdown.phase == "overtime" and slides.any_running()
    assert slides.reached_zero() == [timing] and slides.reached_zero() == []
    assert not slides.handle_key(Slide(SlideKind.TITLE, "t", "", 45), ord("T"))
    assert not slides.handle_key(b, ord("X"))
