"""Read a lesson file (Markdown with a YAML header) into a Lesson, collecting every problem."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING


from presenter.lesson.frontmatter import FrontMatter, read_front_matter, split_front_matter
from presenter.lesson.items import ItemLines, parse_prompt, parse_question, parse_vocab, plain
from presenter.lesson.headings import unknown_heading
from presenter.lesson.media import reference, split_markdown_image
from presenter.lesson.exercises import parse_exercise
from presenter.lesson.mdblocks import blocks, comments, paragraph_items
from presenter.lesson.model import Exercise, Lesson, Media, Paragraph, Prompt, Question, Reading, ReadingImage, Section, VocabEntry
from presenter.lesson.problems import Problem, Severity
from presenter.lesson.speakers import split_speaker
from presenter.lesson.stamps import check_order, take_stamp

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

SECTION_NAMES = {
    "warmup": ("warm-up", "warm up", "warmup", "lead-in", "lead in", "pre-reading", "pre-reading questions",
               "before you read", "warm-up questions"),
    "vocabulary": ("vocabulary", "words", "key words", "keywords", "glossary", "vocab", "word list"),
    "reading": ("reading", "text", "transcript", "story", "article", "script", "the reading", "the text"),
    "comprehension": ("questions", "comprehension", "comprehension questions", "check your understanding"),
    "video": ("video", "clip", "watch", "watch the video", "audio"),
    "discussion": ("discussion", "discussion questions", "discussion prompts", "let's talk", "speaking", "let’s talk"),
    "exercises": ("exercises", "exercise", "multiple choice", "matching", "language exercises"),
}
# Real lessons run to a few hundred lines. Past this, parsing would hold millions of Markdown
# tokens (500,000 paragraphs took 0.9 GB): refused before any is made.
MAX_LINES = 50_000
_NAME_TO_SECTION = {name: kind for kind, names in SECTION_NAMES.items() for name in names}
_CLIP_LINE = re.compile(r"\s*(?:video|audio|clip)\s*:\s*(\S+)\s*$", re.I)
_NOTE = re.compile(r"\s*(?:\*\*)?notes?:(?:\*\*)?\s*", re.I)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Indented code and setext headings trip teachers up: "Answer:" indented four spaces
    # would become code, and text directly above "---" a heading. Neither is wanted here.
    from markdown_it import MarkdownIt  # imported on first parse: cached lessons never need it

    return MarkdownIt("commonmark").disable(["code", "lheading"])


@dataclass(slots=True)
class _Builder:
    path: Path | None
    problems: list[Problem] = field(default_factory=list)
    vocabulary: list[VocabEntry] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    section_title: str = ""
    section_line: int = 0
    pending_break: bool = False
    comprehension: list[Question] = field(default_factory=list)
    discussion: list[Prompt] = field(default_factory=list)
    warmup: list[Prompt] = field(default_factory=list)
    exercises: list[Exercise] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)
    images: list[ReadingImage] = field(default_factory=list)
    video: Media | None = None
    misspelt: dict[str, tuple[str, int]] = field(default_factory=dict)  # kind -> (heading, line)

    def report(self, line: int, severity: str, message: str) -> None:
        sev: Severity = "error" if severity == "error" else "warning"
        self.problems.append(Problem(self.path, line, sev, message))

    def close_section(self) -> None:
        if self.paragraphs:
            self.sections.append(Section(tuple(self.paragraphs), self.section_title, self.section_line))
        self.paragraphs = []
        self.pending_break = False

    def add_note(self, note: str, line: int) -> None:
        if not note:
            return
        if self.paragraphs:
            last = self.paragraphs[-1]
            self.paragraphs[-1] = replace(last, notes=(*last.notes, note))
        else:
            self.report(line, "warning", "a note before any text of the reading is ignored; put it under the paragraph it is about")


def parse_lesson(text: str, path: Path | None = None) -> tuple[Lesson | None, list[Problem]]:
    """Parse lesson text; return the lesson (None if there are errors) and every problem found."""
    b = _Builder(path)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > MAX_LINES:
        b.report(MAX_LINES + 1, "error", f"the file has {len(lines):,} lines; a lesson may have at most "
                                         f"{MAX_LINES:,} (is this the right file?)")
        return None, b.problems
    fm = FrontMatter()
    body_start = 0
    split = split_front_matter(lines)
    if split is not None:
        header, close = split
        if close < 0:
            b.report(1, "error", 'the front matter starting on line 1 is never closed; add a line "---" after it')
            return None, b.problems
        fm = read_front_matter(header, b.report)
        body_start = close + 1
    tokens = _markdown().parse("\n".join(lines[body_start:]))
    _walk(tokens, body_start, fm, b)
    b.close_section()
    header_broken = any(p.severity == "error" and p.line <= body_start for p in b.problems)
    if not fm.title and not header_broken:
        b.report(1, "error", 'the lesson has no title; put "title: My lesson" between two "---" lines at the top of the file')
    if "reading" not in b.seen and "reading" in b.misspelt:
        heading, at = b.misspelt["reading"]
        b.report(at, "error", f'the lesson has no reading: is "{heading}" meant to be "Reading"? Correct the heading')
    elif "reading" not in b.seen:  # at the last line (a final newline does not start another one)
        last = len(lines) - (len(lines) > 1 and lines[-1] == "")
        b.report(max(1, last), "error", 'the lesson has no reading; add a "# Reading" section with the text')
    elif not b.sections:
        b.report(b.seen["reading"], "error", 'the "Reading" section is empty; write the text under it')
    _check_duplicates(b)
    image = reference(*fm.media["image"], b.report) if "image" in fm.media else None
    if "video" in fm.media:
        b.video = reference(*fm.media["video"], b.report, clip=True)
    check_order([p for s in b.sections for p in s.paragraphs], b.video is not None, b.report)
    b.problems.sort(key=lambda p: p.line)
    if any(p.severity == "error" for p in b.problems):
        return None, b.problems
    lesson = Lesson(
        title=fm.title, reading=Reading(tuple(b.sections), tuple(b.images)), vocabulary=tuple(b.vocabulary),
        comprehension=tuple(b.comprehension), discussion=tuple(b.discussion), language=fm.language,
        level=fm.level, durations=fm.durations, voice=fm.voice, rate=fm.rate, source=fm.source,
        author=fm.author, path=path, image=image, video=b.video, warmup=tuple(b.warmup), exercises=tuple(b.exercises),
    )
    return lesson, b.problems


def _check_duplicates(b: _Builder) -> None:
    first: dict[str, VocabEntry] = {}
    for entry in b.vocabulary:
        key = entry.term.lower()
        if key in first:
            b.report(entry.line, "warning", f'vocabulary entry "{entry.term}" is already on line {first[key].line}')
        else:
            first[key] = entry


def _walk(tokens: list[Token], offset: int, fm: FrontMatter, b: _Builder) -> None:
    current: str | None = None
    level = 1
    for tok, inner in blocks(tokens):
        line = (tok.map[0] if tok.map else 0) + offset + 1
        if tok.type == "html_block" and (unclosed := comments(tok.content)[1]) >= 0:
            b.report(line + tok.content.count("\n", 0, unclosed), "warning",
                     'a comment "<!--" is never closed, so everything after it is hidden; end it with "-->"')
        if tok.type == "heading_open":
            heading = plain(inner[1].content)
            heading_level = int(tok.tag[1])
            kind = _NAME_TO_SECTION.get(heading.lower().strip(" :"))
            if kind is not None:
                if current == "reading":
                    b.close_section()
                if kind in b.seen:
                    b.report(line, "warning", f'a second "{heading}" section; its content is added to the first one (line {b.seen[kind]})')
                b.seen.setdefault(kind, line)
                current, level = kind, heading_level
                b.section_title, b.section_line = "", line
            elif current == "reading" and heading_level > level:
                b.close_section()
                b.section_title, b.section_line = heading, line
            elif current is None and not fm.title:
                fm.title, fm.title_line = heading, line
            else:
                if current == "reading":
                    b.close_section()
                meant, message = unknown_heading(heading, SECTION_NAMES)
                if meant is not None:
                    b.misspelt.setdefault(meant, (heading, line))
                b.report(line, "warning", message)
                current = "unknown"
            continue
        if current is None:
            if tok.type != "html_block":
                b.report(line, "warning", 'text before the first section is not shown; put it under a heading such as "# Reading"')
            current = "unknown"
            continue
        if current == "vocabulary":
            _vocabulary_block(tok, inner, offset, b)
        elif current == "reading":
            _reading_block(tok, inner, offset, line, b)
        elif current == "video" and tok.type == "paragraph_open" and inner[1].map is not None:
            _clip(inner[1].content, inner[1].map[0] + offset + 1, b)
        elif current in ("comprehension", "discussion", "warmup", "exercises"):
            _question_block(current, tok, inner, offset, b)


def _vocabulary_block(tok: Token, inner: list[Token], offset: int, b: _Builder) -> None:
    if tok.type == "paragraph_open" and inner[1].map is not None:
        # Entries written one per line, without list marks.
        start = inner[1].map[0] + offset + 1
        for i, raw in enumerate(inner[1].content.split("\n")):
            if raw.strip() and (entry := parse_vocab(ItemLines([raw], start + i), b.report)):
                b.vocabulary.append(entry)
        return
    for _, item, nested in paragraph_items(inner, offset):
        item.lines.extend(t.content for t in nested if t.type == "inline")
        if entry := parse_vocab(item, b.report):
            b.vocabulary.append(entry)


def _question_block(kind: str, tok: Token, inner: list[Token], offset: int, b: _Builder) -> None:
    if tok.type in ("hr", "html_block"):
        return
    for number, item, nested in paragraph_items(inner, offset):
        item.extra_options = [plain(t.content) for t in nested if t.type == "inline"]
        if kind == "comprehension":
            if q := parse_question(item, number, b.report):
                b.comprehension.append(q)
        elif kind == "exercises":
            if e := parse_exercise(item, number, b.report):
                b.exercises.append(e)
        elif p := parse_prompt(item, number, b.report):
            (b.warmup if kind == "warmup" else b.discussion).append(p)


def _reading_block(tok: Token, inner: list[Token], offset: int, line: int, b: _Builder) -> None:
    if tok.type == "hr":
        if tok.markup.startswith("-"):
            b.pending_break = bool(b.paragraphs)
        else:
            b.close_section()
            b.section_title, b.section_line = "", line + 1
        return
    if tok.type == "html_block":
        for comment in comments(tok.content)[0]:
            b.add_note(" ".join(comment.split()), line)
        return
    for t in inner:
        if t.type != "inline" or t.map is None:
            continue
        tline = t.map[0] + offset + 1
        raw = t.content
        pictures = [c for c in t.children or () if c.type == "image"]
        if pictures and all(c.type in ("image", "softbreak") or not c.content.strip() for c in t.children or ()):
            for c in pictures:  # a paragraph of pictures only: each is a block of its own
                if media := reference(str(c.attrGet("src") or ""), tline, b.report, alt=plain(c.content)):
                    b.images.append(ReadingImage(media, len([p for s in b.sections for p in s.paragraphs]) + len(b.paragraphs)))
            continue
        if (clip := _CLIP_LINE.match(raw)) and "." in clip.group(1):
            _clip(clip.group(1), tline, b)
            continue
        if note := _NOTE.match(raw):
            b.add_note(plain(raw[note.end() :]), tline)
            continue
        raw, start_ms = take_stamp(raw, tline, b.report)
        speaker, words = split_speaker(raw)
        text = plain(words)
        if not text:
            continue
        if not b.paragraphs:
            b.section_line = b.section_line or tline
        b.paragraphs.append(Paragraph(text, speaker, tline, b.pending_break, start_ms=start_ms))
        b.pending_break = False


def _clip(raw: str, line: int, b: _Builder) -> None:
    path, alt = split_markdown_image(raw.strip().split("\n")[0])
    if b.video is not None:
        b.report(line, "warning", f"a second clip is ignored; the lesson's clip is the one on line {b.video.line}")
    elif media := reference(path, line, b.report, alt=alt, clip=True):
        b.video = media


__all__ = ["parse_lesson"]
