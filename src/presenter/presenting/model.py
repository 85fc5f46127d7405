"""The live presentation: the core's deck and layers, plus the class list, narration, countdowns, warm-up and edits."""

from __future__ import annotations

from dataclasses import replace

from presenter.deck.deck import Deck, WarmupOptions
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Lesson
from presenter.presenting.core import PresentationCore
from presenter.presenting.groups import GroupsShown, grouping_of
from presenter.presenting.place import Place, equivalent_slide, place_of
from presenter.presenting.speech import narration_target
from presenter.presenting.types import Change, Highlight, Layer, NarrationTarget
from presenter.timing.slide import TimedSlides


class Presentation(PresentationCore):
    """What the class sees and every decision about it; views subscribe and call the intent methods."""

    # --- the class list --------------------------------------------------------------
    def pick(self) -> bool:
        """The next student's name over the slide (everyone once before anyone twice); False without a list."""
        name = self.class_list.pick(self._rng)
        if name is None:
            return False
        self.picked = name
        self.open_layer(Layer.PICKED)
        self._tell(Change.STATE)
        return True

    def hide_picked(self) -> None:
        """Take the picked name off the slide."""
        self.close_layer(Layer.PICKED)

    def show_groups(self) -> GroupsShown:
        """Pairs or groups of the students here over the slide (kept for the lesson); again while shown: new ones."""
        kind, size = grouping_of(self.lesson, self.deck.slides[self.audience_index])
        if kind in ("alone", "class"):
            return GroupsShown.NOT_HERE
        names = self.class_list.names()
        if not names:
            return GroupsShown.NO_LIST
        again = Layer.GROUPS in self.layers and self.grouped is not None and self.grouped.size == size
        self.grouped = self.groups.groups(names, size, reshuffle=again)
        self.open_layer(Layer.GROUPS)
        self._tell(Change.STATE)
        return GroupsShown.SHOWN

    # --- narration -------------------------------------------------------------------
    def narration_target(self) -> NarrationTarget:
        """What N reads on the slide the class sees: the reading from its first sentence, or the slide's own text."""
        return narration_target(self.lesson, self.deck.slides[self.audience_index], self.game, self.audience_index)

    def set_highlight(self, highlight: Highlight) -> None:
        """The narrator lit another sentence or word."""
        if highlight != self.highlight:
            self.highlight = highlight
            self._tell(Change.STATE)

    # --- countdowns, answers, polls --------------------------------------------------
    def tick(self) -> bool:
        """One look at the countdowns (the UI's one ticker calls this); True while something runs."""
        ran_out = self.timings.reached_zero()
        if ran_out:
            self._tell(Change.TIME_UP)
        running = self.timings.any_running()
        if ran_out or running:
            self._tell(Change.STATE)
        return running

    def timing_key(self, key: int, shift: bool = False, ctrl: bool = False) -> bool:
        """A countdown, answer or poll key (T R + − A P 0–9) on the teacher's slide; False if it means nothing here."""
        used = self.timings.handle_key(self.slide, key, shift, ctrl)
        if used:
            self._tell(Change.STATE)
        return used

    def answer_game(self, option: int) -> bool | None:
        """The class's answer (from 0) to the game round on screen; None if this is no game round."""
        slide = self.slide
        if slide.kind != SlideKind.GAME or slide.item is None:
            return None
        self.load_terms()
        assert self.game is not None
        if slide.item >= len(self.game.rounds):
            return None
        result = self.game.answer(slide.item, option)
        timing = self.timings.get(slide)
        if timing is not None and timing.countdown.running:
            timing.countdown.pause()  # answered: the countdown stops where it was
        self._tell(Change.STATE)
        return result

    # --- warm-up options and hidden cards ---------------------------------------------
    def set_warmup(self, options: WarmupOptions) -> None:
        """Skip, shuffle or hide cards: rebuild the deck and stay at the same place."""
        if options == self.warmup:
            return
        self.warmup = options
        self.timings.drop_rounds()
        self._deal_game()
        self._tell(Change.WARMUP)
        self._rebuild(self._build(self.lesson, self.deck.geometry, self.index, options, self.student))

    def mark_known(self) -> None:
        """The class knows the word on screen: hide its card (the predict slide and console say how many)."""
        slide = self.slide
        if slide.kind == SlideKind.CARD and slide.item is not None:
            term = self.lesson.vocabulary[slide.item].term.lower()
            self.set_warmup(replace(self.warmup, hidden=self.warmup.hidden | {term}))

    def show_hidden_cards(self) -> None:
        """Bring every hidden card back."""
        self.set_warmup(replace(self.warmup, hidden=frozenset()))

    # --- re-layout and new versions ---------------------------------------------------
    def set_geometry(self, geometry: Geometry) -> None:
        """Re-paginate for a new size or text size, keeping the sentence on screen on screen."""
        if geometry != self.deck.geometry:
            self._rebuild(self._build(self.lesson, geometry, self.index, self.warmup, self.student))

    def set_lesson(self, lesson: Lesson) -> None:
        """A new version of the lesson (an edit): same place; unchanged questions keep their countdowns and polls."""
        had_terms = self.found is not None
        old_lesson, old_timings = self.lesson, self.timings
        self.lesson = lesson
        self.index = ReadingIndex.build(lesson.reading)
        self.found, self.game = None, None
        self.timings = TimedSlides(lesson, self.clock)
        self.timings.carry_over(old_timings, old_lesson)
        self._tell(Change.LESSON)
        self._rebuild(self._build(lesson, self.deck.geometry, self.index, self.warmup, self.student))
        if had_terms:
            self.load_terms()

    def _rebuild(self, deck: Deck) -> None:
        """Take a rebuilt deck and stay at the same place in the lesson (and the frozen class too)."""
        here: Place = place_of(self.deck, self.current, self._anchor)
        frozen = place_of(self.deck, self.frozen, self.deck.anchor_sentence(self.frozen)) if self.frozen is not None else None
        self.deck = deck
        self.flipped.clear()  # card sides are kept by slide number, which a rebuild changes
        sentences = len(self.index.sentences)
        if here.anchor is not None and here.anchor >= sentences:  # the reading got shorter
            here = replace(here, anchor=sentences - 1)
            self._anchor = here.anchor
        self.current = equivalent_slide(deck, here, self.current)
        self.frozen = equivalent_slide(deck, frozen, self.current) if frozen is not None else None
        self._tell(Change.DECK, Change.SLIDE, Change.AUDIENCE)
