"""The presentation's core: the deck, where the teacher and the class are in it, what is open over the slide."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from presenter.deck.deck import Slide, WarmupOptions
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Lesson
from presenter.presenting.groups import GroupMaker, Grouped
from presenter.presenting.types import Blank, BuildDeck, Change, Escape, Highlight, Layer, Options
from presenter.timing.clock import Clock
from presenter.timing.picker import ClassList
from presenter.timing.slide import SlideTiming, TimedSlides

# The term finder (and the game, which needs it) loads once the first slide is painted: it is slow to import.
if TYPE_CHECKING:
    from presenter.text.occurrences import Occurrence
    from presenter.warmup.game import GameState

Listener = Callable[[Change], None]


class PresentationCore:
    """The state every view reads and moving through the deck; `Presentation` adds the rest of the intents."""

    def __init__(self, lesson: Lesson, geometry: Geometry, build: BuildDeck, *, warmup: WarmupOptions | None = None,
                 student: bool = False, clock: Clock = time.monotonic, options: Options = Options(),
                 class_list: ClassList | None = None, rng: random.Random | None = None) -> None:
        """Present `lesson` at `geometry`; `build` makes decks, `clock` times every countdown."""
        self.lesson, self.student, self.clock, self.options = lesson, student, clock, options
        self._build = build
        self.index = ReadingIndex.build(lesson.reading)
        self.warmup = warmup or WarmupOptions()
        self.deck = build(lesson, geometry, self.index, self.warmup, student)
        self.current = 0
        self.frozen: int | None = None
        self.blank = Blank.NONE
        self.flipped: set[int] = set()
        self.picked = ""
        self.highlight = Highlight()
        self.layers: list[Layer] = []  # open over the slide, topmost last
        self.timings = TimedSlides(lesson, clock)
        self.found: dict[int, list[Occurrence]] | None = None
        self.game: GameState | None = None
        self.class_list = class_list or ClassList()
        self._rng = rng or random.Random()
        self.groups = GroupMaker(self._rng)
        self.grouped: Grouped | None = None  # the pairs or groups last shown (over the slide while Layer.GROUPS is open)
        self._anchor: int | None = None  # the reading sentence brought on screen, kept across re-paginations
        self.started = clock()
        self._listeners: list[Listener] = []

    # --- listening -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call `listener(change)` after every change."""
        self._listeners.append(listener)

    def _tell(self, *changes: Change) -> None:
        for change in changes:
            for listener in list(self._listeners):
                listener(change)

    # --- what views read -------------------------------------------------------------
    @property
    def count(self) -> int:
        """How many slides the deck has."""
        return len(self.deck.slides)

    @property
    def slide(self) -> Slide:
        """The teacher's current slide."""
        return self.deck.slides[self.current]

    @property
    def audience_index(self) -> int:
        """The slide the class sees: the frozen one while frozen, else the current one."""
        return self.frozen if self.frozen is not None else self.current

    def timing(self, index: int) -> SlideTiming | None:
        """The countdown (answer, poll) of slide `index`, or None for an untimed slide."""
        return self.timings.get(self.deck.slides[index])

    def picked_on(self, index: int) -> str:
        """The picked name shown over slide `index`: only over the slide the class sees, never in a preview."""
        return self.picked if index == self.audience_index else ""

    def grouped_on(self, index: int) -> Grouped | None:
        """The pairs or groups shown over slide `index` (the slide the class sees), or None."""
        return self.grouped if Layer.GROUPS in self.layers and index == self.audience_index else None

    @property
    def hidden_cards(self) -> int:
        """How many of the lesson's word cards the teacher has hidden as known."""
        terms = {v.term.lower() for v in self.lesson.vocabulary}
        return len(self.warmup.hidden & terms)

    def any_countdown_running(self) -> bool:
        """Whether a countdown runs (quitting then asks first)."""
        return self.timings.any_running()

    # --- navigation ------------------------------------------------------------------
    def goto(self, index: int) -> None:
        """Show slide `index` (clamped); the slide left pauses its countdown, the one reached resumes its own."""
        index = min(max(index, 0), self.count - 1)
        if index == self.current:
            return
        self.timings.left(self.slide)
        # A picked name and a definition belong to the slide they were shown on.
        closed = [layer for layer in (Layer.PICKED, Layer.DEFINITION, Layer.GROUPS) if self._close(layer)]
        self.current = index
        self.timings.arrived(self.slide, self.options.autostart)
        self._anchor = self.deck.anchor_sentence(index)
        self._tell(Change.SLIDE, *(() if self.frozen is not None else (Change.AUDIENCE,)), *((Change.LAYERS,) if closed else ()))

    def next(self) -> None:
        """The next slide; on a flashcard's front, its back first (as the clicker's next flips it)."""
        if self.slide.kind == SlideKind.CARD and self.current not in self.flipped:
            self.flip()
        else:
            self.goto(self.current + 1)

    def previous(self) -> None:
        """The previous slide; on a flashcard's back, its front."""
        if self.current in self.flipped:
            self.flip()
        else:
            self.goto(self.current - 1)

    def first(self) -> None:
        """The first slide."""
        self.goto(0)

    def last(self) -> None:
        """The last slide."""
        self.goto(self.count - 1)

    def click(self, forward: bool) -> None:
        """A click on the slide away from its words: turns a card over; turns the slide only with click-to-advance."""
        if self.slide.kind == SlideKind.CARD and not self.options.click_to_advance:
            self.flip()  # the card is the control, as in Quizlet or Anki
        elif self.options.click_to_advance:
            self.next() if forward else self.previous()

    def flip(self) -> None:
        """Turn the flashcard on screen over."""
        if self.slide.kind != SlideKind.CARD:
            return
        self.flipped ^= {self.current}
        if self.current in self.flipped:
            self.load_terms()  # the back shows the reading's sentences with the word
        self._tell(Change.STATE)

    def toggle_freeze(self) -> None:
        """Freeze the class's view on its slide while the teacher looks ahead, or let it follow again."""
        self.frozen = None if self.frozen is not None else self.current
        self._tell(Change.AUDIENCE, Change.STATE)

    def toggle_blank(self, colour: Blank) -> None:
        """Blank the screen in `colour`; the same key again brings the slide back."""
        self.blank = Blank.NONE if self.blank == colour else colour
        self._tell(Change.BLANK)

    # --- popups and Esc --------------------------------------------------------------
    def open_layer(self, layer: Layer) -> None:
        """A popup (help, grid, definition) opened over the slide."""
        if layer in self.layers:
            self.layers.remove(layer)
        self.layers.append(layer)
        self._tell(Change.LAYERS)

    def close_layer(self, layer: Layer) -> None:
        """A popup was closed (by a click, or its own key)."""
        if self._close(layer):
            self._tell(Change.LAYERS)

    def _close(self, layer: Layer) -> bool:
        if layer not in self.layers:
            return False
        self.layers.remove(layer)
        if layer == Layer.PICKED:
            self.picked = ""
            self._tell(Change.STATE)
        return True

    def escape(self, full_screen: bool, from_console: bool = False) -> Escape:
        """Esc: close the topmost popup; only when none is open, leave full screen (never from the console)."""
        if self.layers:
            self._close(self.layers[-1])
            self._tell(Change.LAYERS)
            return Escape.CLOSED_LAYER
        if full_screen and not from_console:
            return Escape.LEAVE_FULL_SCREEN
        return Escape.NOTHING

    # --- the lesson's terms (marks, cards, game) --------------------------------------
    def load_terms(self, found: dict[int, list[Occurrence]] | None = None) -> bool:
        """Find the terms in the reading (once) and deal the game; True if they were found just now."""
        if self.found is not None:
            return False
        if found is None:
            from presenter.text.occurrences import occurrences

            found = occurrences(self.lesson)
        self.found = found
        self._deal_game()
        self._tell(Change.STATE)
        return True

    def _deal_game(self) -> None:
        if self.found is not None:
            from presenter.warmup.game import GameState, build_rounds

            self.game = GameState(build_rounds(self.lesson.vocabulary, self.found, self.warmup.game_rounds,
                                               seed=self.warmup.shuffle_seed or 0))
