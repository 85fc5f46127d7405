"""Vocabulary entries in the layouts handouts use: tables, word lists, glossaries, numbered entries."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum

from presenter.handout.lines import CELL_GAP, COLUMN_GAP, Line, ends_sentence, num_label, strip_bullet, word_count
from presenter.handout.vocab_fields import field_value, repeated_fields
from presenter.lesson.items import PARTS_OF_SPEECH
from presenter.lesson.model import VocabEntry

_IPA = "ˈˌːəɪʊʌæɑɒɔɜɛʃʒθðŋɡɹɾʔɐɚɝ"
# "/ˈbɪtə/", "[ˈbɪtə]", or "/spred/" standing apart (forms are written "buy/bought", without spaces).
_PRONUNCIATION = re.compile(rf"\s*(?:/[^/\n]*[{_IPA}][^/\n]*/|\[[^\]\n]*[{_IPA}][^\]\n]*\]|(?:^|(?<=\s))/[^/\s]+/(?=\s|$|[,.;]))\s*")
_COUNT = re.compile(r"\s*(?:\(\s*[x×]?(\d{1,2})\s*[x×]?\s*\)|\[(\d{1,2})\]|\b[x×](\d{1,2})\b)\s*")
_POS_WORDS = "|".join(sorted((re.escape(k) for k in PARTS_OF_SPEECH), key=len, reverse=True))
_POS_PAREN = re.compile(rf"\s*[(\[]\s*({_POS_WORDS})\s*\.?\s*[)\]]\s*", re.I)
_POS_BARE = re.compile(r"\s+(n|v|adj|adv|prep|conj|pron|phr\s?v|exp|expr)\.(?=\s|$)", re.I)
_POS_LEADING = re.compile(r"^\(?(n|v|adj|adv|prep|conj|pron|phr\s?v|phrasal verb|idiom|expr|exp|noun|verb|adjective|adverb)"
                          r"\.?\)?\s+(?=\S)", re.I)
_POS_FULL_WORD = re.compile(r"\s+(noun|verb|adjective|adverb|phrasal verb|idiom|expression|preposition)$", re.I)
_FORMS_PAREN = re.compile(r"\s*\(\s*([A-Za-z'’-]+(?:\s*[,/]\s*[A-Za-z'’-]+){1,3})\s*\)\s*")
_PLURAL = re.compile(r"\b([A-Za-z][\w-]*)\(s\)")
_EXAMPLE = re.compile(r"^(?:example|examples|ex|e\.g|eg|sentence|example sentence|in a sentence)\s*[:.]\s*(.+)$", re.I)
_TERM_FIELD = re.compile(r"^(?:word|term|phrase|expression)\s*:\s*(\S.{0,60})$", re.I)
# "Meaning: …", or ":   …" under its term (a Markdown definition list).
_DEFINITION = re.compile(r"^(?:(?:definition|meaning|means|def)\s*[:.]|:)\s*(.+)$", re.I)
_INLINE_EXAMPLE = re.compile(r"\s*(?:\(|\b)(?:example|ex|e\.g)\s*:\s*(.+?)\)?$", re.I)
_DASHED_EXAMPLE = re.compile(r"\s+[–—-]+\s+([A-Z“\"‘'][^–—]*\w[^–—]*[.!?][\"”’']?)$")
LEADER = re.compile(r"\s*(?:\.{4,}|…{2,})\s*")  # "deaf ........ not able to hear": a dotted leader
BOX_SIDE = re.compile(r"^\s*[|│┃║]\s?|\s?[|│┃║]\s*$")  # "│ lens   Linse │": the sides of a box drawn round words
_SEPARATORS = re.compile(rf"{LEADER.pattern}|\t+|\s+[–—-]+\s+|\s*[–—]\s*|\s*:\s+|\s+=\s+|\s*=\s*|\s*[▸►→➔➜⇒]\s*")
HEADER_ROW = re.compile(r"^(?:word|words|term|terms|vocabulary|phrase|expression)s?\s*(?:\t|\||\s{2,}|$)", re.I)
# "Meaning<tab>My language", "Part of speech<tab>Definition": the header row's other cells.
_HEADER_CELL = re.compile(r"^(?:meanings?|definitions?|translation|part of speech|type|word class|example|synonyms?"
                          r"|(?:in|en|auf|em) \w+|in (?:your|my) language"
                          r"|my language|notes?|pronunciation)\b[^.?!]{0,40}$", re.I)
SYMBOL_BULLET = re.compile(r"^[^\x00-\x7f\w\s“‘│┃║]\ufe0f?\s+(?=[^\W\d_])")  # "🔹 shore", "✏️ idle": not ": …", "│ den"
MARKUP = re.compile(r"<[!/]?[A-Za-z-]|\{\{|\{%|[<>]\s*$|^\s*[<>]")
_PROSE_WORDS = frozenset("the and that was were is are their they his her it its which who while when because".split())
_QUOTES = "\"'“”‘’«»*_[]{}"  # a word box "[ barren | acorn ]" draws brackets round its words


class Layout(StrEnum):
    """How a block sets out its entries (the value is what `import` reports)."""

    NONE = ""
    GLOSSARY = "glossary"
    STACKED = "a term above its meaning"
    BRACKETS = "meanings in brackets"
    REVERSED = "meaning, then the word"
    TABLE = "table"
    ONE_PER_LINE = "one per line"
    CELLS = "cells"


@dataclass(slots=True)
class VocabResult:
    """The entries found in a block, with the lines used and what layout they were in."""

    entries: list[VocabEntry] = field(default_factory=list)
    layout: Layout = Layout.NONE
    used: list[int] = field(default_factory=list)
    strong: int = 0  # entries whose definition the layout marks as one (a dash, a colon, a "Meaning:" line…)
    columns: int = 0  # a table's

    @property
    def shown(self) -> str:
        """The layout as `import` reports it ("table of 3 columns")."""
        return f"table of {self.columns} columns" if self.layout == Layout.TABLE else str(self.layout)

    def without(self, lines: set[int]) -> VocabResult:
        """The result without the entries on these lines, which are then not used either."""
        return replace(self, entries=[e for e in self.entries if e.line not in lines],
                       used=[n for n in self.used if n not in lines])


def parse_entry(text: str, line: int = 0, definition: str = "", example: str = "") -> VocabEntry | None:
    """One entry from its cell or head: "buy/bought/bought", "benefit(s) (2)", "score (n.) /skɔː/"."""
    text = _PRONUNCIATION.sub(" ", text)
    lead_pos = ""
    if definition and (m := _POS_LEADING.match(definition)) and (m.group(0).rstrip().endswith((".", ")"))
                                                                  or len(m.group(1)) > 4 or "\t" in m.group(0)):
        # "oversee – v. to watch and direct", "patent<tab>noun<tab>…": the part of speech starts the definition.
        key = " ".join(m.group(1).lower().replace("phrv", "phr v").split())
        lead_pos = PARTS_OF_SPEECH.get(key, PARTS_OF_SPEECH.get(key.replace(" ", ""), ""))
        if lead_pos:
            definition = definition[m.end() :]
    count: int | None = None
    if m := _COUNT.search(text):
        count = int(next(g for g in m.groups() if g))
        text = text[: m.start()] + " " + text[m.end() :]
    pos = lead_pos
    if m := _POS_PAREN.search(text):
        pos = PARTS_OF_SPEECH[" ".join(m.group(1).lower().replace(".", " ").split())]
        text = text[: m.start()] + " " + text[m.end() :]
    elif m := _POS_BARE.search(text):
        pos = PARTS_OF_SPEECH.get(m.group(1).lower().replace(" ", "").replace("phrv", "phr v"), "")
        text = text[: m.start()] + " " + text[m.end() :]
    elif (m := _POS_FULL_WORD.search(text)) and word_count(text) >= 2:
        pos = PARTS_OF_SPEECH[m.group(1).lower()]
        text = text[: m.start()]
    forms: list[str] = []
    if m := _FORMS_PAREN.search(text):
        forms.extend(f.strip() for f in re.split(r"[,/]", m.group(1)))
        text = text[: m.start()] + " " + text[m.end() :]
    plurals = [f"{m.group(1)}s" for m in _PLURAL.finditer(text)]
    text = _PLURAL.sub(lambda m: m.group(1), text)
    parts = [" ".join(p.split()).strip(_QUOTES + " ,;:") for p in text.split("/")]
    term = parts[0].rstrip(".")
    if not term or len(term) > 60 or word_count(term) > 6 or MARKUP.search(term) or not re.search(r"[^\W\d_]", term) \
            or unicodedata.category(term[0]).startswith("S"):
        return None  # "<!-- draft", "{{< audio", "▲ 412 ▼", "🔊 Listen": markup or a page's buttons, no word
    # As the lesson parser does: a form equal to the term adds nothing ("put/put/put").
    all_forms = tuple(f for f in (*plurals, *parts[1:], *forms) if f and f != term)
    return VocabEntry(term=term, forms=all_forms, count=count, definition=" ".join(definition.split()),
                      part_of_speech=pos, example=" ".join(example.split()), line=line)


def split_definition(text: str) -> tuple[str, str] | None:
    """(head, definition) for "term – meaning", "term: meaning", "term = meaning", "term (n.) meaning"."""
    for m in _SEPARATORS.finditer(text):
        head, rest = text[: m.start()], text[m.end() :]
        clean = _COUNT.sub(" ", _POS_PAREN.sub(" ", _PRONUNCIATION.sub(" ", head)))
        if not clean.strip() or "(" in clean and ")" not in clean:
            continue
        if word_count(clean) > 6 or not rest.strip():
            return None
        return head, rest
    pos = _POS_PAREN.search(text)
    if pos and pos.start() > 0 and word_count(text[: pos.start()]) <= 5 and word_count(text[pos.end() :]) >= 2:
        # "abandon (v.) to leave forever": the part of speech ends the head.
        return text[: pos.end()], text[pos.end() :]
    return None


def _entry_text(line: Line) -> str:
    text = strip_bullet(line.text)
    if (label := num_label(text)) is not None:
        text = label[1]
    return text


def head_is_term(text: str) -> bool:
    """Whether a line alone can be an entry's head: a short term, maybe with (n.), /prənʌn/ and a count."""
    clean = _COUNT.sub(" ", _POS_PAREN.sub(" ", _PRONUNCIATION.sub(" ", text)))
    return 0 < word_count(clean) <= 4 and not ends_sentence(clean.strip()) and not clean.strip().endswith("?")


