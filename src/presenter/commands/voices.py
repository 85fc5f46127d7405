"""`presenter voices [--json] [--voices-dir DIR]`: every engine's voices, and the ones that cannot be used."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `voices`."""
    v = sub.add_parser("voices", help="list the narration voices on this computer (natural Piper voices first)")
    v.add_argument("--json", action="store_true", help="one JSON object: voices and problems")
    v.add_argument("--voices-dir", type=Path, default=None, metavar="DIR",
                   help="the folder of added Piper voices (default: the user's voices folder)")
    v.add_argument("--no-neural", action="store_true", help="leave the natural (Piper) voices out")
    v.add_argument("--add", type=Path, default=None, metavar="PATH",
                   help="add a downloaded Piper voice (its .onnx, its folder or a .zip), checked that it loads")
    v.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print each voice (id, language, name, then engine, quality, timing, source, licence) and each problem.

    Every Piper voice is loaded once, so a cut or damaged model is reported here, not in class.
    """
    from presenter.speech.factory import create_engine
    from presenter.speech.mixed import MixedEngine
    from presenter.speech.model import SpeechError
    from presenter.speech.piper_voices import VoiceFileError, user_voices_dir

    if args.add is not None:
        from presenter.speech.piper_engine import check_loads
        from presenter.speech.piper_import import add_voice

        try:
            added = add_voice(args.add, args.voices_dir or user_voices_dir(), check_loads)
        except VoiceFileError as exc:
            print(f"cannot add the voice: {exc}", file=sys.stderr)
            return 1
        print(f"added {added.voice.id} ({added.voice.name}, {added.voice.language}) to {added.model.parent}")
    try:
        engine = create_engine(args.voices_dir, neural=not args.no_neural)
    except SpeechError as exc:
        print(f"no voices: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
        return 1
    voices = engine.voices()
    problems = list(engine.problems) if isinstance(engine, MixedEngine) else []
    usable = []
    for voice in voices:
        if voice.engine == "piper" and isinstance(engine, MixedEngine) and engine.piper is not None:
            try:
                engine.piper.load(voice.id)
            except VoiceFileError as exc:
                problems.append(f"{voice.id}: {exc}")
                continue
        usable.append(voice)
    if args.json:
        print(json.dumps({"voices": [asdict(v) for v in usable], "problems": problems}, ensure_ascii=False, indent=1))
    else:
        for voice in usable:
            extra = ", ".join(x for x in (voice.engine, voice.quality, f"{voice.timing} word times", voice.source,
                                          voice.licence) if x)
            print(f"{voice.id:<24} {voice.language:<10} {voice.name}  [{extra}]")
        for problem in problems:
            print(f"cannot use: {problem}", file=sys.stderr)
    return 0 if usable else 1
