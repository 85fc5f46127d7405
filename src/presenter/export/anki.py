"""An Anki package (.apkg, written by genanki): a note per term with its spoken audio, and a cloze of its sentence."""

from __future__ import annotations

import html
import threading
from functools import partial
import zlib
from dataclasses import dataclass
from pathlib import Path

from presenter.export.audio import encode_mp3, read_pcm
from presenter.export.cards import COLUMNS, NOTETYPE, Card, cards, deck_tag
from presenter.export.errors import ExportError
from presenter.export.narration_files import Worker, choose_voice
from presenter.fileio import staged
from presenter.lesson.model import Lesson
from presenter.speech.model import Clip
from presenter.text.occurrences import Occurrence

# Fixed ids: Anki recognises the note types (and the TSV's `#notetype:`) on every later import.
VOCAB_MODEL_ID = 1_733_160_161
CLOZE_MODEL_ID = 1_733_160_162
CLOZE_NOTETYPE = "presenter cloze"
SECONDS_PER_TERM = 10.0
_CSS = ".card { font-family: sans-serif; font-size: 22px; text-align: center; }\n.example { font-style: italic; }"


class AnkiError(ExportError):
    """The Anki package could not be made; `message` says why."""


@dataclass(frozen=True, slots=True)
class ApkgSummary:
    """What write_apkg wrote."""

    notes: int
    clozes: int
    audio_files: int
    bytes: int


def speak_terms(lesson: Lesson, out_dir: Path, voice: str | None, rate: int | None, worker: Worker) -> dict[int, Path]:
    """Each vocabulary entry's term spoken into `out_dir` as MP3 (vocabulary index -> file)."""
    chosen = choose_voice(lesson, voice, worker)
    results: dict[int, Clip | Exception] = {}
    done = threading.Event()
    lock = threading.Lock()
    entries = list(enumerate(lesson.vocabulary))

    def finished(i: int, outcome: Clip | Exception) -> None:
        with lock:
            results[i] = outcome
            if len(results) == len(entries):
                done.set()

    for i, v in entries:
        worker.submit(v.term, out_dir / f"term-{i + 1:03d}.wav", chosen, rate or lesson.rate,
                      partial(finished, i))
    if entries and not done.wait(SECONDS_PER_TERM * len(entries) + 30):
        raise AnkiError("the speech engine did not say the terms in time; try again or export without audio")
    out: dict[int, Path] = {}
    for i, outcome in sorted(results.items()):
        if isinstance(outcome, Exception):
            raise AnkiError(f"the term {lesson.vocabulary[i].term!r} could not be spoken: {outcome}")
        mp3 = out_dir / f"{_slug(lesson)}-term-{i + 1:03d}.mp3"
        mp3.write_bytes(encode_mp3(*read_pcm(outcome.wav_path)))
        out[i] = mp3
    return out


def _slug(lesson: Lesson) -> str:
    # Media files share one folder in a collection: the lesson's own prefix keeps lessons apart.
    return f"presenter-{zlib.crc32(lesson.title.encode('utf-8', 'surrogatepass')):08x}"


def cloze_text(hit: Occurrence) -> str:
    """The sentence (as HTML) with the term as written hidden behind Anki's `{{c1::…}}`."""
    s, a, b = hit.sentence, hit.char_start, hit.char_end
    return html.escape(s[:a], quote=False) + "{{c1::" + html.escape(s[a:b], quote=False) + "}}" + \
        html.escape(s[b:], quote=False)


def _models() -> tuple[object, object]:
    import genanki

    vocab = genanki.Model(
        VOCAB_MODEL_ID, NOTETYPE, fields=[{"name": n} for n in (*COLUMNS[:3], "Audio")],
        templates=[{"name": "Term → meaning", "qfmt": "{{Front}}<br>{{Audio}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Back}}<p class=example>{{Example}}</p>"}],
        css=_CSS)
    cloze = genanki.Model(
        CLOZE_MODEL_ID, CLOZE_NOTETYPE, fields=[{"name": "Text"}, {"name": "Back Extra"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}],
        css=_CSS, model_type=genanki.Model.CLOZE)
    return vocab, cloze


def write_apkg(lesson: Lesson, out: Path, found: dict[int, list[Occurrence]], audio: dict[int, Path]) -> ApkgSummary:
    """Write the deck (named after the lesson) with one note per term and one cloze per term found in the reading."""
    import genanki

    vocab, cloze = _models()
    deck = genanki.Deck(zlib.crc32(lesson.title.encode("utf-8", "surrogatepass")) | 1 << 31, lesson.title)
    tags = [deck_tag(lesson)]
    clozes = 0
    for card in cards(lesson, found):
        deck.add_note(genanki.Note(model=vocab, fields=_fields(card, audio.get(card.index)), tags=tags,
                                   guid=genanki.guid_for(lesson.title, card.term)))
        hits = found.get(card.index, [])
        if hits:
            hit = min(hits, key=lambda o: len(o.sentence))
            extra = html.escape(f"{card.term}: {card.definition}", quote=False)
            deck.add_note(genanki.Note(model=cloze, fields=[cloze_text(hit), extra], tags=tags,
                                       guid=genanki.guid_for(lesson.title, card.term, "cloze")))
            clozes += 1
    package = genanki.Package(deck)
    package.media_files = [str(p) for p in audio.values()]
    with staged(out) as tmp:
        package.write_to_file(str(tmp))
    return ApkgSummary(len(lesson.vocabulary), clozes, len(audio), out.stat().st_size)


def _fields(card: Card, mp3: Path | None) -> list[str]:
    sound = f"[sound:{mp3.name}]" if mp3 is not None else ""
    return [html.escape(x, quote=False) for x in (card.term, card.definition, card.example)] + [sound]
