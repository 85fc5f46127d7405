"""Words a reader may say instead of a written one: dictionary words one sound away, alike in spelling."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MAX_CONFUSIONS = 8


class Pronunciations:
    """The recogniser's dictionary, both ways: word → pronunciations, pronunciation → words."""

    def __init__(self, dictionary: Path) -> None:
        """Read a CMU-style dictionary file (word, then its phones, one entry a line)."""
        self.of: dict[str, list[str]] = {}
        self.words: dict[str, list[str]] = {}
        with dictionary.open(encoding="utf-8") as f:
            for line in f:
                word, _, phones = line.rstrip("\n").partition(" ")
                paren = word.find("(")
                if paren > 0:
                    word = word[:paren]
                self.of.setdefault(word, []).append(phones)
                self.words.setdefault(phones, []).append(word)
        self.phones = sorted({p for key in self.words for p in key.split()})

    def neighbours(self, word: str) -> set[str]:
        """Every dictionary word whose pronunciation is one phone away from one of `word`'s."""
        found: set[str] = set()
        for pron in self.of.get(word, ()):
            ph = pron.split()
            variants = [ph[:i] + ph[i + 1 :] for i in range(len(ph))] if len(ph) > 1 else []
            variants += [ph[:i] + [x] + ph[i + 1 :] for i in range(len(ph)) for x in self.phones if x != ph[i]]
            variants += [ph[:i] + [x] + ph[i:] for i in range(len(ph) + 1) for x in self.phones]
            for v in variants:
                found.update(self.words.get(" ".join(v), ()))
        return {w for w in found if w != word and w.isalpha() and set(self.of[w]).isdisjoint(self.of.get(word, ()))}

    def confusions(self, word: str, limit: int = MAX_CONFUSIONS) -> list[str]:
        """The `limit` neighbours most alike in spelling (a reader misreads what looks alike)."""
        return sorted(self.neighbours(word), key=lambda w: (spelling_distance(word, w), w))[:limit]


@lru_cache(maxsize=4096)
def spelling_distance(a: str, b: str) -> int:
    """Levenshtein distance between two spellings."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
