"""Matching exercises in a handout: numbered terms, their meanings lettered in another order, and the key pairing them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from presenter.handout.grid_matching import grid_matching
from presenter.handout.lines import CELL_GAP, Line, letter_label, word_count
from presenter.handout.marks import REQUIRED
from presenter.handout.pairing import best_pairing
from presenter.handout.result import ImportWarning
from presenter.handout.dictionary.wordnet import open_wordnet
from presenter.lesson.model import Exercise, VocabEntry
from presenter.handout.roles import Role

DEFAULT_TASK = "Match the words with their meanings."
# "Exercise 1: 1-c, 2-a", "Ex. 2 - 1c 2a", "Matching: …": the label says which exercise, it is no answer.
KEY_PREFIX = re.compile(r"^\s*(?:exercise|ex\.?|task|activity|part|matching|vocabulary)\s*(\w{0,3})\s*[:.)–—-]\s*",
                         re.I)
_TASK_LABEL = re.compile(r"^\s*(?:exercise|ex\.?|task|activity|part)\s*(\d{1,2}|[a-z]|[ivx]{1,4})\b", re.I)  # "Exercise 2  Find words…"
_TASK_PREFIX = re.compile(r"^\s*(?:(?:exercise|activity|task|part)\s*\w{0,3}\s*[.:)–—-]\s*|\d{1,2}\s*[.)]\s*)", re.I)
_GUESSED = "The handout gives no answer key: these pairs were matched with a dictionary (WordNet); check them."
_NO_KEY = ("The handout gives no answer key, so the meanings are paired as printed (1 with a, 2 with b…): "
           "put each meaning beside its own term.")


@dataclass
class Matching:
    """A matching exercise found in the handout, waiting for the answer key (which comes at the end)."""

    task: str
    terms: list[str]
    meanings: list[str]
    line: int
    key: dict[str, str] | None = None
    rows: list[Line] = field(default_factory=list)  # "Find words that mean…": its meanings' lines, named by the key
    label: str = ""  # "2" for "Exercise 2  Match…": a key labelled "Ex 2:" is its key


def task_label(text: str) -> str:
    """"2" for a task or key line labelled "Exercise 2", "Ex. 2:", "Task B"; else ""."""
    m = _TASK_LABEL.match(text) or KEY_PREFIX.match(text)
    return m.group(1).lower() if m else ""


def found_matching(terms: list[Line], meanings: list[Line], lines: list[Line]) -> Matching:
    """The exercise made of a numbered block of terms and the lettered block of their meanings."""
    return _matching(term_texts(terms),
                     [(letter_label(ln.text) or ("", ln.text))[1] for ln in meanings], terms, lines)


_TERM_ROW = re.compile(r"^\(?(\d{1,2})[.)]?\s+(\S.*?)$")
_MEANING_ROW = re.compile(r"^\(?([a-hA-H])[.)]\s+(\S.*)$")
# "1. sleeper     a. a train with beds", "1 keeper      a  a line of light": a column gap before the letter
# (and the letters run a, b, c… down the rows, so "2. tent    a shelter" is no such row)
_SIDE_BY_SIDE = re.compile(r"^\(?(\d{1,2})[.)]?\s+(\S.*?)(?:\s{2,}|\t+)\(?([a-hA-H])(?:[.)]\s+|\s+)(\S.*)$")


def matching_in_block(block: list[Line], lines: list[Line]) -> tuple[Matching, list[Line]] | None:
    """A whole matching exercise inside one block, and its terms' lines; None when the block is none."""
    # Terms "1 mural" … then meanings "a) …" (Word files and PDFs lose the blank line between them), both side by
    # side ("1. sleeper     a. a train with beds"), a form's grid, a table, a word bank, or lettered terms.
    if (grid := grid_matching(block)) is not None:  # a form's grid: meanings on top, a row of bubbles per word
        grid[2].role, grid[2].reason = Role.EXERCISE, "a matching grid's meanings (one column each)"
        for ln in grid[3]:
            ln.role, ln.reason = Role.VOCABULARY, "a matching grid's word, with a bubble under each meaning"
        return _matching(grid[0], grid[1], grid[3], lines), grid[3]
    side = [m for ln in block if (m := _SIDE_BY_SIDE.match(ln.raw.strip()))]
    if len(side) >= 3 and len(side) == len([ln for ln in block if _TERM_ROW.match(ln.text)]):
        rows = [ln for ln in block if _SIDE_BY_SIDE.match(ln.raw.strip())]
        letters = "".join(m.group(3).lower() for m in side)
        first = int(side[0].group(1))  # an exam numbers on from earlier parts: 11, 12, 13…
        if [int(m.group(1)) for m in side] == list(range(first, first + len(side))) and letters == "abcdefgh"[: len(side)]:
            for ln in rows:
                ln.role, ln.reason = Role.VOCABULARY, "matching exercise: a term and a meaning side by side"
            return _matching([m.group(2) for m in side], [m.group(4) for m in side], rows, lines), rows
    if (table := _drawn_table(block, lines)) is not None:
        rows, cells = table
        for ln in rows:
            ln.role, ln.reason = Role.VOCABULARY, "a table to join each word to its meaning (under a matching task)"
        return _matching([c[0] for c in cells], [c[1] for c in cells], rows, lines), rows
    if (bank := _word_bank(block)) is not None:
        for ln in bank[1]:
            ln.role, ln.reason = Role.EXERCISE, "a meaning with a gap for a word from the box: a matching exercise"
        block[0].role, block[0].reason = Role.VOCABULARY, "the words of a box, to write in the gaps before their meanings"
        return _matching(bank[0], [_GAPPED.sub("", ln.text) for ln in bank[1]], [block[0]], lines), [block[0]] * len(bank[0])
    if (flipped := _lettered_terms(block)) is not None:
        for ln in flipped[0]:
            ln.role, ln.reason = Role.VOCABULARY, "matching exercise's term (lettered; its meanings are numbered)"
        for ln in flipped[1]:
            ln.role, ln.reason = Role.EXERCISE, "matching exercise's meanings (in scrambled order)"
        found = _matching(_row_texts(flipped[0], _BARE_LETTER), _row_texts(flipped[1], _TERM_ROW), flipped[0], lines)
        return found, flipped[0]
    start = next((i for i, ln in enumerate(block) if _TERM_ROW.match(ln.text)), None)
    if start is None:
        return None
    terms: list[Line] = []
    for ln in block[start:]:
        m = _TERM_ROW.match(ln.text)
        if m is None or int(m.group(1)) != len(terms) + 1 or _MEANING_ROW.match(ln.text):
            break
        terms.append(ln)
    meanings = block[start + len(terms) : start + 2 * len(terms)]
    if len(terms) < 3 or len(meanings) != len(terms) or start + 2 * len(terms) != len(block) or not all(
            (m := _MEANING_ROW.match(ln.text)) and m.group(1).lower() == chr(97 + i) for i, ln in enumerate(meanings)):
        return None
    for ln in terms:
        ln.role, ln.reason = Role.VOCABULARY, "matching exercise's term"
    for ln in meanings:
        ln.role, ln.reason = Role.EXERCISE, "matching exercise's meanings (in scrambled order)"
    texts = [m.group(2) for ln in terms if (m := _TERM_ROW.match(ln.text))]
    return _matching(texts, [(letter_label(ln.text) or ("", ln.text))[1] for ln in meanings], terms, lines), terms


