"""Which items are questions, prompts or neither, and the lesson's question or prompt for each."""

from __future__ import annotations

import re
from dataclasses import replace

from presenter.handout.answers import apply_answer
from presenter.handout.cues import split_questions, without_teacher_note
from presenter.handout.item_collect import collect_items
from presenter.handout.items import Item, ItemKind, attach_options
from presenter.handout.lines import Line, ends_question, ends_sentence, word_count
from presenter.handout.questions import (TRUE_FALSE, TF_MARKER, is_instruction, is_personal, is_question_like, tail,
                                         true_false_text)
from presenter.lesson.model import Prompt, Question

def read_items(lines: list[Line], *, plain_items: bool, true_false: bool = False,
               talk: bool = False) -> tuple[list[Item], list[Line]]:
    """A part's items as the learners will see them, and its lines that are none (notes, instructions, stray lines)."""
    # Items that are no questions stay out: gap fills, and for questions (not `talk`) unlabelled lines that neither
    # ask nor end a sentence ("Add to my workbooks") and, among labelled or optioned questions, any that do not ask.
    # Under a true/false heading an unlabelled sentence is a statement, so it stays.
    items, leftover = collect_items(lines, plain_items=plain_items)
    items = split_plain(attach_options(items))
    labelled = any(i.kind != ItemKind.PLAIN or i.options for i in items)
    stray = [i for i in items if not i.options and (_is_gap_fill(i.text) or not talk and not is_question_like(i.text) and (
        i.kind == ItemKind.PLAIN and (labelled and not true_false or not ends_sentence(i.text))
        or i.kind == ItemKind.LETTERED and not ends_sentence(i.text)) or talk and i.kind == ItemKind.PLAIN and not _prompts(i.text))]
    numbers = {n for i in stray for n in i.lines}
    for ln in lines:
        if ln.no in numbers:
            ln.reason = "a gap fill, or a line that neither asks nor sets a task: kept as a note"
    return [i for i in items if i not in stray], leftover + [ln for ln in lines if ln.no in numbers]


# A prompt that asks nothing still tells the class what to do: "Tell your partner…", "Describe…", "… Discuss."
# Making something (a poster, a talk, a text) is a project for the teacher's notes, not a prompt to talk about.
_TASK_START = re.compile(r"^(?:tell|describe|talk|explain|discuss|share|say|think|imagine|compare|give|list|name|"
                         r"plan|choose|decide|agree|interview|ask|find|role-?play|debate|"
                         r"suggest|look|work|act|vote|rank|predict|guess|remember|show|use|do|try|"
                         r"in pairs|in groups|with a partner|together)\b", re.I)
_TASK_END = re.compile(r"\b(?:discuss|agree or disagree|do you agree|why|explain)\W*$", re.I)


def _prompts(text: str) -> bool:
    """Whether an unlabelled line can be a prompt: it asks or sets a task ("Tell a partner…"), unlike a link or button."""
    return "?" in text or not text[:1].islower() and bool(_TASK_START.match(text) or _TASK_END.search(text))


# A blank inside a sentence, or ending it after a word ("left on the ______."); after a full stop it is a box for T/F.
_BLANK = re.compile(r"(?:_{3,}(?!_)|\.{5,}(?!\.)|…{2,})\s*(?=[^\W_]|[,;])|[^\W_]\s*(?:_{3,}|\.{5,})\s*[.!]?\s*$")


def _is_gap_fill(text: str) -> bool:
    """A sentence with a blank to fill in and no question ("Bikes must not be left on the ______."): a writing task."""
    return bool(_BLANK.search(text)) and "?" not in text


def split_plain(items: list[Item]) -> list[Item]:
    """Unlabelled items as the learners will see them: no note to the teacher, one question each."""
    out: list[Item] = []
    for item in items:
        if item.kind != ItemKind.PLAIN or item.options:
            out.append(item)
            continue
        text = _TAG.sub("", without_teacher_note(item.text), count=1)
        parts = [text] if item.bullet else _questions_of(text)
        for part in parts:
            out.append(replace(item, text=part, options=[]))
    return out


# "Bonus ⭐ Would you…?", "Extra: Why…?": a tag before the question, for the paper.
_TAG = re.compile(r"^(?:bonus|extra|challenge|optional|extension)\b\s*(?:question)?\s*[:!–—-]?\s*[^\w\s\"“‘']*\s*(?=[A-Z])",
                  re.I)


# "Who should pay if they need help?", "What was it like?", "What might we lose?": a question that points back
# (or goes on from the one before) cannot stand alone. "else" and "instead" always go on from something; "first" and
# "then" only at the end ("Which would you buy first?", not "When did you first see the sea?").
_REFERS_BACK = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|there|he|she|him|her|his|we|us|our"
                          r"|else|instead)\b|\b(?:first|then)\W*$", re.I)


def _questions_of(text: str) -> list[str]:
    """The questions of an unlabelled line: a follow-up ("Why / why not?") stays, an instruction goes."""
    parts: list[str] = []
    for part in split_questions(text):
        if parts and ends_question(part) and (len(re.findall(r"\w+", part)) <= 3 or _REFERS_BACK.search(part)) \
                or parts and ends_question(parts[-1]) and _elaborates(part):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    asking = [p for p in parts if not is_instruction(p)]
    return asking if any(ends_question(p) for p in asking) else parts


def _elaborates(part: str) -> bool:
    """A short task after a question that says how to answer it ("Tell a partner.", "Give an example."): part of it."""
    return not ends_question(part) and word_count(part) <= 6 and bool(_TASK_START.match(part)) and not is_instruction(part)


_GAP = re.compile(r"[^\W_,]\s*_{2,}\s*[.!]?\s*$|,\s*_{2,}\s*[.!]?\s*$")


