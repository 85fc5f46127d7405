"""English inflections and lemmas from LemmInflect's tables, without importing LemmInflect.

`import lemminflect` imports numpy (for its neural model of how unknown words inflect), which
is 39 MB of the app's bundle and ~70 ms of start-up. The app needs only the tables, so this
module reads LemmInflect's own data files (`infl_lu.csv.gz`, `lemma_lu.csv.gz` and the two
`*_overrides.csv` files; see `presenter.resources.lemminflect_data`) and answers as
LemmInflect 0.2.3 does:

- `all_inflections(word, upos)` = `lemminflect.getAllInflections`,
- `all_lemmas(word, upos)` = `lemminflect.getAllLemmas`,
- `all_inflections_oov(word, upos)` = `lemminflect.getAllInflectionsOOV` with the regular style.

`word_forms(word, upos)` puts them together: a word and all its inflections, as a lesson's term matches them.

Differences: every spelling returned is lowercase (LemmInflect copies the capitalisation of the
word it is given; for a lowercase word the results are the same), and no warning is logged for
an unknown `upos` (the result is `{}` in both). For words missing from the tables LemmInflect
asks its model (the part that needs numpy) whether the word inflects regularly, doubles its
last consonant (zab -> zabbed) or is Greco-Latin (-us -> -i); here the regular style is always
used: the Greco-Latin and doubled styles of unknown words are not guessed (zab -> zabed). For
an unknown word, mostly a coinage or a compound (jaywalker), regular endings are what a reader
expects; a term that inflects otherwise can list its forms in the lesson.

The tables load on first use, once: about 35 ms for both, against 0.3 s for importing
LemmInflect and loading them with it (benchmarks/bench_terms.py).
tests/text/test_lexicon.py checks every word of both tables against LemmInflect itself.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path

from presenter.resources import lemminflect_data

Forms = dict[str, tuple[str, ...]]
"""Spellings by tag: Penn Treebank tags (NN, VBD, ...) for inflections, UPOS (NOUN, VERB) for lemmas."""

# The parts of speech LemmInflect's look-ups accept (Inflections/Lemmatizer.DICT_UPOS_TYPES).
UPOS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX"})

# The Penn tags each UPOS may return (lemminflect.core.LexicalUtils.uposToTags).
_UPOS_TAGS = {
    "VERB": frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"}),
    "AUX": frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"}),
    "ADJ": frozenset({"JJ", "JJR", "JJS"}),
    "ADV": frozenset({"RB", "RBR", "RBS"}),
    "NOUN": frozenset({"NN", "NNS", "NNP", "NNPS"}),
}

# A line of infl_lu.csv is `word,category,form,form,...` with each form `spelling/spelling`;
# the forms are these tags in this order, and the word itself is the base form
# (lemminflect.codecs.InflectionLUCodec.penn_dict and fromString).
_FORM_TAGS = {
    "noun": ("NNS",),
    "adj": ("JJR", "JJS"),
    "adv": ("RBR", "RBS"),
    "verb": ("VBD", "VBN", "VBG", "VBZ"),
}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP")}

# LemmInflect replaces whatever the table says about these with hard-coded forms (nouns such as
# "cans" and "wills" included: InflectionLUCodec.updateForAuxMod), and so does this module.
_AUX_MODAL: dict[str, Forms] = {
    "can": {"VB": ("can",), "VBD": ("could",)},
    "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)},
    "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)},
    "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {"VB": ("be",), "VBD": ("was", "were"), "VBG": ("being",), "VBN": ("been",),
           "VBP": ("am", "are"), "VBZ": ("is",)},
}


def all_inflections(word: str, upos: str | None = None) -> Forms:
    """Every inflection the tables list for `word` as a lemma, by Penn tag; `upos` keeps only its tags."""
    if upos is not None and upos not in UPOS:
        return {}
    key = word.lower()
    if upos == "PROPN":
        # The tables list proper nouns capitalised, under "noun".
        key, upos = key.capitalize(), "NOUN"
    if key in _AUX_MODAL:
        forms = dict(_AUX_MODAL[key])
    else:
        forms = {}
        for _word, category, *fields in _rows(_inflection_table(), key):
            if category not in _FORM_TAGS:
                raise ValueError(f"LemmInflect's inflection table has an unknown category {category!r}")
            for tag, field in zip(_FORM_TAGS[category], fields):
                spellings = tuple(field.split("/"))
                if len(spellings) > 1 or spellings[0]:  # an empty field means no such form
                    forms[tag] = spellings
            for tag in _BASE_TAGS[category]:
                forms[tag] = (key,)
    forms.update(_overrides("infl_overrides.csv").get(key, {}))
    if upos is not None:
        wanted = _UPOS_TAGS[upos]
        forms = {tag: spellings for tag, spellings in forms.items() if tag in wanted}
    return _lowercase(forms)


def all_lemmas(word: str, upos: str | None = None) -> Forms:
    """The lemmas the tables give for `word`, by UPOS (NOUN, VERB, ADJ, ADV, AUX); `upos` keeps only that one."""
    if upos is not None and upos not in UPOS:
        return {}
    key = word.lower()
    if upos == "PROPN":
        key, upos = key.capitalize(), "NOUN"
    lemmas: Forms = {}
    for _word, category, spellings in _rows(_lemma_table(), key):
        # LemmaLUCodec: the category in upper case is the UPOS, except that "modal" is AUX.
        found = category.upper()
        lemmas["AUX" if found == "MODAL" else found] = tuple(spellings.split("/"))
    lemmas.update(_overrides("lemma_overrides.csv").get(key, {}))
    if upos:
        lemmas = {tag: spellings for tag, spellings in lemmas.items() if tag == upos}
    return _lowercase(lemmas)


def all_inflections_oov(word: str, upos: str) -> Forms:
    """The regular inflections of a word missing from the tables, by Penn tag (no Greco-Latin or doubled guesses)."""
    if upos not in UPOS:
        return {}
    low = word.lower()
    if upos == "VERB":
        third, past, present = _regular_verb(low)
        return {"VB": (low,), "VBZ": (third,), "VBN": (past,), "VBD": (past,), "VBG": (present,)}
    if upos in ("ADJ", "ADV"):
        comparative, superlative = _regular_adj_adv(low)
        if upos == "ADJ":
            return {"JJ": (low,), "JJR": (comparative,), "JJS": (superlative,)}
        return {"RB": (low,), "RBR": (comparative,), "RBS": (superlative,)}
    if upos in ("NOUN", "PROPN"):
        return {"NN": (low,), "NNS": (_regular_noun(low),)}
    return {}  # AUX: LemmInflect has no rules for auxiliaries either


# The rules for regular inflections, copied from LemmInflect's InflectionRules (buildRegVerb,
# buildRegAdjAdv, buildRegNoun), which derives them from the SPECIALIST Lexicon of the U.S.
# National Library of Medicine ("The SPECIALIST Lexicon", pages 8, 15 and 19). The patterns
# are kept exactly, `$` included (it also matches before a final newline), so that the results
# are LemmInflect's for any string.
_SIBILANT_END = re.compile(r"(?:[szx]|ch|sh)$")
_IE_END = re.compile(r"ie$")
_EE_OE_YE_END = re.compile(r"(ee|oe|ye)$")
_CONSONANT_Y_END = re.compile(r"(?:[^aeiou])y$")
_VOWEL_Y_END = re.compile(r"(?:[aeiou])y$")
_VERB_SILENT_E_END = re.compile(r"(?:[^iyeo])e$")
_CONSONANT_E_END = re.compile(r"(?:[^aeiou])e$")


def _regular_verb(base: str) -> tuple[str, str, str]:
    """Third person singular, past (and past participle), present participle of a regular verb."""
    if _SIBILANT_END.search(base):
        return base + "es", base + "ed", base + "ing"
    if _IE_END.search(base):
        return base + "s", base + "d", base[:-2] + "ying"
    if _EE_OE_YE_END.search(base):
        return base + "s", base + "d", base + "ing"
    if _CONSONANT_Y_END.search(base):
        stem = base[:-1]
        return stem + "ies", stem + "ied", stem + "ying"
    if _VERB_SILENT_E_END.search(base):
        stem = base[:-1]
        return stem + "es", stem + "ed", stem + "ing"
    return base + "s", base + "ed", base + "ing"


def _regular_adj_adv(base: str) -> tuple[str, str]:
    """Comparative and superlative of a regular adjective or adverb."""
    if _CONSONANT_Y_END.search(base):
        stem = base[:-1]
        return stem + "ier", stem + "iest"
    if _VOWEL_Y_END.search(base):
        return base + "er", base + "est"
    if _CONSONANT_E_END.search(base):
        return base + "r", base + "st"
    return base + "er", base + "est"


def _regular_noun(base: str) -> str:
    """The plural of a regular noun."""
    if _CONSONANT_Y_END.search(base):
        return base[:-1] + "ies"
    if _SIBILANT_END.search(base):
        return base + "es"
    return base + "s"


def _lowercase(forms: Forms) -> Forms:
    return {tag: tuple(s.lower() for s in spellings) for tag, spellings in forms.items()}


def _rows(table: list[str], key: str) -> list[list[str]]:
    """The fields of the table's lines for word `key` (none when it is not there)."""
    if "," in key:
        return []  # cannot be a word of the table, and would match other fields below
    # The table is sorted, so the lines that start with "key," are together, from here on.
    prefix = key + ","
    rows = []
    i = bisect_left(table, prefix)
    while i < len(table) and table[i].startswith(prefix):
        # LemmInflect strips each line before splitting it.
        rows.append(table[i].strip().split(","))
        i += 1
    return rows


