"""Glossaries the parts left elsewhere: a word box inside the reading, a list under "New words" kept as a note."""

from __future__ import annotations

from dataclasses import replace

from presenter.handout.layout import blocks, line_above
from presenter.handout.lines import (Line, ends_question, ends_sentence, is_box_rule, is_matching_task, letter_label,
                                     section_kind, strip_bullet, word_count)
from presenter.handout.matching import ReadingIndex, bare_term
from presenter.handout.roles import Part, Role
from presenter.handout.segment import Region
from presenter.handout.vocab import BOX_SIDE, SYMBOL_BULLET, entry_split
from presenter.handout.grid_matching import grid_matching
from presenter.handout.vocab_inline import dotted_rows, heading_text, stacked_pair

# Where a line may stand: in these parts a glossary is not looked for (it was read, or it is a key).
_SETTLED = (Part.VOCABULARY, Part.ANSWERS)
# The evidence is the share of its terms the text uses (0-1), plus a bonus for each way the handout sets it apart.
_NAMED = 1.0  # a heading that names vocabulary above it says as much as every term found in the text
_BOXED = 0.5  # a box drawn round it sets it apart, but fact boxes are boxed too: half as much
_JOINED = 2.0  # words joined to meanings by dots or a grid of bubbles: a matching by its layout alone, above any need
# How much evidence a block needs where it stands:
_NEED_NAMED = 1.0  # under a vocabulary heading: the heading, once its lines are all term and meaning
_NEED_INSIDE = 1.5  # inside the text: a box round it and every term used, or a heading; the text is never taken lightly
_NEED_ELSEWHERE = 0.8  # among notes after the parts: four in five of its terms in the text
_TAKEN_ROLES = (Role.NONE, Role.UNPLACED, Role.READING, Role.HEADING, Role.SEPARATOR)  # a separator: a box's border


def _raw_text(line: Line) -> str:
    """The line's raw text without a box's sides (gaps kept: they may part a term from its meaning)."""
    return SYMBOL_BULLET.sub("", strip_bullet(BOX_SIDE.sub("", line.raw.strip()).strip()), count=1)


def glossary_evidence(block: list[Line], index: ReadingIndex, named: bool) -> float:
    """How surely a block is a glossary (0 = not): most lines a short term and its meaning, terms the reading uses."""
    # `named`: a heading above names vocabulary. Against it: questions, lines that are sentences on both sides
    # of the separator (dialogue, "Note: …"), one term given twice (a speaker's turns).
    lines = [ln for ln in block if not is_box_rule(ln.raw)]
    if not lines:
        return 0.0
    pairs = [entry_split(_raw_text(ln)) for ln in lines]
    found = [p for p in pairs if p is not None]
    if len(found) < (2 if named else 3) or len(found) < 0.8 * len(lines):
        return 0.0
    if sum(1 for _, g in found if letter_label(g.strip())) * 2 > len(found):
        return 0.0  # "1 berth   a) einnicken": a matching exercise's scrambled meanings, not a word's own
    heads = [h.lower() for h, _ in found]
    if len(set(heads)) < len(heads) or any(ends_question(ln.text) for ln in lines):
        return 0.0
    sentences = sum(1 for h, g in found if ends_sentence(g) and word_count(g) >= 8 and h[:1].isupper())
    if sentences > len(found) / 3:
        return 0.0  # "Anna: I think we should go now.": turns of a dialogue
    used = sum(1 for h, _ in found if index.contains(bare_term(h)))
    boxed = len(lines) < len(block)  # a box drawn round it: set apart from the text
    return used / len(found) + (_NAMED if named else 0.0) + (_BOXED if boxed else 0.0)


