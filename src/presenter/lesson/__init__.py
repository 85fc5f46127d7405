"""Lessons: the model, the loader of lesson files, and their problems."""

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
from presenter.lesson.parser import check_file, load_lesson, parse_lesson, read_lesson
from presenter.lesson.problems import LessonError, Problem

__all__ = [
    "Durations", "Lesson", "LessonError", "Paragraph", "Problem", "Prompt", "Question",
    "Reading", "Section", "VocabEntry", "check_file", "load_lesson", "parse_lesson", "read_lesson",
]