# "[__________] the person in charge", "______ a plan that…", "(      ) very tired": a gap to write a word in.
_GAPPED = re.compile(r"^\s*(?:\d{1,2}[.)]?\s*)?(?:\[\s*_*\s*\]|\(\s*_*\s*\)|_{3,}|\.{5,}|…{2,})\s*(?=\S)")
_BANK_CELLS = re.compile(r"\t+|\s{2,}|\s*[|•·,]\s*")


def _word_bank(block: list[Line]) -> tuple[list[str], list[Line]] | None:
    """(words, meaning lines) for a row of words above as many meanings, each after a gap; else None."""
    if len(block) < 4:
        return None
    words = [w.strip(" []") for w in _BANK_CELLS.split(block[0].raw.strip(" []|\t")) if w.strip(" []")]
    meanings = block[1:]
    if len(words) != len(meanings) or not all(0 < word_count(w) <= 4 for w in words) \
            or not all(_GAPPED.match(ln.raw) and word_count(_GAPPED.sub("", ln.text)) >= 2 for ln in meanings):
        return None
    return words, meanings


_MATCH_TASK = re.compile(r"\b(?:match(?:ing)?|draw (?:a )?lines?|connect|join)\b", re.I)
_HEADER = re.compile(r"^(?:words?|terms?|vocabulary|phrases?)$", re.I)


def _drawn_table(block: list[Line], lines: list[Line]) -> tuple[list[Line], list[list[str]]] | None:
    """(rows, [term, meaning] cells) for a two-column table under a task to match or join them; else None."""
    # Under such a task the meanings are in another order than their words ("Draw a line from each word…").
    if task_above(block[0].no, lines, _MATCH_TASK) is None:
        return None
    cells = [[c.strip() for c in CELL_GAP.split(ln.raw.strip()) if c.strip()] for ln in block]
    rows = list(block)
    if cells and len(cells[0]) == 2 and _HEADER.match(cells[0][0]):
        rows[0].role, rows[0].reason = Role.DROPPED, "the table's header row"
        rows, cells = rows[1:], cells[1:]
    if len(rows) < 3 or any(len(c) != 2 or word_count(c[0]) > 4 or word_count(c[1]) < 2 for c in cells):
        return None
    return rows, cells


_BARE_LETTER = re.compile(r"^\(?([a-hA-H])[.)]?\s+(\S.*)$")


def _row_texts(rows: list[Line], pattern: re.Pattern[str]) -> list[str]:
    return [m.group(2) if (m := pattern.match(ln.text)) else ln.text for ln in rows]


