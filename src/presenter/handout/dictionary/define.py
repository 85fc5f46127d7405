"""Suggested definitions for terms with none: WordNet's sense for the part of speech the reading uses.

The part of speech comes from each sentence where the reading uses the term (the words around
it and its inflection), by vote over the sentences; the sense is the one of that part of speech
whose gloss shares most words with those sentences (earlier, more frequent senses win ties).
A suggestion is marked `suggested` until the teacher accepts it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from presenter.handout.dictionary.wordnet import Sense, WordNet, open_wordnet
from presenter.lesson.model import Lesson, VocabEntry
from presenter.text.occurrences import occurrences

POS = ("noun", "verb", "adjective", "adverb")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_DETERMINERS = frozenset("a an the this that these those my your his her its our their every each some any no "
                         "many much several few another such".split())
_VERB_BEFORE = frozenset("to can could will would shall should may might must do does did don't doesn't didn't "
                         "can't cannot won't wouldn't shouldn't i you he she we they who".split())
_AUXILIARY = frozenset("be been being is are was were am has have had get gets got getting".split())
_OBJECT_NEXT = frozenset("the a an their his her its our my your them him us me it this these those".split())
_PREPOSITIONS = frozenset("of in on at for with by from about into onto over under through without".split())
_STOP = frozenset("the a an of to in on at for with by from and or but is are was were be been it its this that "
                  "as not no so than then there their they them he she his her we our you your i my me".split())


def suggest_definitions(lesson: Lesson, wordnet: WordNet | None = None) -> tuple[Lesson, list[str]]:
    """The lesson with a suggested definition (and part of speech) for each term that has none.

    Returns the new lesson and the terms that got a suggestion. Without WordNet's data the
    lesson comes back unchanged.
    """
    wn = wordnet if wordnet is not None else open_wordnet()
    if wn is None:
        return lesson, []
    found = occurrences(lesson)
    reading = "\n".join(p.text for p in lesson.reading.paragraphs)
    vocabulary = list(lesson.vocabulary)
    suggested: list[str] = []
    for i, entry in enumerate(vocabulary):
        if entry.definition:
            continue
        uses = [(o.sentence, o.char_start, o.char_end) for o in found.get(i, [])]
        sense = suggest(wn, entry, uses, reading)
        if sense is None:
            continue
        pos, text = sense
        vocabulary[i] = replace(entry, definition=text, part_of_speech=entry.part_of_speech or pos, suggested=True)
        suggested.append(entry.term)
    return replace(lesson, vocabulary=tuple(vocabulary)), suggested


def suggest(wn: WordNet, entry: VocabEntry, uses: list[tuple[str, int, int]], reading: str = "") -> tuple[str, str] | None:
    """(part of speech, definition) for an entry, given the sentences that use it; None if WordNet has no sense."""
    term = entry.term.replace("-", " ").strip()
    pos = _wanted_pos(entry.part_of_speech)
    lemmas = _lemmas(wn, term, uses)
    if not lemmas and " " in term:  # not in WordNet as a unit: its first word ("based on" -> "based")
        term = term.split()[0]
        lemmas = _lemmas(wn, term, uses)
    if not lemmas:
        return None
    if pos is None or pos not in lemmas:
        pos = reading_pos(wn, term, lemmas, uses, reading)
    if pos not in lemmas:
        return None
    lemma = lemmas[pos]
    senses = wn.senses(lemma, pos)
    if not senses:
        return None
    return pos, definition_text(best_sense(senses, uses), lemma)


def _wanted_pos(teacher: str) -> str | None:
    return teacher if teacher in POS else "verb" if teacher == "phrasal verb" else None


def _lemmas(wn: WordNet, term: str, uses: list[tuple[str, int, int]]) -> dict[str, str]:
    """For each part of speech, the lemma the term is of; the forms the reading uses only if the term is not found.

    The teacher's term is usually the headword ("fluctuate" for "a fluctuating rating"): its
    parts of speech are the candidates, not those of every form in the reading.
    """
    return _lemmas_of(wn, [term]) or _lemmas_of(wn, [s[a:b] for s, a, b in uses])


def _lemmas_of(wn: WordNet, forms: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pos in POS:
        for form in forms:
            words = form.lower().replace("’", "'").split()
            bases = wn.base_forms(" ".join(words), pos)
            if not bases and len(words) > 1:  # "gave up": the first word inflects
                bases = [b for first in wn.base_forms(words[0], pos)
                         if wn.has(b := " ".join([first, *words[1:]]), pos)]
            if bases:
                out[pos] = bases[0]
                break
    return out


def reading_pos(wn: WordNet, term: str, lemmas: dict[str, str], uses: list[tuple[str, int, int]],
                reading: str = "") -> str:
    """The part of speech the reading uses the term in: a vote of its sentences, or WordNet's most frequent."""
    if len(lemmas) == 1:
        return next(iter(lemmas))
    votes: Counter[str] = Counter()
    for sentence, start, end in uses:
        if (pos := _pos_in(wn, sentence, start, end, lemmas)) is not None:
            votes[pos] += 1
    if votes:
        return votes.most_common(1)[0][0]
    if "adjective" in lemmas and re.search(rf"\b{re.escape(term.lower())}(?:al)?ly\b", reading.lower()):
        return "adjective"  # the reading has only its adverb ("publicly")
    return max(lemmas, key=lambda pos: wn.tagged_count(lemmas[pos], pos))


