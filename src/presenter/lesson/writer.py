"""Write a Lesson back as a lesson file, in exactly the documented format (docs/lesson-format.md)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from presenter.lesson.durations import format_duration
from presenter.lesson.model import DEFAULT_SECONDS, Exercise, Lesson, Media, Paragraph, Prompt, Question, Section, VocabEntry

# The writer asks the parser's own rules whether a line would read as a speaker or a note,
# so that the two can never drift apart (they live in the same package on purpose).
from presenter.lesson.parser import _NOTE
from presenter.lesson.speakers import split_speaker
from presenter.lesson.stamps import shown_stamp

# The model keeps parts of speech spelled out; the file uses the short forms teachers write.
# Every short form here is one the parser reads back to the same long form.
POS_ABBREVIATIONS = {
    "noun": "n.", "verb": "v.", "adjective": "adj.", "adverb": "adv.", "phrase": "phr.",
    "phrasal verb": "phrasal verb", "idiom": "idiom", "preposition": "prep.", "conjunction": "conj.",
    "pronoun": "pron.", "determiner": "det.", "expression": "expr.", "interjection": "interj.",
    "noun phrase": "n phr.", "abbreviation": "abbr.",
}

# Characters that the parser's inline Markdown pass would otherwise read as markup.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&!])")
# Starts of a line that Markdown reads as a block: heading, quote, list, rule, fence, HTML.
_BLOCK_START = re.compile(r"^(?:[#>+=~|-]|\*|\d{1,9}[.)](?=\s|$))")
_SINGLE_WORD = re.compile(r"[A-Za-z][\w-]*")
_PLURAL_MARK = re.compile(r"(?<=\w)\(s\)")


def escape_inline(text: str) -> str:
    """Backslash-escape the characters that inline Markdown would treat as markup."""
    return _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _escape_line_start(text: str) -> str:
    """Escape a line's first character when Markdown would read it as the start of a block."""
    m = _BLOCK_START.match(text)
    if not m:
        return text
    if m.group(0)[0].isdigit():
        # "1. In 2019 …": a numbered paragraph of the reading, not a list.
        return text[: m.end() - 1] + "\\" + text[m.end() - 1 :]
    return "\\" + text


def _paragraph_text(text: str) -> str:
    """One paragraph of plain text, safe to write where a paragraph starts."""
    out = _escape_line_start(escape_inline(text))
    # A leading "Note:" would become a teacher's note, a leading "Name:" a speaker label:
    # "\:" keeps the colon as text (the documented escape).
    if _NOTE.match(out) or split_speaker(out)[0] is not None:
        out = out.replace(":", "\\:", 1)
    return out


def _speaker_label(speaker: str) -> str:
    """The label as the parser reads it back: plain when allowed (`Journalist:`), bold otherwise."""
    plain_label = f"{speaker}:"
    if not _NOTE.match(plain_label) and split_speaker(plain_label + " x") == (speaker, "x"):
        return plain_label
    return f"**{escape_inline(speaker)}:**"


def _item_text(text: str) -> str:
    """The text of a list item or labelled paragraph."""
    # "1. - x" would open a list inside the item: escape what would start a block.
    # (An unlabelled item starting "A. …" is read as labelled "A" whatever we do:
    # the parser takes the label after unescaping. The importer never makes one.)
    return _escape_line_start(escape_inline(text))


def _sub_line(text: str) -> str:
    """A continuation line's value (Answer:, Note: …), escaped so it cannot pose as another key."""
    return escape_inline(text)


