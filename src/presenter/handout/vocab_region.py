"""The vocabulary part of a handout: word lists, glossaries and tables, and the matching exercises among them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from presenter.handout.cues import is_part_label
from presenter.handout.exercises import DEFAULT_TASK, Matching, found_matching, matching_in_block, numbered_terms, term_texts
from presenter.handout.layout import blocks, line_above
from presenter.handout.lines import Line, is_matching_task, letter_label, num_label, section_kind, word_count
from presenter.handout.matching import ReadingIndex, bare_term
from presenter.handout.questions import is_instruction, is_note
from presenter.handout.vocab import VocabResult, looks_like_glossary
from presenter.handout.vocab_block import vocabulary_from_lines
from presenter.handout.vocab_inline import (banked_definitions, dotted_rows, heading_text, meaning_text,
                                            stacked_pair)
from presenter.lesson.model import Question, VocabEntry
from presenter.handout.roles import Part, Role


_TASK_NUMBER = re.compile(r"^(?:task|part|exercise|activity|section|step)\s*\d{1,2}\b", re.I)  # a part of the sheet
_DECORATED = re.compile(r"^\s*[~*=#★☆✦❖◆◇♦]{2,}\s*\S.*\S\s*[~*=#★☆✦❖◆◇♦]{2,}\s*$")  # "~~~ The Red Kite ~~~": a title
_ANSWER_SPACES = re.compile(r"^(?:\(?\d{1,2}[.)]?\s*(?:_{2,}|\.{3,}|…+)\s*)+$")  # "1 ___   2 ___   3 ___"


@dataclass
class VocabularyFound:
    """What a vocabulary region holds: entries, matching exercises, the layouts seen, lines not placed."""

    entries: list[VocabEntry] = field(default_factory=list)
    matchings: list[Matching] = field(default_factory=list)
    layouts: list[str] = field(default_factory=list)
    leftover: list[Line] = field(default_factory=list)
    terms: list[Line] = field(default_factory=list)  # the last numbered word list (a matching exercise's terms)


def vocabulary_region(region: list[Line], index: ReadingIndex, lines: list[Line],
                      terms: list[Line] | None = None, *, explicit: bool = True) -> VocabularyFound:
    """Read a vocabulary region's blocks; `lines` are the whole handout's (a matching task may stand above)."""
    # `terms` is the numbered word list that ended the region before: a heading may stand between a matching
    # exercise's terms and its meanings. Without a heading (`explicit`), a list of bare words is the vocabulary
    # only if the reading uses some of them.
    out = VocabularyFound()
    # A table split by blank lines is still one table: its rows must agree on the columns.
    groups: list[list[Line]] = []
    glossary_before = True
    terms = terms or []
    last = next((ln.no for ln in reversed(region) if ln.text), 0)
    for block, _ in blocks(region):
        for ln in block:
            if _ANSWER_SPACES.match(ln.text):
                ln.role, ln.reason = Role.DROPPED, "spaces for the learner's answers"
        block = [ln for ln in block if ln.role != Role.DROPPED]
        if len(block) >= 3 and _names_the_task(block[0].text):
            # "4  VOCABULARY  Match the words in bold (1–5) with the definitions (a–e).": the heading of what follows
            block[0].role, block[0].reason = Role.HEADING, "names the vocabulary task below it"
            block = block[1:]
        if not block:
            continue
        if _joined_layout(block, lines, out):
            continue
        if (inside := matching_in_block(block, lines)) is not None:
            out.matchings.append(inside[0])
            out.entries.extend(VocabEntry(term=t, line=ln.no) for t, ln in zip(inside[0].terms, inside[1], strict=True))
            out.leftover.extend(ln for ln in block if not ln.role)
            continue
        if len(terms) == len(block) and all(letter_label(ln.text) for ln in block):
            for ln in block:  # a matching exercise: terms 1-8, then their meanings a-h in another order
                ln.role, ln.reason = Role.EXERCISE, "matching exercise's meanings (in scrambled order)"
            out.matchings.append(found_matching(terms, block, lines))
            continue
        terms = list(block) if numbered_terms(block) else []
        if terms and not all(num_label(ln.text) for ln in block):
            # "1 mural", "2 permission": bare numbers, which a table's columns would swallow.
            out.entries.extend(VocabEntry(term=t, line=ln.no) for t, ln in zip(term_texts(block), block, strict=True))
            for ln in block:
                ln.role, ln.reason = Role.VOCABULARY, "numbered term"
            continue
        for ln in block:
            if is_instruction(ln.text):
                ln.role, ln.reason = Role.DROPPED, "instruction"
        kept = [ln for ln in block if ln.role != Role.DROPPED and not is_part_label(ln.text) and not is_note(ln.text)
                and not _TASK_NUMBER.match(ln.text) and not _DECORATED.match(ln.text) and not _names_other_part(ln.text, ln.no == last)]
        out.leftover.extend(ln for ln in block if ln.role != Role.DROPPED and ln not in kept)  # "Task 7 – Discuss", notes
        block = kept
        if not block:
            continue
        glossary = looks_like_glossary(block) or stacked_pair(block) is not None
        if groups and not glossary and not glossary_before:
            groups[-1].extend(block)
        else:
            groups.append(list(block))
        glossary_before = glossary
    layout = VocabResult()  # the last list taken: a list in the same layout goes on with it
    for block in groups:
        found = vocabulary_from_lines(block, index)
        found = found.without({e.line for e in found.entries if _caption(e)})  # a caption's line is a note, not a term
        # A heading vouches for the list right below it and what goes on in its layout; a later block in another
        # layout ("Feedback", "Jump to…") shows its own evidence.
        vouched = explicit and (_headed(block, lines) or bool(layout.layout) and (found.layout, found.columns) == (layout.layout, layout.columns)) \
            or _names_the_task(above.text if (above := line_above(lines, block[0].no)) else "")
        if not vouched and (not _from_the_reading(found.entries, index) or _prose_meanings(found.entries)
                            or _menu_meanings(found.entries)):
            found = VocabResult()  # "Home  Dashboard  Calendar": words of the page, not of the text
            for ln in block:
                ln.extra["why"] = f"{ln.extra.get('why', '')}; but the reading uses few of its words: no word list".lstrip("; ")
        used = set(found.used)
        for ln in block:
            if ln.no in used:
                ln.role = Role.VOCABULARY
            elif not ln.role:
                out.leftover.append(ln)
        out.entries.extend(found.entries)
        if found.layout and found.entries:
            out.layouts.append(found.shown)
        layout = found if found.entries else layout
    out.terms = terms
    return out


def _names_other_part(text: str, last: bool) -> bool:
    """A heading of another part at the region's edge ("## :material-text: Reading"), not a term."""
    plain = " ".join(_NOT_LATIN.sub(" ", _SHORTCODE.sub(" ", text)).split())
    kind = section_kind(plain)
    # "reading" may be a term of the list itself: it names the text only when set out as a heading (in capitals,
    # with symbols, a bracket or another script round it) or, not in lower case, as the last line above the text.
    return kind is not None and kind != Part.VOCABULARY and kind != Part.READING or kind == Part.READING and (
        plain != text or text.isupper() or last and not text.islower())