def _read_table(path: Path) -> list[str]:
    """The lines of a gzipped table, sorted so that a word's lines are found by bisection.

    Much faster than building dictionaries as LemmInflect does, as no Python code runs per
    line; the files come nearly sorted, which makes the sort almost free.
    """
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    lines.sort()
    return lines


@cache
def _inflection_table() -> list[str]:
    return _read_table(lemminflect_data() / "infl_lu.csv.gz")


@cache
def _lemma_table() -> list[str]:
    return _read_table(lemminflect_data() / "lemma_lu.csv.gz")


@cache
def _overrides(name: str) -> dict[str, Forms]:
    """An overrides file (`word,tag,spelling` lines, `#` comments) as OverridesCodec reads it."""
    found: dict[str, Forms] = {}
    with (lemminflect_data() / name).open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            word, tag, spelling = line.split(",")
            found.setdefault(word, {})[tag] = (spelling,)
    return found


@lru_cache(maxsize=8192)
def word_forms(word: str, upos: str | None = None, oov_upos: str | None = "NOUN") -> frozenset[str]:
    """The word and its inflections, lowercase; `upos` ("NOUN", "VERB") narrows them if it can."""
    low = word.lower()
    forms = {low}
    if not low.isascii() or not low.isalpha():
        return frozenset(forms)  # LemmInflect's tables hold English words only
    found = (upos and all_inflections(low, upos)) or all_inflections(low)
    if found:
        forms.update(f for fs in found.values() for f in fs)
    elif lemmas := all_lemmas(low).get("NOUN"):
        # The term is a plural ("benefits"): its singular is the same word. A participle
        # ("estimated") is not widened to its verb: the entry means the adjective.
        for lemma in lemmas:
            forms.update(f for fs in all_inflections(lemma, "NOUN").values() for f in fs)
    elif not all_lemmas(low) and oov_upos:
        # Unknown to the dictionary (jaywalker): regular endings.
        forms.update(f for fs in all_inflections_oov(low, oov_upos).values() for f in fs)
    return frozenset(f.lower() for f in forms)
