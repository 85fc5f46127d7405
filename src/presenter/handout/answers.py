"""Answers: a key's "1-b 2-c" pairs, and an answer given to its question (a letter becomes that option's text)."""

from __future__ import annotations

import re
from dataclasses import replace

from presenter.handout.lines import Line, strip_bullet
from presenter.lesson.model import Question
from presenter.handout.roles import Role

# "1-b, 2-c", "1. False 2. True", "1c 2e 3b", "1 B  2 C", "1 d · 2 a": a number, then its answer up to the next number
# (or a wide gap: "8f   Understanding 5b" ends the answer at "f").
_ANSWER_PAIR = re.compile(r"(?:Q\s?)?(\d{1,3})\s*[.):=-]?\s*([^\d\s·•|][^,;·•|]*?)"
                          r"(?=\s+\d{1,3}\s*[.):=-]|\s+\d{1,3}\s*[a-zA-Z](?:\s|$)|\s+Q\s?\d{1,3}\b|\s{2,}|[,;·•|]|$)")
_TRAILING_LABEL = re.compile(r"\s+[A-Z][\w'’&/ -]{0,30}:$")  # "e Multiple choice:": the next key's label

_ANSWER_CELL = re.compile(r"^\s*(?:Q\s?)?(\d{1,3})\s*[.):=-]?\s+(\S.*?)\s*$")
_LETTER_PAIR = re.compile(r"(?<![\w])([a-h])\s*[.):=-]?\s*(True|False|Not given|NG|T|F|[A-D])(?![\w])")


def answer_groups(text: str) -> list[dict[str, str]]:
    """A key line's answers, one dict per list: "1c 2d 3b  Multiple choice: 1a 2b" is two lists (numbering restarts)."""
    text = strip_bullet(text)
    cells = [m for c in re.split(r"\s{2,}|\t", text) if (m := _ANSWER_CELL.match(c))]
    if len(cells) >= 2 and len(cells) == len(re.split(r"\s{2,}|\t", text.strip())):
        # "1 140   2 (your) card   3 15 minutes": a key in columns, each cell a number and its answer.
        found = [(m.group(1), m.group(2).strip(" .")) for m in cells]
    else:
        found = [(m.group(1), _TRAILING_LABEL.sub("", m.group(2).strip(" .")).strip(" .")) for m in _ANSWER_PAIR.finditer(text)]
    # "a F  b T  c F": a key to lettered items, read only when the line pairs no numbers.
    found = found or [(m.group(1), m.group(2)) for m in _LETTER_PAIR.finditer(text)]
    groups: list[dict[str, str]] = []
    last = None
    for label, value in found:
        if not value:
            continue
        number = int(label) if label.isdigit() else ord(label.lower()) - 96
        if not groups or last is None or number <= last:
            groups.append({})
        groups[-1].setdefault(label, value)
        last = number
    return groups


# '??? success "Suggested answers"', "▼ Show answers and explanations", "Key:": a line that only names the answers below.
_NAMES_ANSWERS = re.compile(r"^(?:(?:show|see|suggested|possible|model|sample)\s+)?(?:answers?|answer key|key|solutions?)"
                            r"(?:\s+(?:and|with)\s+explanations?)?$", re.I)
_QUOTED = re.compile(r"[\"“]([^\"”]{1,40})[\"”]")  # '??? success "Answers"': a box's title, in quotes


def names_answers(text: str) -> bool:
    """Whether a short line only names the answers that follow it (a fold, a box's title, a label)."""
    text = re.sub(r"</?\w+[^>]*>", " ", text)  # "<summary>Answers</summary>": a page's fold, in HTML
    quoted = _QUOTED.search(text)
    words = re.sub(r"[^\w\s]", " ", quoted.group(1) if quoted else text).split()
    return 0 < len(words) <= 4 and bool(_NAMES_ANSWERS.match(" ".join(words)))


def parse_answer_key(lines: list[Line]) -> dict[str, str]:
    """{"1": "False", "2": "b"} from an answer key: "1. False", "2) b", or "1-b 2-c 3-a" on one line."""
    answers: dict[str, str] = {}
    for line in lines:
        for group in answer_groups(line.text):
            for label, value in group.items():
                answers.setdefault(label, value)
        if answers and line.text:
            line.role = Role.ANSWERS
    return answers


def is_key_line(text: str) -> bool:
    """Whether a line only gives answers ("1. False  2. True", "1c 2d 3b"): two or more, each a few words."""
    groups = answer_groups(text)
    values = [v for g in groups for v in g.values()]
    return len(values) >= 2 and "?" not in text and all(len(v.split()) <= 3 for v in values)


def apply_answer(question: Question, answer: str) -> Question:
    """The question with the key's answer; a letter of a choice question becomes that option's text."""
    value = answer.strip()
    if question.options and len(value.rstrip(").")) == 1 and value[0].isalpha():
        idx = ord(value[0].lower()) - ord("a")
        if 0 <= idx < len(question.options):
            value = question.options[idx]
    elif value.lower() in ("t", "f") or question.kind == "true-false" and value.lower() in ("r", "w", "right", "wrong"):
        value = "True" if value.lower()[:1] in "tr" else "False"  # "R / W": right or wrong
    return replace(question, answer=value)


def keyed(questions: list[Question], answers: dict[str, str]) -> list[Question]:
    """The questions with the key's answers, each label answered once."""
    # Where numbering restarts ("Task 2: 1. …"), a plain "1. False" belongs to the first list, and a later list's
    # "1." is not given another list's answer.
    out: list[Question] = []
    done: set[str] = set()
    for q in questions:
        if q.label in answers and q.label not in done:
            done.add(q.label)
            q = apply_answer(q, answers[q.label])
        out.append(q)
    return out
