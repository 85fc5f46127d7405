"""The presentation model, with no Qt and a fake clock: navigation, freeze, blank, Esc, countdowns, N, cards, J."""

from collections import Counter
from collections.abc import Callable

import pytest

from presenter.deck.kinds import SlideKind
from presenter.presenting.model import Presentation
from presenter.presenting.types import Blank, Change, Escape, Layer, Options, ReadFrom, SayText
from presenter.timing.clock import FakeClock
from presenter.timing.picker import ClassList

MakeModel = Callable[..., Presentation]  # the `make` fixture (conftest.py)


def first(model: Presentation, kind: SlideKind) -> int:
    return next(i for i, s in enumerate(model.deck.slides) if s.kind == kind)


def test_every_slide_kind_is_in_the_deck(make: MakeModel) -> None:
    model = make()
    assert {s.kind for s in model.deck.slides} == set(SlideKind)


def test_navigation_clamps_and_tells_listeners(make: MakeModel) -> None:
    model = make()
    seen: list[Change] = []
    model.subscribe(seen.append)
    model.previous()
    assert model.current == 0 and seen == []  # nothing before the first slide
    model.next()
    assert model.current == 1 and seen == [Change.SLIDE, Change.AUDIENCE]
    model.last()
    assert model.current == model.count - 1
    model.next()
    assert model.current == model.count - 1
    model.goto(-5)
    assert model.current == 0
    model.goto(10_000)
    assert model.current == model.count - 1
    model.first()
    assert model.current == 0


def test_next_turns_a_card_before_leaving_it(make: MakeModel) -> None:
    model = make()
    card = first(model, SlideKind.CARD)
    model.goto(card)
    model.next()
    assert model.current == card and card in model.flipped
    model.previous()
    assert model.current == card and card not in model.flipped
    model.next()
    model.next()
    assert model.current == card + 1


def test_freeze_keeps_the_class_on_its_slide(make: MakeModel) -> None:
    model = make()
    model.goto(2)
    seen: list[Change] = []
    model.subscribe(seen.append)
    model.toggle_freeze()
    model.goto(4)
    model.goto(5)
    assert model.current == 5 and model.audience_index == 2
    assert Change.AUDIENCE not in seen[1:]  # the class was not told to move
    model.toggle_freeze()
    assert model.audience_index == 5


def test_blank_toggles_and_switches_colour(make: MakeModel) -> None:
    model = make()
    model.toggle_blank(Blank.BLACK)
    assert model.blank == Blank.BLACK
    model.toggle_blank(Blank.WHITE)
    assert model.blank == Blank.WHITE
    model.toggle_blank(Blank.WHITE)
    assert model.blank == Blank.NONE


def test_escape_closes_the_topmost_popup_first_then_full_screen(make: MakeModel, class_list: ClassList) -> None:
    model = make(class_list=class_list)
    assert model.pick()
    model.open_layer(Layer.HELP)
    model.open_layer(Layer.DEFINITION)
    assert model.escape(full_screen=True) == Escape.CLOSED_LAYER
    assert model.layers == [Layer.PICKED, Layer.HELP]
    assert model.escape(full_screen=True) == Escape.CLOSED_LAYER
    assert model.layers == [Layer.PICKED] and model.picked
    assert model.escape(full_screen=True) == Escape.CLOSED_LAYER
    assert model.layers == [] and model.picked == ""
    assert model.escape(full_screen=True) == Escape.LEAVE_FULL_SCREEN
    assert model.escape(full_screen=False) == Escape.NOTHING


def test_escape_from_the_console_never_leaves_full_screen(make: MakeModel) -> None:
    model = make()
    assert model.escape(full_screen=True, from_console=True) == Escape.NOTHING
    model.open_layer(Layer.GRID)
    assert model.escape(full_screen=True, from_console=True) == Escape.CLOSED_LAYER


