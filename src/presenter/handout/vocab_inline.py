"""Two more ways handouts give meanings: "term (meaning), term (meaning)" in a line, and "meaning – term" answers."""

from __future__ import annotations

import re

from presenter.handout.lines import Line, is_matching_task, letter_label, num_label, section_kind, strip_bullet, word_count
from presenter.handout.vocab import head_is_term, parse_entry
from presenter.lesson.model import VocabEntry

_PAREN_ENTRY = re.compile(r"\s*([^,;()]{1,40}?)\s*\(([^()]{3,120})\)\s*(?:[,;.]|$)")
# "a trip on a boat – cruise": a definition, then the word a learner writes after it.
_REVERSED = re.compile(r"^(.{12,}?)\s+[–—-]+\s+([A-Za-z][\w'’ -]{0,30})$")


def _labelled(text: str, *, bare: bool = True) -> str | None:
    """The text after an item's number or letter ("1. …", "b) …", with `bare` "1  …"), or None without one."""
    if found := num_label(text) or letter_label(text):
        return found[1]
    return text[m.end() :] if bare and (m := _BARE_NUMBER.match(text)) else None


_BARE_NUMBER = re.compile(r"^\d{1,2}\s+(?=\S)")  # "1  a box where bees live": a meaning numbered without a stop


def _body(line: Line) -> str:
    text = strip_bullet(line.text)
    found = _labelled(text, bare=False)
    return text if found is None else found


def parenthesised(lines: list[Line]) -> list[VocabEntry]:
    """Entries from lines that are only "weigh (have a certain heaviness), prize (what a winner gets)."; else []."""
    out: list[VocabEntry] = []
    for line in lines:
        text = _body(line).rstrip(" .")
        pos = 0
        for m in _PAREN_ENTRY.finditer(text):
            # A meaning has words: "(n.)", "(2)" or "(s)" belong to a term, and then this is no such line.
            if m.start() != pos or word_count(m.group(2)) < 2 or word_count(m.group(1)) > 5:
                return []
            out.append(VocabEntry(term=m.group(1).strip(" \"'“”"), definition=m.group(2).strip(), line=line.no))
            pos = m.end()
        if pos < len(text):
            return []
    return out if len(out) >= 2 else []


def reversed_glossary(lines: list[Line]) -> list[VocabEntry]:
    """Entries from lines that each give a meaning, then a dash and a short term; else []."""
    found = [(_REVERSED.match(_body(ln)), ln) for ln in lines]
    if len(found) < 2 or not all(m and word_count(m.group(1)) >= 4 and word_count(m.group(2)) <= 3 for m, _ in found):
        return []
    return [VocabEntry(term=m.group(2).strip(), definition=m.group(1).strip(), line=ln.no) for m, ln in found if m]


# "exhausted •     • extremely tired": a word, a dot to draw a line from, a dot to draw it to, a meaning.
_DOTTED_ROW = re.compile(r"^(\S.{0,40}?)\s*[•●○◦·▪]\s+[•●○◦·▪]\s*(\S.*)$")


def dotted_rows(block: list[Line], lines: list[Line]) -> tuple[str, list[str], list[str]] | None:
    """(task, terms, meanings) for rows that join a word to a meaning by two dots; else None."""
    # The meanings stand in another order than their words: the learner draws the lines.
    found = [_DOTTED_ROW.match(ln.text) for ln in block]
    if len(found) < 3 or not all(m and word_count(m.group(1)) <= 4 and word_count(m.group(2)) >= 2 for m in found):
        return None
    above = [ln.text for ln in lines[max(0, block[0].no - 4) : block[0].no - 1] if ln.text]
    task = next((t for t in reversed(above) if is_matching_task(t, within=True)), "")
    # "1. invention  • •  a. …": the word's number tells rows apart, it is not part of the word.
    terms = [_labelled(t, bare=False) or t for m in found if m and (t := m.group(1).strip())]
    meanings = [m.group(2).strip() for m in found if m]
    letters = [found_label[0].lower() if (found_label := letter_label(g)) else "" for g in meanings]
    if sorted(letters) == [chr(97 + i) for i in range(len(meanings))]:
        # "b. …", "c. …", "a. …": the key names a meaning by its letter, so the meanings go in the letters' order.
        meanings = [letter_label(g)[1] for _, g in sorted(zip(letters, meanings))]  # type: ignore[index]
    return task, [t.strip() for t in terms], meanings


_BANK_LABEL = re.compile(r"^(?:words?|word bank|word box|vocabulary|terms?|key words)\s*:\s*(\S.*)$", re.I)
_BANK_CELLS = re.compile(r"\t+|\s{2,}|\s*[,/|•·]\s*")


def banked_definitions(block: list[Line]) -> tuple[int, list[str], list[Line]] | None:
    """(bank's index, its words, the meanings' lines) for a row of words above as many numbered meanings; else None."""
    # "Words: hive   crop   harm" above "1  a box where bees live" …: the learner matches each meaning to a word.
    for i, ln in enumerate(block[:2]):
        m = _BANK_LABEL.match(ln.raw.strip())
        text = m.group(1) if m else ln.raw.strip()
        words = [w.strip() for w in _BANK_CELLS.split(text) if w.strip()]
        meanings = block[i + 1 :]
        if len(words) < 3 or len(words) != len(meanings) or not all(0 < word_count(w) <= 3 for w in words) \
                or not (m or _BANK_CELLS.search(text) and len(_BANK_CELLS.findall(text)) >= len(words) - 1):
            continue
        if all((found := _labelled(x.text)) and word_count(found) >= 3 and not x.text.endswith("?")
               for x in meanings):
            return i, words, meanings
    return None


def meaning_text(line: Line) -> str:
    """A numbered or lettered meaning without its label."""
    return _labelled(line.text) or _body(line)


_GLOSS_WORDS = frozenset("a an the to of or and that which who for in with when from by something someone people "
                         "very not".split())


def stacked_pair(block: list[Line]) -> VocabEntry | None:
    """The entry of a two-line block, a term above its meaning ("lava" / "hot liquid rock…"), as flashcards print."""
    # None for a caption above a list of words, or a heading above a sentence.
    if len(block) != 2:
        return None
    head, meaning = strip_bullet(block[0].text), strip_bullet(block[1].text).lstrip(": ")  # ":   …" in Markdown
    words = meaning.lower().replace(",", " ").replace(";", " ").split()
    if not head_is_term(head) or head.endswith(":") or section_kind(head) is not None or len(words) < 3 \
            or not _GLOSS_WORDS.intersection(words) or head_is_term(meaning) and len(words) < 3:
        return None
    # "boom (verb)": the head's part of speech, forms or count are the entry's, not words of the term
    return parse_entry(head.strip(), block[0].no, meaning.strip()) or VocabEntry(
        term=head.strip(), definition=meaning.strip(), line=block[0].no)


def heading_text(text: str) -> str:
    """A heading without its label and what follows its name: "B. Vocabulary. Learn these words…" → "Vocabulary"."""
    text = found if (found := _labelled(text, bare=False)) is not None else text
    return re.split(r"[.:]\s|\s[–—-]\s", text, maxsplit=1)[0]
