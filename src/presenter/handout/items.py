"""A questions part's items: numbered, lettered or plain, each with its options and answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presenter.handout.info import single_answer
from presenter.handout.lines import Line, section_kind, ends_question, ends_sentence, letter_label, num_label, strip_bullet, word_count
from presenter.handout.options import box_options, column_option, slashed_options, split_inline_options
from presenter.handout.questions import TRUE_FALSE, is_instruction, is_note, names_task
from presenter.handout.marks import REQUIRED, unbullet
from presenter.handout.quiz_forms import form_labels, is_form_label, question_number
from presenter.handout.roles import Role

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
    bullet: bool = False  # a bullet marks one item, however many questions it asks
    talk: bool = False  # under a label that names speaking ("Speaking follow-up"): a prompt


_QA_LINE = re.compile(r"^([QqAa])\s*:\s+(\S.*)$")
_BARE_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[A-Z“\"‘'])")


def _next_number(items: list[Item]) -> str:
    """The number a list's next item would have ("1" to start one)."""
    last = items[-1] if items else None
    return str(int(last.label) + 1) if last is not None and last.kind == "num" and last.label.isdigit() else "1"


# "9   What is…" (a number set apart by a column gap), "Prompt A: Think of…", "Statement 2 – …": labels of an item.
_COLUMN_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?(?:\t+|\s{2,})(?=\S)")
_COLUMN_LETTER = re.compile(r"^\s*([a-h])(?:\t+|\s{2,})(?=\S)")
_NAMED_LABEL = re.compile(r"^(?:prompt|topic|statement|item)\s+([A-Ha-h]|\d{1,2})\s*[:.)–—-]\s+(?=\S)", re.I)
_CORRECT = re.compile(r"^(?:the\s+)?(?:correct|right)\s+answer\s+(?:is|was)\s*:?\s*[\"'‘“]?(.+?)[\"'’”]?\.?$", re.I)
_DROPDOWN = re.compile(r"\s*\[\s*(?:choose|select)\b[^\]]{0,20}\]", re.I)  # "[ Choose... ▾ ]": an online form's menu
_TRUE_FALSE_OPTION = frozenset(("true", "false"))
# "(open answer)", "(2 marks)", "(1 point)", "(Tick two)": how to answer or what it scores, for the paper.
_ANSWER_HINT = re.compile(r"\s*\((?:open answer|free answer|own answer|\d{1,2}\s*(?:marks?|points?|pts?)"
                          r"|(?:choose|select|tick|circle|mark|pick)\b[^()]{0,30})\)\s*$", re.I)  # "(Choose all that apply)"
# "PART 5. Speaking preparation", "Task 4 – Discuss in pairs": a numbered part of the paper that is for talk.
_TALK_PART = re.compile(r"^(?:part|task|exercise|activity|section)\s*\w{1,3}\s*[.:)–—-]\s*(?:\w+\s+){0,2}"
                        r"(?:speaking|discussion|discuss|talk)\b", re.I)
_BOX_FIRST = re.compile(r"^(?:_{2,}|\.{3,}|\(\s*\)|\[\s*\])\s+(?=[A-Z])")  # "___ The traders move…": a box for T or F
_ANSWER_SPACE = re.compile(r"(?<=[?:])\s*(?:_{3,}|\.{5,}|…{2,})\s*$")  # "Why…? ________": the space to write in
_TALK_LABEL = re.compile(r"\b(?:speaking|discussion|discuss|talk|follow-up|over to you|your opinion)\b", re.I)
# "Think about these questions. You do not need to write…": a line about the items, not one of them.
_ABOUT_ITEMS = re.compile(r"^[^?]*\b(?:these|the following)\s+(?:questions|prompts|statements|sentences)\b[^?]*$", re.I)
# "[The Wrong Bus](wrong-bus.md) · …", "Customize · Report an issue · Terms", "jo_k · 2 days ago …": a page's
# links, bars and readers' comments (a comment runs to the next blank line), no item.
_PAGE_LINKS = re.compile(r"\[[^\]]+\]\([^)]*\)|(?:\s[·|•]\s[^·|•]{1,30}){2,}$")
_COMMENT = re.compile(r"\b\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b")  # "jo_k · 2 days ago"
_CAPITALS = re.compile(r"^(?=.*[A-Z]{2}.*\s)[^a-z?]{3,60}(?:\([^)]*\))?$")  # "TEACHER'S EXTENSION (not for the test)": a heading
_MARKUP = re.compile(r"^\s*(?:<[!/]?[A-Za-z-]|\{\{|\{%)")  # "{{< vocab-list >}}", "<!-- draft -->": a page's code