def test_a_countdown_pauses_when_its_slide_is_left_and_resumes_on_return(make: MakeModel, clock: FakeClock) -> None:
    model = make()
    question = first(model, SlideKind.QUESTION)
    model.goto(question)
    assert model.timing_key(ord("T"))
    clock.advance(20)
    model.next()
    clock.advance(600)  # ten minutes on other slides
    timing = model.timing(question)
    assert timing is not None and not timing.countdown.running
    assert timing.countdown.remaining == pytest.approx(40)
    model.goto(question)
    assert timing.countdown.running
    clock.advance(5)
    assert timing.countdown.remaining == pytest.approx(35)


def test_a_finished_countdown_stays_finished(make: MakeModel, clock: FakeClock) -> None:
    model = make()
    question = first(model, SlideKind.QUESTION)
    model.goto(question)
    model.timing_key(ord("T"))
    clock.advance(62)
    model.previous()
    clock.advance(183)
    model.goto(question)
    state = model.timing(question).countdown.state()  # type: ignore[union-attr]
    assert state.phase == "overtime" and not state.running
    assert state.display == "+0:02"  # not "+3:05": time away from the slide is not overtime


def test_a_paused_countdown_stays_paused_on_return(make: MakeModel, clock: FakeClock) -> None:
    model = make()
    question = first(model, SlideKind.QUESTION)
    model.goto(question)
    model.timing_key(ord("T"))
    clock.advance(10)
    model.timing_key(ord("T"))  # the teacher paused it
    model.next()
    model.goto(question)
    assert not model.timing(question).countdown.running  # type: ignore[union-attr]


def test_countdowns_start_on_arrival_only_with_autostart(make: MakeModel) -> None:
    model = make()
    prompt = first(model, SlideKind.PROMPT)
    model.goto(prompt)
    assert not model.timing(prompt).countdown.running  # type: ignore[union-attr]
    auto = make(options=Options(autostart=True))
    auto.goto(prompt)
    assert auto.timing(prompt).countdown.running  # type: ignore[union-attr]


def test_game_rounds_wait_for_the_teachers_key(make: MakeModel, clock: FakeClock) -> None:
    model = make()
    model.load_terms()
    game = first(model, SlideKind.GAME)
    model.goto(game)
    clock.advance(100)
    timing = model.timing(game)
    assert timing is not None and not timing.countdown.state().started  # paging past starts nothing
    model.next()
    model.previous()
    assert not timing.countdown.state().started
    assert model.timing_key(ord("T"))
    clock.advance(3)
    assert timing.countdown.running
    model.next()
    clock.advance(100)
    model.previous()
    assert timing.countdown.running and timing.countdown.remaining == pytest.approx(timing.countdown.state().talk_seconds - 3)
    assert model.answer_game(0) is not None
    assert not timing.countdown.running  # answered: it stops


def test_one_tick_reports_time_up_once(make: MakeModel, clock: FakeClock) -> None:
    model = make()
    seen: list[Change] = []
    model.subscribe(seen.append)
    model.goto(first(model, SlideKind.QUESTION))
    model.timing_key(ord("T"))
    assert model.tick() and Change.TIME_UP not in seen
    clock.advance(61)
    model.tick()
    model.tick()
    assert seen.count(Change.TIME_UP) == 1
    assert model.any_countdown_running()  # overtime counts on


def test_game_rounds_do_not_ring(make: MakeModel, clock: FakeClock) -> None:
    model = make()
    model.load_terms()
    model.goto(first(model, SlideKind.GAME))
    model.timing_key(ord("T"))
    clock.advance(600)
    seen: list[Change] = []
    model.subscribe(seen.append)
    model.tick()
    assert Change.TIME_UP not in seen


