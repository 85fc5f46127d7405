"""The import preview's suggestions, kept in the lesson's text: which are there, leaving one out, putting it back, accepting it.

Plain Python (no Qt): the dialog applies the returned `Edit`s to its editor, so Ctrl+Z undoes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

MARK = re.compile(r"\s*<!--\s*suggested\s*-->\s*$", re.I)  # as the lesson reader finds it (lesson.items)
_ENTRY = re.compile(r"^- \*\*(?P<term>.+?)\*\*")
_DEFINITION = " — "
_HEADING = re.compile(r"^#\s+(?P<name>\S.*?)\s*$")


class Kind(Enum):
    """A word the importer proposes to teach, or a definition for a word the handout lists."""

    WORD = "word"
    DEFINITION = "definition"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One suggested vocabulary entry: its lines in the lesson (the entry and any `  Example:` lines)."""

    term: str
    kind: Kind
    lines: tuple[str, ...]
    before: str = ""  # a handout's word: its line before the definition was suggested

    @property
    def label(self) -> str:
        """How the tick list shows it: `term (v.) — meaning`, without Markdown or the marker."""
        return MARK.sub("", self.lines[0][2:]).replace("**", "")

    @property
    def bare(self) -> str:
        """A handout's word as it was before the suggestion (its line without the suggested definition)."""
        return self.before or self.lines[0].split(_DEFINITION, 1)[0].rstrip()


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `count` lines from line `start` (from 0) with `lines`."""

    start: int
    count: int
    lines: tuple[str, ...]


def entry_key(line: str) -> str | None:
    """`- **term**` of a vocabulary line, or None for any other line."""
    found = _ENTRY.match(line)
    return found.group(0) if found else None


def _entry_end(lines: list[str], start: int) -> int:
    end = start + 1
    while end < len(lines) and lines[end].startswith("  ") and lines[end].strip():
        end += 1  # its Example: and Image: lines go with it
    return end


def _section(lines: list[str], name: str) -> tuple[int, int] | None:
    """The lines of section `name` (heading included), or None."""
    for i, line in enumerate(lines):
        head = _HEADING.match(line)
        if head and head.group("name").lower() == name:
            end = next((j for j in range(i + 1, len(lines)) if _HEADING.match(lines[j])), len(lines))
            return i, end
    return None


def find_suggestions(text: str, words: bool) -> list[Suggestion]:
    """The entries of the vocabulary marked suggested; `words`: they are proposed words, not definitions."""
    lines = text.split("\n")
    span = _section(lines, "vocabulary")
    if span is None:
        return []
    found = []
    for i in range(*span):
        key = entry_key(lines[i])
        if key is not None and MARK.search(lines[i]):
            end = _entry_end(lines, i) if words else i + 1
            found.append(Suggestion(key[4:-2], Kind.WORD if words else Kind.DEFINITION, tuple(lines[i:end])))
    return found


def _where(lines: list[str], suggestion: Suggestion) -> int | None:
    return next((i for i, line in enumerate(lines) if line == suggestion.lines[0]), None)


def leave_out(text: str, suggestion: Suggestion) -> Edit | None:
    """Take the suggestion out: a proposed word goes, a handout's word keeps its term without the meaning."""
    lines = text.split("\n")
    at = _where(lines, suggestion)
    if at is None:
        return None  # the teacher has changed or removed it by hand
    if suggestion.kind == Kind.DEFINITION:
        return Edit(at, 1, (suggestion.bare,))  # the teacher's Example: lines stay
    end = _entry_end(lines, at)
    span = _section(lines, "vocabulary")
    if span and not any(entry_key(lines[i]) for i in (*range(span[0], at), *range(end, span[1]))):
        return Edit(span[0], span[1] - span[0], ())  # its last word: no empty Vocabulary heading is left behind
    return Edit(at, end - at, ())


def put_back(text: str, suggestion: Suggestion) -> Edit:
    """Put the suggestion (back) into the vocabulary: over its bare word, else at the section's end (made if needed)."""
    lines = text.split("\n")
    if suggestion.kind == Kind.DEFINITION:
        at = _undefined(lines, suggestion)
        if at is not None:
            return Edit(at, 1, suggestion.lines[:1])
    span = _section(lines, "vocabulary")
    if span is None:
        reading = _section(lines, "reading")
        at = reading[0] if reading else len(lines)
        return Edit(at, 0, ("# Vocabulary", "", *suggestion.lines, ""))
    last = max((i for i in range(*span) if entry_key(lines[i]) is not None), default=span[0] + 1)
    at = _entry_end(lines, last) if entry_key(lines[last]) is not None else last + 1
    return Edit(at, 0, suggestion.lines)


def accept(text: str, suggestion: Suggestion) -> Edit | None:
    """The teacher takes the suggestion as their own: its marker goes."""
    lines = text.split("\n")
    at = _where(lines, suggestion)
    return None if at is None else Edit(at, 1, (MARK.sub("", lines[at]),))


def apply(text: str, edit: Edit) -> str:
    """`text` with `edit` made (the dialog makes it in its editor instead, to keep Ctrl+Z)."""
    lines = text.split("\n")
    lines[edit.start:edit.start + edit.count] = edit.lines
    return "\n".join(lines)


def settled(lines: list[str], suggestion: Suggestion, marked: set[str]) -> bool:
    """The teacher has dealt with it by hand: its word is in `lines` unmarked with a meaning, or marked in another
    wording (an edited suggestion); `marked` holds the `- **term**` keys of the entries still marked suggested."""
    if suggestion.lines[0] in lines:
        return False
    key = entry_key(suggestion.lines[0])
    if key in marked:
        return True
    return any(entry_key(line) == key and not MARK.search(line) and (suggestion.kind == Kind.WORD or _DEFINITION in line)
               for line in lines)


def _undefined(lines: list[str], suggestion: Suggestion) -> int | None:
    """The line of the suggestion's word where it has no definition yet (the teacher may have given one)."""
    key = entry_key(suggestion.lines[0])
    return next((i for i, line in enumerate(lines) if line == suggestion.bare
                 or (entry_key(line) == key and _DEFINITION not in line)), None)


def definitions_for(text: str, defined: list[Suggestion]) -> list[tuple[Edit, Suggestion]]:
    """Each suggested definition put over its word in `text` where the teacher has not defined it (bottom up),
    with the line it replaces remembered, so leaving it out gives that line back."""
    lines = text.split("\n")
    placed = []
    for suggestion in defined:
        at = _undefined(lines, suggestion)
        if at is not None:
            placed.append((Edit(at, 1, suggestion.lines[:1]), replace(suggestion, before=lines[at])))
    return sorted(placed, key=lambda p: -p[0].start)