def _label(text: str, raw: str, items: list[Item]) -> tuple[str, str, str]:
    """(label, text, kind) of a line: "num" for 1. 2. 3., "let" for a) b) c), "plain" without a label."""
    if (nl := num_label(text)) is not None:
        return nl[0], nl[1], "num"
    if (ll := letter_label(text)) is not None and not (ll[0] in "Ii" and items and items[-1].kind == "let"
                                                      and items[-1].label.lower() != "h"):
        return ll[0], ll[1], "let"
    if (bare := _BARE_NUMBER.match(text)) and bare.group(1) == _next_number(items):
        return bare.group(1), text[bare.end() :], "num"  # "1 Where did…", "2 Which…"
    if column := _COLUMN_NUMBER.match(raw):
        return column.group(1), " ".join(raw[column.end() :].split()), "num"  # "9   What is included…?"
    if column := _COLUMN_LETTER.match(raw):
        return column.group(1), " ".join(raw[column.end() :].split()), "let"  # "b  Have you ever…?"
    if (named := _NAMED_LABEL.match(text)) is not None:
        return named.group(1), text[named.end() :], "num" if named.group(1).isdigit() else "let"
    return "", text, "plain"


def asks(item: Item) -> bool:
    """Whether an item can have options: a numbered question, or one that ends asking ("…?", "…", "___")."""
    return item.kind == "num" or item.text.rstrip().endswith(("?", "…", "...", "__", ":"))


def _options_of(line: Line, text: str, current: Item, bullet: bool) -> list[str]:
    """The options a line gives the question above it: tick boxes, a row of a) b) c), a lettered column, True/False,
    or bullets under a question that is no bullet itself ("1. Where…?" over "• down the river")."""
    if text.strip(" .").lower() in _TRUE_FALSE_OPTION and current.options in ([], ["True"]):
        return [text.strip(" .").capitalize()]  # "True" / "False" on lines of their own: a true/false item
    if not asks(current):
        return []
    if boxes := box_options(line.raw.strip()) or box_options(strip_bullet(line.raw.strip())):
        return boxes  # "□ the news  □ soft music", "○ a builder", "[ ] They close some areas."
    if (one := column_option(line.raw, len(current.options))) is not None:
        return [one]  # "A<tab>30", "   B  through their employer", "A – 30", "[B] 40"
    stem = current.text.rstrip()
    if bullet and not current.bullet and "?" not in text and word_count(text) <= 12 \
            and (ends_question(stem) or stem.endswith(":") or current.kind == "num" and not ends_sentence(stem)) \
            and not TRUE_FALSE.search(stem) and not names_task(stem):
        return [text]
    if (row := split_inline_options(text, len(current.options))) and not row[0] and len(row[1]) >= 2:
        return row[1]  # "a) noise   b) losing customers", then maybe "c) …   d) …" (a table of options)
    return []