# A review screen's words after its tick or cross: "✔ Your answer · Correct", "✘ Your answer", "✔ Correct answer".
_REVIEW = r"(?:\s*[·•,|–-]?\s*(?:your answer|(?:the )?correct answer|correct|right answer|incorrect|wrong))*"
_MARKED = re.compile(r"\s*(?:[✔✓☑✅]" + _REVIEW + r"|(?<=\w)\*|\((?:correct|right answer)\))\s*$", re.I)
_CROSSED = re.compile(r"\s*[✘✗❌]" + _REVIEW + r"\s*$", re.I)  # the learner's wrong choice: no key, no text


def make_question(item: Item, label: str, *, true_false: bool) -> Question:
    """The lesson's question for an item."""
    text, options = item.text, item.options
    if [o.lower() for o in options] == ["true", "false"]:
        true_false, options = True, []  # "Select one: True / False": a true/false item
    gap = _GAP.search(tail(text)) is not None  # "grows from an ________.": a word to fill in, no T/F box
    # A question ("…?") or a choice among options is no true/false statement, whatever its part's heading says.
    if (true_false and not options and "?" not in tail(text)
            or TF_MARKER.search(tail(text)) and not ends_question(text) and not options and not gap):
        text = true_false_text(text)
    answer = item.answer
    options = [_CROSSED.sub("", o) for o in options]
    if len(marked := [o for o in options if _MARKED.search(o)]) == 1:  # "B) up the hill ✔": the key, on the option
        options = [_MARKED.sub("", o) for o in options]
        answer = answer or _MARKED.sub("", marked[0])
    kind = "true-false" if TRUE_FALSE.search(tail(text)) else ("choice" if options else "open")
    question = Question(text=text, label=label, kind=kind,  # type: ignore[arg-type]
                        options=tuple(options), line=item.line)
    return apply_answer(question, answer) if answer else question


def make_prompt(item: Item, label: str) -> Prompt:
    """The lesson's discussion prompt for an item (its options become poll options)."""
    return Prompt(text=item.text, label=label, options=tuple(item.options), line=item.line)


def prompt_runs(items: list[Item], *, alone: bool = False, before: bool = False) -> list[tuple[list[Item], bool]]:
    """The items cut into lists, each marked True when it is discussion prompts rather than questions."""
    # A new list starts where numbering restarts at 1 or letters follow numbers. After numbered
    # questions, a lettered list is the prompts (as in the seed handout), and so is a later list
    # that asks about the learners ("Would you…?", "in your country") more than the first one.
    # With `alone` (no heading said "Questions"), a single list of such items is prompts too. `before` the reading,
    # a list asks about the learners when half its items say "you" ("What have you seen…?"): the text is not read yet.
    runs: list[list[Item]] = [[]]
    for item in items:
        last = runs[-1][-1] if runs[-1] else None
        if last is not None and ((item.kind == ItemKind.NUMBERED and item.label == "1" and any(i.kind == ItemKind.NUMBERED for i in runs[-1]))
                                 or (item.kind != ItemKind.PLAIN and last.kind != ItemKind.PLAIN and item.kind != last.kind)
                                 # an unlabelled line set apart below a labelled list: a list of its own
                                 or (item.kind == ItemKind.PLAIN and last.kind != ItemKind.PLAIN and item.gap_before)
                                 or item.talk != last.talk):
            runs.append([])
        runs[-1].append(item)
    runs = [part for run in runs for part in _personal_tail(run)]

    def share(run: list[Item]) -> float:
        """The part of a run's items that address the learner."""
        return sum(1 for i in run if _speaks(i) or i.talk or before and _YOU.search(i.text)) / max(1, len(run))

    first = runs[0]
    out = [(first, before and share(first) >= 0.5 or alone and len(runs) == 1 and share(first) >= 0.7)]
    first_numbered = any(i.kind == ItemKind.NUMBERED for i in first)
    for run in runs[1:]:
        lettered = all(i.kind == ItemKind.LETTERED for i in run if i.kind != ItemKind.PLAIN)
        out.append((run, (lettered and first_numbered) or (share(run) >= 0.5 and share(run) > share(first))))
    return out


def continues_questions(item: Item, questions: list[Question]) -> bool:
    """Whether a talk part's item numbers on from the questions above ("4." after 1-3) and asks about the text."""
    last = questions[-1].label if questions else ""
    return item.kind == ItemKind.NUMBERED and last.isdigit() and item.label == str(int(last) + 1) and not _speaks(item) \
        and not _OPINION.match(item.text)


# "Should farmers…?", "What can one person do…?": a question of opinion, whatever its number.
_OPINION = re.compile(r"^(?:should|would|could|can|might|is it|are there|(?:what|how|who|where)\s+(?:can|could|should|would|might)"
                      r")\b", re.I)


_YOU = re.compile(r"\b(?:you|your)\b", re.I)
_TALK = re.compile(r"\b(?:partner|classmates?|with your group|in your group)\b", re.I)


def _speaks(item: Item) -> bool:
    """Whether an item asks the learner to talk about themselves ("Would you…?", "Tell a partner.")."""
    return is_personal(item.text) or bool(_TALK.search(item.text))


def _personal_tail(run: list[Item]) -> list[list[Item]]:
    """A list whose last items turn to the learner after two or more about the text: two lists (questions, then talk)."""
    cut = len(run)
    while cut > 0 and _speaks(run[cut - 1]) and not run[cut - 1].options:
        cut -= 1
    if cut == len(run) or cut < 2 or any(_speaks(i) for i in run[:cut]):
        return [run]
    return [run[:cut], run[cut:]]
