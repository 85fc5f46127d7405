"""Comprehension questions (open, true/false, multiple choice), discussion prompts and answer keys."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presenter.handout.answers import apply_answer
from presenter.handout.cues import split_questions, without_teacher_note
from presenter.handout.info import single_answer
from presenter.handout.lines import (Line, ends_question, ends_sentence, letter_label, num_label, strip_bullet,
                                     word_count)
from presenter.handout.options import box_options, split_inline_options
from presenter.lesson.model import Prompt, Question

# As the lesson parser decides: these endings make a true/false question.
TRUE_FALSE = re.compile(r"(true\s+or\s+false|\bt\s*/\s*f)\W*$", re.I)
_TF_MARKER = re.compile(r"\s*(?:\(\s*(?:T\s*/\s*F|true\s*/\s*false)\s*\)|\bT\s*/\s*F\b|\btrue\s*/\s*false\b|\bT\s+F\b"
                        r"|\bTrue\s+False\b|_{2,}|\(\s*\)|\[\s*\]|\.{4,})[\s_.]*$", re.I)
_QUESTION_START = re.compile(
    r"^(?:what|why|how|who|whom|whose|when|where|which|do|does|did|is|are|was|were|can|could|would|should|will|"
    r"has|have|had|may|might|must|shall|give|explain|describe|name|list|find|say|compare|summari[sz]e|mention|"
    r"identify|tell|discuss|choose|decide|according|in your opinion|true or false|complete|fill|match|"
    r"define|state|outline|retell|imagine)\b", re.I)
_INSTRUCTION = re.compile(
    r"^(?:(?:directions|instructions|task)\s*:\s*)?(?:please\s+)?(?:read|listen to|listen|watch|answer|discuss|match|look at|complete|work (?:with|in)|choose|"
    r"decide|fill in|write|talk (?:about|with|to)|ask (?:and answer|your partner)|circle|underline|study|review|"
    r"check|before you|while you|after you|in pairs|in groups|with a partner|work in)\b"
    r".*\b(?:text|article|video|questions?|partner|below|following|words?|vocabulary|story|transcript|pairs|groups|"
    r"answers?|definitions?|statements?|sentences?|gaps?|blanks?|true|false|class|classmates?|teacher|box|correct|"
    r"dialogue|conversation|script|interview|read)\b",
    re.I)


_TAIL = 120  # the markers above end the text: searching only its end keeps long items linear


def _tail(text: str) -> str:
    return text[-_TAIL:]


def is_instruction(text: str) -> bool:
    """A task instruction ("Answer the questions below.", "Discuss in pairs.") rather than content."""
    return bool(_INSTRUCTION.match(text)) and word_count(text) <= 25 and not ends_question(text)


def is_question_like(text: str) -> bool:
    """Whether an item reads like a question or a task, not like a numbered paragraph or a tip."""
    return ends_question(text) or bool(TRUE_FALSE.search(_tail(text))) or bool(_TF_MARKER.search(_tail(text))) or (
        bool(_QUESTION_START.match(text)) and word_count(text) <= 40)


@dataclass(slots=True)
class Item:
    """A numbered, lettered or plain item with its continuation lines."""

    label: str
    kind: str  # "num", "let", "q" (a "Q:" line) or "plain"
    text: str
    line: int
    gap_before: bool
    options: list[str] = field(default_factory=list)
    answer: str = ""
    lines: list[int] = field(default_factory=list)


_QA_LINE = re.compile(r"^([QqAa])\s*:\s+(\S.*)$")
_BARE_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[A-Z“\"‘'])")


def _next_number(items: list[Item]) -> str:
    """The number a list's next item would have ("1" to start one)."""
    last = items[-1] if items else None
    return str(int(last.label) + 1) if last is not None and last.kind == "num" and last.label.isdigit() else "1"


