"""Lessons: the model, the loader of lesson files, and their problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from presenter.lesson.files import check_file, load_lesson, read_lesson
from presenter.lesson.model import (
    Durations,
    Lesson,
    Paragraph,
    Prompt,
    Question,
    Reading,
    Section,
    VocabEntry,
)
from presenter.lesson.problems import LessonError, Problem

if TYPE_CHECKING:
    from presenter.lesson.parser import parse_lesson

__all__ = [
    "Durations", "Lesson", "LessonError", "Paragraph", "Problem", "Prompt", "Question",
    "Reading", "Section", "VocabEntry", "check_file", "load_lesson", "parse_lesson", "read_lesson",
]


def __getattr__(name: str) -> Any:
    """`parse_lesson` loads the parser on first use: opening a cached lesson never needs it."""
    if name == "parse_lesson":
        from presenter.lesson.parser import parse_lesson

        return parse_lesson
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