@pytest.mark.parametrize("kind", list(SlideKind))
def test_n_reads_only_what_the_slide_shows(make: MakeModel, kind: SlideKind) -> None:
    model = make()
    model.load_terms()
    model.goto(first(model, kind))
    target = model.narration_target()
    slide = model.slide
    if kind == SlideKind.READING:
        assert target == ReadFrom(slide.page.first_sentence)  # type: ignore[union-attr]
        return
    if kind in (SlideKind.SCORE, SlideKind.VIDEO):  # nothing to read: a number, a clip
        assert target is None
        return
    assert isinstance(target, SayText)
    assert not any(s.text in target.text for s in model.index.sentences)  # never the reading off-screen
    shown = {SlideKind.TITLE: "Rivers of the North", SlideKind.PREDICT: "bridge", SlideKind.CARD: "river",
             SlideKind.QUESTION: "What crosses the river", SlideKind.PROMPT: "live next to a river",
             SlideKind.END: "Well done", SlideKind.GAME: "", SlideKind.IMAGE: "a river in spring",
             SlideKind.WARM_UP: "a river near your home", SlideKind.CHOICE: "flood the fields",
             SlideKind.MATCHING: "Match the words"}
    assert shown[kind] in target.text
    assert kind != SlideKind.IMAGE or target.text == "a river in spring"  # its caption, once


def test_n_follows_the_class_not_the_teacher_while_frozen(make: MakeModel) -> None:
    model = make()
    model.toggle_freeze()
    model.goto(first(model, SlideKind.READING))
    assert isinstance(model.narration_target(), SayText)  # the class still sees the title


def test_hidden_cards_are_counted_and_come_back(make: MakeModel) -> None:
    model = make()
    cards = sum(1 for s in model.deck.slides if s.kind == SlideKind.CARD)
    seen: list[Change] = []
    model.subscribe(seen.append)
    for _ in range(2):
        model.goto(first(model, SlideKind.CARD))
        model.mark_known()
    assert model.hidden_cards == 2 and Change.WARMUP in seen
    assert sum(1 for s in model.deck.slides if s.kind == SlideKind.CARD) == cards - 2
    assert model.slide.kind == SlideKind.CARD  # still in the warm-up
    model.show_hidden_cards()
    assert model.hidden_cards == 0
    assert sum(1 for s in model.deck.slides if s.kind == SlideKind.CARD) == cards


def test_clicks_only_turn_slides_with_the_setting(make: MakeModel) -> None:
    model = make()
    model.goto(2)
    model.click(forward=False)
    model.click(forward=True)
    assert model.current == 2
    card = first(model, SlideKind.CARD)
    model.goto(card)
    model.click(forward=False)
    assert model.current == card and card in model.flipped  # a card turns over: it is its own control
    clicky = make(options=Options(click_to_advance=True))
    clicky.click(forward=True)
    assert clicky.current == 1


def test_j_picks_the_next_student_and_the_name_stays_off_previews(make: MakeModel, class_list: ClassList) -> None:
    model = make(class_list=class_list)
    assert model.pick()
    one = model.picked
    assert model.pick()
    assert model.picked and model.picked != one  # J again: the next student, not "hide"
    assert model.picked_on(model.current) == model.picked
    assert model.picked_on(model.current + 1) == ""  # the console's Next preview
    model.hide_picked()
    assert model.picked == ""
    assert model.pick()
    model.next()
    assert model.picked == ""  # a name belongs to the slide it was picked on


def test_no_class_list_means_no_pick(make: MakeModel) -> None:
    model = make()
    assert not model.pick() and model.picked == ""


def test_the_picker_is_fair_over_a_thousand_picks(make: MakeModel, class_list: ClassList) -> None:
    model = make(class_list=class_list)
    names = ["Ana", "Bo", "Dee", "Eli", "Fay"]
    picks = []
    for _ in range(1000):
        assert model.pick()
        picks.append(model.picked)
    for start in range(0, 1000, 5):  # every round of five: everyone once
        assert sorted(picks[start:start + 5]) == names
    assert all(a != b for a, b in zip(picks, picks[1:]))  # never the same student twice running
    assert set(Counter(picks).values()) == {200}
