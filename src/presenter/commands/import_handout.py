"""`presenter import HANDOUT [--out DIR] [--force]`: make a lesson from a teacher's handout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presenter.handout import ImportFailed, import_handout, save_lesson

SUFFIXES = (".txt", ".text", ".docx", ".md")

DESCRIPTION = """\
Read a handout (.txt in any common encoding, or a Word .docx) and write it as a lesson.

The lesson goes to DIR/<name-from-the-title>/lesson.md, where DIR is "lessons" in the
current folder unless --out says otherwise; --out may also name the lesson file itself
(anything ending in .md). An existing lesson is never overwritten without --force, and the
file is written atomically: an interrupted import leaves no half-written lesson.

The summary lists what was found, the lines dropped as web-page debris, and warnings about
what to check (entries with no definition, words not in the reading, lines not placed, a
handout that seems cut off). Exit status: 0 imported, 1 nothing usable found or the lesson
exists, 2 bad arguments.
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `import` subcommand."""
    p = sub.add_parser("import", help="make a lesson from a handout (.txt or .docx)", description=DESCRIPTION,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("handout", type=Path, metavar="HANDOUT", help="the handout file (.txt or .docx)")
    p.add_argument("--out", type=Path, metavar="DIR", default=None,
                   help="folder to create the lesson's folder in (default: ./lessons), or a .md file to write")
    p.add_argument("--force", action="store_true", help="overwrite the lesson file if it exists")
    p.add_argument("--explain", action="store_true",
                   help="print every line of the handout with the role it got (title, vocabulary, reading, "
                        "question, …) and why; writes nothing unless --out is given too")
    p.add_argument("--suggest", type=int, default=0, metavar="N",
                   help="when the handout has no word list, add the N words of the reading a learner of its "
                        "level is least likely to know (with --define, with definitions)")
    p.add_argument("--define", action="store_true",
                   help="suggest a definition (from the WordNet dictionary) for each term without one; "
                        "they are marked <!-- suggested --> until you accept them")
    p.set_defaults(run=run)


def target_path(out: Path | None, slug: str) -> Path:
    """Where the lesson is written: OUT/<slug>/lesson.md, or OUT itself when it names a .md file."""
    if out is not None and out.suffix.lower() == ".md":
        return out
    return (out if out is not None else Path("lessons")) / slug / "lesson.md"


def run(args: argparse.Namespace) -> int:
    """Import, print the summary and warnings, and write the lesson; return the exit status."""
    handout: Path = args.handout
    if not handout.is_file():
        from presenter.handout.sources.source import not_regular

        try:  # stat never opens the file: a FIFO with no writer cannot hang it
            what = f"is {not_regular(handout.stat().st_mode)}, not a regular file (save the handout as a file)"
        except OSError:
            what = "does not exist"
        print(f"presenter import: error: {handout} {what}", file=sys.stderr)
        return 2
    if handout.suffix.lower() not in SUFFIXES:
        print(f"presenter import: error: {handout} is not a .txt or .docx file "
              "(save it as one of those and import that)", file=sys.stderr)
        return 2
    if args.out is not None and args.out.suffix.lower() != ".md" and args.out.exists() and not args.out.is_dir():
        print(f"presenter import: error: --out {args.out} is a file; give a folder or a .md file", file=sys.stderr)
        return 2
    try:
        result = import_handout(handout, define=args.define, suggest=max(0, args.suggest))
    except ImportFailed as exc:
        print(f"presenter import: {handout}: {exc.message}", file=sys.stderr)
        return 1
    if args.explain and args.out is None:  # a look at what the importer made of the handout, not an import
        print(result.summary())
        print("\nline  role        (why)                                      text")
        print(result.explain())
        print("\nnothing was written; to import it, run without --explain or add --out DIR")
        return 0
    target = target_path(args.out, result.slug)
    try:
        markdown = result.markdown
        if result.pictures and (args.force or not target.exists()):  # pictures only with a lesson written
            from presenter.handout.sources.docx_images import save_pictures

            markdown = save_pictures(result.pictures, target, markdown)
        save_lesson(markdown, target, force=args.force)
    except FileExistsError:
        print(f"presenter import: {target} already exists; nothing was written (use --force to overwrite it)",
              file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"presenter import: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"imported {handout} -> {target}")
    print(result.summary())
    if args.explain:
        print("\nline  role        (why)                                      text")
        print(result.explain())
    return 0
