"""A questions part's items: numbered, lettered or plain, each with its options and answer (item_collect reads them)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from presenter.handout.lines import Line, section_kind, ends_question, ends_sentence, letter_label, num_label, strip_bullet, word_count
from presenter.handout.options import box_options, circled_options, column_option, gapped_row, poll_option, split_inline_options
from presenter.handout.questions import TRUE_FALSE, names_task



class ItemKind(StrEnum):
    """How an item is labelled: numbered (1. 2. 3.), lettered (a) b) c)), a "Q:" line, or not at all."""

    NUMBERED = "num"
    LETTERED = "let"
    QA = "q"
    PLAIN = "plain"


@dataclass(slots=True)
class Item:
    """A numbered, lettered or plain item with its continuation lines."""

    label: str
    kind: ItemKind
    text: str
    line: int
    gap_before: bool
    options: list[str] = field(default_factory=list)
    answer: str = ""
    lines: list[int] = field(default_factory=list)
    bullet: bool = False  # a bullet marks one item, however many questions it asks
    talk: bool = False  # under a label that names speaking ("Speaking follow-up"): a prompt


_BARE_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[A-Z“\"‘'])")


def _next_number(items: list[Item]) -> str:
    """The number a list's next item would have ("1" to start one)."""
    last = items[-1] if items else None
    return str(int(last.label) + 1) if last is not None and last.kind == ItemKind.NUMBERED and last.label.isdigit() else "1"


# "9   What is…" (a number set apart by a column gap), "Prompt A: Think of…", "Statement 2 – …": labels of an item.
_COLUMN_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?(?:\t+|\s{2,})(?=\S)")
_COLUMN_LETTER = re.compile(r"^\s*([a-h])(?:\t+|\s{2,})(?=\S)")
_NAMED_LABEL = re.compile(r"^(?:prompt|topic|statement|item)\s+([A-Ha-h]|\d{1,2})\s*[:.)–—-]\s+(?=\S)", re.I)
_TRUE_FALSE_OPTION = frozenset(("true", "false"))
# "(open answer)", "(2 marks)", "(1 point)", "(Tick two)": how to answer or what it scores, for the paper.
ANSWER_HINT = re.compile(r"\s*\((?:open answer|free answer|own answer|\d{1,2}\s*(?:marks?|points?|pts?)"
                          r"|(?:choose|select|tick|circle|mark|pick)\b[^()]{0,30})\)\s*$", re.I)  # "(Choose all that apply)"


def item_label(text: str, raw: str, items: list[Item]) -> tuple[str, str, ItemKind]:
    """(label, text, kind) of a line: numbered for 1. 2. 3., lettered for a) b) c), plain without a label."""
    if (nl := num_label(text)) is not None:
        return nl[0], nl[1], ItemKind.NUMBERED
    if (ll := letter_label(text)) is not None and not (ll[0] in "Ii" and items and items[-1].kind == ItemKind.LETTERED
                                                      and items[-1].label.lower() != "h"):
        return ll[0], ll[1], ItemKind.LETTERED
    if (bare := _BARE_NUMBER.match(text)) and bare.group(1) == _next_number(items):
        return bare.group(1), text[bare.end() :], ItemKind.NUMBERED  # "1 Where did…", "2 Which…"
    if column := _COLUMN_NUMBER.match(raw):
        return column.group(1), " ".join(raw[column.end() :].split()), ItemKind.NUMBERED  # "9   What is included…?"
    if column := _COLUMN_LETTER.match(raw):
        return column.group(1), " ".join(raw[column.end() :].split()), ItemKind.LETTERED  # "b  Have you ever…?"
    if (named := _NAMED_LABEL.match(text)) is not None:
        return named.group(1), text[named.end() :], ItemKind.NUMBERED if named.group(1).isdigit() else ItemKind.LETTERED
    return "", text, ItemKind.PLAIN


def asks(item: Item) -> bool:
    """Whether an item can have options: a numbered question, or one that ends asking ("…?", "…", "___")."""
    return item.kind == ItemKind.NUMBERED or item.text.rstrip().endswith(("?", "…", "...", "__", ":"))


