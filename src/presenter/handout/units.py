"""The handout's lines as units: headings naming a section, separators, and blocks of lines with their shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presenter.handout.cues import is_part_label, is_teacher_note, task_text
from presenter.handout.info import single_answer
from presenter.handout.lines import (Line, ends_question, ends_sentence, heading_with_content,
                                     is_matching_task, is_separator, letter_label, num_label, section_kind,
                                     strip_bullet, word_count)
from presenter.handout.questions import is_instruction
from presenter.handout.reading import is_subheading
from presenter.handout.vocab import glossary_entries, is_word_list_line, looks_like_glossary
from presenter.handout.roles import Part, Role


@dataclass(slots=True)
class Block:
    """A run of lines with no blank line, separator or heading inside."""

    lines: list[Line]
    shape: str = ""


@dataclass(slots=True)
class Heading:
    """A heading line naming a section, maybe with content after a colon."""

    line: Line
    kind: Part
    content: str = ""


@dataclass(slots=True)
class Separator:
    """A line of dots, asterisks or dashes."""

    line: Line


Unit = Block | Heading | Separator


_LETTER_APART = re.compile(r"[A-H](?:\s{2,}|\t)(?=[A-Z])")


def _heading_of(line: Line, previous: Line | None) -> Heading | None:
    """The heading this line is, if it is one; `previous` is the line above it in the same block."""
    text = line.text
    if single_answer(text) is not None:
        return None  # "Correct answer: b" under an item answers it
    inline = heading_with_content(text)
    if inline is not None and previous is not None and num_label(text) and num_label(previous.text):
        inline = None  # "2. CHAT: talk about …" below "1. DELIVERY: …": items of one list, not headings
    if inline is not None and (previous is None or inline[0] in (Part.DISCUSSION, Part.WARMUP) or (
            inline[0] == Part.VOCABULARY and is_word_list_line(inline[1]) and not ends_sentence(previous.text))):
        return Heading(line, inline[0], inline[1])  # "Key words: commute, flexible, …" under the title
    kind = section_kind(text)
    if kind is None and (lettered := _LETTER_APART.match(line.raw.strip())):
        kind = section_kind(line.raw.strip()[lettered.end():])  # "C   Choose the correct answer.": a worksheet's part C
    if kind is None:
        return None
    if kind == Part.VOCABULARY and is_matching_task(text):
        return Heading(line, kind)  # "Match the words with their meanings.": a task that opens the exercise
    # A bare word like "Story" or "Words" inside a word list is an entry, not a heading; but
    # under a sentence or a numbered item (Word files have no blank lines) it is one.
    marked = line.md_level > 0 or text.endswith(":") or (text.isupper() and len(text) > 3)
    after_text = previous is not None and text[:1].isupper() and (
        ends_sentence(previous.text) or ends_question(previous.text) or word_count(previous.text) > 8
        or word_count(previous.text) >= 4 and re.search(r"\S(?::| [–—-]) ", previous.text) is not None
        or num_label(previous.text) is not None or letter_label(previous.text) is not None)
    return Heading(line, kind) if marked or previous is None or after_text else None


def units_of(lines: list[Line]) -> list[Unit]:
    """The handout after its title as headings, separators and blocks of lines."""
    units: list[Unit] = []
    block: list[Line] = []

    def flush() -> None:
        """End the block being read."""
        if block:
            units.extend(Block(part) for part in _split_mixed(block))
            block.clear()

    for line in lines:
        if line.role in (Role.DEBRIS, Role.TITLE, Role.SLUG, Role.SOURCE, Role.LEVEL, Role.DROPPED, Role.INTRO) or not line.text:
            if not line.text or line.role in (Role.DEBRIS, Role.SOURCE, Role.LEVEL, Role.INTRO):
                flush()
            continue
        if is_separator(line.text):
            flush()
            line.role = Role.SEPARATOR
            units.append(Separator(line))
            continue
        if is_part_label(line.text):
            flush()  # "Task 1 – Think": a part starts; what it is, its lines (or their instruction) say
            line.role = Role.HEADING
            line.extra.setdefault("why", "numbers a part of the worksheet; its lines say what it is")
            units.append(Separator(line))
            continue
        heading = _heading_of(line, block[-1] if block else None)
        if heading is not None:
            flush()
            line.role = Role.HEADING
            line.extra.setdefault("why", f"names a {heading.kind} section")
            units.append(heading)
            continue
        block.append(line)
    flush()
    for unit in units:
        if isinstance(unit, Block):
            unit.shape = shape_of(unit.lines)
    return units


_KEY_LINE = re.compile(r"^(?:examples?|e\.g|ex|definition|meaning|answer|note|options)\b\s*[:.]", re.I)


def _is_sentence(line: Line) -> bool:
    return word_count(line.text) >= 6 and ends_sentence(line.text)


def _table_row(line: Line) -> bool:
    return is_word_list_line(line.text) and not _labelled(line) and not re.search(r"[,;]|\. ", line.text)


_BARE_ITEM = re.compile(r"^(\d{1,2})\s+(?=[A-Z])")


def _labelled(line: Line) -> bool:
    text = strip_bullet(line.text)
    return num_label(text) is not None or letter_label(text) is not None or (
        (m := _BARE_ITEM.match(text)) is not None and m.group(1) == "1" and ends_question(text))


def _split_mixed(lines: list[Line]) -> list[list[Line]]:
    """Cut a block where its kind of line changes (Word files and some pages have no blank lines).

    A list starts after a sentence ("…well:" then "1. Make a budget…"), and prose starts after
    a table of words or after a list item that ended its sentence.
    """
    parts: list[list[Line]] = [[lines[0]]]
    all_rows = _table_row(lines[0])  # whether every line of the part being read is a table row
    for prev, line in zip(lines, lines[1:]):
        starts_list = _labelled(line) and (not _labelled(prev) and (
            _is_sentence(prev) or prev.text.endswith(":") or is_word_list_line(prev.text))
            or letter_label(prev.text) is not None and num_label(line.text) is not None and (
                is_instruction(task_text(prev.text)) or prev.text.endswith(":")))
        # Prose after a table only when everything before it in the block is table rows: the
        # lines of a hard-wrapped paragraph are short and unpunctuated too, but not all of them.
        table_above = len(parts[-1]) >= 2 and all_rows
        starts_prose = _is_sentence(line) and word_count(line.text) >= 10 and not _KEY_LINE.match(line.text) and (
            table_above or _labelled(prev) and ends_sentence(prev.text) and not _labelled(line))
        row = _table_row(line)
        after_task = is_instruction(task_text(prev.text)) and not is_instruction(task_text(line.text))
        note = is_teacher_note(line.text) or is_teacher_note(prev.text)  # a note to the teacher is a block of its own
        if starts_list or starts_prose or after_task or note:
            parts.append([])
            all_rows = row
        else:
            all_rows = all_rows and row
        parts[-1].append(line)
    return parts


def shape_of(lines: list[Line]) -> str:
    """What a block looks like: numbered, lettered, glossary, words, questions, short or prose."""
    first = strip_bullet(lines[0].text)
    if num_label(first) is not None:
        return "numbered"
    if letter_label(first) is not None:
        return "lettered"
    if (looks_like_glossary(lines) and len(lines) >= 2 or (
            len(lines) == 1 and "\t" in lines[0].raw and looks_like_glossary(lines))) and not _paragraph_meaning(lines):
        return "glossary"
    if all(is_word_list_line(ln.text) for ln in lines):
        tokens = sum(word_count(ln.text) for ln in lines)
        if len(lines) >= 2 and tokens >= 3 or len(lines) == 1 and _many_cells(lines[0]):
            return "words"
    if all(ends_question(ln.text) for ln in lines):
        return "asks"
    if len(lines) == 1 and is_subheading(lines[0]):
        return "short"
    return "prose"


def _paragraph_meaning(lines: list[Line]) -> bool:
    """A "meaning" of 40+ words: a paragraph that a dash split, not a word's meaning (a long one with its example is ~25)."""
    return any(word_count(e.definition) >= 40 for e in glossary_entries(lines).entries)


def _many_cells(line: Line) -> bool:
    text = line.text
    return "\t" in line.raw or text.count("|") >= 2 or text.count(",") >= 3
