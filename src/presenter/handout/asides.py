"""What a questions part holds besides its questions: a matching exercise, and lines of the answer key."""

from __future__ import annotations

from dataclasses import dataclass, field

from presenter.handout.answers import is_key_line
from presenter.handout.exercises import Matching, matching_in_block, split_answer_key
from presenter.handout.layout import blocks
from presenter.handout.lines import Line
from presenter.handout.roles import Role
from presenter.lesson.model import VocabEntry


@dataclass
class Asides:
    """A questions part's matching exercises' terms, its key's answers, and the lines left for questions."""

    terms: list[VocabEntry] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    rest: list[Line] = field(default_factory=list)


def questions_asides(region: list[Line], lines: list[Line], matchings: list[Matching]) -> Asides:
    """Split a questions part: "1. native   a. absorb" rows are a matching exercise (added to `matchings`);
    "1. b  2. c" lines are answers (a line pairing all of an exercise's terms is its key)."""
    out = Asides()
    key: list[Line] = []
    taken: set[int] = set()
    for block, _ in blocks(region):
        if (inside := matching_in_block(block, lines)) is not None:
            matching, rows = inside
            matchings.append(matching)
            out.terms.extend(VocabEntry(term=t, line=ln.no) for t, ln in zip(matching.terms, rows, strict=True))
            taken.update(ln.no for ln in block if ln.role)
            continue
        for ln in block:
            if is_key_line(ln.text):
                ln.role, ln.reason = Role.ANSWERS, "a line of answers (the key), not a question"
                key.append(ln)
                taken.add(ln.no)
    out.rest = [ln for ln in region if ln.no not in taken]
    out.answers = split_answer_key(key, matchings)
    return out
