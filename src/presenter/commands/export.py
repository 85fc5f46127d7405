"""`presenter export LESSON --pdf OUT.pdf | --cards OUT.tsv | ...`: the lesson outside the app."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from presenter.lesson import LessonError, read_lesson


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `export` subcommand."""
    p = sub.add_parser("export", help="export a lesson: printable PDF handout, flashcards, ...")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="a printable handout (vocabulary, reading, questions)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size for --pdf (a4)")
    p.add_argument("--cards", type=Path, metavar="OUT.tsv", help="flashcards for Anki or Quizlet (tab-separated)")
    p.add_argument("--force", action="store_true", help="replace files that exist")
    p.set_defaults(run=run)


def _refuse_overwrite(paths: list[Path], force: bool) -> str:
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        return f"{existing[0]} exists; add --force to replace it"
    return ""


def write_atomically(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    """Write each export asked for; exit 1 with a message on a problem, 2 when nothing was asked."""
    targets = [p for p in (args.pdf, args.cards) if p is not None]
    if not targets:
        print("say what to export: --pdf OUT.pdf, --cards OUT.tsv", file=sys.stderr)
        return 2
    if problem := _refuse_overwrite(targets, args.force):
        print(problem, file=sys.stderr)
        return 1
    try:
        lesson, _ = read_lesson(args.lesson)
    except LessonError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        return 1
    if args.cards is not None:
        from presenter.export.cards import cards_tsv
        from presenter.text.occurrences import occurrences

        write_atomically(args.cards, cards_tsv(lesson, occurrences(lesson)).encode("utf-8"))
        print(f"{args.cards}: {len(lesson.vocabulary)} flashcards (term, definition, example)")
    if args.pdf is not None:
        from presenter.export.handout_pdf import write_handout_pdf
        from presenter.ui.render import ensure_gui

        ensure_gui()
        with tempfile.TemporaryDirectory(dir=args.pdf.parent) as tmp:
            staged = Path(tmp) / args.pdf.name
            pages = write_handout_pdf(lesson, staged, args.paper)
            os.replace(staged, args.pdf)
        print(f"{args.pdf}: printable handout, {pages} page(s), {args.paper.upper()}")
    return 0