def glossary_entries(lines: list[Line]) -> VocabResult:
    """Entries with definitions, each maybe followed by its own Definition/Example lines."""
    result = VocabResult(layout=Layout.GLOSSARY)
    head: Line | None = None
    head_text, definition, example = "", "", ""
    marked = False  # the head had a number, a part of speech or a pronunciation: its own entry

    def flush() -> None:
        """End the entry being read."""
        if head is None:
            return
        if entry := parse_entry(head_text, head.no, definition, example):
            result.entries.append(entry)
            result.used.append(head.no)
            if entry.definition and head_is_term(head_text) and (marked or example or head_text != _entry_text(head)):
                result.strong += 1

    fields = repeated_fields([_entry_text(ln) for ln in lines])
    for line in lines:
        text = _entry_text(line)
        if (value := field_value(text, fields)) is not None and not _DEFINITION.match(text) and not _TERM_FIELD.match(text):
            # "usage: "…the ramp…"" under each word: a record's field, not a term; a quotation is the example,
            # other words its meaning ("sense: …") when it has none yet.
            if value[:1] in _QUOTES + ".…":
                example = example or value.strip(_QUOTES + " .…")
            elif head is not None and not definition:
                definition, marked = value.strip(), True
            result.used.append(line.no)
            continue
        if m := _TERM_FIELD.match(text):
            text = m.group(1).strip(_QUOTES + " ")  # "- word: spare" (a data file's record): the head
        elif m := _EXAMPLE.match(text):
            example = f"{example} {m.group(1)}".strip()
            result.used.append(line.no)
            continue
        elif m := _DEFINITION.match(text):
            definition = f"{definition} {m.group(1).strip(_QUOTES + ' ')}".strip()
            marked = True
            result.used.append(line.no)
            continue
        split = split_definition(COLUMN_GAP.sub("\t", line.raw.strip()) if COLUMN_GAP.search(line.raw.strip()) else text) \
            or _two_columns(strip_bullet(line.raw.strip())) or _other_script(text)
        numbered = num_label(strip_bullet(line.text)) is not None
        starts_entry = split is not None or numbered or head is None or head_is_term(text)
        if head is not None and not starts_entry and (not definition or marked):
            definition = f"{definition} {text}".strip()  # the definition under its term, or wrapped
            result.used.append(line.no)
            continue
        if split is not None and head is None and HEADER_ROW.match(split[0].strip() + "\t") \
                and (word_count(split[1]) <= 2 or _HEADER_CELL.match(split[1].strip())):
            result.used.append(line.no)  # "Word – Meaning": the table's header row
            continue
        flush()
        head = line
        marked = numbered or bool(_POS_PAREN.search(text) or _PRONUNCIATION.search(text))
        if split is not None:
            head_text, definition = split[0].strip(), split[1].strip()
            marked = True
            if (m := _INLINE_EXAMPLE.search(definition)) and m.start() > 0:
                definition, example = definition[: m.start()].rstrip(" .;,") + ".", m.group(1).strip()
            elif (m := _DASHED_EXAMPLE.search(definition)) and m.start() > 0:
                # "able to learn quickly - Dolphins are intelligent animals.": a sentence after a second dash
                definition, example = definition[: m.start()].rstrip(" .;,"), m.group(1).strip()
            else:
                example = ""
        else:
            head_text, definition, example = text, "", ""
    flush()
    return result


