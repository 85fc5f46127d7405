"""The lesson model: immutable values that every other part of the app reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

QuestionKind = Literal["open", "true-false", "choice"]
ExerciseKind = Literal["choice", "matching"]
Grouping = Literal["alone", "pairs", "groups", "class"]
MediaKind = Literal["image", "video", "audio", "link"]
GROUPINGS: tuple[Grouping, ...] = ("alone", "pairs", "groups", "class")

# Defaults when neither the prompt nor the lesson gives a time (issue: 1 min / 3 min).
DEFAULT_SECONDS = {"comprehension": 60, "discussion": 180, "game": 120, "warmup": 120, "exercise": 90}


@dataclass(frozen=True, slots=True)
class Media:
    """A picture, clip or web video named by the lesson: the path as written (relative to the lesson file)."""

    path: str
    kind: MediaKind = "image"
    alt: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class ReadingImage:
    """A picture in the reading, shown after the first `after` paragraphs of the reading."""

    media: Media
    after: int


@dataclass(frozen=True, slots=True)
class VocabEntry:
    """One word or phrase of the lesson's vocabulary."""

    term: str
    forms: tuple[str, ...] = ()
    count: int | None = None
    definition: str = ""
    part_of_speech: str = ""
    example: str = ""
    line: int = 0
    suggested: bool = False  # the definition was suggested (by the importer) and not yet accepted
    image: Media | None = None

    @property
    def all_forms(self) -> tuple[str, ...]:
        """The term followed by its other forms, without repeats."""
        return tuple(dict.fromkeys((self.term, *self.forms)))


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the reading, or one speaker's turn."""

    text: str
    speaker: str | None = None
    line: int = 0
    slide_break_before: bool = False
    notes: tuple[str, ...] = ()
    start_ms: int | None = None  # where it starts in the lesson's clip (a `[mm:ss]` stamp), if given


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the reading; each section starts on a new slide."""

    paragraphs: tuple[Paragraph, ...]
    title: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Reading:
    """The text the lesson is built around."""

    sections: tuple[Section, ...]
    images: tuple[ReadingImage, ...] = ()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every paragraph of every section, in order."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def speakers(self) -> tuple[str, ...]:
        """The distinct speakers, in order of first appearance."""
        return tuple(dict.fromkeys(p.speaker for p in self.paragraphs if p.speaker))

    @property
    def word_count(self) -> int:
        """How many words the reading has (speaker labels excluded)."""
        return sum(len(p.text.split()) for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Question:
    """A comprehension question, with the teacher's answer if given."""

    text: str
    label: str = ""
    answer: str = ""
    kind: QuestionKind = "open"
    options: tuple[str, ...] = ()
    seconds: int | None = None
    notes: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class Prompt:
    """A discussion prompt, optionally timed, grouped and with poll options."""

    text: str
    label: str = ""
    seconds: int | None = None
    think_seconds: int | None = None
    grouping: Grouping | None = None
    options: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    line: int = 0
    group_size: int | None = None  # "Grouping: groups of 3"


@dataclass(frozen=True, slots=True)
class Exercise:
    """A multiple-choice exercise (options, answer) or a matching one (terms and their meanings, in order)."""

    text: str
    kind: ExerciseKind = "choice"
    label: str = ""
    options: tuple[str, ...] = ()
    answer: str = ""
    pairs: tuple[tuple[str, str], ...] = ()  # matching: (term, meaning), each meaning beside its own term
    seconds: int | None = None
    notes: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class Durations:
    """The lesson's default countdown per slide kind, in seconds."""

    comprehension: int = DEFAULT_SECONDS["comprehension"]
    discussion: int = DEFAULT_SECONDS["discussion"]
    game: int = DEFAULT_SECONDS["game"]
    warmup: int = DEFAULT_SECONDS["warmup"]
    exercise: int = DEFAULT_SECONDS["exercise"]


@dataclass(frozen=True, slots=True)
class Lesson:
    """A whole lesson: front matter, warm-up questions, vocabulary, reading, questions, exercises and prompts."""

    title: str
    reading: Reading
    vocabulary: tuple[VocabEntry, ...] = ()
    comprehension: tuple[Question, ...] = ()
    discussion: tuple[Prompt, ...] = ()
    language: str = "en-US"
    level: str = ""
    durations: Durations = field(default_factory=Durations)
    voice: str | None = None
    rate: int = 150
    source: str = ""
    author: str = ""
    path: Path | None = None
    image: Media | None = None  # on the title slide
    video: Media | None = None  # the clip the reading comes from, watched before reading
    warmup: tuple[Prompt, ...] = ()  # pre-reading questions, shown before the vocabulary
    exercises: tuple[Exercise, ...] = ()

    @property
    def media(self) -> tuple[Media, ...]:
        """Every picture and clip the lesson names, in the order of the file."""
        found = [m for m in (self.image, self.video) if m is not None]
        found += [v.image for v in self.vocabulary if v.image is not None]
        found += [r.media for r in self.reading.images]
        return tuple(sorted(found, key=lambda m: m.line))

    def question_seconds(self, question: Question) -> int:
        """The countdown for a question: its own, else the lesson's default."""
        return question.seconds if question.seconds is not None else self.durations.comprehension

    def prompt_seconds(self, prompt: Prompt) -> int:
        """The talk countdown for a discussion prompt: its own, else the lesson's default."""
        return prompt.seconds if prompt.seconds is not None else self.durations.discussion

    def warmup_seconds(self, prompt: Prompt) -> int:
        """The countdown for a warm-up question: its own, else the lesson's warm-up default."""
        return prompt.seconds if prompt.seconds is not None else self.durations.warmup

    def exercise_seconds(self, exercise: Exercise) -> int:
        """The countdown for an exercise: its own, else the lesson's default."""
        return exercise.seconds if exercise.seconds is not None else self.durations.exercise
