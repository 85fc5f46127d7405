"""Each rule of the term finder, one small case at a time."""

from __future__ import annotations

import pytest

from presenter.lesson import VocabEntry
from presenter.text.sentences import Span
from presenter.text.lexicon import word_forms
from presenter.text.terms import Match, TermFinder, find_term, spelling


def words(entry: VocabEntry, text: str) -> list[str]:
    """What `find_term` highlights in `text`."""
    return [text[s.start : s.end] for s in find_term(entry, text)]


def verb(term: str, *forms: str) -> VocabEntry:
    """A verb entry."""
    return VocabEntry(term, forms=forms, part_of_speech="verb")


def noun(term: str, *forms: str) -> VocabEntry:
    """A noun entry."""
    return VocabEntry(term, forms=forms, part_of_speech="noun")


# Inflections, from lemminflect ------------------------------------------------------------

@pytest.mark.parametrize(
    ("entry", "text", "expected"),
    [
        (verb("behave"), "She behaves. They behaved. Behaving well. Behave!", ["behaves", "behaved", "Behaving", "Behave"]),
        (verb("bar"), "He was barred; barring that, bars.", ["barred", "barring", "bars"]),
        (verb("track"), "tracking them, tracked, tracks", ["tracking", "tracked", "tracks"]),
        (verb("catch", "caught", "caught"), "They caught him; catching, catches.", ["caught", "catching", "catches"]),
        (verb("catch"), "They caught him.", ["caught"]),  # irregular, without listed forms
        (verb("punish"), "punished, punishing, punishes", ["punished", "punishing", "punishes"]),
        (verb("buy", "bought", "bought"), "buying it; she bought it; he buys", ["buying", "bought", "buys"]),
        (noun("benefit", "benefits"), "the benefits and one benefit", ["benefits", "benefit"]),
        (verb("run"), "running the plan; she ran; it runs", ["running", "ran", "runs"]),
        (verb("rate"), "rates, rated, a rating", ["rates", "rated", "rating"]),
        (verb("book"), "book a flight; booked; two books", ["book", "booked", "books"]),
        (verb("fluctuate"), "a fluctuating rating", ["fluctuating"]),
        (noun("upside"), "there are upsides", ["upsides"]),
        (noun("jaywalker"), "tracking jaywalkers", ["jaywalkers"]),  # unknown to lemminflect: regular plural
        (verb("glorp"), "they glorped and were glorping", ["glorped", "glorping"]),  # unknown verb
        (noun("benefits"), "one benefit", ["benefit"]),  # a plural term brings its singular
    ],
)
def test_inflections(entry: VocabEntry, text: str, expected: list[str]) -> None:
    assert words(entry, text) == expected


def test_a_participle_term_is_not_widened_to_its_verb() -> None:
    entry = VocabEntry("estimated", part_of_speech="adjective")
    assert words(entry, "an estimated 176 million; we estimate; estimates") == ["estimated"]


def test_word_forms_are_lowercase_and_cached() -> None:
    assert word_forms("Behave") == {"behave", "behaves", "behaved", "behaving"}
    assert word_forms("behave") is word_forms("behave")


# Whole words and false friends --------------------------------------------------------------

@pytest.mark.parametrize("text", ["listen", "enlist", "checklist", "listening", "blacklist"])
def test_list_does_not_match_inside_other_words(text: str) -> None:
    assert words(noun("list"), text) == []


def test_bar_is_not_found_inside_barn_or_embargo() -> None:
    assert words(verb("bar"), "a barn, an embargo, a crowbar") == []


def test_a_hyphenated_compound_holds_words() -> None:
    assert words(noun("smoking"), "in non-smoking areas") == ["smoking"]


# Derivations ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("entry", "text"),
    [
        (verb("apologize"), "his apology was accepted"),
        (VocabEntry("public", part_of_speech="adjective"), "then publicly shame them"),
        (VocabEntry("sincere", part_of_speech="adjective"), "it was insincere"),
        (VocabEntry("trustworthy", part_of_speech="adjective"), "the list of untrustworthy people"),
        (verb("punish"), "There should be punishment"),
        (verb("behave"), "a range of behaviors"),
    ],
)
def test_derivations_do_not_match(entry: VocabEntry, text: str) -> None:
    assert words(entry, text) == []


def test_a_derivation_glossed_in_the_definition_matches() -> None:
    public = VocabEntry("public", definition="open for everyone to see; publicly = in front of everyone")
    sincere = VocabEntry("sincere", definition="really meaning it (insincere = not really meaning it)")
    assert words(public, "then publicly shame them in public") == ["publicly", "public"]
    assert words(sincere, "his apology was insincere") == ["insincere"]


def test_a_gloss_of_another_word_is_ignored() -> None:
    decade = VocabEntry("decade", definition="a period of ten years (10 years = a decade)")
    assert words(decade, "many years") == []


def test_a_derivation_listed_as_a_form_matches() -> None:
    assert words(VocabEntry("apologize", forms=("apology",)), "two apologies and an apology") == ["apologies", "apology"]


