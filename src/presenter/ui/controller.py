"""The deck controller: which lesson, which slide, at what size; views subscribe to its signals."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from presenter.deck.deck import Deck, WarmupOptions
from presenter.deck.geometry import Geometry
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Lesson
from presenter.ui.render import make_deck
from presenter.timing.countdown import Countdown
from presenter.timing.slide import TimedSlides
from presenter.ui.slidepainter import PaintState, SlideRenderer, term_marks
from presenter.ui.theme import Theme, theme_named
from presenter.deck.kinds import SlideKind

# The term finder and the game are loaded when the terms are first looked for, after the first
# slide is on screen.
if TYPE_CHECKING:
    from presenter.text.occurrences import Occurrence
    from presenter.warmup.game import GameState

BLANKS = ("", "black", "white")


class DeckController(QObject):
    """Holds the lesson's deck and the current slide; the one place that moves between slides."""

    slide_changed = Signal(int)
    audience_changed = Signal(int)  # the slide the class sees (differs from current while frozen)
    deck_changed = Signal()
    blank_changed = Signal(str)
    state_changed = Signal()
    warmup_changed = Signal(object)  # WarmupOptions, for the session to remember per lesson
    lesson_changed = Signal()  # a new version of the lesson: sentence numbers may all have moved

    def __init__(self, lesson: Lesson, geometry: Geometry, theme: str = "light", parent: QObject | None = None,
                 warmup: WarmupOptions | None = None, student: bool = False) -> None:
        """Build the deck of `lesson` at `geometry` (a student's deck with `student`)."""
        super().__init__(parent)
        self._lesson = lesson
        self._index = ReadingIndex.build(lesson.reading)
        self._theme = theme_named(theme)
        self.student = student
        self._deck = make_deck(lesson, geometry, self._index, warmup, student)
        self._renderer = SlideRenderer(self._deck, self._theme)
        self._current = 0
        # The sentence the teacher brought on screen: kept across re-paginations, so growing
        # and shrinking the text several times does not drift away from it.
        self._anchor: int | None = None
        self._blank = ""
        self._frozen: int | None = None
        self.paint_state = PaintState()
        self._warmup = warmup or WarmupOptions()
        self.flipped: set[int] = set()
        self._found: dict[int, list[Occurrence]] | None = None
        self.game: GameState | None = None
        # Countdowns, answers and polls, keyed by question/prompt so re-pagination keeps them.
        self.timings = TimedSlides(lesson)
        self.picked: str = ""
        self.game_clocks: dict[int, Countdown] = {}  # per game round: the class's visible countdown
        self.started = time.monotonic()  # the lesson's start, for the console's lesson clock

    # --- what views read -------------------------------------------------------------
    @property
    def lesson(self) -> Lesson:
        """The lesson being presented."""
        return self._lesson

    @property
    def deck(self) -> Deck:
        """The current deck."""
        return self._deck

    @property
    def renderer(self) -> SlideRenderer:
        """The renderer for the current deck and theme."""
        return self._renderer

    @property
    def theme(self) -> Theme:
        """The current theme."""
        return self._theme

    @property
    def current(self) -> int:
        """Index of the slide on screen, from 0."""
        return self._current

    @property
    def audience_index(self) -> int:
        """The slide the class sees: the frozen one while frozen, else the current one."""
        return self._frozen if self._frozen is not None else self._current

    @property
    def frozen(self) -> bool:
        """Whether the audience view is frozen while the teacher looks ahead."""
        return self._frozen is not None

    def toggle_freeze(self) -> None:
        """Freeze the audience on the slide it shows, or let it follow the teacher again."""
        self._frozen = None if self._frozen is not None else self._current
        self.audience_changed.emit(self.audience_index)
        self.state_changed.emit()

    @property
    def count(self) -> int:
        """How many slides the deck has."""
        return len(self._deck.slides)

    @property
    def blank(self) -> str:
        """"black" or "white" while the screen is blanked, else ""."""
        return self._blank

    @property
    def found(self) -> dict[int, list[Occurrence]] | None:
        """Where each term occurs in the reading (None until `load_terms`)."""
        return self._found

    def state_for(self, index: int) -> PaintState:
        """The paint state for slide `index`, with the progress bar at its place."""
        clock = self._game_clock(index)
        return replace(self.paint_state, progress=index / max(self.count - 1, 1), flipped=index in self.flipped,
                       found=self._found, game=self.game, timing=self.timings.get(self._deck.slides[index]),
                       picked=self.picked, game_clock=clock.state() if clock is not None else None)

    def _game_clock(self, index: int) -> Countdown | None:
        slide = self._deck.slides[index]
        return self.game_clocks.get(slide.item) if slide.kind == SlideKind.GAME and slide.item is not None else None

    def game_clock_running(self) -> bool:
        """Whether the game round on screen has its countdown running (views tick while it does)."""
        clock = self._game_clock(self._current)
        return clock is not None and clock.running

    # --- the lesson's terms in the reading (marks, cards, game) ---------------------------
    def load_terms(self) -> None:
        """Find the terms in the reading (once): underline them, fill the cards, deal the game."""
        if self._found is not None:
            return
        from presenter.text.occurrences import occurrences

        self._found = occurrences(self._lesson)
        self.paint_state.marks = term_marks(self._lesson, self._found)
        self._deal_game(first=True)
        self.state_changed.emit()

    def _deal_game(self, first: bool = False) -> None:
        """A fresh game for the current terms and options; old round countdowns go with an old deal.

        The first deal keeps a round's countdown: it may have started before the terms were found.
        """
        if not first:
            self.game_clocks.clear()
        if self._found is not None:
            from presenter.warmup.game import GameState, build_rounds

            self.game = GameState(build_rounds(self._lesson.vocabulary, self._found, self._warmup.game_rounds,
                                               seed=self._warmup.shuffle_seed or 0))

    def _start_game_clock(self, index: int) -> None:
        """A game round's countdown starts when the round comes on screen (once)."""
        slide = self._deck.slides[index]
        if slide.kind != SlideKind.GAME or slide.item is None or slide.item in self.game_clocks:
            return
        clock = Countdown(slide.seconds or 15, talk_label="Time left")
        clock.start()
        self.game_clocks[slide.item] = clock

    def answer_game(self, option: int) -> bool | None:
        """The class's answer (from 0) to the game round on screen; None if this is no game slide."""
        slide = self._deck.slides[self._current]
        if slide.kind != SlideKind.GAME or slide.item is None:
            return None
        self.load_terms()
        assert self.game is not None
        if slide.item >= len(self.game.rounds):
            return None
        result = self.game.answer(slide.item, option)
        if (clock := self.game_clocks.get(slide.item)) is not None and clock.running:
            clock.pause()  # answered: the countdown stops where it was
        self.state_changed.emit()
        return result

    # --- navigation ------------------------------------------------------------------
    def goto(self, index: int) -> None:
        """Show slide `index` (clamped to the deck)."""
        index = min(max(index, 0), self.count - 1)
        if index != self._current:
            self.picked = ""  # a picked name belongs to the slide it was picked on
            self._current = index
            self._start_game_clock(index)
            self._anchor = self._deck.anchor_sentence(index)
            self.slide_changed.emit(index)
            if self._frozen is None:
                self.audience_changed.emit(index)

    def next(self) -> None:
        """The next slide; on a flashcard's front, its back first (as the clicker's next flips it)."""
        if self._deck.slides[self._current].kind == SlideKind.CARD and self._current not in self.flipped:
            self.flip()
            return
        self.goto(self._current + 1)

    def previous(self) -> None:
        """The previous slide; on a flashcard's back, its front."""
        if self._current in self.flipped:
            self.flip()
            return
        self.goto(self._current - 1)

    def flip(self) -> None:
        """Turn the flashcard on screen over."""
        if self._deck.slides[self._current].kind != SlideKind.CARD:
            return
        self.flipped ^= {self._current}
        if self._current in self.flipped:
            self.load_terms()  # the back shows the reading's sentences
        self.state_changed.emit()

    def first(self) -> None:
        """The first slide."""
        self.goto(0)

    def last(self) -> None:
        """The last slide."""
        self.goto(self.count - 1)

    def toggle_blank(self, colour: str) -> None:
        """Blank the screen in `colour`; the same key again brings the slide back."""
        self._blank = "" if self._blank == colour else colour
        self.blank_changed.emit(self._blank)

    # --- re-layout -------------------------------------------------------------------
    def set_geometry(self, geometry: Geometry) -> None:
        """Re-paginate for a new size or text size, keeping the sentence on screen on screen."""
        if geometry == self._deck.geometry:
            return
        self._rebuild(make_deck(self._lesson, geometry, self._index, self._warmup, self.student))

    def _place(self, index: int, anchor: int | None) -> tuple[int | None, str, int]:
        """Where a slide is in the lesson: its anchor sentence (reading), its kind and its rank in that kind."""
        anchor = anchor if self._deck.anchor_sentence(index) is not None else None
        kind = self._deck.slides[index].kind
        position = sum(1 for s in self._deck.slides[:index] if s.kind == kind)
        return anchor, kind, position

    def _rebuild(self, deck: Deck) -> None:
        """Take a rebuilt deck and stay at the same place in the lesson (and the frozen class too)."""
        here = self._place(self._current, self._anchor)
        frozen = self._place(self._frozen, self._deck.anchor_sentence(self._frozen)) if self._frozen is not None else None
        self._deck = deck
        self._renderer = SlideRenderer(deck, self._theme)
        self.flipped.clear()  # card sides are kept by slide number, which a rebuild changes
        sentences = len(self._index.sentences)
        if here[0] is not None and here[0] >= sentences:  # the reading got shorter
            here = (sentences - 1, here[1], here[2])
            self._anchor = here[0]
        self._current = self._equivalent_slide(*here)
        self._frozen = self._equivalent_slide(*frozen) if frozen is not None else None
        self.deck_changed.emit()
        self.slide_changed.emit(self._current)
        self.audience_changed.emit(self.audience_index)

    def _equivalent_slide(self, anchor: int | None, kind: str, position: int) -> int:
        if anchor is not None and anchor < len(self._index.sentences):
            return self._deck.slide_of_sentence(max(anchor, 0))
        same_kind = [i for i, s in enumerate(self._deck.slides) if s.kind == kind]
        if not same_kind:
            return min(self._current, self.count - 1)
        return same_kind[min(position, len(same_kind) - 1)]

    def step_text_size(self, step: int) -> None:
        """Make the text larger (step > 0) or smaller."""
        self.set_geometry(self._deck.geometry.scaled(step))

    def set_easy_reading(self, on: bool) -> None:
        """Turn the easy-reading spacing on or off."""
        g = self._deck.geometry
        self.set_geometry(Geometry(g.width, g.height, g.text_scale, on))

    def set_theme(self, name: str) -> None:
        """Switch the colour theme."""
        self._theme = theme_named(name)
        self._renderer = SlideRenderer(self._deck, self._theme)
        self.deck_changed.emit()

    def set_lesson(self, lesson: Lesson) -> None:
        """Show a new version of the lesson (after an edit), staying on the same part of it.

        Countdowns and polls of questions and prompts whose text did not change keep running:
        fixing a typo during a timed discussion must not reset the class's clock or votes.
        """
        had_terms = self._found is not None
        old_lesson, old_timings = self._lesson, self.timings
        self._lesson = lesson
        self._index = ReadingIndex.build(lesson.reading)
        self._found, self.game = None, None
        self.game_clocks.clear()
        self.timings = TimedSlides(lesson)
        self.timings.carry_over(old_timings, old_lesson)
        self.lesson_changed.emit()
        self._rebuild(make_deck(lesson, self._deck.geometry, self._index, self._warmup, self.student))
        if had_terms:
            self.load_terms()

    @property
    def warmup(self) -> WarmupOptions:
        """The warm-up options in force."""
        return self._warmup

    def set_warmup(self, options: WarmupOptions) -> None:
        """Skip, shuffle or hide cards: rebuild the deck and stay at the same place."""
        if options == self._warmup:
            return
        self._warmup = options
        self._deal_game()
        self.warmup_changed.emit(options)
        self._rebuild(make_deck(self._lesson, self._deck.geometry, self._index, options, self.student))

    def mark_known(self) -> None:
        """The class knows the word on screen: hide its card from now on (for this lesson)."""
        slide = self._deck.slides[self._current]
        if slide.kind != SlideKind.CARD or slide.item is None:
            return
        term = self._lesson.vocabulary[slide.item].term.lower()
        self.set_warmup(replace(self._warmup, hidden=self._warmup.hidden | {term}))

    def refresh(self) -> None:
        """Tell views the paint state (highlights, marks) changed."""
        self.state_changed.emit()
