"""`presenter narrate LESSON --out DIR [--voice ID] [--rate WPM]`."""

from __future__ import annotations

import argparse
import json
import sys
import os
import tempfile
from pathlib import Path

from presenter.commands import load_or_report
from presenter.fileio import write_durably
from presenter.narration.cache import clip_to_json


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `narrate` (`voices` is in presenter.commands.voices)."""
    p = sub.add_parser("narrate", help="render the reading's narration: one WAV per sentence and timings.json")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--voice", default=None, metavar="ID", help="a voice id from `presenter voices`")
    p.add_argument("--rate", type=int, default=None, metavar="WPM", help="words per minute (the lesson's rate)")
    p.add_argument("--force", action="store_true", help="replace an earlier narration in DIR")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render every sentence in reading order; exit 1 naming the first problem.

    The new narration is rendered into a folder of its own beside DIR and moved in only when
    every sentence succeeded, with timings.json written last and durably: a failure part-way
    leaves the earlier narration as it was.
    """
    lesson = load_or_report(args.lesson)
    if lesson is None:
        return 1
    out: Path = args.out
    if (out / "timings.json").exists() and not args.force:
        print(f"{out / 'timings.json'} exists; add --force to replace that narration", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    from presenter.deck.geometry import Geometry
    from presenter.export.narration_files import NarrationError, render_narration
    from presenter.speech.worker import SpeechWorker
    from presenter.ui.render import ensure_gui, make_deck

    worker = SpeechWorker()
    try:
        with tempfile.TemporaryDirectory(dir=out, prefix=".narrating-") as staging:
            try:
                narration = render_narration(lesson, Path(staging), args.voice, args.rate, worker)
            except NarrationError as exc:
                print(str(exc), file=sys.stderr)
                return 1
            ensure_gui()  # the slide numbers come from the deck the projector would show
            deck = make_deck(lesson, Geometry(1920, 1080))
            entries = []
            for n in narration.sentences:
                final = out / n.clip.wav_path.name
                os.replace(n.clip.wav_path, final)
                data = clip_to_json(n.clip, final.name)
                entries.append({"sentence": n.text, "slide": deck.slide_of_sentence(n.index) + 1, "wav": final.name,
                                "duration_ms": data["duration_ms"], "timing_source": data["timing_source"],
                                "words": data["words"]})
    finally:
        worker.close()
    kept = {str(e["wav"]) for e in entries}
    for stale in out.glob("[0-9][0-9][0-9][0-9].wav"):  # a longer earlier narration's extra clips
        if stale.name not in kept:
            stale.unlink()
    write_durably(out / "timings.json", json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8"))
    print(f"{out}: {len(entries)} sentences, {narration.duration_ms / 1000:.0f} s of narration at {narration.rate} words per minute")
    return 0