_NOT_LATIN = re.compile(r"[（(][^)）]*[)）]|[^\x00-\u024f\s]+")  # another script, a bracket, a symbol
_SHORTCODE = re.compile(r":[a-z0-9]+(?:[-_][a-z0-9]+)+:")  # an icon in site markup: ":material-text:"


def _joined_layout(block: list[Line], lines: list[Line], out: VocabularyFound) -> bool:
    """Read a matching exercise laid out to join words to meanings into `out`; whether the block was one."""
    # A row of words above numbered meanings (its row may have been taken for page information), words and
    # meanings joined by two dots (a quiz form's grid of bubbles is exercises.matching_in_block's).
    if (banked := _bank_above(block, lines)) is not None:
        row, words, rows = banked
        out.matchings.append(Matching(DEFAULT_TASK, words,  # its task line is found by exercises.tasks_above
                                      [meaning_text(ln) for ln in rows], rows[0].no))
        out.entries.extend(VocabEntry(term=w, line=row.no) for w in words)
        row.role, row.reason = Role.VOCABULARY, "the words of a box, to match with the meanings below"
        row.extra["why"] = "a row of words above as many numbered meanings: a matching exercise"
        for ln in rows:
            ln.role, ln.reason = Role.EXERCISE, "a meaning to match with a word from the box"
        return True
    if (dotted := dotted_rows(block, lines)) is not None:
        task, words, meanings = dotted
        out.matchings.append(Matching(task or DEFAULT_TASK, words, meanings, block[0].no))
        out.entries.extend(VocabEntry(term=t, line=ln.no) for t, ln in zip(words, block, strict=True))
        for ln in block:
            ln.role, ln.reason = Role.VOCABULARY, "matching exercise: a word and a meaning to join by a line"
        return True
    return False


