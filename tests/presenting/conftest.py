"""A small lesson and a model of it on a fake clock, with no Qt."""

from collections.abc import Callable
from pathlib import Path

import pytest

from presenter.deck.deck import Deck, WarmupOptions, build_deck
from presenter.deck.geometry import Geometry
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Lesson
from presenter.lesson.parser import parse_lesson
from presenter.presenting.model import Presentation
from presenter.presenting.types import Options
from presenter.timing.clock import FakeClock
from presenter.timing.picker import ClassList

LESSON = """---
title: Rivers of the North
level: A2
video: https://example.org/rivers
durations:
  comprehension: 1m
  discussion: 2m
---

# Warm-up

1. Is there a river near your home?

# Vocabulary

- **river** (n.) — water that flows across the land to the sea
- **bridge** (n.) — something built over a river so people can cross it
- **flood** (v.) — to cover land with water
- **bank** (n.) — the land at the side of a river

# Reading

The river runs past our town. A bridge crosses it near the school.

![a river in spring](river.jpg)

In spring the river can flood the fields. People watch the bank every morning.

# Questions

1. What crosses the river near the school?
   Answer: A bridge

# Exercises

1. What can the river do in spring?
   a) flood the fields
   b) freeze the town
   Answer: a
2. Match the words with their meanings.
   - river = water that flows across the land to the sea
   - bank = the land at the side of a river

# Discussion

A. Would you like to live next to a river? Why?
   Grouping: pairs
"""


def measure(text: str, speaker: str | None, font_px: int) -> float:
    """Monospace lines of 40 characters."""
    return (-(-len(text) // 40) + (1 if speaker else 0)) * font_px * 1.3


def build(lesson: Lesson, geometry: Geometry, index: ReadingIndex | None = None,
          warmup: WarmupOptions | None = None, student: bool = False) -> Deck:
    """The real deck builder with a plain measure."""
    return build_deck(lesson, geometry, measure, index, warmup, student)


@pytest.fixture
def lesson() -> Lesson:
    made, problems = parse_lesson(LESSON)
    assert made is not None, problems
    return made


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


MakeModel = Callable[..., Presentation]


@pytest.fixture
def make(lesson: Lesson, clock: FakeClock) -> MakeModel:
    """A model of the small lesson; keyword arguments go to Presentation."""
    def made(**kw: object) -> Presentation:
        kw.setdefault("clock", clock)
        kw.setdefault("options", Options())
        return Presentation(lesson, Geometry(1280, 720), build, **kw)  # type: ignore[arg-type]
    return made


@pytest.fixture
def make_with(clock: FakeClock) -> Callable[..., Presentation]:
    """A model of the small lesson with `extra` Markdown added at its end; keyword arguments go to Presentation."""
    def made(extra: str, **kw: object) -> Presentation:
        lesson, problems = parse_lesson(LESSON + extra)
        assert lesson is not None, problems
        kw.setdefault("clock", clock)
        return Presentation(lesson, Geometry(1280, 720), build, **kw)  # type: ignore[arg-type]
    return made


@pytest.fixture
def class_list(tmp_path: Path) -> ClassList:
    path = tmp_path / "class.txt"
    path.write_text("Ana\nBo\nDee\nEli\nFay\n", encoding="utf-8")
    return ClassList(path)
