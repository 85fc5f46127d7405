"""Warnings about an imported lesson: what a teacher should look at before teaching with it."""

from __future__ import annotations

from presenter.handout.lines import Line, ends_sentence
from presenter.handout.matching import ReadingIndex
from presenter.handout.result import ImportWarning
from presenter.lesson.model import Lesson
from presenter.handout.roles import Role


def check_lesson(lesson: Lesson, lines: list[Line], index: ReadingIndex) -> list[ImportWarning]:
    """Terms missing from the reading, entries without definitions, gaps in numbering, a cut-off end."""
    warnings: list[ImportWarning] = []
    for entry in lesson.vocabulary:
        if not index.contains(entry.term, entry.forms):
            warnings.append(ImportWarning(_line_of(lines, Role.VOCABULARY, entry.term),
                                          f'vocabulary entry "{entry.term}" does not occur in the reading'))
    needs = [e for e in lesson.vocabulary if not e.definition]
    if needs:
        warnings.append(ImportWarning(0, f"{len(needs)} vocabulary entr{'y has' if len(needs) == 1 else 'ies have'}"
                                         " no definition (the handout gives none); write them in the lesson file"))
    warnings.extend(_numbering([q.label for q in lesson.comprehension], "question"))
    warnings.extend(_numbering([p.label for p in lesson.discussion], "discussion prompt"))
    warnings.extend(_cut_off(lesson, lines))
    if not lesson.comprehension:
        warnings.append(ImportWarning(0, "no comprehension questions were found"))
    if not lesson.discussion:
        warnings.append(ImportWarning(0, "no discussion prompts were found"))
    return warnings


def _cut_off(lesson: Lesson, lines: list[Line]) -> list[ImportWarning]:
    """A warning when the handout's last part stops mid-sentence (a page copied only in part)."""
    content = [ln for ln in lines if ln.text and ln.role not in (Role.DEBRIS, Role.DROPPED, Role.UNPLACED)]
    if not content:
        return []
    last = content[-1]
    cut = False
    if last.role == Role.READING:
        cut = _unfinished(lesson.reading.paragraphs[-1].text)
    elif last.role == Role.QUESTION and lesson.comprehension:
        q = lesson.comprehension[-1]
        cut = not q.options and _unfinished(q.text)
    elif last.role == Role.PROMPT and lesson.discussion:
        p = lesson.discussion[-1]
        cut = not p.options and _unfinished(p.text)
    return [ImportWarning(last.no, "the handout seems cut off: its last line ends mid-sentence")] if cut else []


def _unfinished(text: str) -> bool:
    return not ends_sentence(text) and not text.endswith((":", ")", "?"))


def _numbering(labels: list[str], what: str) -> list[ImportWarning]:
    """Warnings where numbers or letters jump (3 then 5): an item may have been lost."""
    out: list[ImportWarning] = []
    previous = ""
    for label in labels:
        jump = False
        if len(label) == len(previous) == 1 and label.isalpha() and previous.isalpha():
            jump = ord(label.lower()) - ord(previous.lower()) > 1
        elif previous.isdigit() and label.isdigit():
            jump = int(label) > int(previous) + 1
        if jump:
            out.append(ImportWarning(0, f"{what}s jump from {previous} to {label}: is one missing?"))
        previous = label
    return out


def _line_of(lines: list[Line], role: str, term: str) -> int:
    for ln in lines:
        if ln.role == role and term.lower() in ln.text.lower():
            return ln.no
    return 0
