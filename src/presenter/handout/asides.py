"""What a part holds besides its own items: a matching exercise or key lines among questions, a glossary among talk."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from presenter.handout.answers import is_key_line, names_answers
from presenter.handout.exercise_keys import split_answer_key
from presenter.handout.exercises import Matching, matching_in_block
from presenter.handout.find_words import find_words
from presenter.handout.layout import blocks
from presenter.handout.lines import Line, ends_question
from presenter.handout.roles import Part, Role
from presenter.handout.segment import Region
from presenter.handout.vocab import looks_like_glossary
from presenter.lesson.model import VocabEntry


@dataclass
class Asides:
    """A questions part's matching exercises' terms, and the lines left for questions."""

    terms: list[VocabEntry] = field(default_factory=list)
    rest: list[Line] = field(default_factory=list)


def questions_asides(region: list[Line], lines: list[Line], matchings: list[Matching], answers: dict[str, str]) -> Asides:
    """A questions part without its matching rows (added to `matchings`) and its key lines (added to `answers`)."""
    # "1. native   a. absorb" rows are a matching exercise; "1. b  2. c" lines are answers (a line pairing all of an
    # exercise's terms is its key).
    out = Asides()
    key: list[Line] = []
    taken: set[int] = set()
    folded = False  # below a line that names the answers ('??? success "Answers"', "▼ Show answers")
    for block, _ in blocks(region):
        if (find := find_words(block, lines)) is not None:  # "Find words in the text which mean:"
            matchings.append(find)
            taken.update(ln.no for ln in find.rows)
            continue
        if (inside := matching_in_block(block, lines)) is not None:
            matching, rows = inside
            matchings.append(matching)
            out.terms.extend(VocabEntry(term=t, line=ln.no) for t, ln in zip(matching.terms, rows, strict=True))
            taken.update(ln.no for ln in block if ln.role)
            continue
        for ln in block:
            if names_answers(ln.text):
                ln.role, ln.reason, folded = Role.DROPPED, "names the answers below it", True
                taken.add(ln.no)
            elif folded or is_key_line(ln.text):
                ln.role, ln.reason = Role.ANSWERS, "a line of answers (the key), not a question"
                key.append(ln)
                taken.add(ln.no)
        folded = folded and block[-1].role == Role.DROPPED  # a fold's title alone: its answers are the next block
    out.rest = [ln for ln in region if ln.no not in taken]
    answers.update(split_answer_key(key, matchings))
    return out


def glossaries_in_talk(regions: list[Region]) -> list[Region]:
    """The regions, with a glossary block inside a talk part ("nocturnal – active at night") a vocabulary part."""
    # its entries are no prompts, whatever heading stands above them
    out: list[Region] = []
    for region in regions:
        if region.kind not in (Part.WARMUP, Part.DISCUSSION):
            out.append(region)
            continue
        talk: list[Line] = []
        for block, _ in blocks(region.lines):
            entries = _glossary_in(block)
            if entries:
                if talk:
                    out.append(replace(region, lines=talk))
                if entries is not block:
                    block[0].role, block[0].reason = Role.HEADING, "names a vocabulary section (among the talk)"
                for ln in entries:
                    ln.extra["why"] = "a glossary among the talk: its entries are vocabulary, not prompts"
                out.append(Region(Part.VOCABULARY, list(entries), explicit=True))
                talk = []
            else:
                talk.extend([*block, Line(0, "", "")])  # a blank line keeps the blocks apart
        if talk:
            out.append(replace(region, lines=talk))
    return out


def _glossary_in(block: list[Line]) -> list[Line]:
    """The block's glossary entries, below a line that names them ("Words to know") or not; [] when it is none."""
    for entries in (block, block[1:]):
        if len(entries) >= 2 and not any(ends_question(ln.text) for ln in entries) and looks_like_glossary(entries):
            return entries
    return []
