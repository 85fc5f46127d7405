"""Warm-up and exercise slides: countdowns keyed by item on a fake clock, the answer revealed on A."""

from __future__ import annotations

from presenter.deck.deck import Slide, build_deck
from presenter.deck.exercises import matching_answer, matching_order
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson.model import Exercise, Lesson, Paragraph, Prompt, Reading, Section
from presenter.timing.clock import FakeClock
from presenter.timing.slide import TimedSlides

PAIRS = (("ban", "to stop"), ("commute", "to travel to work"), ("lane", "a narrow road"), ("quiet", "with little noise"))


def _lesson(**kw: object) -> Lesson:
    reading = Reading((Section((Paragraph("People walk to work now."),)),))
    base: dict[str, object] = dict(
        title="T", reading=reading,
        warmup=(Prompt("How do you travel?"), Prompt("Do you like cars?", seconds=30)),
        exercises=(Exercise("Why?", "choice", options=("money", "quiet"), answer="b"),
                   Exercise("Match.", "matching", pairs=PAIRS)),
        discussion=(Prompt("Ban cars?"),))
    base.update(kw)
    return Lesson(**base)  # type: ignore[arg-type]


def _deck(lesson: Lesson) -> tuple[Slide, ...]:
    return build_deck(lesson, Geometry(1024, 768), lambda text, speaker, px: 40.0).slides


def test_deck_order_warmup_first_exercises_before_discussion_none_for_students() -> None:
    lesson = _lesson()
    kinds = [s.kind for s in _deck(lesson)]
    assert kinds == [SlideKind.TITLE, SlideKind.WARM_UP, SlideKind.WARM_UP, SlideKind.READING, SlideKind.CHOICE,
                     SlideKind.MATCHING, SlideKind.PROMPT, SlideKind.END]
    student = build_deck(lesson, Geometry(1024, 768), lambda text, speaker, px: 40.0, student=True).slides
    assert not {SlideKind.WARM_UP, SlideKind.CHOICE, SlideKind.MATCHING} & {s.kind for s in student}


def test_a_reveals_the_choice_with_its_option_and_the_matches() -> None:
    lesson = _lesson()
    timed = TimedSlides(lesson, FakeClock())
    slides = _deck(lesson)
    choice = next(s for s in slides if s.kind == SlideKind.CHOICE)
    matching = next(s for s in slides if s.kind == SlideKind.MATCHING)
    assert timed.handle_key(choice, ord("A"))
    assert timed.get(choice).revealed and timed.get(choice).answer == "B) quiet"  # type: ignore[union-attr]
    assert timed.handle_key(matching, ord("A"))
    t = timed.get(matching)
    assert t is not None and t.revealed
    order = matching_order(len(PAIRS))
    # Each term's letter is where its own meaning stands in the slide's scrambled list.
    letters = dict(part.split() for part in t.answer.split("  ·  "))
    for term, letter in letters.items():
        assert PAIRS[order["abcd".index(letter)]] == PAIRS[int(term) - 1]
    warmup = next(s for s in slides if s.kind == SlideKind.WARM_UP)
    assert not timed.handle_key(warmup, ord("A"))  # no answer to a warm-up question: A goes elsewhere


def test_countdowns_are_keyed_by_item_and_pause_off_their_slide() -> None:
    clock = FakeClock()
    lesson = _lesson()
    timed = TimedSlides(lesson, clock)
    first, second = [s for s in _deck(lesson) if s.kind == SlideKind.WARM_UP]
    assert timed.get(first).countdown.state().remaining == lesson.durations.warmup  # type: ignore[union-attr]
    timed.arrived(second, autostart=True)
    clock.advance(10)
    timed.left(second)
    clock.advance(100)
    timed.arrived(second, autostart=True)
    assert round(timed.get(second).countdown.state().remaining) == 20  # type: ignore[union-attr]
    timed.arrived(first, autostart=False)
    assert not timed.get(first).countdown.running  # type: ignore[union-attr]


def test_the_scramble_is_fixed_and_never_puts_a_meaning_beside_its_term() -> None:
    for n in range(2, 13):
        order = matching_order(n)
        assert sorted(order) == list(range(n)) and order == matching_order(n)
        assert all(order[i] != i for i in range(n))
    assert matching_answer(Exercise("Match.", "matching", pairs=PAIRS)).count("·") == len(PAIRS) - 1


def test_edited_lesson_keeps_the_countdown_of_an_unchanged_exercise() -> None:
    clock = FakeClock()
    old = _lesson()
    timed = TimedSlides(old, clock)
    choice = next(s for s in _deck(old) if s.kind == SlideKind.CHOICE)
    timed.arrived(choice, autostart=True)
    clock.advance(15)
    new = _lesson(discussion=())
    again = TimedSlides(new, clock)
    again.carry_over(timed, old)
    assert again.get(choice) is timed.get(choice)
