"""`presenter inspect LESSON --json`: the lesson model as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from presenter.commands import load_or_report
from presenter.lesson.jsonview import lesson_to_dict
from presenter.text.occurrences import occurrences


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `inspect` subcommand."""
    p = sub.add_parser("inspect", help="show what the app reads in a lesson")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--json", action="store_true", help="print the lesson model as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the lesson as JSON (or a short summary); exit 1 if it cannot be read."""
    lesson = load_or_report(args.lesson, show_warnings=True)
    if lesson is None:
        return 1
    data = lesson_to_dict(lesson)
    found = occurrences(lesson)
    for i, entry in enumerate(data["vocabulary"]):
        entry["occurrences"] = [o.to_json() for o in found.get(i, [])]
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"{lesson.title}: {len(lesson.vocabulary)} vocabulary entries, "
              f"{len(lesson.reading.sections)} reading sections ({lesson.reading.word_count} words), "
              f"{len(lesson.comprehension)} questions, {len(lesson.discussion)} discussion prompts")
    return 0
