"""The synthetic readers' replacement words: one sound away, two or more but alike in spelling, or any."""

from __future__ import annotations

import random
import sys

import pytest

from presenter.practice.confusions import spelling_distance
from presenter.practice.words import sentence_words
from repo_paths import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import practice_readers as pr  # noqa: E402

WORDS = ("form", "quite", "though", "travel", "score", "market", "people")


@pytest.fixture(scope="module")
def prons() -> pr.Pronunciations:
    return pr.Pronunciations(pr.DICTIONARY)


def test_sound_distance_counts_phone_edits(prons: pr.Pronunciations) -> None:
    assert pr.sound_distance("score", "store", prons) == 1  # S K AO R / S T AO R
    assert pr.sound_distance("form", "from", prons) == 2  # F AO R M / F R AH M
    assert pr.sound_distance("travel", "travel", prons) == 0


@pytest.mark.parametrize("word", WORDS)
def test_two_sound_replacements_are_common_dictionary_words_alike_in_spelling(prons: pr.Pronunciations, word: str) -> None:
    found = pr.alternatives(word, prons, "two-sound")
    assert found, word
    common = set(pr.common_words())
    for other in found:
        assert other in prons.of and other in common and other != word
        assert pr.sound_distance(word, other, prons) >= 2, other
        assert spelling_distance(word, other) <= 3, other


@pytest.mark.parametrize("word", WORDS)
def test_any_replacements_are_unlike_words_of_similar_length(prons: pr.Pronunciations, word: str) -> None:
    found = pr.alternatives(word, prons, "any")
    assert len(found) > 10, word
    for other in found:
        assert other in prons.of and abs(len(other) - len(word)) <= 1
        assert pr.sound_distance(word, other, prons) >= 2 and spelling_distance(word, other) > 3, other


def test_one_sound_replacements_stay_one_sound_away(prons: pr.Pronunciations) -> None:
    for other in pr.alternatives("score", prons):
        assert pr.sound_distance("score", other, prons) == 1, other


@pytest.mark.parametrize("mode", pr.REPLACEMENTS)
def test_a_replaced_reading_changes_only_the_wrong_words(prons: pr.Pronunciations, mode: str) -> None:
    sentence = "People travel to the market to buy bread and fresh vegetables every morning."
    written = [w.text for w in sentence_words(sentence)]
    kinds = {kind: (spoken, wrong) for kind, spoken, wrong in pr.variants(sentence, prons, random.Random(1), mode)}
    spoken, wrong = kinds["replaced"]
    said = spoken.split()
    assert len(said) == len(written) and 1 <= len(wrong) <= 2
    for i, (w, s) in enumerate(zip(written, said)):
        assert (w != s) == (i in wrong)
        if i in wrong:
            assert (pr.sound_distance(w.lower(), s, prons) >= 2) == (mode != "one-sound"), (w, s)


def test_an_unknown_kind_of_replacement_is_refused(prons: pr.Pronunciations) -> None:
    with pytest.raises(ValueError, match="one-sound"):
        pr.alternatives("form", prons, "three-sound")
