"""The entries of a vocabulary block, whatever its layout: boxes, glossaries, word lists and tables."""

from __future__ import annotations

import re
import unicodedata

from presenter.handout.answers import is_key_line
from presenter.handout.lines import CELL_GAP, Line, strip_bullet, word_count
from presenter.handout.matching import ReadingIndex, bare_term
from presenter.handout.vocab import (BOX_SIDE, HEADER_ROW, MARKUP, Layout, SYMBOL_BULLET, VocabResult, glossary_entries, looks_like_glossary,
                                     split_definition)
from presenter.handout.vocab_inline import parenthesised, reversed_glossary, stacked_pair
from presenter.handout.vocab_list import word_list_entries
from presenter.lesson.model import VocabEntry

def _unboxed(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """The lines without the sides of a box drawn round a word box ("|  den   shy  |"), and the lines that were only sides."""
    if not all(ln.raw.strip()[:1] in "|│┃║" and ln.raw.strip()[-1:] in "|│┃║" and ln.raw.strip().count("|") <= 2
               for ln in lines):
        return lines, []
    out: list[Line] = []
    for ln in lines:
        raw = BOX_SIDE.sub("", ln.raw.strip())
        out.append(Line(ln.no, raw, " ".join(raw.split()), ln.md_level))
    return [ln for ln in out if ln.text], [ln.no for ln in out if not ln.text]


def _cell_starts(raw: str) -> list[tuple[int, str]]:
    """(column, text) of each cell of a row aligned with spaces or tabs."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", raw.expandtabs(8))]


def _unwrapped(lines: list[Line], absorbed: dict[int, list[int]]) -> list[Line]:
    """The rows of a table whose cells wrapped onto an indented line ("               home        a kit."), joined."""
    # A row that starts under a later column of the row above, with nothing under the first, is the rest of its cells.
    out: list[Line] = []
    for ln in lines:
        prev = _cell_starts(out[-1].raw) if out else []
        cells = _cell_starts(ln.raw)
        starts = [at for at, _ in prev]
        if len(prev) >= 2 and cells and cells[0][0] > starts[0] + 2 \
                and all(any(abs(at - s) <= 2 for s in starts[1:]) for at, _ in cells):
            merged = [text for _, text in prev]
            for at, text in cells:
                col = min(range(1, len(starts)), key=lambda i: abs(starts[i] - at))
                merged[col] = f"{merged[col]} {text}"
            raw = "\t".join(merged)
            out[-1] = Line(out[-1].no, raw, " ".join(raw.split()), out[-1].md_level)
            absorbed.setdefault(out[-1].no, []).append(ln.no)  # used when the row it continues is
            continue
        out.append(ln)
    return out


def _button(text: str) -> bool:
    """A page's markup or control, not a word list's line: "<!-- … -->", "🔊 Listen to this article", "▶ 0:00"."""
    first = strip_bullet(text)[:1]
    return bool(first) and unicodedata.category(first) == "So"


def _unbulleted(line: Line) -> Line:
    """The line without a symbol used as its bullet ("🔹 shore = the land…", "➤ shore – …"), if it has one."""
    text = SYMBOL_BULLET.sub("", line.text, count=1)
    if text == line.text or split_definition(text) is None:
        return line  # "🔊 Listen to this article": a page's button, which gives no term and meaning
    return Line(line.no, SYMBOL_BULLET.sub("", line.raw.strip(), count=1), text, line.md_level)


def vocabulary_from_lines(lines: list[Line], index: ReadingIndex) -> VocabResult:
    """The entries of a vocabulary block, whatever its layout."""
    lines, sides = _unboxed([ln for ln in lines if ln.text and not MARKUP.match(ln.text)])
    absorbed: dict[int, list[int]] = {}
    lines = [_unbulleted(ln) for ln in _unwrapped(lines, absorbed)]
    lines = [ln for ln in lines if not _button(ln.text)]
    if not lines:
        return VocabResult(used=sides)
    found = _vocabulary(lines, index)
    found.used.extend(sides)
    found.used.extend(no for head in set(found.used) for no in absorbed.get(head, []))
    return found


def _vocabulary(lines: list[Line], index: ReadingIndex) -> VocabResult:
    if (pair := stacked_pair(lines)) is not None:
        return VocabResult([pair], Layout.STACKED, [ln.no for ln in lines], 1)
    for layout, read in ((Layout.BRACKETS, parenthesised), (Layout.REVERSED, reversed_glossary)):
        if entries := read(lines):
            return VocabResult(entries, layout, [ln.no for ln in lines], len(entries))
    if looks_like_glossary(lines) or _glossed_columns(lines, index):
        found = _without_captions(glossary_entries(lines), {ln.no: ln.text for ln in lines})
        return _without_keys(_without_undefined_edge(found, index))
    return _without_keys(word_list_entries(lines, index))


def _without_keys(found: VocabResult) -> VocabResult:
    """The entries without a key's lines ("Check Your Understanding: 1. B 2. C", "Think Deeper: Answers will vary.")."""
    keys = {e.line for e in found.entries if is_key_line(e.definition) or _VARY.match(e.definition)}
    return found.without(keys)


def _glossed_columns(lines: list[Line], index: ReadingIndex) -> bool:
    """Two columns whose left words the reading uses and whose right ones it does not ("lens   Linse"): term and gloss."""
    # A grid of words ("flood   stall") has terms in every column, so the reading uses both.
    rows = [[c for c in CELL_GAP.split(ln.raw.strip()) if c.strip()] for ln in lines]
    if rows and HEADER_ROW.match(lines[0].raw.strip()):
        rows = rows[1:]  # "Word<tab>Type<tab>In Spanish"
    # A middle cell is a part of speech ("noun (pl.)", "noun / verb").
    if len(rows) < 2 or any(not 2 <= len(r) <= 3 or len(r) == 3 and word_count(r[1]) > 3 for r in rows) or not index:
        return False
    left = sum(1 for r in rows if index.contains(bare_term(r[0])))
    right = sum(1 for r in rows if index.contains(r[1]))
    return left >= 0.6 * len(rows) and right <= 0.2 * len(rows)


_VARY = re.compile(r"^(?:answers?|responses?) (?:will|may|can) vary\b", re.I)


def _without_undefined_edge(found: VocabResult, index: ReadingIndex) -> VocabResult:
    """A glossary without a first or last line that defines nothing and that the text never uses ("Save this post")."""
    # Every other entry has its meaning: a bare line at the list's edge is a caption or a page's button, not a word
    # left undefined, unless the reading has it.
    entries = found.entries
    if len(entries) < 3 or not index:
        return found
    edges = {e.line for e in (entries[0], entries[-1]) if _undefined(e) and not index.contains(e.term, e.forms)}
    if not edges or sum(1 for e in entries if _undefined(e)) > len(edges):
        return found
    return found.without(edges)


def _undefined(entry: VocabEntry) -> bool:
    """Whether an entry's meaning has no word ("Save this post ⭐️" split at its emoji)."""
    return not any(c.isalpha() for c in entry.definition)


def _without_captions(found: VocabResult, texts: dict[int, str]) -> VocabResult:
    """A glossary without its caption lines ("DIG DEEPER", "Key terms from this lesson:"): they define nothing."""
    def caption(e: VocabEntry) -> bool:
        text = texts.get(e.line, "")
        return e.definition.endswith(":") or not e.definition and (text.endswith(":") or text.isupper() and len(text) > 3)
    dropped = {e.line for e in found.entries if caption(e)}
    if not dropped or 3 * len(dropped) > len(found.entries):
        return found
    return found.without(dropped)