_ANSWER_BLANK = re.compile(r"\s*(?:_{3,}|\.{4,}|…{2,})\s*$")


def is_word_list_line(text: str) -> bool:
    """A line of a word list or table: a few short words, no sentence."""
    text = _ANSWER_BLANK.sub("", strip_bullet(text))  # "Find a word that means …. ______": a task's sentence
    if not text or ends_sentence(text) and not text.endswith(")") or text.endswith("?"):
        return False
    if word_count(text) >= 8 and sum(w.lower().strip(",;") in _PROSE_WORDS for w in text.split()) >= 2 \
            and not re.match(r"\(?(?:\d{1,2}|[a-hA-H])[.)]?\s", text):  # not an item: "2 water covering land that is…"
        return False  # "the river floods the old market, and the traders move": a wrapped line of prose
    cells = [c for c in re.split(r"\t+|\s*[|¦,]\s*|\s{3,}", text) if c.strip()]
    if len(cells) == 1:
        # A flattened table row: a few words per column, up to six columns.
        return word_count(re.sub(r"\([^)]*\)", "", text)) <= 16
    return all(word_count(re.sub(r"\([^)]*\)", "", c)) <= 8 for c in cells) and word_count(text) <= 24


def looks_like_glossary(lines: list[Line]) -> bool:
    """Whether the lines are entries with definitions (rather than a list or table of words)."""
    lines = [ln for ln in lines if ln.text]
    if not lines:
        return False
    tabbed = [ln for ln in lines if COLUMN_GAP.search(ln.raw.strip())]
    if tabbed and len(tabbed) >= 0.6 * len(lines):
        # A table of word, (part of speech,) meaning, in tabs or aligned with spaces. A grid of words has short cells.
        rows = [cells for ln in tabbed if 2 <= len(cells := [c for c in COLUMN_GAP.split(ln.raw.strip()) if c.strip()]) <= 3]
        return len(rows) >= 0.6 * len(tabbed) and sum(word_count(r[-1]) for r in rows) >= 3 * len(rows)
    found = glossary_entries(lines)
    # Most lines must be used by entries: a list of tips is not a glossary for one "term: …" line.
    return bool(found.entries) and found.strong * 2 >= len(found.entries) and len(set(found.used)) >= 0.8 * len(lines)