def collect_items(lines: list[Line], *, plain_items: bool) -> tuple[list[Item], list[Line]]:
    """Items from a region's lines; lines that are none of them come back separately.

    With `plain_items`, an unlabelled line is an item of its own (a question under a
    "Questions" heading); otherwise it continues the item above it or is left over.
    """
    items: list[Item] = []
    leftover: list[Line] = []
    gap = True
    more: list[str] = []  # the current item's continuation lines, joined once at the end (linear time)

    def finish() -> None:
        if items and more:
            items[-1].text = " ".join([items[-1].text, *more])
            more.clear()

    for line in lines:
        if not line.text:
            gap = True
            continue
        text = strip_bullet(line.text)
        label: str
        kind: str
        if (qa := _QA_LINE.match(text)) is not None and (qa.group(1) in "Qq" or items and items[-1].kind == "q"):
            # "Q: Where do they live?" / "A: In the mountains.": a question, then its answer.
            finish()
            if qa.group(1) in "Qq":
                items.append(Item("", "q", qa.group(2), line.no, gap, lines=[line.no]))
            else:
                items[-1].answer = qa.group(2)
                items[-1].lines.append(line.no)
            gap = False
            continue
        if items and items[-1].kind == "num" and (boxes := box_options(line.text)):
            # "□ the news  □ soft music": tick boxes under a question are its options, on one line or one each.
            items[-1].options.extend(boxes)
            items[-1].lines.append(line.no)
            gap = False
            continue
        if items and items[-1].kind == "num" and not items[-1].options and (row := split_inline_options(text)) \
                and not row[0] and len(row[1]) >= 2:
            # "a) noise   b) losing customers   c) …" on one line under a numbered question: its options.
            items[-1].options.extend(row[1])
            items[-1].lines.append(line.no)
            gap = False
            continue
        if (nl := num_label(text)) is not None:
            label, text, kind = nl[0], nl[1], "num"
        elif (ll := letter_label(text)) is not None and not (ll[0] in "Ii" and items and items[-1].kind == "let"
                                                             and items[-1].label.lower() != "h"):
            label, text, kind = ll[0], ll[1], "let"
        elif (bare := _BARE_NUMBER.match(text)) and bare.group(1) == _next_number(items):
            label, text, kind = bare.group(1), text[bare.end() :], "num"  # "1 Where did…", "2 Which…"
        else:
            label, kind = "", "plain"
        current = items[-1] if items else None
        if kind == "plain" and current is not None:
            if (answer := single_answer(text)) is not None:
                current.answer = answer
                current.lines.append(line.no)
                gap = False
                continue
            opt_text, opts = split_inline_options(text)
            if opts and not opt_text:
                current.options.extend(opts)
                current.lines.append(line.no)
                gap = False
                continue
            tail = more[-1] if more else current.text
            continues = not gap and (not ends_sentence(tail) or text[:1].islower()
                                     or (not ends_question(tail) and not plain_items))
            if continues:
                more.append(text)
                current.lines.append(line.no)
                gap = False
                continue
        if kind == "plain" and (not plain_items or is_instruction(text)):
            leftover.append(line)
            gap = False
            continue
        if kind == "plain" and plain_items and not ends_question(text) and word_count(text) < 3:
            leftover.append(line)
            continue
        body, opts = split_inline_options(text)
        finish()
        items.append(Item(label, kind, body or text, line.no, gap, opts if body else [], lines=[line.no]))
        gap = False
    finish()
    return items, leftover


def attach_options(items: list[Item]) -> list[Item]:
    """Lettered items right under a numbered question become its options (a) b) c) …)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        out.append(item)
        i += 1
        if item.kind != "num":
            continue
        j = i
        while j < len(items) and items[j].kind == "let" and (j > i or items[j].label.lower() == "a"):
            j += 1
        run = items[i:j]
        if len(run) >= 2 and _options_like(run):
            item.options.extend(o.text for o in run)
            item.lines.extend(n for o in run for n in o.lines)
            item.answer = item.answer or next((o.answer for o in run if o.answer), "")  # "Correct answer: b" below
            i = j
    return out


def split_plain(items: list[Item]) -> list[Item]:
    """Unlabelled items as the learners will see them: no note to the teacher, one question each."""
    out: list[Item] = []
    for item in items:
        if item.kind != "plain" or item.options:
            out.append(item)
            continue
        for part in split_questions(without_teacher_note(item.text)):
            out.append(Item(item.label, item.kind, part, item.line, item.gap_before, answer=item.answer, lines=item.lines))
    return out


def _options_like(run: list[Item]) -> bool:
    """Whether lettered items are a question's options rather than discussion prompts."""
    attached = not run[0].gap_before and all(not o.gap_before for o in run[1:])
    questions = sum(1 for o in run if ends_question(o.text))
    words = sum(word_count(o.text) for o in run) / len(run)
    # Options are short answers; prompts are questions of their own, and longer.
    return questions * 2 < len(run) and (words <= 12 or attached and words <= 20)


