"""Split a paragraph into sentences and words, as character spans of the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles and Latin abbreviations that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc e.g i.e a.m p.m u.s u.k no approx dept est fig gen gov inc ltd co corp mt".split()
)
_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_WORD = re.compile(r"[\w][\w'’\-.,]*[\w]|[\w]")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text: `text[start:end]`."""

    start: int
    end: int


def sentence_spans(text: str) -> list[Span]:
    """The sentences of `text` as spans, covering every non-space character exactly once."""
    spans: list[Span] = []
    start = _skip_space(text, 0)
    for m in _END.finditer(text):
        if m.end() <= start:
            continue
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        spans.append(Span(start, m.end()))
        start = _skip_space(text, m.end())
    end = len(text.rstrip())
    if start < end:
        spans.append(Span(start, end))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s.start : s.end] for s in sentence_spans(text)]


def word_spans(text: str) -> list[Span]:
    """The words of `text` (letters and digits, with inner apostrophes, hyphens and number punctuation)."""
    return [Span(m.start(), m.end()) for m in _WORD.finditer(text)]


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    token = text[j:dot].lower()
    if token in ABBREVIATIONS:
        return True
    # A single capital letter ("J. Smith") is an initial.
    return len(token) == 1 and text[j].isupper()
