"""`presenter practice-check LESSON --sentence N RECORDING.wav [--json]`: check a reading without a microphone."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from presenter.commands import load_or_report


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `practice-check`."""
    p = sub.add_parser("practice-check", help="check a recording of one reading sentence, word by word")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--sentence", type=int, required=True, metavar="N", help="which sentence of the reading, from 1")
    p.add_argument("recording", type=Path, metavar="RECORDING.wav")
    p.add_argument("--json", action="store_true", help="print {words: [{text, mark, start_ms, end_ms, score}], wcpm, pauses_ms}")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the recording; exit 1 with a message if the lesson, the sentence or the recording is unusable."""
    lesson = load_or_report(args.lesson)
    if lesson is None:
        return 1
    from presenter.deck.reading import ReadingIndex
    from presenter.practice import Mark, PracticeError, SphinxChecker

    sentences = ReadingIndex.build(lesson.reading).sentences
    if not 1 <= args.sentence <= len(sentences):
        print(f"{args.lesson}: --sentence must be 1 to {len(sentences)} (the reading has {len(sentences)} sentences)",
              file=sys.stderr)
        return 1
    text = sentences[args.sentence - 1].text
    try:
        result = SphinxChecker().check(text, args.recording)
    except PracticeError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return 0
    print(text)
    for w in result.words:
        print(f"  {w.text:<18} {w.mark.value:<10} {w.start_ms:>6}–{w.end_ms:<6} ms  score {w.score:6.1f}")
    pauses = ", ".join(f"{p} ms" for p in result.pauses_ms) or "none"
    print(f"{result.count(Mark.READ)} of {len(result.words)} words read, {result.wcpm:.0f} words correct a minute; "
          f"long pauses: {pauses}")
    return 0
