"""Where each vocabulary entry occurs in a lesson's reading, sentence by sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from presenter.text.sentences import sentence_spans
from presenter.text.terms import TermFinder

if TYPE_CHECKING:
    # Only for types: the text package stays usable by the lesson package without a cycle.
    from presenter.lesson.model import Lesson


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a term: `sentence[char_start:char_end]` is the term as written."""

    sentence: str
    char_start: int
    char_end: int
    paragraph: int  # index into `lesson.reading.paragraphs`
    sentence_start: int  # where the sentence starts in that paragraph's text

    def to_json(self) -> dict[str, str | int]:
        """The fields `presenter inspect --json` shows: sentence, char_start, char_end."""
        return {"sentence": self.sentence, "char_start": self.char_start, "char_end": self.char_end}


def occurrences(lesson: Lesson, finder: TermFinder | None = None) -> dict[int, list[Occurrence]]:
    """For every vocabulary index, the term's occurrences in the reading, in reading order.

    Every index is a key, with an empty list for a term that never occurs. Speaker labels
    ("Shu Li, CEO Sense Time") are not searched: they name who speaks, they are not the reading.
    """
    finder = finder if finder is not None else TermFinder(lesson.vocabulary)
    found: dict[int, list[Occurrence]] = {i: [] for i in range(len(lesson.vocabulary))}
    for number, paragraph in enumerate(lesson.reading.paragraphs):
        text = paragraph.text
        # Sentence by sentence, so that a phrase never spans two sentences.
        for span in sentence_spans(text):
            sentence = text[span.start : span.end]
            for match in finder.find(sentence):
                found[match.entry_index].append(
                    Occurrence(sentence, match.start, match.end, number, span.start)
                )
    return found


def missing_terms(lesson: Lesson, found: dict[int, list[Occurrence]] | None = None) -> list[int]:
    """The vocabulary indices of terms that never occur in the reading (for `presenter check`)."""
    found = found if found is not None else occurrences(lesson)
    return [i for i, hits in found.items() if not hits]
