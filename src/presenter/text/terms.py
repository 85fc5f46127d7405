"""Find where the lesson's vocabulary terms occur in a text: inflections, phrases, listed forms.

The policy:
- A term matches its **inflections** (LemmInflect's tables, read by `presenter.text.lexicon`):
  behave/behaves/behaved/behaving, bar/barred, catch/caught, rate/rates/rated/rating,
  upside/upsides. Any inflection of the word counts, whatever the entry's part of speech:
  "book (v.)" also matches "books". Words missing from the tables take regular endings.
- **Derivations** (public → publicly, sincere → insincere, apologize → apology,
  trustworthy → untrustworthy, punish → punishment) do not match, because they are other words
  and often mean the opposite. They count only when the lesson names them for the entry: as a
  form (`**sincere** / insincere`) or glossed in its definition (`insincere = not really meaning
  it`), which is how handouts teach them.
- A **phrase** inflects one word, its head: the first word of a verb phrase (zero in, zeroed in),
  the last of a noun phrase (interest rates); fixed expressions (on time, no longer) not at all.
  Its words may be joined by spaces or a hyphen (zero-in = zero in).
- Case is ignored, except that an all-capitals term (CEO) matches only in capitals.
- Whole words only ("list" never matches "listen"); a possessive or contraction ending is left
  outside the match (China’s → China); curly and straight apostrophes are the same.
- Matches never overlap: the one with more words wins (interest rates beats rates), then the one
  that starts first, then the entry's own term over an inflection, then the earlier entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from presenter.text import lexicon
from presenter.text.sentences import Span

# Letters and digits, with combining accents kept inside the word, joined by inner apostrophes.
_LETTERS = r"(?:[^\W_][\u0300-\u036f]*)+"
_TOKEN = re.compile(rf"{_LETTERS}(?:['’ʼ]{_LETTERS})*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
# Endings of possessives and contractions, left outside a match: China’s, it’s, they’re.
# "n't" is not here: "can’t" is not a form of "ca".
_CLITICS = re.compile(r"'(?:s|re|ve|ll|d|m)$")
# What may stand between the words of a phrase in the text: spaces, line breaks, one hyphen.
_JOINER = re.compile(r"\s*[-\u2010\u2011]?\s*")
# "insincere = not really meaning it": a derived word the entry's definition teaches.
_GLOSS = re.compile(r"([^\W\d_][\w'’-]*)\s*=")
_PARTICLES = frozenset(
    "about across after along around at away back by down for from in into of off on onto out "
    "over through to up upon with".split()
)
_FIXED_STARTS = _PARTICLES | {"no", "not", "a", "an", "the"}


class TermLike(Protocol):
    """What the finder reads of a vocabulary entry; `VocabEntry` fits."""

    @property
    def term(self) -> str:
        """The word or phrase, as the lesson writes it."""

    @property
    def forms(self) -> tuple[str, ...]:
        """Other forms the lesson lists (bought, caught)."""

    @property
    def definition(self) -> str:
        """The meaning; derived words glossed in it ("insincere = ...") count as forms."""

    @property
    def part_of_speech(self) -> str:
        """Such as verb, noun or phrasal verb: it decides which word of a phrase inflects."""


class Match(NamedTuple):
    """One occurrence of vocabulary entry `entry_index` at `text[start:end]`."""

    entry_index: int
    start: int
    end: int


class _Token(NamedTuple):
    start: int
    end: int
    key: str  # lowercase, apostrophes straightened, NFC
    base_end: int  # end without a possessive/contraction ending, or -1 if there is none
    base_key: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    keys: tuple[str, ...]  # the words, as token keys
    gaps: tuple[str, ...]  # the term's own text between its words, also accepted in the text
    cased: tuple[frozenset[str] | None, ...]  # per word: the exact spellings required (acronyms)
    entry: int
    exact: bool  # the entry's own term, not an inflection of it


def _key(word: str) -> str:
    """A word as the finder compares it: lowercase, straight apostrophes, composed accents."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word.translate(_APOSTROPHES))
    return word.lower()


def _key_cased(word: str) -> str:
    """A word as written, for acronyms, whose case matters."""
    return unicodedata.normalize("NFC", word.translate(_APOSTROPHES))


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        key = _key(m.group())
        if "'" in key and _CLITICS.search(key):
            # Cut at the last apostrophe of the original word: lowercasing may change lengths.
            word = m.group()
            cut = max(word.rfind("'"), word.rfind("’"), word.rfind("ʼ"))
            out.append(_Token(m.start(), m.end(), key, m.start() + cut, _key(word[:cut])))
        else:
            out.append(_Token(m.start(), m.end(), key, -1, ""))
    return out


def _is_acronym(word: str) -> bool:
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def _pos_word(part_of_speech: str) -> str:
    words = part_of_speech.lower().split()
    return words[-1] if words else ""


def _head(words: Sequence[str], part_of_speech: str) -> int | None:
    """Which word of a phrase takes inflections, or None for a fixed expression."""
    if len(words) == 1:
        return 0
    pos = _pos_word(part_of_speech)
    low = [w.lower() for w in words]
    if pos == "verb":
        return 0
    if pos == "noun":
        return len(words) - 1
    if low[-1] in _PARTICLES:  # a verb and its particle: "zero in on", "based on"
        return 0
    if low[0] in _FIXED_STARTS:  # "on time", "no longer", "at least"
        return None
    return len(words) - 1


def _split(text: str) -> tuple[list[str], list[str]]:
    """The words of a term and the text between them."""
    found = list(_TOKEN.finditer(text))
    gaps = [text[a.end() : b.start()] for a, b in zip(found, found[1:])]
    return [m.group() for m in found], gaps