def collect_items(lines: list[Line], *, plain_items: bool) -> tuple[list[Item], list[Line]]:
    """Items from a region's lines; lines that are none of them come back separately.

    With `plain_items`, an unlabelled line is an item of its own (a question under a
    "Questions" heading); otherwise it continues the item above it or is left over.
    """
    items: list[Item] = []
    leftover: list[Line] = []
    gap = True
    more: list[str] = []  # the current item's continuation lines, joined once at the end (linear time)
    talk = False  # the last label named speaking: unlabelled items below it are prompts

    def finish() -> None:
        if items and more:
            items[-1].text = " ".join([items[-1].text, *more])
            more.clear()

    comment = False  # in a reader's comment, below its "name · 2 days ago" line
    pending = ""  # the number a quiz page's "Question 3" gives the item below it
    labels = form_labels([ln.raw for ln in lines])  # a platform's labels, and its weak words ("Correct") beside them
    for at, line in enumerate(lines):
        if not line.text:
            gap, comment = True, False
            continue
        bare, bullet = unbullet(line.text)
        text = _ANSWER_SPACE.sub("", _ANSWER_HINT.sub("", _DROPDOWN.sub("", REQUIRED.sub("", _BOX_FIRST.sub("", bare)))))
        comment = comment or bool(_COMMENT.search(text)) and "?" not in text
        if (number := question_number(text)) is not None or is_form_label(text) or at in labels and not (
                items and asks(items[-1]) and len(items[-1].options) < 2 and line.no == items[-1].lines[-1] + 1):
            # A quiz page's "Question 3", "Not yet answered", "1 point": the platform's, not the teacher's.
            finish()
            pending = number or pending
            line.role, line.reason = Role.DROPPED, "a quiz page's label around its question"
            gap = gap or number is not None
            continue
        if comment:
            line.reason = "a reader's comment on the page: kept as a note"
            leftover.append(line)
            continue
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
        current = items[-1] if items else None
        if current is not None and not more and (opts := _options_of(line, text, current, bullet)):
            current.options.extend(opts)  # a question's options, on one line or one each
            current.lines.append(line.no)
            gap = False
            continue
        label, text, kind = _label(text, line.raw, items)
        if kind != "let" and re.fullmatch(r"\d{1,3}(?:\s+\d{1,3})+", text):
            line.reason = "numbers or symbols only (a quiz page's navigation): kept as a note"
            leftover.append(line)  # "1  2  3  4  5  6"
            continue
        if pending and kind == "plain":
            label, kind = pending, "num"
        pending = ""
        if kind == "plain" and current is not None:
            if (answer := single_answer(text)) is not None or (m := _CORRECT.match(text)) and (answer := m.group(1)):
                current.answer = answer  # "Correct answer: b", "The correct answer is: Outside the market"
                current.lines.append(line.no)
                gap = False
                continue
            opt_text, opts = split_inline_options(text)
            if opts and not opt_text:
                current.options.extend(opts)
                current.lines.append(line.no)
                gap = False
                continue
            last_text = more[-1] if more else current.text
            # A lettered option ("d. Next to the town hall") goes on only in small letters: "Feedback" is not part of it.
            short_option = current.kind == "let" and word_count(current.text) <= 8 and not text[:1].islower()
            # it goes on only right below the item's last line: a note or a label between them ends it
            continues = not gap and not bullet and line.no == current.lines[-1] + 1 and not short_option and not is_instruction(text) and (
                not ends_sentence(last_text) or text[:1].islower()
                or (not ends_question(last_text) and not (plain_items or talk)))
            if continues and not more and current.kind == "plain" and word_count(current.text) <= 8 \
                    and text[:1].isupper() and ends_question(text):
                # "Speaking follow-up" above "Should cities…?": a short line that a whole question follows labels it.
                items.pop()
                talk = bool(_TALK_LABEL.search(current.text))
                for ln in lines:
                    if ln.no in current.lines:
                        ln.reason = "a short line above a whole question: its label, kept as a note"
                        leftover.append(ln)
                continues = False
            if continues:
                more.append(text)
                current.lines.append(line.no)
                gap = False
                continue
        if kind != "plain" and (is_instruction(text) or names_task(text) or _names_part(text)):
            finish()  # "3. Read these sentences from the text.": a task's step, not an item; what follows is new
            line.reason = "an instruction numbered like an item"
            leftover.append(line)
            gap = True
            continue
        if kind == "plain" and _TALK_PART.match(text) and not ends_question(text):
            finish()  # "PART 5. Speaking preparation …": the questions below it are for talk, not about the text
            talk, gap = True, True
            line.reason = "names a speaking task: the questions below it are prompts (kept as a note)"
            leftover.append(line)
            continue
        if kind == "plain" and (not (plain_items or talk) or is_instruction(text) or _is_table_row(line) or is_note(text)
                                or _MARKUP.match(text) or _CAPITALS.match(text) or _ABOUT_ITEMS.search(text)
                                or _PAGE_LINKS.search(text) and "?" not in text):
            leftover.append(line)
            gap = False
            continue
        if kind == "plain" and plain_items and not ends_question(text) and word_count(text) < 3:
            leftover.append(line)
            continue
        body, opts = split_inline_options(text)
        if not opts and (wide := slashed_options(line.raw.strip()))[1]:
            stem = " ".join(wide[0].split())  # "What colour is it?     red  /  blue": the gap ends the question
            body, opts = _label(strip_bullet(stem), stem, items)[1], wide[1]
        finish()
        talk = talk and kind == "plain"
        items.append(Item(label, kind, body or text, line.no, gap, opts if body else [], lines=[line.no],
                          bullet=bullet, talk=talk))
        gap = False
    finish()
    return _roman_numbered(items), leftover


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _roman_numbered(items: list[Item]) -> list[Item]:
    """Items labelled i. ii. iii. are numbered: their labels become 1, 2, 3 (a question's label is a number)."""
    lettered = [i for i in items if i.kind == "let"]
    if len(lettered) >= 2 and [i.label.lower() for i in lettered] == list(_ROMAN[: len(lettered)]):
        for item in lettered:
            item.kind, item.label = "num", str(_ROMAN.index(item.label.lower()) + 1)
    return items


def _names_part(text: str) -> bool:
    """Whether a labelled line names a part of the handout ("B. Vocabulary. Learn these words.") and asks nothing."""
    head = re.split(r"[.:]\s+|\s+[–—-]\s+", text, maxsplit=1)[0]
    return "?" not in text and section_kind(head.rstrip(".:")) is not None


def _is_table_row(line: Line) -> bool:
    """A row of a table ("Content<tab>answers the prompt<tab>4 pts"): cells, no question."""
    return len([c for c in line.raw.split("\t") if c.strip()]) >= 2 and "?" not in line.raw


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
        while j < len(items) and items[j].kind == "let" and (j > i or items[j].label.lower() == "a"):
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
