"""A matching exercise's key: found in the answer key's lines or anywhere on the page, and given to its exercise."""

from __future__ import annotations

import re

from presenter.handout.answers import answer_groups
from presenter.handout.exercises import KEY_PREFIX, Matching, task_label, tasks_above
from presenter.handout.lines import Line, word_count
from presenter.handout.roles import Role
from presenter.lesson.model import VocabEntry

# "1 F 2 T", "1 true 2 NG": a true/false key, never the words a "find words" exercise asks for
_NOT_A_WORD = re.compile(r"^(?:\w|ng|true|false|not given|yes|no)$", re.I)


def _pairs_all(key: dict[str, str], count: int) -> bool:
    """Whether a key gives every term 1..count a different letter among the first `count`."""
    letters = [key.get(str(i + 1), "").strip(" .)").lower() for i in range(count)]
    return len(key) == count and sorted(letters) == [chr(97 + i) for i in range(count)]


_NAMED_PAIR = re.compile(r"^\s*(.+?)\s+[–—=-]+\s+(.+?)\s*$")


def _named_key(text: str, matchings: list[Matching]) -> bool:
    """Whether a line "coast – the land next to the sea; seaweed – …" keys a matching exercise (its key is then set)."""
    pairs = {m.group(1).lower(): m.group(2).lower().rstrip(".") for part in text.split(";") if (m := _NAMED_PAIR.match(part))}
    for matching in matchings:
        meanings = [m.lower().rstrip(".") for m in matching.meanings]
        if matching.key is None and matching.terms and len(pairs) >= len(matching.terms) and all(
                pairs.get(t.lower()) in meanings for t in matching.terms):
            matching.key = {str(i + 1): chr(97 + meanings.index(pairs[t.lower()])) for i, t in enumerate(matching.terms)}
            return True
    return False


def split_answer_key(lines: list[Line], matchings: list[Matching]) -> dict[str, str]:
    """The questions' answers from the key's lines; a line that pairs all of a matching exercise's terms goes to it."""
    answers: dict[str, str] = {}
    for ln in lines:
        if not ln.text:
            continue
        if _named_key(KEY_PREFIX.sub("", ln.text), matchings):
            ln.role = Role.ANSWERS
            continue
        groups = answer_groups(KEY_PREFIX.sub("", ln.raw.strip()))  # the raw line: wide gaps end answers
        for pairs in groups:
            if not _take(pairs, matchings, task_label(ln.text)):
                for label, value in pairs.items():
                    answers.setdefault(label, value)
        if groups:
            ln.role = Role.ANSWERS
    return answers


def _take(pairs: dict[str, str], matchings: list[Matching], label: str) -> bool:
    """Whether a key's list (labelled "Ex 2:" or not) keys a matching exercise still without a key, which then has it."""
    for m in matchings:
        if label and m.label and label != m.label:
            continue  # "Ex 1: 1 F 2 T" is the key to exercise 1, whatever exercise 2 counts
        if m.key is None and m.terms and _pairs_all(pairs, len(m.terms)):
            m.key = pairs
            return True
        # "Find words that mean…": a word or two for each meaning, which become its terms
        words = [pairs.get(str(i + 1), "").strip(" .") for i in range(len(m.meanings))]
        if m.key is None and m.rows and len(pairs) == len(words) and all(
                0 < word_count(w) <= 3 and not _NOT_A_WORD.match(w) for w in words):
            m.terms, m.key = words, {str(i + 1): chr(97 + i) for i in range(len(words))}
            return True
    return False


def settle_keys(lines: list[Line], matchings: list[Matching]) -> tuple[list[Line], list[VocabEntry]]:
    """Keys anywhere (a fold, a footer: "1 b · 2 c · 3 a") for matchings without one; then (notes, "find words" terms)."""
    # "Find words that mean…" gives its terms only in its key: without one, its meanings are notes, not an exercise.
    tasks_above(matchings, lines)  # a form's grid found as a word list: its task is above its header
    for ln in lines:
        if not any(m.key is None for m in matchings):
            break
        if ln.text and ln.role not in (Role.ANSWERS, Role.VOCABULARY, Role.EXERCISE, Role.QUESTION) and any(
                [_take(pairs, matchings, task_label(ln.text)) for pairs in answer_groups(KEY_PREFIX.sub("", ln.raw.strip()))]):
            ln.role, ln.reason = Role.ANSWERS, "the key to a matching exercise"
    notes = [ln for m in matchings if m.rows and not m.terms for ln in m.rows]
    for ln in notes:
        ln.role, ln.reason = Role.NONE, "a meaning to find a word for, but no key names the words: kept as a note"
    matchings[:] = [m for m in matchings if m.terms]
    return notes, [VocabEntry(term=t, line=m.line) for m in matchings if m.rows for t in m.terms]
