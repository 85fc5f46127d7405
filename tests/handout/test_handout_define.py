"""Suggested definitions from WordNet: the part of speech the reading uses, marked suggested."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_cli import run
from presenter.handout import import_handout
from presenter.handout.dictionary.define import suggest_definitions
from presenter.handout.dictionary.wordnet import WordNet, data_dir, open_wordnet
from presenter.lesson import parse_lesson
from presenter.lesson.model import Lesson, Paragraph, Reading, Section, VocabEntry
from repo_paths import SEEDS

SEED = SEEDS / "000_cd1623dbbe0e4b21.txt"

# How the seed's reading uses each of the sample lesson's 57 terms (read from the text, not from
# the importer). Where it differs from the sample lesson's hand-written label, the reading
# decides: "rate" occurs only as "rating" and "interest rates" (nouns); "an estimated 176
# million" is a participle, and WordNet has "estimated" only as the verb "estimate".
READING_POS = {
    "behave": "verb", "score": "noun", "based on": "verb", "punish": "verb", "on time": "adverb",
    "no longer": "adverb", "purify": "verb", "reward": "verb", "estimated": "verb", "bar": "verb",
    "credit": "noun", "handle": "verb", "ban": "verb", "book": "verb", "trustworthy": "adjective",
    "court": "noun", "order": "verb", "apologize": "verb", "tweet": "noun", "sincere": "adjective",
    "property": "noun", "list": "noun", "discount": "noun", "private": "adjective", "rate": "noun",
    "evasion": "noun", "fluctuate": "verb", "fraud": "noun", "range": "noun", "buy": "verb", "assign": "verb",
    "drop": "verb", "real estate": "noun", "install": "verb", "expand": "verb", "network": "noun", "CEO": "noun",
    "track": "verb", "catch": "verb", "shame": "verb", "average": "adjective", "jaywalker": "noun", "bill": "noun",
    "run": "verb", "determine": "verb", "abuse": "verb", "mundane": "adjective", "surveillance": "noun",
    "impact": "verb", "decade": "noun", "benefit": "noun", "upside": "noun", "shape": "verb",
    "interest rate": "noun", "boost": "verb", "zero-in": "verb", "public": "adjective",
}


@pytest.fixture(scope="module")
def seed() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the seed handout is not here ({SEED}); it lives in the shared folder beside the repository")
    return SEED


@pytest.fixture(scope="module")
def wordnet() -> WordNet:
    wn = open_wordnet()
    assert wn is not None, f"WordNet's data is missing (dev.sh installs Debian's wordnet-base): {data_dir()}"
    return wn


def test_seed_terms_get_the_reading_part_of_speech(seed: Path, wordnet: WordNet) -> None:
    result = import_handout(seed, define=True)
    vocabulary = result.lesson.vocabulary
    assert [e.term for e in vocabulary] == list(READING_POS)
    for entry in vocabulary:
        assert entry.suggested and entry.definition, entry.term
        assert entry.part_of_speech == READING_POS[entry.term], entry.term
    assert len(result.suggested) == 57
    assert "57 definition(s) suggested" in result.summary()


def test_suggestions_are_marked_in_the_lesson_file_and_read_back(seed: Path, wordnet: WordNet) -> None:
    markdown = import_handout(seed, define=True).markdown
    assert markdown.count("  <!-- suggested -->") == 57
    lesson, problems = parse_lesson(markdown)
    assert lesson is not None and not [p for p in problems if p.severity == "error"]
    assert all(e.suggested and "<!--" not in e.definition for e in lesson.vocabulary)
    plain = import_handout(seed).lesson
    assert not any(e.suggested or e.definition for e in plain.vocabulary)


def _lesson(text: str, *terms: VocabEntry) -> Lesson:
    return Lesson(title="T", reading=Reading((Section((Paragraph(text),)),)), vocabulary=terms)


@pytest.mark.parametrize(("sentence", "term", "pos"), [
    ("They wanted to book a cheap flight to Rome.", "book", "verb"),
    ("She left her favourite book on the bus.", "book", "noun"),
    ("The council may ban fireworks next year.", "ban", "verb"),
    ("The ban on fireworks starts in May.", "ban", "noun"),
    ("Several farms were flooded, and the harvest was lost.", "flood", "verb"),
    ("Children play in the quiet streets after school.", "quiet", "adjective"),
    ("He spoke quietly to the nervous pupils.", "quiet", "adjective"),
    ("The climbers decided to give up before the storm.", "give up", "verb"),
])
def test_part_of_speech_from_the_sentence(wordnet: WordNet, sentence: str, term: str, pos: str) -> None:
    lesson, suggested = suggest_definitions(_lesson(sentence, VocabEntry(term=term)), wordnet)
    entry = lesson.vocabulary[0]
    assert suggested == [term]
    assert (entry.part_of_speech, entry.suggested) == (pos, True)
    assert entry.definition and entry.definition == entry.definition.strip()


def test_teacher_definitions_are_kept_and_unknown_words_left_alone(wordnet: WordNet) -> None:
    lesson = _lesson("The glorbix and the harbour were busy.",
                     VocabEntry(term="harbour", definition="where boats stay", part_of_speech="noun"),
                     VocabEntry(term="glorbix"))
    new, suggested = suggest_definitions(lesson, wordnet)
    assert suggested == []
    assert new.vocabulary == lesson.vocabulary


def test_define_on_the_command_line(tmp_path: Path, seed: Path, wordnet: WordNet) -> None:
    out = tmp_path / "lesson.md"
    assert run([str(seed), "--define", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "- **jaywalker** (n.) — a reckless pedestrian who crosses a street illegally  <!-- suggested -->" in text
