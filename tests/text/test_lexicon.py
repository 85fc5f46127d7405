"""presenter.text.lexicon answers as LemmInflect does, for every word of its tables, without importing it.

LemmInflect stays installed for its data files, and the tests compare against the package
itself (importing it here, with numpy, is fine: only the app must not).
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

import lemminflect
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lemminflect.core.InflectionRules import InflectionRules
from lemminflect.core.Inflections import Inflections

from presenter import resources
from presenter.text import lexicon
from presenter.text.lexicon import Forms

SAMPLE = Path(__file__).resolve().parents[2] / "lessons" / "social-credit-1" / "lesson.md"
DATA = resources.lemminflect_data()
UPOS_OR_NONE: tuple[str | None, ...] = (None, "NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX")
SAMPLE_EVERY = 7  # every word is checked without a part of speech; every 7th with each of them


def lowered(forms: Forms) -> Forms:
    """A result with every spelling lowercased: how `presenter.text.lexicon` returns them."""
    return {tag: tuple(s.lower() for s in spellings) for tag, spellings in forms.items()}


def table_words(name: str) -> list[str]:
    """The distinct words of one of LemmInflect's tables, as written there, in file order."""
    with gzip.open(DATA / name, "rt", encoding="utf-8") as f:
        return list(dict.fromkeys(line.split(",", 1)[0] for line in f if line.strip()))


def override_words(name: str) -> list[str]:
    """The words of one of LemmInflect's override files."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split(",", 1)[0] for line in lines if line.strip() and not line.startswith("#")]


INFLECTION_WORDS = table_words("infl_lu.csv.gz")
LEMMA_WORDS = table_words("lemma_lu.csv.gz")
LESSON_WORDS = sorted(set(re.findall(r"[A-Za-z]+(?:['’-][A-Za-z]+)*", SAMPLE.read_text(encoding="utf-8"))))
# The aux/modal verbs LemmInflect hard-codes, and strings that hold a table line's separators.
SPECIAL_WORDS = ["can", "may", "will", "shall", "must", "ought", "dare", "be", "Can", "BE", "",
                 "run,verb", "run,noun,runs", "ran,verb,run", "run\n", " run", "run ",
                 *override_words("infl_overrides.csv"), *override_words("lemma_overrides.csv")]


class _RegularStyle:
    """Stands in for LemmInflect's style model: every unknown word inflects regularly."""

    def getStyle(self, lemma: str, upos: str) -> str:  # noqa: N802 - LemmInflect's name
        return "reg"


@pytest.fixture
def regular_style(monkeypatch: pytest.MonkeyPatch) -> None:
    """LemmInflect's OOV inflections with the regular style, which is what the lexicon gives."""
    monkeypatch.setattr(Inflections(), "morph_style_model", _RegularStyle(), raising=False)


def test_the_tables_are_found_without_importing_lemminflect() -> None:
    assert DATA == Path(lemminflect.__file__).parent / "resources"
    for name in ("infl_lu.csv.gz", "infl_overrides.csv", "lemma_lu.csv.gz", "lemma_overrides.csv"):
        assert (DATA / name).is_file(), name


def test_in_a_bundle_the_tables_are_in_its_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.lemminflect_data() == tmp_path / "lemminflect" / "resources"


def test_every_word_of_the_inflection_table() -> None:
    assert len(INFLECTION_WORDS) > 30_000
    for i, word in enumerate([*INFLECTION_WORDS, *SPECIAL_WORDS]):
        for upos in UPOS_OR_NONE if i % SAMPLE_EVERY == 0 else (None,):
            expected = lowered(lemminflect.getAllInflections(word, upos))
            assert lexicon.all_inflections(word, upos) == expected, (word, upos)
        if word != word.lower():  # as word_forms asks: in lowercase
            assert lexicon.all_inflections(word.lower()) == lowered(lemminflect.getAllInflections(word.lower())), word


def test_every_word_of_the_lemma_table() -> None:
    assert len(LEMMA_WORDS) > 60_000
    for i, word in enumerate([*LEMMA_WORDS, *SPECIAL_WORDS]):
        for upos in UPOS_OR_NONE if i % SAMPLE_EVERY == 0 else (None,):
            assert lexicon.all_lemmas(word, upos) == lowered(lemminflect.getAllLemmas(word, upos)), (word, upos)
        if word != word.lower():
            assert lexicon.all_lemmas(word.lower()) == lowered(lemminflect.getAllLemmas(word.lower())), word


