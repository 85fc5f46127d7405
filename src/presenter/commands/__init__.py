"""The command-line subcommands, one module each."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presenter.lesson import Lesson


def load_or_report(path: Path, *, show_warnings: bool = False) -> Lesson | None:
    """The lesson at `path`, or None after printing every problem (file:line: …) to stderr."""
    # Imported here: the CLI imports this package to parse `presenter LESSON`'s options, and
    # opening the app must not load the lesson model before its title card is painted.
    from presenter.lesson import LessonError, read_lesson

    try:
        lesson, warnings = read_lesson(path)
    except LessonError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None
    for problem in warnings if show_warnings else ():
        print(problem, file=sys.stderr)
    return lesson


def parse_rate(text: str) -> int:
    """Read a narration rate in words per minute, within the bounds a lesson's `rate:` has."""
    from presenter.lesson.frontmatter import MAX_RATE, MIN_RATE

    if not re.fullmatch(r"\s*\d{1,4}\s*", text) or not MIN_RATE <= int(text) <= MAX_RATE:
        raise argparse.ArgumentTypeError(f"rate {text!r} must be words per minute, a whole number from "
                                         f"{MIN_RATE} to {MAX_RATE}")
    return int(text)


def parse_size(text: str) -> tuple[int, int]:
    """Read "1920x1080" as (1920, 1080)."""
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m or not (200 <= int(m.group(1)) <= 16000 and 150 <= int(m.group(2)) <= 16000):
        raise argparse.ArgumentTypeError(f"size {text!r} must be WIDTHxHEIGHT, like 1920x1080")
    return int(m.group(1)), int(m.group(2))
