"""Properties of the term finder on arbitrary texts and arbitrary vocabularies."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from presenter.lesson import VocabEntry, load_lesson
from presenter.text.terms import TermFinder, spelling

SAMPLE = load_lesson(Path(__file__).resolve().parents[2] / "lessons" / "social-credit-1" / "lesson.md")
SAMPLE_FINDER = TermFinder(SAMPLE.vocabulary)

# Words and separators that make matches likely, mixed with anything at all.
PIECES = [
    "rate", "rates", "interest", "Interest", "CEO", "ceo", "CEOs", "list", "listen", "zero", "in", "on",
    "based", "time", "no", "longer", "buy", "bought", "China’s", "it's", "can’t", "café", "cafe\u0301",
    "İstanbul", "ß", "ﬁ", "x", "1.4", " ", "  ", "-", "—", "\n", ", ", ". ", "’", "'", "“", "(", "=",
]
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map("".join),
)
terms = st.one_of(st.text(max_size=12), st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join))
parts_of_speech = st.one_of(
    st.sampled_from(["", "verb", "noun", "adjective", "adverb", "phrase", "phrasal verb", "idiom"]), st.text(max_size=8)
)
entries = st.builds(
    VocabEntry,
    term=terms,
    forms=st.lists(terms, max_size=2).map(tuple),
    definition=st.one_of(st.just(""), terms.map(lambda t: f"{t} = a gloss"), st.text(max_size=20)),
    part_of_speech=parts_of_speech,
)


def check(finder: TermFinder, text: str) -> None:
    """The invariants every result must keep."""
    matches = finder.find(text)
    previous_end = 0
    for m in matches:
        assert previous_end <= m.start < m.end <= len(text)  # in order, not empty, never overlapping
        assert spelling(text[m.start : m.end]) in finder.forms(m.entry_index)
        previous_end = m.end


@settings(max_examples=300, deadline=None)
@given(vocabulary=st.lists(entries, max_size=5), text=texts)
def test_arbitrary_vocabulary_and_text(vocabulary: list[VocabEntry], text: str) -> None:
    check(TermFinder(vocabulary), text)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_sample_vocabulary_on_arbitrary_text(text: str) -> None:
    check(SAMPLE_FINDER, text)


@settings(max_examples=200, deadline=None)
@given(vocabulary=st.lists(entries, min_size=1, max_size=4), data=st.data())
def test_every_form_put_in_a_sentence_is_found(vocabulary: list[VocabEntry], data: st.DataObject) -> None:
    finder = TermFinder(vocabulary)
    index = data.draw(st.integers(0, len(vocabulary) - 1))
    entry = vocabulary[index]
    forms = sorted(finder.forms(index))
    if not forms or any(w.isupper() for w in re.split(r"\W+", " ".join((entry.term, *entry.forms, entry.definition)))):
        return  # an entry with no words, or with an acronym: forms() are lowercase, acronyms need capitals
    form = data.draw(st.sampled_from(forms))
    text = f"Then {form} again."
    start, end = len("Then "), len("Then ") + len(form)
    # Something is found over the inserted form (another entry's longer phrase may win it).
    assert any(m.start < end and start < m.end for m in finder.find(text))


def test_every_sample_form_in_a_sentence_is_found() -> None:
    for index, entry in enumerate(SAMPLE.vocabulary):
        for form in SAMPLE_FINDER.forms(index):
            form = form.upper() if entry.term.isupper() else form
            text = f"Then {form} again."
            assert [(m.start, m.end) for m in SAMPLE_FINDER.find(text)] == [(5, 5 + len(form))], text
