"""`presenter narrate LESSON --out DIR [--voice ID] [--rate WPM]`."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from presenter.commands import load_or_report, parse_rate
from presenter.fileio import read_limited, write_atomic, write_problem
from presenter.narration.cache import clip_to_json

TIMINGS = "timings.json"
STAGING = ".narrating-"  # + the pid of the process rendering into it
STALE_STAGING_S = 24 * 3600  # where a pid cannot be checked, a staging folder this old is left over
MAX_TIMINGS_BYTES = 64 * 1024 * 1024
_CLIP_NAME = re.compile(r"[0-9]{4,}\.wav")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `narrate` (`voices` is in presenter.commands.voices)."""
    p = sub.add_parser("narrate", help="render the reading's narration: one WAV per sentence and timings.json")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--voice", default=None, metavar="ID", help="a voice id from `presenter voices`")
    p.add_argument("--rate", type=parse_rate, default=None, metavar="WPM", help="words per minute (the lesson's rate)")
    p.add_argument("--force", action="store_true", help="replace an earlier narration in DIR")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render every sentence in reading order; exit 1 naming the first problem.

    The new narration is rendered into a folder of its own inside DIR and moved in only when
    every sentence succeeded, with timings.json written last and durably: a failure part-way
    leaves the earlier narration as it was. DIR must be new, empty, or hold a narration of ours
    (its timings.json says which clips we wrote); anything else needs --force, and even then
    only files named in our own timings.json are ever deleted.
    """
    lesson = load_or_report(args.lesson)
    if lesson is None:
        return 1
    out: Path = args.out
    try:
        previous = _prepare_folder(out, args.force)
    except _Refused as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        raise write_problem(out, exc) from exc
    from presenter.deck.geometry import Geometry
    from presenter.export.narration_files import NarrationError, render_narration
    from presenter.speech.worker import SpeechWorker
    from presenter.ui.slides.render import ensure_gui, make_deck

    worker = SpeechWorker()
    try:
        with tempfile.TemporaryDirectory(dir=out, prefix=f"{STAGING}{os.getpid()}-") as staging:
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
    except OSError as exc:
        raise write_problem(out, exc) from exc
    finally:
        worker.close()
    kept = {str(e["wav"]) for e in entries}
    for stale in previous - kept:  # a longer earlier narration's extra clips: only those it listed
        (out / stale).unlink(missing_ok=True)
    write_atomic(out / TIMINGS, json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8"))
    print(f"{out}: {len(entries)} sentences, {narration.duration_ms / 1000:.0f} s of narration at {narration.rate} words per minute")
    return 0


class _Refused(Exception):
    """DIR is not a place to write a narration into (without --force)."""


def _prepare_folder(out: Path, force: bool) -> set[str]:
    """Create or check DIR; return the clip names our earlier narration there lists (to delete if unused)."""
    if out.exists() and not out.is_dir():
        raise _Refused(f"{out}: that is a file, not a folder; give a folder for the clips (it is created if missing)")
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out)
    previous = _our_clips(out / TIMINGS)
    if previous is not None:
        if not force:
            raise _Refused(f"{out / TIMINGS} exists; add --force to replace that narration")
        return previous
    others = sorted(p.name for p in out.iterdir() if not p.name.startswith(STAGING))
    if others and not force:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise _Refused(f"{out}: the folder holds files that are not a narration of presenter's ({shown}); "
                       "give a new or empty folder, or add --force to write the clips among them")
    return set()


def _our_clips(timings: Path) -> set[str] | None:
    """The clip names in a timings.json we wrote, or None when there is none or it is not ours."""
    try:
        data = json.loads(read_limited(timings, MAX_TIMINGS_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, list) or not all(
            isinstance(e, dict) and isinstance(e.get("wav"), str) and _CLIP_NAME.fullmatch(e["wav"])
            and "sentence" in e and "words" in e for e in data):
        return None
    return {e["wav"] for e in data}


def _remove_stale_staging(out: Path) -> None:
    """Delete the staging folders of narrations that were killed (kill -9, a power cut)."""
    for old in out.glob(f"{STAGING}*"):
        pid = old.name[len(STAGING):].split("-", 1)[0]
        try:
            if not _running(int(pid)) or time.time() - old.stat().st_mtime > STALE_STAGING_S:
                shutil.rmtree(old, ignore_errors=True)
        except (OSError, ValueError):
            pass


def _running(pid: int) -> bool:
    """Whether process `pid` runs (on Windows we cannot tell cheaply: assume it does, age decides)."""
    if os.name != "posix" or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
