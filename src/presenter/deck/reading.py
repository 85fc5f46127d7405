"""The reading as numbered paragraphs and sentences: one index shared by slides and narration."""

from __future__ import annotations

from dataclasses import dataclass

from presenter.lesson.model import Reading
from presenter.text.sentences import sentence_spans


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the reading: where it stands, and its text."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class IndexedParagraph:
    """A paragraph with its section and the range of its sentences."""

    index: int
    section: int
    text: str
    speaker: str | None
    slide_break_before: bool
    first_sentence: int
    sentence_count: int
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReadingIndex:
    """Every paragraph and sentence of a reading, numbered in reading order."""

    paragraphs: tuple[IndexedParagraph, ...]
    sentences: tuple[Sentence, ...]
    section_count: int

    @classmethod
    def build(cls, reading: Reading) -> ReadingIndex:
        """Number the paragraphs and sentences of `reading`."""
        paragraphs: list[IndexedParagraph] = []
        sentences: list[Sentence] = []
        for s_index, section in enumerate(reading.sections):
            for para in section.paragraphs:
                spans = sentence_spans(para.text)
                p_index = len(paragraphs)
                paragraphs.append(IndexedParagraph(
                    p_index, s_index, para.text, para.speaker, para.slide_break_before,
                    len(sentences), len(spans), para.notes))
                base = len(sentences)  # fixed before extending: the list grows as it is extended
                sentences.extend(
                    Sentence(base + i, p_index, sp.start, sp.end, para.text[sp.start : sp.end])
                    for i, sp in enumerate(spans)
                )
        return cls(tuple(paragraphs), tuple(sentences), len(reading.sections))

    def paragraph_sentences(self, paragraph: int) -> tuple[Sentence, ...]:
        """The sentences of one paragraph."""
        p = self.paragraphs[paragraph]
        return self.sentences[p.first_sentence : p.first_sentence + p.sentence_count]

    def last_sentence(self, paragraph: int) -> int:
        """The index of a paragraph's last sentence."""
        p = self.paragraphs[paragraph]
        return p.first_sentence + p.sentence_count - 1
