"""A form's matching grid: the meanings across the top, and under them a row of bubbles for each word."""

from __future__ import annotations

from presenter.handout.lines import COLUMN_GAP, Line, word_count

_BUBBLE = frozenset("◯○◌⚪◎☐□")


def _row(line: Line) -> tuple[str, int] | None:
    """("launch", 4) for "launch      ◯      ◯      ◯      ◯": a word, then only bubbles; else None."""
    cells = [c.strip() for c in COLUMN_GAP.split(line.raw.strip()) if c.strip()]
    bubbles = "".join(cells[1:]).replace(" ", "")
    if len(cells) < 2 or not bubbles or any(c not in _BUBBLE for c in bubbles) or word_count(cells[0]) > 4:
        return None
    return cells[0], len(bubbles)


def grid_matching(block: list[Line]) -> tuple[list[str], list[str], Line, list[Line]] | None:
    """(terms, meanings, header, rows) when a block holds a grid of words against meanings; else None."""
    found = [(i, r) for i, ln in enumerate(block) if (r := _row(ln)) is not None]
    if len(found) < 2 or found[0][0] == 0:
        return None
    header = block[found[0][0] - 1]
    meanings = [c.strip() for c in COLUMN_GAP.split(header.raw.strip()) if c.strip()]
    if len(meanings) < 2 or any(count != len(meanings) for _, (_, count) in found):
        return None
    return [term for _, (term, _) in found], meanings, header, [block[i] for i, _ in found]