def true_false_text(text: str) -> str:
    """A statement of a true/false exercise, marked so that the lesson reads it as true/false."""
    if TRUE_FALSE.search(_tail(text)):
        return text
    head, tail = text[:-_TAIL], text[-_TAIL:]
    stripped = (head + _TF_MARKER.sub("", tail)).rstrip()
    return f"{stripped} True or false?" if stripped else text


_GAP = re.compile(r"[^\W_,]\s*_{2,}\s*[.!]?\s*$|,\s*_{2,}\s*[.!]?\s*$")


def make_question(item: Item, label: str, *, true_false: bool) -> Question:
    """The lesson's question for an item."""
    text = item.text
    gap = _GAP.search(_tail(text)) is not None  # "grows from an ________.": a word to fill in, no T/F box
    if true_false or _TF_MARKER.search(_tail(text)) and not ends_question(text) and not item.options and not gap:
        text = true_false_text(text)
    kind = "true-false" if TRUE_FALSE.search(_tail(text)) else ("choice" if item.options else "open")
    question = Question(text=text, label=label, kind=kind,  # type: ignore[arg-type]
                        options=tuple(item.options), line=item.line)
    return apply_answer(question, item.answer) if item.answer else question


def make_prompt(item: Item, label: str) -> Prompt:
    """The lesson's discussion prompt for an item (its options become poll options)."""
    return Prompt(text=item.text, label=label, options=tuple(item.options), line=item.line)


# "Would you…?", "Do you…?", "your country", "do you think": the learner's own view. A plain "you"
# is often impersonal in comprehension questions ("Why should you keep every receipt?").
_PERSONAL = re.compile(r"^(?:do|would|have|are|did|can|could|will|were|had)\s+you\b|\b(?:your|yours|yourself|my)\b"
                       r"|\byou\s+(?:think|feel|believe|agree|like|prefer)\b|\bwould you\b", re.I)


def is_personal(text: str) -> bool:
    """Whether a question asks about the learners ("Would you…?", "in your country") rather than the text."""
    return bool(_PERSONAL.search(text))


def prompt_runs(items: list[Item], *, alone: bool = False) -> list[tuple[list[Item], bool]]:
    """The items cut into lists, each marked True when it is discussion prompts rather than questions.

    A new list starts where numbering restarts at 1 or letters follow numbers. After numbered
    questions, a lettered list is the prompts (as in the seed handout), and so is a later list
    that asks about the learners ("Would you…?", "in your country") more than the first one.
    With `alone` (no heading said "Questions"), a single list of such items is prompts too.
    """
    runs: list[list[Item]] = [[]]
    for item in items:
        last = runs[-1][-1] if runs[-1] else None
        if last is not None and ((item.kind == "num" and item.label == "1" and any(i.kind == "num" for i in runs[-1]))
                                 or (item.kind != "plain" and last.kind != "plain" and item.kind != last.kind)):
            runs.append([])
        runs[-1].append(item)

    def share(run: list[Item]) -> float:
        """The part of a run's items that address the learner."""
        return sum(1 for i in run if is_personal(i.text)) / max(1, len(run))

    first = runs[0]
    out = [(first, alone and len(runs) == 1 and share(first) >= 0.7)]
    first_numbered = any(i.kind == "num" for i in first)
    for run in runs[1:]:
        lettered = all(i.kind == "let" for i in run if i.kind != "plain")
        out.append((run, (lettered and first_numbered) or (share(run) >= 0.5 and share(run) > share(first))))
    return out