def options_of(line: Line, text: str, current: Item, bullet: bool, stem_raw: str = "") -> list[str]:
    """The options a line gives the question above it: boxes, a row of a) b) c), a lettered column, True/False, bullets."""
    # bullets count only under a question that is no bullet itself ("1. Where…?" over "• down the river")
    if text.strip(" .").lower() in _TRUE_FALSE_OPTION and current.options in ([], ["True"]):
        return [text.strip(" .").capitalize()]  # "True" / "False" on lines of their own: a true/false item
    if not asks(current):
        return []
    if boxes := box_options(line.raw.strip()) or box_options(strip_bullet(line.raw.strip())):
        # "□ the news  □ soft music", "○ a builder", "[ ] They close some areas."; a box before a question of its
        # own ("- [ ] Where does she live?"), or under a question behind a box too, ticks it off a list: no option
        checklist = _boxed(stem_raw) or len(boxes) == 1 and ends_question(boxes[0]) and word_count(boxes[0]) > 3
        return [] if checklist else boxes
    if (voted := poll_option(text)) is not None:
        return [voted]  # "64%  The soil will suffer.": a chat poll's option with its share of the votes
    if circled := circled_options(text.strip(), len(current.options)):
        return circled  # "① jackets    ② shoes    ③ bags", or "① jackets" on a line of its own
    if len(gapped := gapped_row(line.raw, len(current.options))) >= 2:
        return gapped  # "A  on a farm      B  on a roof      C  in a garden"
    if (one := column_option(line.raw, len(current.options))) is not None:
        return [one]  # "A<tab>30", "   B  through their employer", "A – 30", "[B] 40"
    stem = current.text.rstrip()
    # a line that ends in a colon leads into the lines below it ("🗣 We will talk about this:"): no option
    if bullet and not current.bullet and "?" not in text and word_count(text) <= 12 and not text.rstrip().endswith(":") \
            and (ends_question(stem) or stem.endswith(":") or current.kind == ItemKind.NUMBERED and not ends_sentence(stem)) \
            and not TRUE_FALSE.search(stem) and not names_task(stem):
        return [text]
    if (row := split_inline_options(text, len(current.options))) and not row[0] and len(row[1]) >= 2:
        return row[1]  # "a) noise   b) losing customers", then maybe "c) …   d) …" (a table of options)
    return []


def _boxed(raw: str) -> bool:
    """Whether a raw line starts with a tick box, bare or after a bullet ("[ ] Where…?", "- [ ] Name…")."""
    return bool(raw.strip() and (box_options(raw.strip()) or box_options(strip_bullet(raw.strip()))))


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def roman_numbered(items: list[Item]) -> list[Item]:
    """Items labelled i. ii. iii. are numbered: their labels become 1, 2, 3 (a question's label is a number)."""
    lettered = [i for i in items if i.kind == ItemKind.LETTERED]
    if len(lettered) >= 2 and [i.label.lower() for i in lettered] == list(_ROMAN[: len(lettered)]):
        for item in lettered:
            item.kind, item.label = ItemKind.NUMBERED, str(_ROMAN.index(item.label.lower()) + 1)
    return items


def names_part(text: str) -> bool:
    """Whether a labelled line names a part of the handout ("B. Vocabulary. Learn these words.") and asks nothing."""
    head = re.split(r"[.:]\s+|\s+[–—-]\s+", text, maxsplit=1)[0]
    return "?" not in text and section_kind(head.rstrip(".:")) is not None


def attach_options(items: list[Item]) -> list[Item]:
    """Lettered items right under a numbered question become its options (a) b) c) …)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        out.append(item)
        i += 1
        if not asks(item):
            continue
        j = i
        while j < len(items) and items[j].kind == ItemKind.LETTERED and (j > i or items[j].label.lower() == "a"):
            j += 1
        run = items[i:j]
        if len(run) >= 2 and _options_like(run):
            item.options.extend(o.text for o in run)
            item.lines.extend(n for o in run for n in o.lines)
            item.answer = item.answer or next((o.answer for o in run if o.answer), "")  # "Correct answer: b" below
            i = j
    return out


def _options_like(run: list[Item]) -> bool:
    """Whether lettered items are a question's options rather than discussion prompts."""
    attached = not run[0].gap_before and all(not o.gap_before for o in run[1:])
    questions = sum(1 for o in run if ends_question(o.text))
    words = sum(word_count(o.text) for o in run) / len(run)
    # Options are short answers; prompts are questions of their own, and longer.
    return questions * 2 < len(run) and (words <= 12 or attached and words <= 20)
