"""Flashcards as tab-separated text, the form Anki and Quizlet import: term, definition, example."""

from __future__ import annotations

from presenter.lesson.model import Lesson
from presenter.text.occurrences import Occurrence


def _cell(text: str) -> str:
    # A tab or line break inside a field would start a new field or card in both importers.
    return " ".join(text.replace("\t", " ").split())


def cards_tsv(lesson: Lesson, found: dict[int, list[Occurrence]]) -> str:
    """One line per vocabulary entry: term (with its forms), definition, an example sentence."""
    lines = []
    for i, v in enumerate(lesson.vocabulary):
        term = " – ".join((v.term, *v.forms)) if v.forms else v.term
        definition = f"({v.part_of_speech}) {v.definition}" if v.part_of_speech and v.definition else v.definition
        hits = found.get(i, [])
        example = v.example or (min(hits, key=lambda o: len(o.sentence)).sentence if hits else "")
        lines.append("\t".join(_cell(x) for x in (term, definition, example)))
    return "\n".join(lines) + "\n"