def test_every_word_of_the_sample_lesson() -> None:
    for word in LESSON_WORDS:
        for upos in UPOS_OR_NONE:
            low = word.lower()
            assert lexicon.all_inflections(low, upos) == lowered(lemminflect.getAllInflections(low, upos)), word
            assert lexicon.all_lemmas(low, upos) == lowered(lemminflect.getAllLemmas(low, upos)), word


def test_unknown_parts_of_speech_give_nothing() -> None:
    for upos in ("", "noun", "X", "PRON"):
        assert lexicon.all_inflections("run", upos) == {} == lemminflect.getAllInflections("run", upos)
        assert lexicon.all_lemmas("ran", upos) == {} == lemminflect.getAllLemmas("ran", upos)
        assert lexicon.all_inflections_oov("glorp", upos) == {}


def expected_regular(word: str, upos: str) -> Forms:
    """LemmInflect's regular-style OOV inflections, built from its InflectionRules directly."""
    low = word.lower()
    if upos == "VERB":
        third, past, present = InflectionRules.buildRegVerb(low)
        return {"VB": (low,), "VBZ": (third,), "VBN": (past,), "VBD": (past,), "VBG": (present,)}
    if upos in ("ADJ", "ADV"):
        comparative, superlative = InflectionRules.buildRegAdjAdv(low)
        tag = "JJ" if upos == "ADJ" else "RB"
        return {tag: (low,), tag + "R": (comparative,), tag + "S": (superlative,)}
    if upos in ("NOUN", "PROPN"):
        return {"NN": (low,), "NNS": (InflectionRules.buildRegNoun(low)[0],)}
    return {}


@pytest.mark.usefixtures("regular_style")
def test_oov_inflections_are_lemminflects_regular_ones() -> None:
    words = [*INFLECTION_WORDS[::SAMPLE_EVERY], *LEMMA_WORDS[::SAMPLE_EVERY], *LESSON_WORDS,
             "jaywalker", "glorp", "fly", "play", "tie", "agree", "hoe", "dye", "bake", "box", "church", "wish", "x", ""]
    for word in words:
        for upos in ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX"):
            ours = lexicon.all_inflections_oov(word, upos)
            assert ours == expected_regular(word, upos), (word, upos)
            assert ours == lowered(lemminflect.getAllInflectionsOOV(word, upos)), (word, upos)


def test_unknown_words_take_regular_endings_not_guessed_ones() -> None:
    # LemmInflect's model guesses that "zab" doubles its consonant (zabbed); the lexicon does not guess.
    assert lemminflect.getAllInflectionsOOV("zab", "VERB")["VBD"] == ("zabbed",)
    assert lexicon.all_inflections_oov("zab", "VERB")["VBD"] == ("zabed",)
    assert lexicon.all_inflections_oov("blorbus", "NOUN")["NNS"] == ("blorbuses",)
    assert lexicon.all_inflections_oov("glorp", "VERB")["VBD"] == ("glorped",)
    assert lexicon.all_inflections_oov("sky", "NOUN")["NNS"] == ("skies",)
    assert lexicon.all_inflections_oov("fizz", "VERB")["VBZ"] == ("fizzes",)


ascii_words = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=12),
    st.text(alphabet="abcdeilnorsuyz,'-/\t\n ", max_size=8),
    st.sampled_from([*INFLECTION_WORDS[::997], *LEMMA_WORDS[::997]]),
)


@settings(max_examples=500, deadline=None)
@given(word=ascii_words, upos=st.sampled_from(UPOS_OR_NONE))
def test_arbitrary_ascii_words_never_raise_and_match_lemminflect(word: str, upos: str | None) -> None:
    assert lexicon.all_inflections(word, upos) == lowered(lemminflect.getAllInflections(word, upos))
    assert lexicon.all_lemmas(word, upos) == lowered(lemminflect.getAllLemmas(word, upos))
    if upos is not None:
        assert lexicon.all_inflections_oov(word, upos) == expected_regular(word, upos)


NO_NUMPY_PROBE = """
import sys
from presenter.text.lexicon import word_forms
from presenter.text.terms import TermFinder
assert word_forms("behave") == {"behave", "behaves", "behaved", "behaving"}, word_forms("behave")
assert "benefit" in word_forms("benefits")
assert "jaywalkers" in word_forms("jaywalker")
assert "glorped" in word_forms("glorp", None, "VERB")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("numpy", "lemminflect")))
"""


def test_finding_terms_imports_neither_numpy_nor_lemminflect() -> None:
    # In a child: this process has imported both (above).
    result = subprocess.run([sys.executable, "-c", NO_NUMPY_PROBE], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
