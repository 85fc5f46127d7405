"""`presenter export LESSON --pdf OUT.pdf | --cards OUT.tsv | ...`: the lesson outside the app."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from presenter.fileio import check_output_file, staged, write_atomic
from presenter.commands import load_or_report, parse_rate
from presenter.lesson import Lesson


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `export` subcommand."""
    p = sub.add_parser("export", help="export a lesson: printable PDF handout, flashcards, ...")
    p.add_argument("lesson", type=Path, metavar="LESSON")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="a printable handout (vocabulary, reading, questions)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size for --pdf (a4)")
    p.add_argument("--answers", action="store_true", help="--pdf: the teacher's copy, with the answer key")
    p.add_argument("--line-numbers", action="store_true", help="--pdf: number every fifth line of the reading")
    p.add_argument("--cards", type=Path, metavar="OUT.tsv", help="flashcards for Anki or Quizlet (tab-separated)")
    p.add_argument("--anki", type=Path, metavar="OUT.apkg",
                   help="an Anki deck: term, definition, example, the term spoken, a cloze of the reading")
    p.add_argument("--pack", type=Path, metavar="OUT.zip",
                   help="a lesson pack for students: the lesson and its recorded narration")
    p.add_argument("--epub", type=Path, metavar="OUT.epub",
                   help="an EPUB 3 book whose reading is highlighted as it is read aloud")
    p.add_argument("--audio", type=Path, metavar="OUT.mp3",
                   help="the whole narration in one audio file (.mp3 or .wav)")
    p.add_argument("--voice", default=None, metavar="ID", help="narration voice for --pack/--epub/--audio/--anki")
    p.add_argument("--rate", type=parse_rate, default=None, metavar="WPM", help="narration speed (the lesson's rate)")
    p.add_argument("--sentence-level", action="store_true",
                   help="--epub highlights whole sentences instead of words")
    p.add_argument("--no-video", action="store_true", help="--pack leaves the lesson's clip out (pictures stay)")
    p.add_argument("--force", action="store_true", help="replace files that exist")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write each export asked for; exit 1 with a message on a problem, 2 when nothing was asked."""
    targets = [p for p in (args.pdf, args.cards, args.anki, args.pack, args.epub, args.audio) if p is not None]
    if not targets:
        print("say what to export: --pdf OUT.pdf, --cards OUT.tsv, --anki OUT.apkg, --pack OUT.zip, --epub OUT.epub, "
              "--audio OUT.mp3", file=sys.stderr)
        return 2
    if args.audio is not None and args.audio.suffix.lower() not in (".mp3", ".wav"):
        print(f"{args.audio}: the audio file must end in .mp3 or .wav", file=sys.stderr)
        return 2
    for target in targets:  # before any work: a typo in a folder name must not cost a narration
        check_output_file(target, args.force)
    lesson = load_or_report(args.lesson)
    if lesson is None:
        return 1
    if args.cards is not None:
        from presenter.export.cards import cards_tsv
        from presenter.text.occurrences import occurrences

        write_atomic(args.cards, cards_tsv(lesson, occurrences(lesson)).encode("utf-8"))
        print(f"{args.cards}: {len(lesson.vocabulary)} flashcards (term, definition, example)")
        # Anki has no stock three-field note type: said here, where the teacher is, not only in docs.
        print("  Anki: import --anki OUT.apkg first (or instead) to keep the example; a TSV alone "
              "fills only term and definition in a new collection")
    if args.pdf is not None:
        from presenter.export.handout_pdf import write_handout_pdf
        from presenter.ui.slides.render import ensure_gui

        ensure_gui()
        with staged(args.pdf) as tmp:
            pages = write_handout_pdf(lesson, tmp, args.paper, answers=args.answers, line_numbers=args.line_numbers)
        kind = "teacher's copy with the answer key" if args.answers else "printable handout"
        print(f"{args.pdf}: {kind}, {pages} page(s), {args.paper.upper()}")
    if args.anki is not None and _export_anki(lesson, args) != 0:
        return 1
    if args.pack is not None or args.epub is not None or args.audio is not None:
        return _export_narrated(lesson, args)
    return 0


def _export_anki(lesson: Lesson, args: argparse.Namespace) -> int:
    """Speak each term, then write the Anki package with the audio and a cloze per found term."""
    from presenter.export.anki import speak_terms, write_apkg
    from presenter.export.errors import ExportError
    from presenter.speech.worker import SpeechWorker
    from presenter.text.occurrences import occurrences

    worker = SpeechWorker()
    try:
        with tempfile.TemporaryDirectory(prefix="presenter-anki-") as tmp:
            audio = speak_terms(lesson, Path(tmp), args.voice, args.rate, worker)
            deck = write_apkg(lesson, args.anki, occurrences(lesson), audio)
    except ExportError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        worker.close()
    print(f"{args.anki}: Anki deck \"{lesson.title}\", {deck.notes} notes with the term spoken, "
          f"{deck.clozes} cloze cards from the reading, {deck.bytes / 1e6:.1f} MB")
    return 0


def _export_narrated(lesson: Lesson, args: argparse.Namespace) -> int:
    """Render the narration once, then write the pack, the EPUB and the audio file asked for."""
    from presenter.export.audio import write_audio
    from presenter.export.epub import write_epub
    from presenter.export.errors import ExportError
    from presenter.export.narration_files import render_narration
    from presenter.export.pack import media_bytes, write_pack
    from presenter.speech.worker import SpeechWorker

    if args.pack is not None and lesson.media:  # before the narration: a big clip is worth knowing about
        video = not args.no_video
        print(f"{args.pack}: pictures{' and clip' if video and lesson.video else ''} "
              f"{media_bytes(lesson, video) / 1e6:.1f} MB" + ("" if video or not lesson.video else " (clip left out: --no-video)"),
              flush=True)

    worker = SpeechWorker()
    try:
        with tempfile.TemporaryDirectory(prefix="presenter-narration-") as tmp:
            narration = render_narration(lesson, Path(tmp), args.voice, args.rate, worker)
            minutes = narration.duration_ms / 60000
            if args.pack is not None:
                pack = write_pack(lesson, args.pack, narration, video=not args.no_video)
                print(f"{args.pack}: lesson pack, {pack.sentences} sentences, {minutes:.1f} min of narration "
                      f"({narration.voice or 'default voice'}, {narration.rate} words per minute), "
                      f"{pack.bytes / 1e6:.1f} MB")
            if args.epub is not None:
                book = write_epub(lesson, args.epub, narration, word_level=not args.sentence_level)
                unit = "sentence" if args.sentence_level else "word"
                print(f"{args.epub}: EPUB 3, {book.chapters} chapters, read aloud with {unit} highlighting, "
                      f"{book.duration_ms / 60000:.1f} min of audio")
            if args.audio is not None:
                audio = write_audio(narration, args.audio)
                print(f"{args.audio}: {audio.format.upper()}, {audio.sentences} sentences, "
                      f"{audio.duration_ms / 60000:.1f} min")
    except ExportError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        worker.close()
    return 0