def front_matter(lesson: Lesson) -> str:
    """The YAML header, values quoted by yaml.safe_dump wherever YAML needs it."""
    data: dict[str, Any] = {"title": lesson.title, "language": lesson.language}
    if lesson.level:
        data["level"] = lesson.level
    durations: dict[str, str] = {
        "comprehension": format_duration(lesson.durations.comprehension),
        "discussion": format_duration(lesson.durations.discussion),
    }
    for kind in ("game", "warmup", "exercise"):
        if getattr(lesson.durations, kind) != DEFAULT_SECONDS[kind]:
            durations[kind] = format_duration(getattr(lesson.durations, kind))
    data["durations"] = durations
    if lesson.voice:
        data["voice"] = lesson.voice
    data["rate"] = lesson.rate
    for key in ("source", "author"):
        if value := getattr(lesson, key):
            data[key] = value
    for key, media in (("image", lesson.image), ("video", lesson.video)):
        if media is not None:
            data[key] = media.path
    dumped = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return f"---\n{dumped}---\n"


def _no_plural_mark(text: str) -> str:
    """Escape "word(s)", which the parser would otherwise turn into an extra form."""
    return _PLURAL_MARK.sub(r"\\(s)", text)


def vocab_line(entry: VocabEntry) -> list[str]:
    """The lines of one vocabulary entry: `- **term** / forms (count) (pos) — definition`."""
    forms = list(entry.forms)
    term = _no_plural_mark(escape_inline(entry.term))
    if forms and forms[0] == entry.term + "s" and _SINGLE_WORD.fullmatch(entry.term):
        # The handout's "benefit(s)" stays as the teacher wrote it; the parser reads it back.
        term = f"{term}(s)"
        forms = forms[1:]
    parts = [f"- **{term}**"]
    parts.extend(f"/ {_no_plural_mark(escape_inline(f))}" for f in forms)
    if entry.count is not None:
        parts.append(f"({entry.count})")
    if entry.part_of_speech:
        parts.append(f"({POS_ABBREVIATIONS.get(entry.part_of_speech, entry.part_of_speech)})")
    line = " ".join(parts)
    if entry.definition:
        line += " — " + _no_plural_mark(escape_inline(entry.definition))
        if entry.suggested:
            line += "  <!-- suggested -->"
    lines = [line]
    if entry.example:
        lines.append("  Example: " + _sub_line(entry.example))
    if entry.image is not None:
        lines.append("  Image: " + entry.image.path)
    return lines


def _time_line(seconds: int | None, think: int | None = None) -> list[str]:
    if seconds is None:
        return []
    if think is not None:
        return [f"Time: think {format_duration(think)}, talk {format_duration(seconds)}"]
    return [f"Time: {format_duration(seconds)}"]


def _options_lines(options: tuple[str, ...]) -> list[str]:
    if not options:
        return []
    if len(options) <= 8:
        # Lettered lines, as in the handout: no separator inside an option can split it.
        return [f"{'abcdefgh'[i]}) {escape_inline(o)}" for i, o in enumerate(options)]
    # More than a–h: one "Options:" line (an option holding "|" cannot be written there).
    return ["Options: " + " | ".join(escape_inline(o) for o in options)]


def question_lines(q: Question) -> list[str]:
    """The lines of one comprehension question, with its Answer/Time/Options/Note lines."""
    head, indent = _item_head(q.label, q.text)
    lines = [head]
    sub: list[str] = []
    if q.answer:
        sub.append("Answer: " + _sub_line(q.answer))
    sub.extend(_time_line(q.seconds))
    sub.extend(_options_lines(q.options))
    sub.extend("Note: " + _sub_line(n) for n in q.notes)
    lines.extend(indent + s for s in sub)
    return lines


def prompt_lines(p: Prompt) -> list[str]:
    """The lines of one discussion prompt, with its Time/Grouping/Options/Note lines."""
    head, indent = _item_head(p.label, p.text)
    sub: list[str] = []
    sub.extend(_time_line(p.seconds, p.think_seconds))
    if p.grouping:
        sub.append(f"Grouping: groups of {p.group_size}" if p.group_size else f"Grouping: {p.grouping}")
    sub.extend(_options_lines(p.options))
    sub.extend("Note: " + _sub_line(n) for n in p.notes)
    return [head, *(indent + s for s in sub)]