_GAP = re.compile(rf"(?<=\S)(?:{CELL_GAP.pattern})(?=\S)")  # "board  einsteigen": a box's two columns
_OTHER_SCRIPT = re.compile(r"[^\x00-\u036f\u2000-\u206f\s]")  # "instinct (n.) 本能": a meaning in the learner's script


def entry_split(text: str) -> tuple[str, str] | None:
    """(term, meaning) for a glossary line in any of the usual layouts, or None; the term is short."""
    text = text.strip()
    for sep in (LEADER, _GAP):
        if m := sep.search(text):
            head, rest = text[: m.start()], text[m.end() :]
            if head_is_term(head) and _worded(head) and rest.strip():
                return head, rest
    if split := _other_script(text):
        return split
    split = split_definition(" ".join(text.split()))
    if split and head_is_term(split[0]):
        return split
    return None


def _two_columns(raw: str) -> tuple[str, str] | None:
    """("board", "einsteigen") for "board  einsteigen": a short term, two spaces, then its meaning."""
    if (m := _GAP.search(raw)) and head_is_term(raw[: m.start()]) and not _GAP.search(raw[m.end() :]) \
            and _worded(raw[: m.start()]):
        return raw[: m.start()], raw[m.end() :]
    return None


def _worded(head: str) -> bool:
    """Whether a head has a word in it, not only an option's or item's label ("A", "12", "(b)")."""
    return re.search(r"[^\W\d_]{2}", head) is not None


def _other_script(text: str) -> tuple[str, str] | None:
    """("prey (n.)", "獲物") for "prey (n.) 獲物": an English term, then its meaning in the learner's script."""
    if (m := _OTHER_SCRIPT.search(text)) and m.start() > 0 and not _OTHER_SCRIPT.search(text[: m.start()]):
        head = text[: m.start()].rstrip(" (（")
        if head_is_term(head) and _worded(head):
            return head, text[len(head):].strip()
    return None
