"""`presenter --screenshot OUT.png [--size WxH] [--slide N] [--theme NAME] [LESSON]`: a slide, rendered headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presenter.lesson import LessonError, read_lesson


def run(args: argparse.Namespace, default_lesson: Path) -> int:
    """Render the chosen slide to args.screenshot; exit 0 on success, 1 with a message otherwise."""
    path = args.lesson or default_lesson
    try:
        lesson, _ = read_lesson(path)
    except LessonError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    from presenter.deck.geometry import Geometry
    from presenter.ui.render import ensure_gui, make_deck, save_slide
    from presenter.ui.slidepainter import PaintState, term_marks
    from presenter.ui.theme import THEMES

    ensure_gui()
    width, height = args.size
    deck = make_deck(lesson, Geometry(width, height, text_scale=args.text_scale, easy_reading=args.easy_reading))
    count = len(deck.slides)
    if not 1 <= args.slide <= count:
        print(f"--slide {args.slide}: the lesson has slides 1 to {count}", file=sys.stderr)
        return 1
    try:
        state = PaintState(marks=term_marks(lesson), progress=(args.slide - 1) / max(count - 1, 1))
        save_slide(deck, THEMES[args.theme], args.slide - 1, args.screenshot, state)
    except OSError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"{args.screenshot}: slide {args.slide} of {count} ({deck.slides[args.slide - 1].kind}), {width}x{height}, {args.theme} theme")
    return 0
