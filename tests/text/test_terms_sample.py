"""Every one of the sample lesson's 57 terms, with where the reading uses it (worked out by reading the text).

Decisions, per doubtful case (see the policy in presenter.text.terms):

- "court" and "order" are two entries; "ordered by a court" holds both (there is no "court order").
- "apologize": "to apologize" occurs once; "his apology" is a derivation and is not counted.
- "bill": the reading has "energy bills", an inflection: it counts.
- "private": "private school" occurs.
- "public": the reading has only "publicly", a derivation; it counts because the entry's own
  definition glosses it ("publicly = in front of everyone"). Without that gloss it would not occur.
- "sincere": likewise only "insincere", glossed in the definition ("insincere = not really meaning it").
- "trustworthy": "those who are trustworthy" and "“trustworthy”"; "untrustworthy" is not counted.
- "rate": "a fluctuating rating" (rating is the -ing form of rate; the definition says "(a rating)").
  "interest rates" belongs to the phrase "interest rate", not to "rate".
- "score": "the new scoring system" counts (scoring is an inflection of score).
- "behave": "how they behave", "who can’t behave"; "behaviors" / "behavior" are derivations, not counted.
- "punish": "punished", "punishing"; "punishment" is a derivation, not counted.
- "CEO": once in the reading; the speaker label "Shu Li, CEO Sense Time" is not reading text.
- "zero-in": "zero in on their face".

So with this policy every term occurs, and NOT_IN_READING is empty; under inflections only,
"public" and "sincere" would be the two terms that do not occur (tested below).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from presenter.lesson import Lesson, load_lesson
from presenter.text.occurrences import missing_terms, occurrences

# term: (a fragment of the first sentence it occurs in, every match in reading order)
EXPECTED: dict[str, tuple[str, list[str]]] = {
    "behave": ("a personal score based on how they behave", ["behave", "behave"]),
    "score": ("By 2020, China plans", ["score", "scores", "score", "scores", "score", "score", "score", "scoring", "scores"]),
    "based on": ("By 2020, China plans", ["based on"] * 3),
    "punish": ("are already being punished", ["punished", "punishing"]),
    "on time": ("whether they pay their taxes on time", ["on time"]),
    "no longer": ("can no longer fly", ["no longer"]),
    "purify": ("trying to “purify” society", ["purify"]),
    "reward": ("by rewarding those who are trustworthy", ["rewarding"]),
    "estimated": ("an estimated 176 million cameras", ["estimated"]),
    "bar": ("four million are barred from trains", ["barred"]),
    "credit": ("like the credit score that most Americans", ["credit"] * 4),
    "handle": ("how they handle their finances", ["handle"]),
    "ban": ("he was banned from flying", ["banned", "banned"]),
    "book": ("tried to book a flight", ["book"]),
    "trustworthy": ("rewarding those who are trustworthy", ["trustworthy", "trustworthy"]),
    "court": ("ordered by a court to apologize", ["court"]),
    "order": ("ordered by a court to apologize", ["ordered"]),
    "apologize": ("ordered by a court to apologize", ["apologize"]),
    "tweet": ("for a series of tweets he wrote", ["tweets"]),
    "sincere": ("his apology was insincere", ["insincere"]),
    "property": ("I can’t buy property.", ["property"]),
    "list": ("on the list of untrustworthy people", ["list", "list", "list"]),
    "discount": ("they can get discounts on their energy bills", ["discounts"]),
    "private": ("My child can’t go to private school", ["private"]),
    "rate": ("a fluctuating rating based on a range", ["rating"]),
    "evasion": ("Fraud, tax evasion and smoking", ["evasion"]),
    "fluctuate": ("a fluctuating rating", ["fluctuating"]),
    "fraud": ("Fraud, tax evasion and smoking", ["Fraud"]),
    "range": ("based on a range of behaviors", ["range"]),
    "buy": ("I can’t buy property.", ["buy", "buying", "buying"]),
    "assign": ("is being assigned a social credit score", ["assigned"]),
    "drop": ("non-smoking areas can drop it", ["drop"]),
    "real estate": ("plane tickets, real estate, cars", ["real estate"]),
    "install": ("six hundred million installed by 2020", ["installed"]),
    "expand": ("start expanding nationwide", ["expanding"]),
    "network": ("China’s growing network of surveillance cameras", ["network"]),
    "CEO": ("Shu Li is the CEO of Sense Time", ["CEO"]),
    "track": ("but also track average citizens", ["track", "tracking"]),
    "catch": ("can help catch criminals", ["catch"]),
    "shame": ("publicly shame them on nearby video screens", ["shame"]),
    "average": ("but also track average citizens", ["average"]),
    "jaywalker": ("the government is even tracking jaywalkers", ["jaywalkers"]),
    "bill": ("discounts on their energy bills", ["bills"]),
    "run": ("the people running the plan", ["running"]),
    "determine": ("to determine how to allocate benefits", ["determine"]),
    "abuse": ("could be easily abused by the government", ["abused"]),
    "mundane": ("daily, mundane activities", ["mundane"]),
    "surveillance": ("network of surveillance cameras", ["surveillance"]),
    "impact": ("how to impact and shape their behavior", ["impact"]),
    "decade": ("for more than three decades", ["decades"]),
    "benefit": ("to determine how to allocate benefits", ["benefits"]),
    "upside": ("Now there are upsides", ["upsides"]),
    "shape": ("how to impact and shape their behavior", ["shape"]),
    "interest rate": ("get better interest rates at banks", ["interest rates"]),
    "boost": ("reportedly even boost the profiles", ["boost"]),
    "zero-in": ("zero in on their face", ["zero in"]),
    "public": ("then publicly shame them", ["publicly"]),
}
# Terms of the sample lesson that do not occur in its reading: none (see the module docstring).
NOT_IN_READING: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def lesson() -> Lesson:
    """The sample lesson, loaded once for this module."""
    return load_lesson(Path(__file__).resolve().parents[2] / "lessons" / "social-credit-1" / "lesson.md")


def test_the_table_covers_all_57_terms(lesson: Lesson) -> None:
    terms = [v.term for v in lesson.vocabulary]
    assert len(terms) == 57
    assert set(EXPECTED) | NOT_IN_READING == set(terms)
    assert not set(EXPECTED) & NOT_IN_READING


@pytest.mark.parametrize("term", list(EXPECTED))
def test_term_occurs_where_the_table_says(lesson: Lesson, term: str) -> None:
    index = [v.term for v in lesson.vocabulary].index(term)
    found = occurrences(lesson)[index]
    fragment, matches = EXPECTED[term]
    assert [o.sentence[o.char_start : o.char_end] for o in found] == matches
    assert fragment in found[0].sentence
    for o in found:
        # Each occurrence is a sentence of the paragraph it names, at the place it names.
        paragraph = lesson.reading.paragraphs[o.paragraph].text
        assert paragraph[o.sentence_start : o.sentence_start + len(o.sentence)] == o.sentence


def test_terms_not_in_the_reading_are_reported(lesson: Lesson) -> None:
    missing = {lesson.vocabulary[i].term for i in missing_terms(lesson)}
    assert missing == NOT_IN_READING


def test_with_inflections_only_public_and_sincere_do_not_occur(lesson: Lesson) -> None:
    # Drop the definitions, which gloss "publicly" and "insincere": those are derivations.
    bare = dataclasses.replace(
        lesson, vocabulary=tuple(dataclasses.replace(v, definition="") for v in lesson.vocabulary)
    )
    assert {bare.vocabulary[i].term for i in missing_terms(bare)} == {"public", "sincere"}


def test_derivations_in_the_reading_are_not_counted(lesson: Lesson) -> None:
    found = occurrences(lesson)
    words = {o.sentence[o.char_start : o.char_end].lower() for hits in found.values() for o in hits}
    assert not words & {"apology", "punishment", "behaviors", "behavior", "untrustworthy", "longer"}


def test_json_view_of_an_occurrence(lesson: Lesson) -> None:
    sentence = "By 2020, China plans to give all it’s 1.4 billion citizens a personal score based on how they behave."
    first = occurrences(lesson)[0][0]  # "behave"
    assert first.to_json() == {"sentence": sentence, "char_start": 94, "char_end": 100}
    assert sentence[94:100] == "behave"


def test_occurrences_are_in_reading_order(lesson: Lesson) -> None:
    for hits in occurrences(lesson).values():
        places = [(o.paragraph, o.sentence_start, o.char_start) for o in hits]
        assert places == sorted(places)
