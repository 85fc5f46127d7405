"""Where the text is among the parts taken for it: the stretch with the text's paragraphs, not prose around it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from presenter.handout.block_kinds import dialogue, full_lines, items_question_like, paragraphs, text_like, word_total
from presenter.handout.layout import blocks
from presenter.handout.lines import Line, ends_sentence, word_count
from presenter.handout.roles import Part
from presenter.handout.units import Block, Heading


class Spanned(Protocol):
    """A part of the handout as the segmenter builds it (segment.Region)."""

    kind: Part
    lines: list[Line]
    explicit: bool


def not_the_text(regions: Sequence[Spanned]) -> dict[int, str]:
    """The reading parts that are not the text (by index), each with why.

    "Hi everyone! This week's reading is…" above the warm-up, then "The reading: Night Trains": the
    heading (or, with none, the longer stretch of prose) says where the text is; what came before
    the parts between is a message about the lesson. After it, a part taken for more text that holds
    no paragraph ("Transcript" over a channel's name and comments) is page or task lines.
    """
    reading = [i for i, r in enumerate(regions) if r.kind == Part.READING]
    headed = next((i for i in reading if regions[i].explicit and word_total(regions[i].lines) >= 25), None)
    if headed is None and reading:  # no heading (or an empty one): the stretch with the most words is the reading
        headed = max(reading, key=lambda i: (word_total(regions[i].lines), -i))
    if headed is None:
        return {}
    main = regions[headed]
    found = {i: "prose before the parts, and the text comes later: kept as a note" for i, r in enumerate(regions[:headed])
             if r.kind == Part.READING and not r.explicit and word_total(r.lines) < word_total(main.lines) and (
                 not any(full_lines(b) for b, _ in blocks(r.lines)) or any(
                     q.kind not in (Part.READING, Part.NOTES) and any(ln.text for ln in q.lines) for q in regions[i + 1 : headed]))}
    for i in reading:
        if i > headed and not any(paragraphs(b) for b, _ in blocks(regions[i].lines)):
            found[i] = "after the text, with no paragraph of text: kept as a note"
    return found


def ends_text(unit: Block, reading: list[Line], following: Sequence[Block | Heading]) -> bool:
    """Whether a block after the text ends it: 2+ lines with no sentence, and no more paragraphs before the next heading.

    "Quiz navigation / 1 2 3 / Time left", "Section 3 of 4 / Comprehension": page or task chrome;
    a poem's or a list's short lines inside a text are followed by more of its paragraphs.
    """
    if len(unit.lines) < 2 or full_lines(unit.lines) or dialogue(unit) \
            or any(ends_sentence(ln.text) and word_count(ln.text) >= 8 for ln in unit.lines):
        return False
    if not any(text_like(b) for b, _ in blocks(reading)):
        return False
    for later in following:
        if isinstance(later, Heading):
            break
        if paragraphs(later.lines) and not items_question_like(later):
            return False
    return True