def _glossed(term: str, definition: str) -> list[str]:
    """Derived words the definition explains with "word =", sharing the term's first letters."""
    stem = term.lower()[:4]
    return [w for w in _GLOSS.findall(definition) if stem in w.lower() and w.lower() != term.lower()]


def _patterns(index: int, entry: TermLike) -> list[_Pattern]:
    """Every spelling under which entry `index` may appear, as word sequences."""
    sources = [(entry.term, True), *((f, False) for f in entry.forms)]
    if len(_split(entry.term)[0]) == 1:
        sources += [(g, False) for g in _glossed(entry.term.strip(), entry.definition)]
    out: list[_Pattern] = []
    for source, is_term in sources:
        words, gaps = _split(source)
        if not words:
            continue  # "", "—", "(n.)": nothing to look for
        keys = [_key(w) for w in words]
        cased = [frozenset({_key_cased(w)}) if _is_acronym(w) else None for w in words]
        head = _head(words, entry.part_of_speech)
        if head is None:
            out.append(_Pattern(tuple(keys), tuple(gaps), tuple(cased), index, is_term))
            continue
        if cased[head] is not None:
            # An acronym's only inflection is its plural: CEOs (or CEOS in capitals).
            w = _key_cased(words[head])
            forms = [keys[head], keys[head] + "s"]
            cased[head] = frozenset({w, w + "s", w + "S"})
        else:
            forms = sorted(_head_forms(keys[head], len(words), head, _pos_word(entry.part_of_speech)))
        for form in forms:
            k = (*keys[:head], form, *keys[head + 1 :])
            out.append(_Pattern(k, tuple(gaps), tuple(cased), index, is_term and form == keys[head]))
    return out


def _head_forms(word: str, words: int, head: int, pos: str) -> frozenset[str]:
    """The inflections of a term's head word, narrowed for phrases: verbs of verb phrases and so on."""
    upos = None if words == 1 else ("VERB" if head == 0 and pos != "noun" else "NOUN")
    oov = "VERB" if pos == "verb" else ("NOUN" if pos in ("", "noun") else None)
    return lexicon.word_forms(word, upos, oov) | {word}


class TermFinder:
    """Finds a lesson's vocabulary in texts; build it once per lesson, then call `find`."""

    def __init__(self, vocabulary: Sequence[TermLike]) -> None:
        """Work out every form of every entry (LemmInflect's tables load on first use)."""
        self._index: dict[str, list[_Pattern]] = {}
        self._forms: list[frozenset[str]] = []
        for i, entry in enumerate(vocabulary):
            # One pattern per spelling ("buy / bought / bought" lists bought twice); the term's own wins.
            unique: dict[tuple[object, ...], _Pattern] = {}
            for p in _patterns(i, entry):
                if p.exact or (p.keys, p.gaps, p.cased) not in unique:
                    unique[p.keys, p.gaps, p.cased] = p
            self._forms.append(frozenset(" ".join(p.keys) for p in unique.values()))
            for p in unique.values():
                self._index.setdefault(p.keys[0], []).append(p)

    def forms(self, entry_index: int) -> frozenset[str]:
        """Every lowercase spelling the entry matches, words joined by one space."""
        return self._forms[entry_index]

    def find(self, text: str) -> list[Match]:
        """Where the terms occur in `text`, in text order, never overlapping."""
        tokens = _tokens(text)
        candidates: list[tuple[int, int, bool, int, int, int]] = []
        for i, tok in enumerate(tokens):
            for pattern in self._index.get(tok.key, ()):
                self._try(pattern, tokens, i, text, candidates)
            if tok.base_end >= 0:
                for pattern in self._index.get(tok.base_key, ()):
                    if len(pattern.keys) == 1:
                        self._try(pattern, tokens, i, text, candidates)
        # More words first, then the earlier start, the entry's own term, the earlier entry.
        candidates.sort()
        taken = bytearray(len(tokens))
        chosen: list[Match] = []
        for negative_words, first, _, entry, start, end in candidates:
            last = first - negative_words
            if not any(taken[first:last]):
                taken[first:last] = b"\x01" * (last - first)
                chosen.append(Match(entry, start, end))
        chosen.sort(key=lambda m: m.start)
        return chosen

    @staticmethod
    def _try(
        pattern: _Pattern, tokens: list[_Token], i: int, text: str, out: list[tuple[int, int, bool, int, int, int]]
    ) -> None:
        """Add the match of `pattern` starting at token `i`, if there is one."""
        n = len(pattern.keys)
        if i + n > len(tokens):
            return
        end = -1
        for j in range(n):
            tok = tokens[i + j]
            if j and not _joined(text[tokens[i + j - 1].end : tok.start], pattern.gaps[j - 1]):
                return
            cased = pattern.cased[j]
            if tok.key == pattern.keys[j] and (cased is None or _key_cased(text[tok.start : tok.end]) in cased):
                end = tok.end
            elif j == n - 1 and tok.base_end >= 0 and tok.base_key == pattern.keys[j] and (
                cased is None or _key_cased(text[tok.start : tok.base_end]) in cased
            ):
                end = tok.base_end
            else:
                return
        out.append((-n, i, not pattern.exact, pattern.entry, tokens[i].start, end))


def _joined(gap: str, own: str) -> bool:
    """Whether two words of a phrase may be separated by `gap` in the text."""
    return gap == own or _JOINER.fullmatch(gap) is not None


def spelling(text: str) -> str:
    """The words of `text` lowercased and joined by one space: how `TermFinder.forms` spells them."""
    return " ".join(_key(w) for w in _split(text)[0])


def find_term(entry: TermLike, text: str) -> list[Span]:
    """Where one entry occurs in `text`, as spans (no competition from other entries)."""
    return [Span(m.start, m.end) for m in TermFinder([entry]).find(text)]
