"""The small values of the presentation model: its options, changes, blanks, layers, narration targets."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Protocol

from presenter.deck.deck import Deck, WarmupOptions
from presenter.deck.geometry import Geometry
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Lesson


class Change(Enum):
    """What changed in the presentation; a listener repaints what depends on it."""

    SLIDE = "slide"  # the teacher's slide (the console follows it)
    AUDIENCE = "audience"  # the slide the class sees (differs from the teacher's while frozen)
    BLANK = "blank"
    DECK = "deck"  # the slides were rebuilt (size, warm-up options, an edit)
    LESSON = "lesson"  # a new version of the lesson: sentence numbers may have moved
    STATE = "state"  # highlight, flipped card, picked name, countdowns, answers
    WARMUP = "warmup"  # the warm-up options (skip, shuffle, hidden cards): remembered per lesson
    LAYERS = "layers"  # a popup (help, grid, definition) opened or closed
    TIME_UP = "time-up"  # a talk time ran out: ring the chime


class Blank(StrEnum):
    """The screen blanked for the class, or not."""

    NONE = ""
    BLACK = "black"
    WHITE = "white"


class Layer(Enum):
    """Something open over the audience slide, closed by Esc before anything else."""

    DEFINITION = "definition"
    HELP = "help"
    GRID = "grid"
    PICKED = "picked"  # the picked student's name
    GROUPS = "groups"  # random pairs or groups from the class list


class Escape(Enum):
    """What one Esc did."""

    CLOSED_LAYER = "closed-layer"
    LEAVE_FULL_SCREEN = "leave-full-screen"  # the window should leave full screen
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class ReadFrom:
    """Narrate the reading from this sentence (a reading slide is on screen)."""

    sentence: int


@dataclass(frozen=True, slots=True)
class SayText:
    """Say the slide's own text (a title, a question, a prompt, a card) once.

    `parts` place the said text on the slide: (start in `text`, start in the text slide `slide` shows, length).
    """

    text: str
    slide: int = 0
    parts: tuple[tuple[int, int, int], ...] = ()

    def shown(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the said characters [start, end) are on the slide, or None (not shown there)."""
        for said, at, length in self.parts:
            if said <= start < said + length:
                return at + start - said, at + min(end, said + length) - said
        return None


NarrationTarget = ReadFrom | SayText | None


@dataclass(frozen=True, slots=True)
class Highlight:
    """The narrated sentence and word (sentence, char_start, char_end) lit on the reading.

    Or, while a slide's own text is said, the word said as characters [start, end) of what slide `slide` shows.
    """

    sentence: int | None = None
    word: tuple[int, int, int] | None = None
    slide: int | None = None
    shown: tuple[int, int] | None = None


class BuildDeck(Protocol):
    """Makes a lesson's deck at a geometry (the UI measures text with its fonts)."""

    def __call__(self, lesson: Lesson, geometry: Geometry, index: ReadingIndex | None = None,
                 warmup: WarmupOptions | None = None, student: bool = False) -> Deck: ...


@dataclass(frozen=True, slots=True)
class Options:
    """The teacher's settings the model decides with."""

    autostart: bool = False  # countdowns (and game rounds) start when their slide appears
    click_to_advance: bool = False  # a click on the slide (off controls) turns it