def _bank_above(block: list[Line], lines: list[Line]) -> tuple[Line, list[str], list[Line]] | None:
    """(bank's line, its words, the meanings) when the block or the line above starts with a word bank; else None."""
    # The line above may hold the bank when it was taken for page chrome.
    above = line_above(lines, block[0].no)
    for rows in (block, [above, *block] if above is not None else []):
        if rows and (found := banked_definitions(rows)) is not None:
            at, words, meanings = found
            return rows[at], words, meanings
    return None


def _names_the_task(text: str) -> bool:
    """Whether a line names a vocabulary task or section, maybe after its number ("4  VOCABULARY  Match the…")."""
    label = num_label(text)
    return Part.VOCABULARY in (section_kind(label[1] if label else text), section_kind(heading_text(text))) \
        or is_matching_task(text, within=True)


def _headed(block: list[Line], lines: list[Line]) -> bool:
    """Whether the nearest line above the block names it: a heading, a task, a caption ending in ":"."""
    above = line_above(lines, block[0].no)
    return above is None or above.role in (Role.HEADING, Role.DROPPED) or above.text.endswith(":") \
        or section_kind(above.text) is not None or is_instruction(above.text)


def _prose_meanings(entries: list[VocabEntry]) -> bool:
    """Whether most "meanings" are paragraphs ("Differentiation: E2 learners – do Task 1…"): notes, not a glossary."""
    lengths = sorted(len(e.definition.split()) for e in entries if e.definition)
    return bool(lengths) and lengths[len(lengths) // 2] > _PROSE_MEANING


def _menu_meanings(entries: list[VocabEntry]) -> bool:
    """Whether most entries are a page's controls ("Start   Assign  Share"): a capital on every word, both sides."""
    # A learner's term is in lower case ("drizzle"), its meaning a phrase or a translation ("Liege, Schlafplatz").
    defined = [e for e in entries if e.definition]
    menus = sum(1 for e in defined if e.term[:1].isupper() and _title_words(e.definition))
    return len(defined) >= 2 and 2 * menus > len(defined)


def _title_words(text: str) -> bool:
    """Two or more words, each with a capital, and no comma: a row of buttons or tabs."""
    words = text.split()
    return len(words) >= 2 and "," not in text and all(w[:1].isupper() for w in words)


# Words: learners' dictionaries define in a phrase or one short sentence (mostly under 15 words); when the middle
# "meaning" of a list is longer than this, its lines are paragraphs of notes.
_PROSE_MEANING = 20


def _caption(entry: VocabEntry) -> bool:
    """A picture's caption ("[Image: Workers leaving…]", "Photo: …"), not the term "picture" with its meaning."""
    return bool(_CAPTION.match(entry.term)) and entry.term[:1].isupper() and (
        entry.definition[:1].isupper() or entry.definition.endswith("]"))


_CAPTION = re.compile(r"^(?:image|photo|picture|figure|fig|illustration|caption)$", re.I)


def _from_the_reading(entries: list[VocabEntry], index: ReadingIndex) -> bool:
    """Whether a list could be the reading's vocabulary: a third of its words are in the text (not a page's dates)."""
    if not entries or not index:
        return True
    found = sum(1 for e in entries if index.contains(e.term, e.forms) or _words_in(e.term, index))
    return 3 * found >= len(entries)


def _words_in(term: str, index: ReadingIndex) -> bool:
    """Whether each word of a phrase is in the text, maybe apart: "to stave off" in "stave it off"."""
    words = [w for w in re.findall(r"[^\W\d_]+", term.lower()) if w not in ("to", "a", "an", "the", "sth", "sb")]
    return len(words) >= 2 and all(index.contains(w) for w in words)


_ASKED_TERM = re.compile(r"(?:what (?:does|do|is meant by)|what is the meaning of|explain|define)(?: the (?:word|phrase|"
                         r"expression|term))?\s+[\"“'‘]([^\"”'’]{2,40})[\"”'’](?:\s+mean)?", re.I)


def asked_terms(questions: Sequence[Question]) -> list[VocabEntry]:
    """With no word list, the words the questions ask about ("What does 'x' mean?")."""
    return [VocabEntry(term=m.group(1).strip(), line=q.line) for q in questions if (m := _ASKED_TERM.search(q.text))]


def unique_entries(entries: list[VocabEntry]) -> list[VocabEntry]:
    """One entry per term (a word box repeats the glossary's words): the first with a definition, else the first."""
    kept: dict[str, VocabEntry] = {}
    for entry in entries:
        key = bare_term(entry.term.lower())  # "to stave off" in the glossary, "stave off" in a matching
        if key not in kept or entry.definition and not kept[key].definition:
            kept[key] = entry
    return list(kept.values())
