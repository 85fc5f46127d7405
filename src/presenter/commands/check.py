"""`presenter check PATH...`: every problem in lesson files, as `path:line: severity: message`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from presenter.lesson import Lesson, Problem, check_file
from presenter.text.occurrences import missing_terms


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `check` subcommand."""
    p = sub.add_parser("check", help="check lesson files and folders; exit 1 if any has an error")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.set_defaults(run=run)


def lesson_files(paths: list[Path]) -> Iterator[Path]:
    """The lesson files named, and the `.md` files inside the folders named."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.md") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def term_problems(lesson: Lesson) -> list[Problem]:
    """Warnings for vocabulary terms the reading never uses (definitions are checked by the loader)."""
    return [
        Problem(lesson.path, lesson.vocabulary[i].line, "warning",
                f'vocabulary term "{lesson.vocabulary[i].term}" never occurs in the reading; '
                "check its spelling, or list the form the text uses: - **term** / form — meaning")
        for i in missing_terms(lesson)
    ]


def run(args: argparse.Namespace) -> int:
    """Print every problem; exit 0 when there is no error, 1 otherwise."""
    errors = warnings = files = 0
    for path in lesson_files(args.paths):
        files += 1
        problems: list[Problem]
        if not os.path.lexists(path):  # a link to nowhere, or in a loop, is read and reported as such
            problems = [Problem(path, 0, "error", "no such file or folder")]
        else:
            lesson, problems = check_file(path)
            if lesson is not None:
                problems = sorted(problems + term_problems(lesson), key=lambda p: p.line)
        for problem in problems:
            print(problem)
            if problem.severity == "error":
                errors += 1
            else:
                warnings += 1
    sys.stdout.flush()
    if files == 0:
        print("no lesson files (*.md) found in " + ", ".join(map(str, args.paths)), file=sys.stderr)
        return 1
    print(f"{files} lesson file(s): {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0
