"""Page layout left in a handout's text: drop capitals, running headers, blank-line blocks."""

from __future__ import annotations

import re
from collections import Counter

from presenter.handout.lines import Line, ends_sentence, section_kind, word_count
from presenter.handout.roles import Role


def blocks(lines: list[Line]) -> list[tuple[list[Line], bool]]:
    """A region's lines cut at blank lines: (block, whether a separator line came before it)."""
    out: list[tuple[list[Line], bool]] = []
    block: list[Line] = []
    separator = False
    pending_separator = False
    for ln in lines:
        if ln.role == Role.SEPARATOR or not ln.text:
            if block:
                out.append((block, separator))
                block, separator = [], False
            if ln.role == Role.SEPARATOR:
                pending_separator = True
            continue
        if not block:
            separator, pending_separator = pending_separator, False
        block.append(ln)
    if block:
        out.append((block, separator))
    return out


_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")


def _cell_start(raw: str) -> int:
    """Where the second cell of a two-cell row starts ("excuse        a reason you give…"), or -1."""
    gaps = list(_GAP.finditer(raw.rstrip()))
    return gaps[0].end() if len(gaps) == 1 and word_count(raw[: gaps[0].start()]) <= 5 else -1


def column_tables(lines: list[Line]) -> list[Line]:
    """A two-column table laid out with spaces, its cells separated by a tab as a tabbed table's are.

    Three or more lines in a row whose second cell starts at the same column are a table (a word and
    its meaning); the tab lets the rest of the importer read it as it reads a Word or web table.
    """
    i = 0
    while i < len(lines):
        col = _cell_start(lines[i].raw) if "\t" not in lines[i].raw else -1
        j = i
        while col > 0 and j + 1 < len(lines) and "\t" not in lines[j + 1].raw and _cell_start(lines[j + 1].raw) == col:
            j += 1
        if j - i >= 2:
            for ln in lines[i : j + 1]:
                ln.raw = f"{ln.raw[:col].rstrip()}\t{ln.raw[col:]}"
        i = j + 1
    return lines


def join_drop_capitals(lines: list[Line]) -> list[Line]:
    """A PDF's drop capital ("I" alone, then "n a primary school…") joined back to its word."""
    for i, ln in enumerate(lines[:-2]):
        if len(ln.text) == 1 and ln.text.isupper():
            nxt = lines[i + 1] if lines[i + 1].text else lines[i + 2]
            if nxt.text[:1].islower() and nxt.text[:1].isalpha() and nxt.no - ln.no <= 2:
                nxt.text = ln.text + nxt.text
                ln.text, ln.role, ln.reason = "", Role.DROPPED, "drop capital, joined to its word"
    return lines


def mark_running_headers(lines: list[Line], title: str) -> None:
    """A PDF's running header repeats the title with the site's name ("Site — Title") mid-text."""
    if len(title) < 8:
        return
    lowered = title.lower()
    for ln in lines:
        text = ln.text.lower()
        rest = text.replace(lowered, "")
        if not ln.role and text != lowered and lowered in text and len(text) <= len(lowered) + 60 \
                and re.search(r"[|–—•·-]", rest) and section_kind(rest.strip(" |–—•·-:")) is None:
            ln.role, ln.reason = Role.DEBRIS, "running header"


def mark_repeated_headers(lines: list[Line]) -> None:
    """A header printed over every post or page ("English Every Day | Ms Dina"): three times or more, in cells, no sentence."""
    counts = Counter(ln.text for ln in lines if ln.text and not ln.role)
    for ln in lines:
        parts = [p for p in re.split(r"\s+[|·•]\s+", ln.text) if p.strip()]
        if not ln.role and counts[ln.text] >= 3 and len(parts) >= 2 and all(word_count(p) <= 5 for p in parts) \
                and not ends_sentence(ln.text):
            ln.role, ln.reason = Role.DEBRIS, "a header over every post or page"


def line_above(lines: list[Line], no: int) -> Line | None:
    """The nearest line above line `no` that has text, or None at the top."""
    return next((ln for ln in reversed(lines[: no - 1]) if ln.text), None)
