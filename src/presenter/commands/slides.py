"""`presenter slides LESSON --json [--size WxH]`: the deck a lesson makes, as the projector would show it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from presenter.commands import load_or_report, parse_size
from presenter.lesson.model import Lesson, Media
from presenter.settings import setting_arg


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `slides` subcommand."""
    p = sub.add_parser("slides", help="list the slides a lesson makes")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--json", action="store_true", help="print the deck as JSON")
    p.add_argument("--size", type=parse_size, default=(1920, 1080), help="screen size, default 1920x1080")
    p.add_argument("--text-scale", type=setting_arg("text_scale"), default=1.0, help="text size (1.0 is the smallest, 1/24 of the height)")
    p.set_defaults(run=run)


def media_entry(lesson: Lesson, media: Media) -> dict[str, Any]:
    """A picture or clip of a slide: its path as written, kind, description, and whether the file is there."""
    from presenter.lesson.media import located

    found = located(lesson, media)
    entry: dict[str, Any] = {"path": media.path, "kind": media.kind, "alt": media.alt, "line": media.line,
                             "found": media.kind == "link" or (found is not None and found.is_file())}
    if media.kind == "link":
        entry["url"], entry["qr"] = media.path, True  # shown as a QR code and the address, never fetched
    return entry


def run(args: argparse.Namespace) -> int:
    """Print the slides; exit 1 if the lesson cannot be read."""
    lesson = load_or_report(args.lesson)
    if lesson is None:
        return 1
    from presenter.deck.geometry import Geometry
    from presenter.deck.kinds import SlideKind
    from presenter.deck.transcript import Transcript
    from presenter.ui.slides.render import ensure_gui, make_deck

    ensure_gui()
    width, height = args.size
    deck = make_deck(lesson, Geometry(width, height, text_scale=args.text_scale))
    slides: list[dict[str, Any]] = []
    for i, s in enumerate(deck.slides):
        entry: dict[str, Any] = {"index": i + 1, "kind": s.kind, "title": s.title, "text": s.text, "font_px": s.font_px}
        if s.seconds is not None:
            entry["seconds"] = s.seconds
        if s.think_seconds is not None:
            entry["think_seconds"] = s.think_seconds
        if s.page is not None:
            entry["sentences"] = [s.page.first_sentence, s.page.last_sentence]
        if s.notes:
            entry["notes"] = list(s.notes)
        if s.media:
            entry["media"] = [media_entry(lesson, m) for m in s.media]
        if s.kind == SlideKind.VIDEO and (transcript := Transcript.build(lesson.reading, deck.index)) is not None:
            # The stamped stretches the transcript under the clip follows (paragraphs from 1).
            entry["transcript"] = [{"start_ms": t.start_ms, "paragraphs": [t.first + 1, t.last + 1]}
                                   for t in transcript.stretches]
        slides.append(entry)
    if args.json:
        json.dump({"size": list(args.size), "slides": slides}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for e in slides:
            print(f"{e['index']:>3}  {e['kind']:<14} {e['text'][:60].replace(chr(10), ' ')}")
    return 0