# Phrases ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("entry", "text", "expected"),
    [
        (noun("real estate"), "buying real estate; real-estate prices", ["real estate", "real-estate"]),
        (noun("interest rate"), "interest rates rose; the interest rate", ["interest rates", "interest rate"]),
        (VocabEntry("interest rate"), "better interest rates", ["interest rates"]),  # no part of speech: noun phrase
        (VocabEntry("zero-in", part_of_speech="phrasal verb"), "Cameras zero in on their face", ["zero in"]),
        (VocabEntry("zero-in", part_of_speech="phrasal verb"), "they zeroed in, then zero-in", ["zeroed in", "zero-in"]),
        (VocabEntry("zero in on", part_of_speech="phrasal verb"), "it zeroes in on them", ["zeroes in on"]),
        (VocabEntry("based on", part_of_speech="phrase"), "a score based on how they behave", ["based on"]),
        (VocabEntry("no longer", part_of_speech="phrase"), "Nearly eleven million can no longer fly", ["no longer"]),
        (VocabEntry("on time", part_of_speech="phrase"), "pay their taxes on time", ["on time"]),
        (VocabEntry("interest rate"), "interest\nrates", ["interest\nrates"]),  # a line break inside
    ],
)
def test_phrases(entry: VocabEntry, text: str, expected: list[str]) -> None:
    assert words(entry, text) == expected


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        (noun("interest rate"), "an interesting rate"),  # only the head of a noun phrase inflects
        (noun("interest rate"), "interests rate"),
        (VocabEntry("on time", part_of_speech="phrase"), "on times"),  # fixed expressions do not inflect
        (VocabEntry("no longer", part_of_speech="phrase"), "no long"),
        (VocabEntry("based on", part_of_speech="phrase"), "based, on the other hand"),  # punctuation between
        (VocabEntry("on time", part_of_speech="phrase"), "He waited on. Time passed."),  # across sentences
        (VocabEntry("real estate"), "real—estate"),  # a dash is not a hyphen
    ],
)
def test_phrases_do_not_match(entry: VocabEntry, text: str) -> None:
    assert words(entry, text) == []


def test_a_phrase_wins_over_a_word_inside_it() -> None:
    finder = TermFinder([verb("rate"), noun("interest rate")])
    text = "better interest rates at banks, and the rate of growth"
    rate = text.index("rate ")
    assert finder.find(text) == [Match(1, 7, 21), Match(0, rate, rate + 4)]


def test_the_longer_phrase_wins_even_when_it_starts_later() -> None:
    finder = TermFinder([VocabEntry("social credit"), VocabEntry("credit score"), VocabEntry("credit score system")])
    assert [m.entry_index for m in finder.find("social credit score system")] == [2]


def test_equal_phrases_overlapping_the_earlier_one_wins() -> None:
    finder = TermFinder([VocabEntry("credit score"), VocabEntry("social credit")])
    assert finder.find("social credit score") == [Match(1, 0, 13)]


def test_the_entrys_own_term_beats_an_inflection_of_another() -> None:
    finder = TermFinder([verb("rate"), noun("rating")])
    assert finder.find("a rating and a rate") == [Match(1, 2, 8), Match(0, 15, 19)]


def test_a_repeated_entry_goes_to_the_first() -> None:
    finder = TermFinder([noun("score"), noun("score")])
    assert [m.entry_index for m in finder.find("score, scores")] == [0, 0]


# Capitals and apostrophes -----------------------------------------------------------------

def test_an_acronym_matches_only_in_capitals() -> None:
    ceo = noun("CEO")
    assert words(ceo, "the CEO, two CEOs, the CEO’s car, CEOS") == ["CEO", "CEOs", "CEO", "CEOS"]
    assert words(ceo, "ceo Ceo ceos") == []


def test_other_terms_ignore_case_including_at_sentence_start() -> None:
    assert words(noun("fraud"), "Fraud, tax evasion. FRAUD! fraud.") == ["Fraud", "FRAUD", "fraud"]
    assert words(VocabEntry("Internet"), "high-speed internet") == ["internet"]


def test_a_possessive_or_contraction_stays_outside_the_match() -> None:
    assert words(VocabEntry("China"), "China’s network and China's cities") == ["China", "China"]
    assert words(noun("citizen"), "the citizens’ scores") == ["citizens"]
    assert words(VocabEntry("it"), "it’s here") == ["it"]


def test_a_term_with_an_apostrophe_matches_either_apostrophe() -> None:
    assert words(VocabEntry("can't"), "I can’t buy property; I can't") == ["can’t", "can't"]
    assert words(VocabEntry("can"), "I can’t") == []  # n't is not split off


def test_accents_match_composed_or_not() -> None:
    assert words(VocabEntry("café"), "a cafe\u0301 and a café") == ["cafe\u0301", "café"]


# Odd entries ------------------------------------------------------------------------------

@pytest.mark.parametrize("term", ["", "   ", "—", "()", "...", "’", "-"])
def test_entries_with_no_words_find_nothing(term: str) -> None:
    assert find_term(VocabEntry(term), "any text at all — () ... ’ - n.") == []


def test_find_term_returns_spans() -> None:
    assert find_term(verb("track"), "tracking jaywalkers") == [Span(0, 8)]


def test_forms_and_spelling_agree() -> None:
    finder = TermFinder([VocabEntry("zero-in", part_of_speech="phrasal verb"), noun("CEO")])
    assert spelling("Zero-in") == "zero in" in finder.forms(0)
    assert finder.forms(1) == {"ceo", "ceos"}
