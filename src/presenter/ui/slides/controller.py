"""The Qt side of the presentation model: its changes as signals, its slides painted in a theme."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from presenter.deck.deck import Deck, WarmupOptions
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson.model import Lesson
from presenter.presenting.model import Presentation
from presenter.presenting.types import Options
from presenter.presenting.types import Blank, Change, Highlight
from presenter.timing.clock import Clock
from presenter.timing.picker import ClassList
from presenter.timing.slide import TimedSlides
from presenter.ui.slides.render import make_deck
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer, term_marks
from presenter.ui.slides.theme import Theme, theme_named

if TYPE_CHECKING:
    from presenter.text.occurrences import Occurrence
    from presenter.warmup.game import GameState


class DeckController(QObject):
    """Hosts the lesson's `Presentation` for the views: re-emits its changes as signals, keeps the theme."""

    slide_changed = Signal(int)
    audience_changed = Signal(int)  # the slide the class sees (differs from current while frozen)
    deck_changed = Signal()
    blank_changed = Signal(str)
    state_changed = Signal()
    warmup_changed = Signal(object)  # WarmupOptions, for the session to remember per lesson
    lesson_changed = Signal()  # a new version of the lesson: sentence numbers may all have moved
    layers_changed = Signal()  # a popup opened or closed over the slide
    time_up = Signal()  # a talk time ran out

    def __init__(self, lesson: Lesson, geometry: Geometry, theme: str = "light", parent: QObject | None = None,
                 warmup: WarmupOptions | None = None, student: bool = False, *, options: Options = Options(),
                 class_list: ClassList | None = None, clock: Clock = time.monotonic) -> None:
        """Present `lesson` at `geometry` (a student's deck with `student`), every countdown on `clock`."""
        super().__init__(parent)
        self.model = Presentation(lesson, geometry, make_deck, warmup=warmup, student=student, options=options,
                                  class_list=class_list, clock=clock)
        self._theme = theme_named(theme)
        self._renderer = SlideRenderer(self.model.deck, self._theme)
        self.student = student
        self.paint_state = PaintState()  # the term marks and whether they show; the rest comes from the model
        self._marked: object = None  # the model's `found` the marks were made from
        self.model.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        m = self.model
        if change == Change.SLIDE:
            self.slide_changed.emit(m.current)
        elif change == Change.AUDIENCE:
            self.audience_changed.emit(m.audience_index)
            self.state_changed.emit()
        elif change == Change.BLANK:
            self.blank_changed.emit(str(m.blank))
        elif change == Change.DECK:
            self._renderer = SlideRenderer(m.deck, self._theme)
            self.deck_changed.emit()
        elif change == Change.LESSON:
            self.paint_state.marks, self._marked = {}, None
            self.lesson_changed.emit()
        elif change == Change.WARMUP:
            self.warmup_changed.emit(m.warmup)
        elif change == Change.LAYERS:
            self.layers_changed.emit()
        elif change == Change.TIME_UP:
            self.time_up.emit()
        else:
            if m.found is not None and self._marked is not m.found:  # the model found the terms: mark them
                self._marked = m.found
                self.paint_state.marks = term_marks(m.lesson, m.found)
            self.state_changed.emit()

    # --- what views read -------------------------------------------------------------
    @property
    def lesson(self) -> Lesson:
        """The lesson being presented."""
        return self.model.lesson

    @property
    def deck(self) -> Deck:
        """The current deck."""
        return self.model.deck

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
        """Index of the teacher's slide, from 0."""
        return self.model.current

    @property
    def audience_index(self) -> int:
        """The slide the class sees."""
        return self.model.audience_index

    @property
    def frozen(self) -> bool:
        """Whether the class's view is frozen while the teacher looks ahead."""
        return self.model.frozen is not None

    @property
    def count(self) -> int:
        """How many slides the deck has."""
        return self.model.count

    @property
    def blank(self) -> str:
        """"black" or "white" while the screen is blanked, else ""."""
        return str(self.model.blank)

    @property
    def found(self) -> dict[int, list[Occurrence]] | None:
        """Where each term occurs in the reading (None until `load_terms`)."""
        return self.model.found

    @property
    def game(self) -> GameState | None:
        """The warm-up game's rounds and answers (None until the terms are found)."""
        return self.model.game

    @property
    def timings(self) -> TimedSlides:
        """Every countdown, answer and poll of the lesson."""
        return self.model.timings

    @property
    def flipped(self) -> set[int]:
        """The flashcards turned to their back."""
        return self.model.flipped

    @property
    def picked(self) -> str:
        """The picked student's name over the slide, or ""."""
        return self.model.picked

    @property
    def warmup(self) -> WarmupOptions:
        """The warm-up options in force."""
        return self.model.warmup

    @property
    def started(self) -> float:
        """When the lesson started, on the model's clock (the console's lesson clock)."""
        return self.model.started

    def state_for(self, index: int) -> PaintState:
        """The paint state for slide `index`: the model's state, with the progress bar at its place."""
        m = self.model
        timing = m.timing(index)
        slide = m.deck.slides[index]
        round_clock = timing.countdown.state() if timing is not None and slide.kind == SlideKind.GAME else None
        light = m.highlight
        return replace(self.paint_state, sentence=light.sentence, word=light.word,
                       progress=index / max(self.count - 1, 1), flipped=index in m.flipped, found=m.found, game=m.game,
                       timing=timing if round_clock is None else None, picked=m.picked_on(index), grouped=m.grouped_on(index),
                       game_clock=round_clock, hidden_cards=m.hidden_cards,
                       shown=light.shown if light.slide == index else None)

    # --- intents (the key router and the menus call these) ------------------------------
    def goto(self, index: int) -> None:
        """Show slide `index` (clamped to the deck)."""
        self.model.goto(index)

    def next(self) -> None:
        """The next slide (a card's back first)."""
        self.model.next()

    def previous(self) -> None:
        """The previous slide (a card's front first)."""
        self.model.previous()

    def first(self) -> None:
        """The first slide."""
        self.model.first()

    def last(self) -> None:
        """The last slide."""
        self.model.last()

    def flip(self) -> None:
        """Turn the flashcard on screen over."""
        self.model.flip()

    def toggle_freeze(self) -> None:
        """Freeze the class's view, or let it follow again."""
        self.model.toggle_freeze()

    def toggle_blank(self, colour: str) -> None:
        """Blank the screen in `colour` ("black" or "white"); again to come back."""
        self.model.toggle_blank(Blank(colour))

    def answer_game(self, option: int) -> bool | None:
        """The class's answer (from 0) to the game round on screen."""
        return self.model.answer_game(option)

    def mark_known(self) -> None:
        """Hide the card on screen as known."""
        self.model.mark_known()

    def set_highlight(self, sentence: int | None, word: tuple[int, int, int] | None = None) -> None:
        """The narrator lit another sentence or word."""
        self.model.set_highlight(Highlight(sentence, word))

    def load_terms(self) -> None:
        """Find the terms in the reading (once): underline them, fill the cards, deal the game."""
        self.model.load_terms()

    # --- re-layout -------------------------------------------------------------------
    def set_geometry(self, geometry: Geometry) -> None:
        """Re-paginate for a new size or text size, keeping the sentence on screen on screen."""
        self.model.set_geometry(geometry)

    def step_text_size(self, step: int) -> None:
        """Make the text larger (step > 0) or smaller."""
        self.set_geometry(self.model.deck.geometry.scaled(step))

    def set_easy_reading(self, on: bool) -> None:
        """Turn the easy-reading spacing on or off."""
        g = self.model.deck.geometry
        self.set_geometry(Geometry(g.width, g.height, g.text_scale, on))

    def set_theme(self, name: str) -> None:
        """Switch the colour theme."""
        self._theme = theme_named(name)
        self._renderer = SlideRenderer(self.model.deck, self._theme)
        self.deck_changed.emit()

    def set_lesson(self, lesson: Lesson) -> None:
        """Show a new version of the lesson (after an edit), staying on the same part of it."""
        self.model.set_lesson(lesson)

    def set_warmup(self, options: WarmupOptions) -> None:
        """Skip, shuffle or hide cards: rebuild the deck and stay at the same place."""
        self.model.set_warmup(options)

    def refresh(self) -> None:
        """Tell views the paint state (marks on or off) changed."""
        self.state_changed.emit()
