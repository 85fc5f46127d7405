"""Where the text is among the parts taken for it: the stretch with the text's paragraphs, not prose around it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from presenter.handout.block_kinds import dialogue, form_line, full_lines, items_question_like, paragraphs, text_like, word_total
from presenter.handout.layout import blocks
from presenter.handout.lines import Line, ends_question, ends_sentence, letter_label, num_label, section_kind, undecorated, word_count
from presenter.handout.reading import speaker_of
from presenter.handout.questions import is_instruction
from presenter.handout.roles import Part, Role
from presenter.handout.title import title_case
from presenter.handout.units import Block, Heading


_TRANSPARENT = (Role.DEBRIS, Role.SEPARATOR, Role.DROPPED)  # a byline, a rule, a dropped instruction: not text, not a break


_END_MARK = re.compile(r"[■◼▪∎]")
# "Section 3 of 4", "Page 2 / 5", "Time left 0:19:42": a counter or a clock is the page's, never a story's line.
_COUNTER = re.compile(r"\b\d{1,3}\s*(?:of|/)\s*\d{1,3}\b|\b\d{1,2}:\d{2}\b", re.I)


class Spanned(Protocol):
    """A part of the handout as the segmenter builds it (segment.Region)."""

    kind: Part
    lines: list[Line]
    explicit: bool


def not_the_text(regions: Sequence[Spanned]) -> dict[int, str]:
    """The reading parts that are not the text (by index), each with why: a message before it, page lines after it."""
    # "Hi everyone! This week's reading is…" above the warm-up, then "The reading: Night Trains": the heading (or the
    # longest prose) says where the text is. After it, a part with no paragraph ("Transcript" over comments) is chrome.
    reading = [i for i, r in enumerate(regions) if r.kind == Part.READING]
    # 25 words: a short paragraph, the least a lesson reads; a heading over less holds a label or nothing.
    headed = next((i for i in reading if regions[i].explicit and word_total(regions[i].lines) >= 25), None)
    if headed is None and reading:  # no heading (or an empty one): the stretch with the most words is the reading
        headed = max(reading, key=lambda i: (word_total(regions[i].lines), -i))
    if headed is None:
        return {}
    main = regions[headed]
    found = {i: "prose before the parts, and the text comes later: kept as a note" for i, r in enumerate(regions[:headed])
             if r.kind == Part.READING and not r.explicit and word_total(r.lines) < word_total(main.lines) and (
                 # "How I use it… / The text": a heading naming the text says the prose above it is about it.
                 main.explicit or not any(full_lines(b) for b, _ in blocks(r.lines)) or any(
                     q.kind not in (Part.READING, Part.NOTES) and any(ln.text for ln in q.lines) and not _inset(q, r)
                     for q in regions[i + 1 : headed]))}
    for i in reading:
        if i > headed and not any(paragraphs(b) for b, _ in blocks(regions[i].lines)):
            found[i] = "after the text, with no paragraph of text: kept as a note"
    return found


def _leads_on(block: list[Line]) -> bool:
    """"Here are five tips from students:": one line of the text that leads into a list, not a task."""
    text = block[0].text
    return len(block) == 1 and text.endswith(":") and word_count(text) >= 5 and not is_instruction(text)


def _inset(part: Spanned, before: Spanned) -> bool:
    """A word box with no heading printed inside the text, after a paragraph of it: both sides are the text."""
    return part.kind == Part.VOCABULARY and not part.explicit and any(paragraphs(b) for b, _ in blocks(before.lines))


def ends_text(unit: Block, reading: list[Line], following: Sequence[Block | Heading]) -> bool:
    """Whether a block after the text ends it: lines with no sentence, a sign of the page in them, no more paragraphs."""
    if _END_MARK.fullmatch(unit.lines[0].text.strip()) and len(unit.lines) == 1:
        return any(text_like(b) for b, _ in blocks(reading))  # "■": a magazine's sign that the article is over
    if len(unit.lines) < 2 or full_lines(unit.lines) or dialogue(unit) \
            or any(ends_sentence(ln.text) and word_count(ln.text) >= 8 for ln in unit.lines):
        return False
    # Short lines alone may be a closing stanza or a story's last words: only a sign of the page ends the text.
    if not any(_page_sign(ln.text) for ln in unit.lines):
        return False
    if not any(text_like(b) for b, _ in blocks(reading)):
        return False
    for later in following:
        if isinstance(later, Heading):
            break
        if paragraphs(later.lines) and not items_question_like(later):
            return False
    return True


def _page_sign(text: str) -> bool:
    """A line of the page or the task, not of a text: a counter or a clock, a form line, numbers alone, a part's name."""
    return bool(_COUNTER.search(text)) or form_line(text) or section_kind(text) is not None \
        or bool(re.fullmatch(r"[\d\s.,|·•/-]*\d[\d\s.,|·•/-]*", text))  # "1 2 3 4 5 6": a quiz's page buttons


def lead_in(reading: list[Line]) -> list[Line]:
    """The lines above the text's first good-sized run of prose (a form line, a task, a glossary), or [] with no paragraphs."""
    # A run is prose blocks, a short line between two of them a subheading; one short line right above it is the
    # text's own title and stays.
    parts = [[ln for ln in b if ln.role not in _TRANSPARENT] for b, _ in blocks(reading)]
    parts = [b for b in parts if b]
    if not any(paragraphs(b) for b in parts):
        return []
    prose = [full_lines(b) and not any(form_line(ln.text) for ln in b) or _leads_on(b) for b in parts]
    runs: list[list[int]] = []
    for i, is_prose in enumerate(prose):
        bridge = len(parts[i]) == 1 and word_count(parts[i][0].text) <= 12 and 0 < i < len(parts) - 1 \
            and paragraphs(parts[i - 1]) and prose[i + 1]  # a subheading between paragraphs
        if is_prose or bridge:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    sizes = [sum(word_total(parts[i]) for i in run) for run in runs]
    # The first run of a good size: a box or a list inside the text splits it, and both halves are the text. Two
    # fifths: a split text's first half is rarely less, and a task, a message or an intro above it rarely more.
    start = next(run for run, size in zip(runs, sizes, strict=True) if size * 5 >= max(sizes) * 2)[0]
    above = parts[start - 1] if start else []
    if len(above) == 1 and word_count(above[0].text) <= 12 and not ends_sentence(above[0].text):
        start -= 1  # the text's own title, right above it
    return [ln for b in parts[:start] for ln in b]


def title_above(region: Spanned, marked: bool = False) -> list[Line]:
    """The region's last block when it is one title-like line ("My First Kitchen Job"), taken out of it.

    `marked`: only a line marked as a title (decorated, a Markdown heading, or in title case), as
    a word list's last line may be a capitalised term.
    """
    texts = [i for i, ln in enumerate(region.lines) if ln.text]
    if not texts or len(texts) >= 2 and region.lines[texts[-2]].no == region.lines[texts[-1]].no - 1:  # one line alone
        return []
    last = region.lines[texts[-1]]
    text = last.text
    bare = undecorated(text)  # "~~~ Mia and the Red Kite ~~~"
    if not (bare[:1].isupper() or bare[:1].isdigit() or last.md_level) or word_count(text) > 16 or ends_sentence(text) \
            or ends_question(text) or num_label(text) or letter_label(text) or speaker_of(text) is not None:
        return []
    if marked and not (last.md_level or undecorated(text) != text or title_case(text)):
        return []
    region.lines = region.lines[: texts[-1]]
    return [last]
