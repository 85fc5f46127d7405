"""Lessons: the model, the loader of lesson files, and their problems.

The names load on first use (PEP 562): the app imports `presenter.lesson.cache` to paint a
lesson's title before anything else, and that must not load the model, the loader or the parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from presenter.lesson.parser import parse_lesson
    from presenter.lesson.problems import LessonError, Problem

_WHERE = {
    **dict.fromkeys(("check_file", "load_lesson", "read_lesson"), "files"),
    **dict.fromkeys(("Durations", "Lesson", "Paragraph", "Prompt", "Question", "Reading", "Section", "VocabEntry"), "model"),
    "parse_lesson": "parser",
    **dict.fromkeys(("LessonError", "Problem"), "problems"),
}
__all__ = [
    "Durations", "Lesson", "LessonError", "Paragraph", "Problem", "Prompt", "Question",
    "Reading", "Section", "VocabEntry", "check_file", "load_lesson", "parse_lesson", "read_lesson",
]


def __getattr__(name: str) -> Any:
    """Load the module that defines `name` when it is first asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"presenter.lesson.{_WHERE[name]}"), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value


def __dir__() -> list[str]:
    """The module's names, those not loaded yet included."""
    return sorted(set(globals()) | set(__all__))