class _Reading:
    """The reading's lines, indexed with or without a block (a box inside the text must not vouch for itself)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.whole = ReadingIndex(ln.text for ln in lines)

    def without(self, block: list[Line]) -> ReadingIndex:
        """The index of the reading's lines that are not the block's."""
        nos = {ln.no for ln in block if ln.no}
        if not any(ln.no in nos for ln in self.lines):
            return self.whole
        return ReadingIndex(ln.text for ln in self.lines if ln.no not in nos)


def _boxed_blocks(lines: list[Line]) -> list[list[Line]]:
    """The blank-line blocks, each with the box border drawn right above or below it (a separator to the parts)."""
    def border(no: int) -> list[Line]:
        ln = lines[no - 1] if 0 < no <= len(lines) else None
        return [ln] if ln is not None and ln.role == Role.SEPARATOR and is_box_rule(ln.raw) else []
    return [[*border(b[0].no - 1), *b, *border(b[-1].no + 1)] for b, _ in blocks(lines)]


def _named_above(lines: list[Line], block: list[Line]) -> bool:
    """Whether the nearest line above the block (or its own first line) names vocabulary ("📚 NEW WORDS")."""
    above = line_above(lines, block[0].no)
    return any(ln is not None and section_kind(SYMBOL_BULLET.sub("", ln.text)) == Part.VOCABULARY
               for ln in (above, block[0]))


def _glossary_in(block: list[Line], lines: list[Line], index: ReadingIndex,
                 kind_of: dict[int, Part]) -> tuple[list[Line], float, bool] | None:
    """(entries' lines, evidence, named) for a block that is a glossary below up to two lines that introduce it."""
    # Up to two lines may introduce it, or any number above a line that names it ("B. Vocabulary. Learn these words").
    named_at = [i + 1 for i, ln in enumerate(block[:-2]) if section_kind(heading_text(ln.text)) == Part.VOCABULARY]
    for lead in sorted({*range(min(3, len(block) - 1)), *named_at}):
        body = block[lead:]
        # "WORDS FIRST", "Draw a line from each word to its meaning.": a caption and a task above the entries
        named = _named_above(lines, body) or any(is_matching_task(ln.text, within=True) for ln in block[:lead]) or lead in named_at
        if named and section_kind(SYMBOL_BULLET.sub("", body[0].text)) == Part.VOCABULARY:
            body = body[1:]
        if not body:
            return None
        inside_reading = any(kind_of.get(ln.no) == Part.READING for ln in body)
        need = _NEED_NAMED if named else _NEED_INSIDE if inside_reading else _NEED_ELSEWHERE
        # "lens • • a piece of glass", a form's grid of bubbles: words joined to their meanings
        joined = dotted_rows(body, lines) is not None or grid_matching(body) is not None
        if (score := _JOINED if joined else glossary_evidence(body, index, named)) >= need:
            if lead in named_at:  # the line that names the list goes with it, as its heading
                block[lead - 1].role, block[lead - 1].reason = Role.HEADING, "names the vocabulary below it"
                body = [block[lead - 1], *body]
            return body, score, named
    return None


def _stacked_runs(free: list[list[Line]], lines: list[Line], text: _Reading) -> list[list[Line]]:
    """Runs of three or more blocks, each a term above its meaning (flashcards printed), that are a glossary."""
    # A glossary: under a vocabulary heading, or most of their terms in the text.
    runs: list[list[list[Line]]] = [[]]
    for block in free:
        follows = runs[-1] and runs[-1][-1][-1].no + 2 == block[0].no  # one blank line apart
        if stacked_pair(block) is None or not follows and runs[-1]:
            runs.append([])
        if stacked_pair(block) is not None:
            runs[-1].append(block)
    out: list[list[Line]] = []
    for run in runs:
        if len(run) < 3:
            continue
        pairs = [p for b in run if (p := stacked_pair(b)) is not None]
        index = text.without([ln for b in run for ln in b])
        used = sum(1 for p in pairs if index.contains(bare_term(p.term))) / len(pairs)
        if used + (_NAMED if _named_above(lines, run[0]) else 0.0) >= _NEED_ELSEWHERE:  # cards: the layout is no box
            out.append([ln for b in run for ln in (*b, Line(0, "", ""))][:-1])  # blank lines keep the entries apart
    return out


def stray_glossaries(regions: list[Region], leftover: list[Line], lines: list[Line]) -> list[Region]:
    """The regions, with each glossary found in another part or among the unplaced lines made a vocabulary part."""
    kind_of: dict[int, Part] = {ln.no: r.kind for r in regions for ln in r.lines if ln.no}
    text = _Reading([ln for r in regions if r.kind == Part.READING for ln in r.lines if ln.text])
    loose = {ln.no for ln in leftover}
    taken: list[list[Line]] = []
    def free(block: list[Line], settled: tuple[Part, ...]) -> bool:
        return not any(kind_of.get(ln.no) in settled or ln.no not in kind_of and ln.no not in loose
                       and ln.role not in (Role.HEADING, Role.SEPARATOR) or ln.role not in _TAKEN_ROLES for ln in block)

    # A run of cards may have been cut: its first card made a vocabulary part, the rest left as notes.
    for run in _stacked_runs([b for b, _ in blocks(lines) if free(b, (Part.ANSWERS,))], lines, text):
        if all(kind_of.get(ln.no) == Part.VOCABULARY for ln in run if ln.no):
            continue  # read as vocabulary already
        for ln in run:
            if not ln.no:
                continue
            ln.role = Role.NONE
            ln.extra["why"] = "a glossary set apart from the parts: terms above their meanings, terms the text uses"
        taken.append(run)
    for whole in _boxed_blocks(lines):
        # Page chrome taken out between a glossary's entries ("► The soil was hard." read as a page's) parts none.
        whole = [ln for ln in whole if ln.role != Role.DEBRIS]
        # The block's lines below the last one the parts keep (a title, a key line): a glossary may share a block.
        block = whole[next((i + 1 for i in range(len(whole) - 1, -1, -1) if not free([whole[i]], _SETTLED)), 0) :]
        if len(block) < 2 or any(ln in run for run in taken for ln in block):
            continue
        found = _glossary_in(block, lines, text.without(block), kind_of)
        if found is None:
            continue
        body, score, named = found
        for ln in body:
            if is_box_rule(ln.raw):
                ln.role, ln.reason = Role.DROPPED, "the border of a word box"
        body = [ln for ln in body if ln.role != Role.DROPPED]
        for ln in body:
            if ln.role == Role.HEADING:
                continue
            ln.role = Role.NONE
            ln.extra["why"] = f"a glossary set apart from the parts (evidence {score:.1f}: term and meaning on " \
                              f"each line{', under a vocabulary heading' if named else ''}, terms the text uses)"
        taken.append(body)
    if not taken:
        return regions
    moved = {ln.no for body in taken for ln in body}
    leftover[:] = [ln for ln in leftover if ln.no not in moved]
    out: list[Region] = []
    for region in regions:
        kept = [ln for ln in region.lines if ln.no not in moved]
        if len(kept) < len(region.lines) and region.kind == Part.READING:
            # The text around a word box: the part before it and the part after it.
            cut = next(i for i, ln in enumerate(region.lines) if ln.no in moved)
            before = [ln for ln in region.lines[:cut] if ln.no not in moved]
            after = [ln for ln in region.lines[cut:] if ln.no not in moved]
            out.extend(replace(region, lines=part) for part in (before, after) if any(ln.text for ln in part))
        elif kept:
            out.append(replace(region, lines=kept))
    for body in taken:
        out.append(Region(Part.VOCABULARY, body, explicit=True))
    out.sort(key=lambda r: next((ln.no for ln in r.lines if ln.no), 0))
    return out
