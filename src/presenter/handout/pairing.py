"""Pairing a matching exercise's terms with its scrambled meanings when the handout prints no key: WordNet's words."""

from __future__ import annotations

import math
import re

from presenter.handout.dictionary.wordnet import POS_FILES, WordNet

MAX_TERMS = 12  # the search is over subsets of meanings: 2^12 states, a few ms
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset("""a an the to of in on at for from with by and or but not no is are be been being was were it its
this that these those you your someone something somebody one person people thing things who which what when where how
very so too can could will would may might do does did have has had get gets make makes about into out up down than
then there their them they he she his her we our us as if all any some more most other such only own same just""".split())


def _stems(text: str) -> set[str]:
    """Content words cut to five letters: "studies" and "study", "worried" and "worry" meet."""
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _bag(wn: WordNet, term: str) -> tuple[set[str], set[str]]:
    """The stems of every WordNet gloss, example and synonym of the term, and its parts of speech."""
    bag: set[str] = set()
    kinds: set[str] = set()
    for pos in POS_FILES:
        for lemma in wn.base_forms(term, pos):
            for sense in wn.senses(lemma, pos):
                kinds.add(pos)
                bag |= _stems(" ".join((sense.definition, *sense.examples, *sense.words)))
    return bag - _stems(term), kinds


def meaning_pos(wn: WordNet, meaning: str) -> str:
    """The part of speech a learner's definition reads as: "to …" a verb, "a …" a noun; else its first word's."""
    # "money that a business makes" a noun, "happy to give more" an adjective.
    first = meaning.lower().split()[0].strip(",.;:()") if meaning.split() else ""
    known = {"to": "verb", "a": "noun", "an": "noun", "the": "noun", "someone": "noun", "something": "noun"}
    if first in known:
        return known[first]
    for pos in ("noun", "adjective"):
        if any(wn.has(lemma, pos) for lemma in wn.base_forms(first, pos)) and not (
                pos == "noun" and any(wn.has(lemma, "adjective") for lemma in wn.base_forms(first, "adjective"))):
            return pos
    return "adjective"


def best_pairing(wn: WordNet, terms: list[str], meanings: list[str]) -> list[int] | None:
    """For each term, the index of its likeliest meaning (each used once); None when WordNet says nothing useful."""
    n = len(terms)
    if n != len(meanings) or not 2 <= n <= MAX_TERMS:
        return None
    words = [_stems(m) for m in meanings]
    cues = [meaning_pos(wn, m) for m in meanings]
    rarity = {w: math.log(1 + n / sum(w in ws for ws in words)) for ws in words for w in ws}
    scores = []
    for term in terms:
        bag, kinds = _bag(wn, term)
        scores.append([sum(rarity[w] for w in ws & bag) + (0.5 if cue in kinds else -0.5 if kinds else 0.0)
                       for ws, cue in zip(words, cues, strict=True)])
    if sum(max(row) for row in scores) < 0.5 * n + 1:
        return None
    # Best total over one-to-one pairings: dynamic programming over the meanings already used.
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for i in range(n):
        nxt: dict[int, tuple[float, tuple[int, ...]]] = {}
        for used, (total, chosen) in best.items():
            for j in range(n):
                if not used >> j & 1:
                    cand = (total + scores[i][j], (*chosen, j))
                    key = used | 1 << j
                    if key not in nxt or cand[0] > nxt[key][0]:
                        nxt[key] = cand
        best = nxt
    return list(best[(1 << n) - 1][1])