def _lettered_terms(block: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """(terms, meanings) for terms lettered a, b, c… (with or without a stop) above meanings numbered 1, 2, 3…."""
    half = len(block) // 2
    if half < 3 or len(block) != 2 * half:
        return None
    letters, numbers = block[:half], block[half:]
    in_order = all((m := _BARE_LETTER.match(ln.text)) and m.group(1).lower() == chr(97 + i) for i, ln in enumerate(letters))
    numbered = all((m := _TERM_ROW.match(ln.text)) and int(m.group(1)) == i + 1 for i, ln in enumerate(numbers))
    short = all(word_count(ln.text) <= 6 for ln in letters)
    return (letters, numbers) if in_order and numbered and short else None


def term_texts(block: list[Line]) -> list[str]:
    """The terms of a numbered list, without their numbers."""
    return [m.group(2) if (m := _TERM_ROW.match(ln.text)) else ln.text for ln in block]


def numbered_terms(block: list[Line]) -> bool:
    """Whether a block is a list of terms numbered 1, 2, 3… ("1. mural", "2) permission", "3 spray")."""
    found = [_TERM_ROW.match(ln.text) for ln in block]
    return all(m is not None and int(m.group(1)) == i + 1 and word_count(m.group(2)) <= 5
               for i, m in enumerate(found))


_GAP = re.compile(r"^(?:[._…]{2,}|\(\s*\))\s*|\s*(?:[._…]{2,}|\(\s*\))$")
_MATCH_WORD = re.compile(r"match", re.I)


def _matching(terms: list[str], meanings: list[str], rows: list[Line], lines: list[Line]) -> Matching:
    terms = [_GAP.sub("", t).strip() or t for t in terms]  # "1. ...... packaging": the gap is for the letter
    first = rows[0].no
    task, label = _named_task(task_above(first, lines, _MATCH_WORD, reach=4))
    return Matching(task, terms, meanings, first, label=label)


def _named_task(line: Line | None) -> tuple[str, str]:
    """(task, label) a task line gives a matching exercise ("Exercise 2. Match…"), or the usual task and no label."""
    text = REQUIRED.sub("", line.text) if line is not None else ""  # a form's required mark ("*") is no part of the task
    return _TASK_PREFIX.sub("", text).strip() or DEFAULT_TASK, task_label(text)


def task_above(first: int, lines: list[Line], task: re.Pattern[str], reach: int = 3) -> Line | None:
    """The nearest of the `reach` lines above line `first` that reads as the task (`task`) of the block there."""
    return next((ln for ln in reversed(lines[max(0, first - 1 - reach) : first - 1]) if task.search(ln.text)), None)


def tasks_above(matchings: list[Matching], lines: list[Line]) -> None:
    """A matching that found no task of its own takes the line above it that asks to match ("Match each word…")."""
    for m in matchings:
        if m.task == DEFAULT_TASK and (task := task_above(m.line, lines, _MATCH_WORD, reach=3)) is not None:
            m.task, label = _named_task(task)
            m.label = m.label or label


def matching_exercise(m: Matching, warnings: list[ImportWarning]) -> Exercise:
    """The exercise with each meaning beside its own term: by the key, else by the dictionary, else as printed."""
    # Without a key the pairs are a guess, and both the import's warnings and the exercise's note say so.
    if m.key is not None:
        order = [ord(m.key[str(i + 1)].strip(" .)").lower()) - 97 for i in range(len(m.terms))]
        return Exercise(m.task, "matching", pairs=tuple((t, m.meanings[o]) for t, o in zip(m.terms, order, strict=True)))
    wn = open_wordnet()  # WordNet's files are opened only here, for a matching exercise without a key
    guessed = best_pairing(wn, m.terms, m.meanings) if wn is not None else None
    if guessed is not None:
        warnings.append(ImportWarning(m.line, "the matching exercise has no answer key, so its terms were paired "
                                              "with their meanings by the dictionary; check the pairs in the "
                                              "lesson's Exercises"))
        return Exercise(m.task, "matching", pairs=tuple((t, m.meanings[o]) for t, o in zip(m.terms, guessed, strict=True)),
                        notes=(_GUESSED,))
    warnings.append(ImportWarning(m.line, "the matching exercise has no answer key, so its meanings are paired as "
                                          "printed (1 with a, 2 with b…); in the lesson's Exercises, put each "
                                          "meaning beside its own term"))
    return Exercise(m.task, "matching", pairs=tuple(zip(m.terms, m.meanings, strict=False)), notes=(_NO_KEY,))


def with_meanings(vocabulary: list[VocabEntry], exercises: tuple[Exercise, ...]) -> list[VocabEntry]:
    """Entries without a definition get their matching exercise's meaning (marked suggested when it was guessed)."""
    meanings: dict[str, tuple[str, bool]] = {}
    for e in exercises:
        if e.kind == "matching" and _NO_KEY not in e.notes:
            meanings.update({t.lower(): (m, _GUESSED in e.notes) for t, m in e.pairs})
    return [replace(v, definition=meanings[v.term.lower()][0], suggested=meanings[v.term.lower()][1])
            if not v.definition and v.term.lower() in meanings else v for v in vocabulary]
