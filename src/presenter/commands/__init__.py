"""The command-line subcommands, one module each."""

from __future__ import annotations

import sys
from pathlib import Path

from presenter.lesson import Lesson, LessonError, read_lesson


def load_or_report(path: Path, *, show_warnings: bool = False) -> Lesson | None:
    """The lesson at `path`, or None after printing every problem (file:line: …) to stderr."""
    try:
        lesson, warnings = read_lesson(path)
    except LessonError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None
    for problem in warnings if show_warnings else ():
        print(problem, file=sys.stderr)
    return lesson
