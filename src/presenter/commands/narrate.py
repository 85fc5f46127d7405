"""`presenter narrate LESSON --out DIR [--voice ID] [--rate WPM]` and `presenter voices`."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from functools import partial
from pathlib import Path

from presenter.lesson import LessonError, read_lesson
from presenter.speech.model import Clip, SpeechError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `narrate` and `voices`."""
    p = sub.add_parser("narrate", help="render the reading's narration: one WAV per sentence and timings.json")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--voice", default=None, metavar="ID", help="a voice id from `presenter voices`")
    p.add_argument("--rate", type=int, default=None, metavar="WPM", help="words per minute (the lesson's rate)")
    p.add_argument("--force", action="store_true", help="replace an earlier narration in DIR")
    p.set_defaults(run=run)
    v = sub.add_parser("voices", help="list the narration voices on this computer")
    v.set_defaults(run=run_voices)


def run_voices(args: argparse.Namespace) -> int:
    """Print id, language and name of each voice."""
    from presenter.speech.worker import SpeechWorker

    worker = SpeechWorker()
    try:
        voices = worker.voices(timeout_s=15)
    except SpeechError as exc:
        print(f"no voices: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
        return 1
    finally:
        worker.close()
    for voice in voices:
        print(f"{voice.id:<24} {voice.language:<10} {voice.name}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Render every sentence in reading order; exit 1 naming the first problem."""
    try:
        lesson, _ = read_lesson(args.lesson)
    except LessonError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        return 1
    out: Path = args.out
    if (out / "timings.json").exists() and not args.force:
        print(f"{out / 'timings.json'} exists; add --force to replace that narration", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    from presenter.deck.geometry import Geometry
    from presenter.speech.worker import SpeechWorker
    from presenter.ui.render import ensure_gui, make_deck

    ensure_gui()
    deck = make_deck(lesson, Geometry(1920, 1080))
    rate = args.rate or lesson.rate
    voice = args.voice or lesson.voice
    sentences = deck.index.sentences
    results: dict[int, Clip | Exception] = {}
    done = threading.Event()

    def finished(i: int, outcome: Clip | Exception) -> None:
        results[i] = outcome
        if len(results) == len(sentences):
            done.set()

    worker = SpeechWorker()
    try:
        for s in sentences:
            worker.submit(s.text, out / f"{s.index + 1:04d}.wav", voice, rate, partial(finished, s.index))
        if sentences and not done.wait(timeout=60 + 5 * len(sentences)):
            print("the speech engine did not finish in time", file=sys.stderr)
            return 1
    finally:
        worker.close()
    entries = []
    for s in sentences:
        outcome = results[s.index]
        if isinstance(outcome, Exception):
            print(f"sentence {s.index + 1}: {getattr(outcome, 'message', None) or outcome}", file=sys.stderr)
            return 1
        entries.append({
            "sentence": s.text, "slide": deck.slide_of_sentence(s.index) + 1, "wav": outcome.wav_path.name,
            "duration_ms": outcome.duration_ms, "timing_source": outcome.timing_source,
            "words": [{"text": w.text, "start_ms": w.start_ms, "end_ms": w.end_ms, "char_start": w.char_start,
                       "char_end": w.char_end} for w in outcome.words],
        })
    (out / "timings.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    total = sum(int(str(e["duration_ms"])) for e in entries) / 1000
    print(f"{out}: {len(entries)} sentences, {total:.0f} s of narration at {rate} words per minute")
    return 0
