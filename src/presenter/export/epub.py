"""EPUB 3 with Media Overlays: the reading highlighted as it is read, plus vocabulary and questions (no Qt).

Layout: a title page, the vocabulary, one chapter per section of the reading (each with its MP3
and its SMIL overlay), the questions (each answer in a `<details>` block) and the discussion prompts. Each
sentence is a <span id="sN">, each spoken word inside it a <span id="sNwK">; the overlay plays
word by word (or sentence by sentence) and the reading system puts ACTIVE_CLASS on what is heard.
The audio is MP3, a core media type (WAV is not); SMIL times account for the encoder's delay.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from presenter.deck.reading import IndexedParagraph, ReadingIndex
from presenter.export.audio import MP3_DELAY_SAMPLES, encode_mp3, join_sentences, mp3_duration_ms
from presenter.export.epub_images import CSS as PICTURE_CSS
from presenter.export.exercises_html import epub_discussion, epub_exercises, epub_questions, epub_warmup
from presenter.export.epub_images import book_pictures, figure
from presenter.export.errors import ExportError
from presenter.fileio import atomic_output
from presenter.export.narration_files import NarratedSentence, Narration
from presenter.lesson.jsonview import lesson_to_dict
from presenter.lesson.model import Lesson
from presenter.speech.model import WordTiming

ACTIVE_CLASS = "-epub-media-overlay-active"
PLAYING_CLASS = "-epub-media-overlay-playing"
CSS = f"""body {{ font-family: serif; line-height: 1.5; }}
h1 {{ font-size: 1.4em; }}
.speaker {{ font-weight: bold; }}
.pos, .forms {{ font-style: italic; }}
.example {{ font-style: italic; margin-top: 0.2em; }}
details.answer summary {{ color: #1a5fb4; cursor: pointer; }}
.{ACTIVE_CLASS} {{ background-color: #ffe680; color: #000000; }}
"""


class EpubError(ExportError):
    """The EPUB could not be made; `message` says why."""


@dataclass(frozen=True, slots=True)
class EpubSummary:
    """What write_epub wrote."""

    path: Path
    chapters: int
    overlays: int
    duration_ms: int  # total playing time of the overlays' audio
    bytes: int


@dataclass(frozen=True, slots=True)
class _Doc:
    """One file of the book, its manifest entry and, for spine documents, its title."""

    href: str
    data: bytes
    media_type: str
    title: str = ""
    overlay: str = ""  # href of its SMIL overlay
    duration_ms: int = 0  # for SMIL items


def _xhtml(title: str, lang: str, body: str) -> bytes:
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
            f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            f'lang="{escape(lang)}" xml:lang="{escape(lang)}">\n<head><meta charset="utf-8"/>'
            f"<title>{escape(title)}</title>"
            '<link rel="stylesheet" type="text/css" href="style.css"/></head>\n'
            f"<body>\n{body}\n</body>\n</html>\n").encode("utf-8")


def _clock(seconds: float) -> str:
    """A SMIL/OPF clock value, h:mm:ss.fff."""
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _words(s: NarratedSentence) -> list[WordTiming]:
    """The sentence's timed words if their spans are usable as nested spans, else []."""
    words, pos = [], 0
    for w in s.clip.words:
        if not pos <= w.char_start < w.char_end <= len(s.text):
            return []  # overlapping or out of the text: highlight the sentence instead
        words.append(w)
        pos = w.char_end
    return words


def _sentence_html(text: str, sid: str, words: Sequence[WordTiming]) -> str:
    out, pos = [f'<span id="{sid}">'], 0
    for k, w in enumerate(words, 1):
        out.append(f'{escape(text[pos:w.char_start])}<span id="{sid}w{k}">{escape(text[w.char_start:w.char_end])}</span>')
        pos = w.char_end
    out.append(f"{escape(text[pos:])}</span>")
    return "".join(out)


def _paragraph_html(p: IndexedParagraph, index: ReadingIndex, narrated: dict[int, NarratedSentence]) -> str:
    parts, pos = [], 0
    if p.speaker:
        parts.append(f'<span class="speaker">{escape(p.speaker)}:</span> ')
    for s in index.paragraph_sentences(p.index):
        n = narrated.get(s.index)
        parts.append(escape(p.text[pos:s.start]) + _sentence_html(s.text, f"s{s.index + 1}", _words(n) if n else []))
        pos = s.end
    return f"<p>{''.join(parts)}{escape(p.text[pos:])}</p>"


def _smil(href: str, sentences: Sequence[NarratedSentence], audio: str, starts: Sequence[int], rate: int,
          word_level: bool) -> bytes:
    """The overlay of one chapter: a par per word (inside a seq per sentence) or per sentence."""
    def par(frag: str, begin_ms: float, end_ms: float) -> str:
        return (f'<par><text src="{href}#{frag}"/><audio src="{audio}" clipBegin="{_clock(begin_ms / 1000)}" '
                f'clipEnd="{_clock(end_ms / 1000)}"/></par>')

    body = []
    for s, start in zip(sentences, starts):
        base = (MP3_DELAY_SAMPLES + start) * 1000 / rate  # where the sentence starts in the decoded MP3
        sid, words = f"s{s.index + 1}", _words(s) if word_level else []
        pars = []
        for k, w in enumerate(words):
            begin = 0 if k == 0 else w.start_ms  # the first word also takes the lead-in silence
            end = words[k + 1].start_ms if k + 1 < len(words) else s.clip.duration_ms
            if round(base + end) > round(base + begin):
                pars.append(par(f"{sid}w{k + 1}", base + begin, base + end))
        if pars:
            body.append(f'<seq epub:textref="{href}#{sid}">{"".join(pars)}</seq>')
        else:
            body.append(par(sid, base, base + s.clip.duration_ms))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<smil xmlns="http://www.w3.org/ns/SMIL" '
            'xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
            f'<body><seq epub:textref="{href}#reading" epub:type="bodymatter chapter">\n'
            + "\n".join(body) + "\n</seq></body>\n</smil>\n").encode("utf-8")


def _reading_docs(lesson: Lesson, narration: Narration | None, word_level: bool) -> list[_Doc]:
    index = ReadingIndex.build(lesson.reading)
    narrated = {s.index: s for s in narration.sentences} if narration else {}
    if narration and [s.text for s in narration.sentences] != [s.text for s in index.sentences]:
        raise EpubError("the narration is of another version of the lesson; render it again")
    docs = []
    for k, section in enumerate(lesson.reading.sections):
        n = k + 1
        title = section.title or ("Reading" if len(lesson.reading.sections) == 1 else f"Reading, part {n}")
        paras = [p for p in index.paragraphs if p.section == k]
        body = "\n".join(_paragraph_html(p, index, narrated) + _figures_after(lesson, p.index + 1, k == 0 and p is paras[0])
                          for p in paras)
        href = f"reading-{n}.xhtml"
        mine = [narrated[s.index] for p in paras for s in index.paragraph_sentences(p.index) if s.index in narrated]
        overlay = f"reading-{n}.smil" if mine else ""
        docs.append(_Doc(href, _xhtml(title, lesson.language, f'<section id="reading" epub:type="chapter">\n'
                                      f"<h1>{escape(title)}</h1>\n{body}\n</section>"), "application/xhtml+xml", title, overlay))
        if mine:
            joined = join_sentences(mine)
            mp3 = encode_mp3(joined.samples, joined.sample_rate)
            audio = f"audio/reading-{n}.mp3"
            smil = _smil(href, mine, audio, [a for a, _ in joined.spans], joined.sample_rate, word_level)
            docs.append(_Doc(audio, mp3, "audio/mpeg"))
            docs.append(_Doc(overlay, smil, "application/smil+xml", duration_ms=mp3_duration_ms(mp3)))
    return docs


def _figures_after(lesson: Lesson, after: int, first: bool) -> str:
    """The reading's pictures that follow paragraph `after` - 1 (those before any text go after the first)."""
    pictures = book_pictures(lesson)
    return "".join("\n" + figure(r.media, pictures) for r in lesson.reading.images if r.after == after or (first and r.after == 0))


def _vocabulary(lesson: Lesson) -> str:
    items = []
    for v in lesson.vocabulary:
        forms = f' <span class="forms">({escape(", ".join(v.forms))})</span>' if v.forms else ""
        pos = f' <span class="pos">{escape(v.part_of_speech)}</span>' if v.part_of_speech else ""
        example = f'<div class="example">{escape(v.example)}</div>' if v.example else ""
        picture = figure(v.image, book_pictures(lesson), caption=False)
        items.append(f"<dt>{escape(v.term)}{forms}{pos}</dt><dd>{picture}{escape(v.definition) or '&#8212;'}{example}</dd>")
    return "<dl>\n" + "\n".join(items) + "\n</dl>"


def _title_page(lesson: Lesson, narration: Narration | None) -> str:
    lines = [figure(lesson.image, book_pictures(lesson), caption=False), f"<h1>{escape(lesson.title)}</h1>"]
    for label, value in (("Level", lesson.level), ("Source", lesson.source), ("Author", lesson.author)):
        if value:
            lines.append(f"<p>{label}: {escape(value)}</p>")
    if narration:
        lines.append(f"<p>Narration: {escape(narration.voice or 'default voice')}, "
                     f"{narration.rate} words per minute.</p>")
    return '<section epub:type="titlepage">\n' + "\n".join(lines) + "\n</section>"


def _chapter(href: str, title: str, lesson: Lesson, body: str) -> _Doc:
    return _Doc(href, _xhtml(title, lesson.language, f'<section epub:type="chapter">\n<h1>{escape(title)}</h1>\n'
                             f"{body}\n</section>"), "application/xhtml+xml", title)


def _docs(lesson: Lesson, narration: Narration | None, word_level: bool) -> list[_Doc]:
    docs = [_Doc("title.xhtml", _xhtml(lesson.title, lesson.language, _title_page(lesson, narration)),
                 "application/xhtml+xml", lesson.title)]
    if lesson.warmup:
        docs.append(_chapter("warmup.xhtml", "Before you read", lesson, epub_warmup(lesson)))
    if lesson.vocabulary:
        docs.append(_chapter("vocabulary.xhtml", "Vocabulary", lesson, _vocabulary(lesson)))
    docs += _reading_docs(lesson, narration, word_level)
    if lesson.comprehension:
        docs.append(_chapter("questions.xhtml", "Questions", lesson, epub_questions(lesson)))
    if lesson.exercises:
        docs.append(_chapter("exercises.xhtml", "Exercises", lesson, epub_exercises(lesson)))
    if lesson.discussion:
        docs.append(_chapter("discussion.xhtml", "Discussion", lesson, epub_discussion(lesson)))
    spine = [d for d in docs if d.title]
    toc = "\n".join(f'<li><a href="{d.href}">{escape(d.title)}</a></li>' for d in spine)
    nav = f'<nav epub:type="toc" id="toc"><h1>Contents</h1>\n<ol>\n{toc}\n</ol></nav>'
    return docs + [_Doc("nav.xhtml", _xhtml("Contents", lesson.language, nav), "application/xhtml+xml"),
                   _Doc("style.css", (CSS + PICTURE_CSS).encode("utf-8"), "text/css"),
                   *(_Doc(href, path.read_bytes(), kind) for href, path, kind in book_pictures(lesson).values())]


def _item_id(href: str) -> str:
    return "i-" + href.replace("/", "-").replace(".", "-")


def _opf(lesson: Lesson, docs: list[_Doc], narration: Narration | None) -> bytes:
    digest = hashlib.sha256(json.dumps(lesson_to_dict(lesson), sort_keys=True).encode("utf-8")).hexdigest()
    meta = [f'<dc:identifier id="uid">urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, "presenter:" + digest)}</dc:identifier>',
            f"<dc:title>{escape(lesson.title)}</dc:title>", f"<dc:language>{escape(lesson.language)}</dc:language>",
            f'<meta property="dcterms:modified">{time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}</meta>']
    meta += [f"<dc:creator>{escape(lesson.author)}</dc:creator>"] if lesson.author else []
    meta += [f"<dc:source>{escape(lesson.source)}</dc:source>"] if lesson.source else []
    smils = [d for d in docs if d.media_type == "application/smil+xml"]
    if smils:
        meta += [f'<meta property="media:duration" refines="#{_item_id(d.href)}">{_clock(d.duration_ms / 1000)}</meta>'
                 for d in smils]
        # The total is the sum of the rounded parts, as epubcheck adds them up.
        meta.append(f'<meta property="media:duration">{_clock(sum(d.duration_ms for d in smils) / 1000)}</meta>')
        voice = f"{narration.voice or 'default voice'} ({narration.engine_version})" if narration else ""
        meta.append(f'<meta property="media:narrator">{escape(voice)}</meta>')
        meta.append(f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>')
        meta.append(f'<meta property="media:playback-active-class">{PLAYING_CLASS}</meta>')
    items = []
    for d in docs:
        extra = ' properties="nav"' if d.href == "nav.xhtml" else ""
        extra += f' media-overlay="{_item_id(d.overlay)}"' if d.overlay else ""
        items.append(f'<item id="{_item_id(d.href)}" href="{d.href}" media-type="{d.media_type}"{extra}/>')
    spine = "".join(f'<itemref idref="{_item_id(d.href)}"/>' for d in docs if d.title)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
            f'unique-identifier="uid" xml:lang="{escape(lesson.language)}">\n'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n' + "\n".join(meta) + "\n</metadata>\n"
            "<manifest>\n" + "\n".join(items) + f"\n</manifest>\n<spine>{spine}</spine>\n</package>\n").encode("utf-8")


CONTAINER = b"""<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""


def _add(zf: zipfile.ZipFile, name: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED) -> None:
    """A member readable by everyone once unpacked (zipfile's default for names is owner-only)."""
    info = zipfile.ZipInfo(name, time.localtime()[:6])
    info.external_attr = 0o100644 << 16
    info.compress_type = compress
    zf.writestr(info, data)


def write_epub(lesson: Lesson, out: Path, narration: Narration | None, *, word_level: bool = True) -> EpubSummary:
    """Write the lesson as an EPUB 3 (with Media Overlays when `narration` is given); atomic."""
    docs = _docs(lesson, narration, word_level)
    with atomic_output(out) as raw, zipfile.ZipFile(raw, "w") as zf:
        # OCF: "mimetype" first, stored, so that the file's first bytes identify it.
        _add(zf, "mimetype", b"application/epub+zip", zipfile.ZIP_STORED)
        _add(zf, "META-INF/container.xml", CONTAINER)
        _add(zf, "EPUB/package.opf", _opf(lesson, docs, narration))
        for d in docs:  # MP3 does not deflate: store it
            _add(zf, f"EPUB/{d.href}", d.data, zipfile.ZIP_STORED if d.media_type == "audio/mpeg" else zipfile.ZIP_DEFLATED)
    smils = [d for d in docs if d.media_type == "application/smil+xml"]
    return EpubSummary(out, sum(1 for d in docs if d.title), len(smils), sum(d.duration_ms for d in smils),
                       out.stat().st_size)