def _pos_in(wn: WordNet, sentence: str, start: int, end: int, lemmas: dict[str, str]) -> str | None:
    """The part of speech of sentence[start:end] from its neighbours and its ending; None if unclear."""
    surface = sentence[start:end].lower()
    before = [w.lower().replace("’", "'") for w in _WORD.findall(sentence[:start])]
    after = [w.lower().replace("’", "'") for w in _WORD.findall(sentence[end:])]
    before_adverbs = [w for w in before if not (w.endswith("ly") or w in ("even", "also", "not", "still", "now"))]
    prev = before_adverbs[-1] if before_adverbs else ""
    nxt = after[0] if after else ""
    can = lemmas.keys()
    if surface.endswith("ly") and "adverb" in can:
        return "adverb"
    if "verb" in can:
        if prev in _VERB_BEFORE:
            return "verb"
        if surface.endswith(("ed", "en", "ing", "ght")) and prev in _AUXILIARY:
            return "verb"  # "was banned from", "is being assigned": passive or progressive
        if surface.endswith("ing") and prev in _PREPOSITIONS:
            return "verb"  # "by rewarding those": a gerund
        if nxt in _OBJECT_NEXT and (not before or prev not in _DETERMINERS):
            return "verb"
    if nxt == "of" and "noun" in can:
        return "noun"
    if "noun" in can and nxt.endswith("ed") and wn.base_forms(nxt, "verb") and prev not in _DETERMINERS:
        return "noun"  # "gulls circled": a subject before its verb
    if "adjective" in can and nxt and nxt not in _OBJECT_NEXT and wn.base_forms(nxt, "noun"):
        return "adjective"  # "private school", "average citizens"
    if (prev in _DETERMINERS or prev in _PREPOSITIONS or prev.endswith("'s")) and "noun" in can:
        return "noun"
    return None


def best_sense(senses: list[Sense], uses: list[tuple[str, int, int]]) -> Sense:
    """The sense whose gloss shares most words with the sentences (the first, most frequent, on a tie)."""
    context = {w.lower() for s, _, _ in uses for w in _WORD.findall(s) if len(w) > 3} - _STOP
    if not context:
        return senses[0]

    def overlap(sense: Sense) -> int:
        gloss = " ".join([sense.definition, *sense.examples, *sense.words]).lower()
        return len(context & set(_WORD.findall(gloss)))

    # A later, rarer sense must share clearly more words than the ones before it to win.
    best = max(range(min(len(senses), 6)), key=lambda i: (overlap(senses[i]) - 0.75 * i, -i))
    return senses[best]


def definition_text(sense: Sense, lemma: str) -> str:
    """A learner's definition: the gloss's first clause that does not use the word itself."""
    definition = re.split(r':\s*"', sense.definition, maxsplit=1)[0]  # an example run into the gloss
    clauses = [c.strip() for c in definition.split(";") if c.strip()]
    if not clauses:
        return ""
    root = lemma.lower()[:5]
    for clause in clauses:
        if root not in clause.lower():
            return clause
    return clauses[0]
