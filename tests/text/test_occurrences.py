"""occurrences(lesson): the sentences of the reading where each term occurs."""

from __future__ import annotations

from presenter.lesson import Lesson, Paragraph, Reading, Section, VocabEntry
from presenter.text.occurrences import Occurrence, missing_terms, occurrences
from presenter.text.terms import TermFinder


def lesson(vocabulary: list[str], *paragraphs: Paragraph) -> Lesson:
    """A lesson with these terms and a one-section reading."""
    return Lesson(
        title="t",
        reading=Reading((Section(tuple(paragraphs)),)),
        vocabulary=tuple(VocabEntry(t) for t in vocabulary),
    )


def test_each_occurrence_is_given_in_its_sentence() -> None:
    text = "The rate rose. Then interest rates fell, and rates rose again."
    found = occurrences(lesson(["rate", "interest rate"], Paragraph(text)))
    assert found[0] == [
        Occurrence("The rate rose.", 4, 8, 0, 0),
        Occurrence("Then interest rates fell, and rates rose again.", 30, 35, 0, 15),
    ]
    assert found[1] == [Occurrence("Then interest rates fell, and rates rose again.", 5, 19, 0, 15)]


def test_every_entry_has_a_key_and_absent_terms_are_reported() -> None:
    read = lesson(["track", "fraud", "court order"], Paragraph("Tracking people."), Paragraph("A court. An order."))
    found = occurrences(read)
    assert sorted(found) == [0, 1, 2]
    assert found[1] == [] and found[2] == []  # "court. An order" spans two sentences
    assert missing_terms(read) == [1, 2]
    assert missing_terms(read, found) == [1, 2]


def test_speaker_labels_are_not_searched() -> None:
    read = lesson(["CEO"], Paragraph("“It can tell.”", speaker="Shu Li, CEO Sense Time"), Paragraph("The CEO spoke."))
    assert [(o.paragraph, o.sentence) for o in occurrences(read)[0]] == [(1, "The CEO spoke.")]


def test_a_prebuilt_finder_is_used() -> None:
    read = lesson(["score"], Paragraph("A score."))
    other = TermFinder([VocabEntry("a")])
    assert occurrences(read, other)[0] == [Occurrence("A score.", 0, 1, 0, 0)]


def test_a_lesson_without_vocabulary_or_text() -> None:
    assert occurrences(lesson([], Paragraph(""))) == {}
    assert occurrences(lesson(["x"], Paragraph("   "))) == {0: []}
