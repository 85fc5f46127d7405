"""Vocabulary suggestions for a reading with no word list: the words a learner is least likely to know.

A word's rarity is its lemma's frequency in general English (wordfreq's Zipf scale: 7 for
"the", 4 for "behave", 2 for "jaywalker"); the lesson's level sets how common a word may be and
still be suggested. Names (capitalised inside a sentence), numbers and very rare strings (typos,
foreign words) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from presenter.lesson.model import Lesson, VocabEntry
from presenter.text.lexicon import all_lemmas

# Words more common than this (Zipf) are known at the level: A1 learners know few, C1 most.
LEVEL_CEILING = {"A1": 5.2, "A2": 5.0, "B1": 4.6, "B2": 4.3, "C1": 3.9, "C2": 3.6}
DEFAULT_CEILING = 4.5
FLOOR = 1.5  # rarer than this is a typo, a name or a foreign word, not vocabulary to teach
_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")
_NEGATIVE = re.compile(r"^(?:un|in|im|ir|il|dis)(?=[a-z]{4})")
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                     "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                     "thousand million billion trillion".split())


@dataclass(frozen=True, slots=True)
class WordSuggestion:
    """A word to teach, as the reading first writes it, its lemma and its Zipf frequency."""

    lemma: str
    written: str
    zipf: float


def suggest_words(text: str, level: str = "", limit: int = 30) -> list[WordSuggestion]:
    """The reading's rarest lemmas for the level, rarest first, at most `limit`."""
    from wordfreq import zipf_frequency  # its word list loads on first use: only when asked for

    ceiling = LEVEL_CEILING.get(level.upper()[:2], DEFAULT_CEILING)
    seen: dict[str, WordSuggestion] = {}
    for sentence in re.split(r"(?<=[.!?…])\s+|\n+", text):
        for i, m in enumerate(_WORD.finditer(sentence)):
            word = m.group(0)
            if word[0].isupper() and (i > 0 or word.lower() != word and _is_name(word, text)):
                continue  # a name: capitalised inside a sentence, or wherever it occurs
            lemma = _lemma(word.lower())
            if lemma in seen or len(lemma) < 3 or lemma in _NUMBERS:
                continue
            zipf = max(zipf_frequency(lemma, "en"), zipf_frequency(word.lower(), "en"))
            if FLOOR <= zipf <= ceiling:
                seen[lemma] = WordSuggestion(lemma, word, zipf)
    return sorted(seen.values(), key=lambda s: s.zipf)[:limit]


def _is_name(word: str, text: str) -> bool:
    """Whether the word is never written in lower case in the text."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is None


def _lemma(word: str) -> str:
    """The word's dictionary form (a verb's or noun's, else less a plural -s), with a negative prefix
    or an adverb's -ly taken off when the rest is clearly more common ("insincere": "sincere")."""
    from wordfreq import zipf_frequency

    lemmas = all_lemmas(word)
    base = next((lemmas[pos][0] for pos in ("VERB", "NOUN", "ADJ", "ADV") if pos in lemmas), "")
    if not base:
        base = word[:-1] if word.endswith("s") and zipf_frequency(word[:-1], "en") > 0 else word
    m = _NEGATIVE.match(base)
    if m and zipf_frequency(base[m.end():], "en") > zipf_frequency(base, "en") + 0.5:
        return base[m.end():]
    if base.endswith("ly") and zipf_frequency(base[:-2], "en") > zipf_frequency(base, "en"):
        return base[:-2]  # "publicly" is taught as "public"
    return base


def add_suggested_words(lesson: Lesson, limit: int) -> tuple[Lesson, list[str]]:
    """The lesson with the reading's `limit` rarest words as its vocabulary (rarest first), and those words."""
    text = "\n".join(p.text for p in lesson.reading.paragraphs)
    words = suggest_words(text, lesson.level, limit)
    entries = tuple(VocabEntry(term=w.lemma, forms=(w.written,) if w.written.lower() != w.lemma else ())
                    for w in words)
    return replace(lesson, vocabulary=entries), [w.lemma for w in words]