def exercise_lines(e: Exercise) -> list[str]:
    """The lines of one exercise: options and answer, or its "- term = meaning" pairs."""
    head, indent = _item_head(e.label, e.text)
    sub: list[str] = []
    if e.kind == "choice":
        sub.extend(_options_lines(e.options))
        if e.answer:
            sub.append("Answer: " + _sub_line(e.answer))
    sub.extend(_time_line(e.seconds))
    sub.extend("Note: " + _sub_line(n) for n in e.notes)
    if e.kind == "matching":  # the pairs last: a line after a list would join its last item
        sub.extend(f"- {escape_inline(t)} = {escape_inline(m)}" for t, m in e.pairs)
    return [head, *(indent + s for s in sub)]


def _item_head(label: str, text: str) -> tuple[str, str]:
    """The first line of a question or prompt and the indent of the lines under it."""
    if label:
        return f"{label}. {_item_text(text)}", " " * (len(label) + 2)
    return f"- {_item_text(text)}", "  "


def _paragraph_lines(p: Paragraph) -> list[str]:
    if p.speaker:
        body = f"{_speaker_label(p.speaker)} {escape_inline(p.text)}"
    else:
        body = _paragraph_text(p.text)
    if p.start_ms is not None:
        body = f"[{shown_stamp(p.start_ms)}] {body}"
    out = [body]
    for note in p.notes:
        out.extend(["", "Note: " + escape_inline(note)])
    return out


def image_line(media: Media) -> str:
    """A picture as its own Markdown paragraph: `![description](path)`."""
    alt = re.sub(r"([\\\[\]])", r"\\\1", " ".join(media.alt.split()))
    path = f"<{media.path}>" if re.search(r"[\s()<>]", media.path) else media.path
    return f"![{alt}]({path})"


def _section_lines(section: Section, first: bool, start: int, images: dict[int, list[Media]]) -> list[str]:
    out: list[str] = []
    if section.title:
        out.extend([f"## {escape_inline(section.title)}", ""])
    elif not first:
        out.extend(["* * *", ""])
    for i, p in enumerate(section.paragraphs):
        for media in images.pop(start + i, []):  # the pictures written before this paragraph
            out.extend([image_line(media), ""])
        if p.slide_break_before and i > 0:
            out.extend(["---", ""])
        out.extend(_paragraph_lines(p))
        out.append("")
    return out


def write_lesson_markdown(lesson: Lesson) -> str:
    """The lesson as a lesson file; parse_lesson reads it back to an equal lesson (lines aside)."""
    out: list[str] = [front_matter(lesson)]
    if lesson.warmup:
        out.append("# Warm-up\n")
        for p in lesson.warmup:
            out.extend(prompt_lines(p))
            out.append("")
    if lesson.vocabulary:
        out.append("# Vocabulary\n")
        for entry in lesson.vocabulary:
            out.extend(vocab_line(entry))
        out.append("")
    out.append("# Reading\n")
    images: dict[int, list[Media]] = {}
    for picture in lesson.reading.images:
        images.setdefault(picture.after, []).append(picture.media)
    start = 0
    for i, section in enumerate(lesson.reading.sections):
        out.extend(_section_lines(section, i == 0, start, images))
        start += len(section.paragraphs)
    for media in (m for after in sorted(images) for m in images[after]):  # after the last paragraph
        out.extend([image_line(media), ""])
    if lesson.comprehension:
        out.append("# Questions\n")
        items = lesson.comprehension
        for i, q in enumerate(items):
            out.extend(question_lines(q))
            # Numbered questions stay one tight list, as teachers write them; a lettered
            # question is a paragraph of its own and needs a blank line around it.
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is None or not (q.label.isdigit() and nxt.label.isdigit()):
                out.append("")
    if lesson.exercises:
        out.append("# Exercises\n")
        for e in lesson.exercises:
            out.extend(exercise_lines(e))
            out.append("")
    if lesson.discussion:
        out.append("# Discussion\n")
        for p in lesson.discussion:
            out.extend(prompt_lines(p))
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
