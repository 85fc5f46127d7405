"""What a questions part holds besides its questions: a matching exercise, and lines of the answer key."""

from __future__ import annotations

from dataclasses import dataclass, field

from presenter.handout.answers import is_key_line
from presenter.handout.exercises import Matching, matching_in_block
from presenter.handout.layout import blocks
from presenter.handout.lines import Line
from presenter.handout.roles import Role
from presenter.lesson.model import VocabEntry


@dataclass
class Asides:
    """A questions part's matching exercises (with their terms), its key lines, and the lines left for questions."""

    matchings: list[Matching] = field(default_factory=list)
    terms: list[VocabEntry] = field(default_factory=list)
    key: list[Line] = field(default_factory=list)
    rest: list[Line] = field(default_factory=list)


def questions_asides(region: list[Line], lines: list[Line]) -> Asides:
    """Split a questions part: "1. native   a. absorb" rows are a matching exercise; "1. b  2. c" lines are answers."""
    out = Asides()
    taken: set[int] = set()
    for block, _ in blocks(region):
        if (inside := matching_in_block(block, lines)) is not None:
            matching, rows = inside
            out.matchings.append(matching)
            out.terms.extend(VocabEntry(term=t, line=ln.no) for t, ln in zip(matching.terms, rows, strict=True))
            taken.update(ln.no for ln in block if ln.role)
            continue
        for ln in block:
            if is_key_line(ln.text):
                ln.role, ln.reason = Role.ANSWERS, "a line of answers (the key), not a question"
                out.key.append(ln)
                taken.add(ln.no)
    out.rest = [ln for ln in region if ln.no not in taken]
    return out
