"""Read Princeton WordNet 3.0's database files (Debian's wordnet-base, bundled with the app).

The files are the documented WordNet database format (wndb(5), morphy(7)): sorted index files
searched by bisection on a memory map, data lines read at their byte offset. Nothing is loaded
up front, so the first lookup costs milliseconds (NLTK's reader loads every index first and
needs a `lexnames` file Debian does not ship).
"""

from __future__ import annotations

import mmap
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

POS_FILES = {"noun": "noun", "verb": "verb", "adjective": "adj", "adverb": "adv"}
FILES = tuple(f"{kind}.{name}" for name in POS_FILES.values() for kind in ("index", "data")) + tuple(
    f"{name}.exc" for name in POS_FILES.values())
SYSTEM_DIR = Path("/usr/share/wordnet")

# morphy(7): endings to take off (and what to put back) to reach a base form.
_DETACH = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
             ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "adjective": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adverb": (),
}


@dataclass(frozen=True, slots=True)
class Sense:
    """One synset of a lemma: its part of speech, words and gloss (definition and examples)."""

    pos: str
    words: tuple[str, ...]
    definition: str
    examples: tuple[str, ...]


def data_dir() -> Path | None:
    """Where the database is: inside the bundle, or the system's wordnet-base; None if absent."""
    bundle = getattr(sys, "_MEIPASS", None)
    for folder in ((Path(bundle) / "wordnet",) if bundle else ()) + (SYSTEM_DIR,):
        if all((folder / name).is_file() for name in FILES):
            return folder
    return None


class WordNet:
    """Lookups in one WordNet database folder."""

    def __init__(self, folder: Path) -> None:
        """Open the folder's files lazily (see the module's docstring)."""
        self.folder = folder
        self._maps: dict[str, mmap.mmap] = {}
        self._exceptions: dict[str, dict[str, tuple[str, ...]]] = {}

    def _map(self, name: str) -> mmap.mmap:
        if name not in self._maps:
            with open(self.folder / name, "rb") as f:
                self._maps[name] = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return self._maps[name]

    def _index_line(self, lemma: str, pos: str) -> bytes | None:
        """The index line of a lemma (spaces as underscores, lower case), by bisection."""
        key = lemma.lower().replace(" ", "_").encode("utf-8")
        data = self._map(f"index.{POS_FILES[pos]}")
        lo, hi = 0, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            word = line.split(b" ", 1)[0]
            if line.startswith(b"  ") or word < key:  # the licence header starts with spaces: it sorts first
                lo = end + 1
            elif word > key:
                hi = start
            else:
                return line
        return None

    def has(self, lemma: str, pos: str) -> bool:
        """Whether the lemma is in WordNet with this part of speech."""
        return self._index_line(lemma, pos) is not None

    def tagged_count(self, lemma: str, pos: str) -> int:
        """How often the lemma's senses of this part of speech were seen in the tagged corpus (0 if absent)."""
        line = self._index_line(lemma, pos)
        if line is None:
            return 0
        fields = line.split()
        pointers = int(fields[3])
        return int(fields[5 + pointers]) + 1  # +1: a lemma with no tagged sense still exists

    def senses(self, lemma: str, pos: str) -> list[Sense]:
        """The lemma's synsets of this part of speech, most frequent first."""
        line = self._index_line(lemma, pos)
        if line is None:
            return []
        fields = line.decode("utf-8").split()
        count, pointers = int(fields[2]), int(fields[3])
        offsets = fields[6 + pointers : 6 + pointers + count]
        data = self._map(f"data.{POS_FILES[pos]}")
        out = []
        for offset in offsets:
            start = int(offset)
            end = data.find(b"\n", start)
            out.append(_sense(data[start:end].decode("utf-8"), pos))
        return out

    def base_forms(self, word: str, pos: str) -> list[str]:
        """The lemmas a word form can be of (morphy): itself, its irregular bases, stripped endings."""
        word = word.lower().replace(" ", "_")
        found = [word] if self.has(word, pos) else []
        found += [b for b in self._exception(pos).get(word, ()) if b not in found and self.has(b, pos)]
        for ending, replacement in _DETACH[pos]:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                base = word[: -len(ending)] + replacement
                if base not in found and self.has(base, pos):
                    found.append(base)
        return [f.replace("_", " ") for f in found]

    def _exception(self, pos: str) -> dict[str, tuple[str, ...]]:
        if pos not in self._exceptions:
            table: dict[str, tuple[str, ...]] = {}
            for line in (self.folder / f"{POS_FILES[pos]}.exc").read_text(encoding="utf-8").splitlines():
                words = line.split()
                if len(words) >= 2:
                    table[words[0]] = tuple(words[1:])
            self._exceptions[pos] = table
        return self._exceptions[pos]


def _sense(line: str, pos: str) -> Sense:
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    words = tuple(fields[4 + 2 * i].replace("_", " ") for i in range(int(fields[3], 16)))
    parts = [p.strip() for p in gloss.strip().split(";")]
    definitions = [p for p in parts if p and not p.startswith('"')]
    examples = tuple(p.strip('"') for p in parts if p.startswith('"'))
    return Sense(pos, words, "; ".join(definitions), examples)


@cache
def open_wordnet() -> WordNet | None:
    """The app's WordNet, or None when its data is not installed."""
    folder = data_dir()
    return WordNet(folder) if folder is not None else None
