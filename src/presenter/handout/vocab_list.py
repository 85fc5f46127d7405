"""Vocabulary entries without definitions: one per line, in cells set apart by bars, commas or slashes, or in a table."""

from __future__ import annotations

import re

from presenter.handout.grid import FUNCTION_WORDS, split_rows, tokenize_row
from presenter.handout.lines import COLUMN_GAP, Line, num_label, strip_bullet, word_count
from presenter.handout.matching import ReadingIndex
from presenter.handout.options import split_inline_options
from presenter.handout.vocab import HEADER_ROW, Layout, VocabResult, is_word_list_line, parse_entry, split_definition

_PIPE = re.compile(r"\s*[|¦]\s*")


def word_list_entries(lines: list[Line], index: ReadingIndex) -> VocabResult:
    """Entries without definitions: one per line, separated by | or commas, or a flattened table."""
    result = VocabResult()
    rows: list[tuple[Line, list[str] | None]] = []
    for line in lines:
        text = strip_bullet(line.text)
        if HEADER_ROW.match(line.raw.strip()) and line is lines[0] and len(lines) > 1:
            continue
        if "\t" in line.raw or COLUMN_GAP.search(line.raw.strip()):
            cells = [c.strip() for c in COLUMN_GAP.split(line.raw.strip()) if c.strip()]
            rows.append((line, [strip_bullet(c) for c in cells]))
        elif _PIPE.search(text):
            rows.append((line, [c for c in _PIPE.split(text) if c]))
        elif (lettered := split_inline_options(text)) and not lettered[0] and len(lettered[1]) >= 2:
            rows.append((line, lettered[1]))  # "a) docking station  b) deposit": lettered words in a row
        elif _slash_list(text):
            rows.append((line, [c.strip() for c in _SPACED_SLASH.split(text) if c.strip()]))
        elif text.count(",") >= 2 and all(word_count(c) <= 4 for c in text.split(",")):
            rows.append((line, [c for c in (c.strip() for c in text.split(",")) if c]))
        elif num_label(text) is not None:
            rows.append((line, [num_label(text)[1]]))  # type: ignore[index]  # checked just above
        elif not is_word_list_line(text):
            rows.append((line, []))  # a sentence among the words: no cells to cut, kept as a note
        else:
            rows.append((line, None))
    plain_rows = [(line, strip_bullet(line.text)) for line, cells in rows if cells is None]
    singles = sum(1 for _, t in plain_rows if len(tokenize_row(t)) == 1)
    table: dict[int, list[str]] = {}
    if plain_rows and singles < 0.6 * len(plain_rows):
        cells_by_row, columns = split_rows([t for _, t in plain_rows], index)
        result.layout, result.columns = (Layout.TABLE, columns) if columns > 1 else (Layout.ONE_PER_LINE, 0)
        for (line, _), cells in zip(plain_rows, cells_by_row):
            # A cut that leaves "The" alone or splits a bracket ("(Geography") read a heading as a row of words.
            table[line.no] = [] if columns > 1 and any(map(_broken_cell, cells)) else cells
    else:
        result.layout = Layout.ONE_PER_LINE if plain_rows else Layout.CELLS
    for line, given in rows:
        cells = given if given is not None else table.get(line.no, [strip_bullet(line.text)])
        used = False
        for cell in cells:
            split = split_definition(cell)
            entry = parse_entry(split[0], line.no, split[1]) if split else parse_entry(cell, line.no)
            if entry is not None:
                result.entries.append(entry)
                used = True
        if used:
            result.used.append(line.no)  # a line that gave no entry is not used: it is kept, as a teacher note
    return result


def _broken_cell(cell: str) -> bool:
    """Whether a table's cell is no entry: a lone function word, or a bracket opened or closed without its pair."""
    return cell.lower() in FUNCTION_WORDS or cell.count("(") != cell.count(")")


_SPACED_SLASH = re.compile(r"\s+/\s+")


def _slash_list(text: str) -> bool:
    """Words set apart by spaced slashes ("native / plot / take root"), not one word's forms ("go / went / gone")."""
    cells = _SPACED_SLASH.split(text)
    return all(0 < word_count(c) <= 4 for c in cells) and (len(cells) >= 4 or len(cells) == 3 and any(
        word_count(c) > 1 for c in cells))
