"""A questions part's lines read one by one into items: each line a label, an option, a continuation or an item."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presenter.handout.info import single_answer
from presenter.handout.items import (ANSWER_HINT, Item, ItemKind, asks, item_label, names_part, options_of,
                                     roman_numbered)
from presenter.handout.lines import Line, section_kind, ends_question, ends_sentence, strip_bullet, word_count
from presenter.handout.marks import REQUIRED, unbullet
from presenter.handout.options import slashed_options, split_inline_options
from presenter.handout.questions import is_instruction, is_note, names_task
from presenter.handout.quiz_forms import form_labels, is_form_label, question_number
from presenter.handout.roles import Part, Role

_QA_LINE = re.compile(r"^([QqAa])\s*:\s+(\S.*)$")
_CORRECT = re.compile(r"^(?:the\s+)?(?:correct|right)\s+answer\s+(?:is|was)\s*:?\s*[\"'‘“]?(.+?)[\"'’”]?\.?$", re.I)
_DROPDOWN = re.compile(r"\s*\[\s*(?:choose|select)\b[^\]]{0,20}\]", re.I)  # "[ Choose... ▾ ]": an online form's menu
# A numbered part of the paper ("Task 4 – …", "Part B: …"), whose name may say it is for talk.
_PART_NAME = re.compile(r"^(?:part|task|exercise|activity|section)\s*\w{1,3}\s*[.:)–—-]\s*(\S.*)$", re.I)
_TALK_WORDS = re.compile(r"\b(?:speak(?:ing)?|discuss(?:ion)?|talk|in pairs|with a partner|over to you)\b", re.I)
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


def collect_items(lines: list[Line], *, plain_items: bool) -> tuple[list[Item], list[Line]]:
    """Items from a region's lines, and the lines that are none of them (`plain_items`: an unlabelled line is one)."""
    found = _Collector(lines, plain_items)
    for at, line in enumerate(lines):
        found.read(at, line)
    found.finish()
    return roman_numbered(found.items), found.leftover


@dataclass
class _Collector:
    """The items read so far and what the lines above the next one say about it."""

    lines: list[Line]
    plain_items: bool  # under a "Questions" heading an unlabelled line is an item of its own
    items: list[Item] = field(default_factory=list)
    leftover: list[Line] = field(default_factory=list)
    gap: bool = True
    more: list[str] = field(default_factory=list)  # the current item's continuation lines, joined once (linear time)
    talk: bool = False  # the last label named speaking: unlabelled items below it are prompts
    comment: bool = False  # in a reader's comment, below its "name · 2 days ago" line
    pending: str = ""  # the number a quiz page's "Question 3" gives the item below it
    labels: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.labels = form_labels([ln.raw for ln in self.lines])  # a platform's labels, and weak words beside them

    def finish(self) -> None:
        """Join the current item's continuation lines to it."""
        if self.items and self.more:
            self.items[-1].text = " ".join([self.items[-1].text, *self.more])
            self.more.clear()

    def read(self, at: int, line: Line) -> None:
        """Read one line: each step takes it or leaves it to the next."""
        if not line.text:
            self.gap, self.comment = True, False
            return
        bare, bullet = unbullet(line.text)
        text = _ANSWER_SPACE.sub("", ANSWER_HINT.sub("", _DROPDOWN.sub("", REQUIRED.sub("", _BOX_FIRST.sub("", bare)))))
        self.comment = self.comment or bool(_COMMENT.search(text)) and "?" not in text
        if self._platform_label(at, line, text) or self._comment(at, line) or self._qa(line, text) \
                or self._option(line, text, bullet):
            return
        label, text, kind = item_label(text, line.raw, self.items)
        if kind != ItemKind.LETTERED and re.fullmatch(r"\d{1,3}(?:\s+\d{1,3})+", text):
            self._leave(line, "numbers or symbols only (a quiz page's navigation): kept as a note")  # "1  2  3  4"
            return
        if self.pending and kind == ItemKind.PLAIN:
            label, kind = self.pending, ItemKind.NUMBERED
        self.pending = ""
        if kind == ItemKind.PLAIN and self.items and self._goes_on(line, text, bullet):
            return
        if self._not_an_item(line, text, kind):
            return
        self._new_item(line, label, text, kind, bullet)

    def _leave(self, line: Line, reason: str = "") -> None:
        if reason:
            line.reason = reason
        self.leftover.append(line)

    def _platform_label(self, at: int, line: Line, text: str) -> bool:
        """A quiz page's "Question 3", "Not yet answered", "1 point": the platform's, not the teacher's."""
        last = self.items[-1] if self.items else None
        wants_option = last is not None and asks(last) and len(last.options) < 2 and line.no == last.lines[-1] + 1
        number = question_number(text) or question_number(line.text)  # "2 - Quiz": no bullet before "Quiz"
        if number is None and not is_form_label(text) and not (at in self.labels and not wants_option):
            return False
        self.finish()
        self.pending = number or self.pending
        line.role, line.reason = Role.DROPPED, "a quiz page's label around its question"
        self.gap = self.gap or number is not None
        return True

    def _comment(self, at: int, line: Line) -> bool:
        comment = self.comment or _between_name_and_reply(self.lines, at)
        if comment:
            self._leave(line, "a reader's comment on the page: kept as a note")
        return comment

    def _qa(self, line: Line, text: str) -> bool:
        """"Q: Where do they live?" / "A: In the mountains.": a question, then its answer."""
        qa = _QA_LINE.match(text)
        if qa is None or not (qa.group(1) in "Qq" or self.items and self.items[-1].kind == ItemKind.QA):
            return False
        self.finish()
        if qa.group(1) in "Qq":
            self.items.append(Item("", ItemKind.QA, qa.group(2), line.no, self.gap, lines=[line.no]))
        else:
            self.items[-1].answer = qa.group(2)
            self.items[-1].lines.append(line.no)
        self.gap = False
        return True

    def _option(self, line: Line, text: str, bullet: bool) -> bool:
        """A question's options, on one line or one each."""
        current = self.items[-1] if self.items else None
        stem = next((ln.raw for ln in self.lines if current and ln.no == current.line), "")
        if current is None or self.more or not (opts := options_of(line, text, current, bullet, stem)):
            return False
        current.options.extend(opts)
        current.lines.append(line.no)
        self.gap = False
        return True

    def _goes_on(self, line: Line, text: str, bullet: bool) -> bool:
        """Whether an unlabelled line belongs to the item above: its answer, its options, or more of its text."""
        current = self.items[-1]
        if (answer := single_answer(text)) is not None or (m := _CORRECT.match(text)) and (answer := m.group(1)):
            current.answer = answer  # "Correct answer: b", "The correct answer is: Outside the market"
            current.lines.append(line.no)
            self.gap = False
            return True
        opt_text, opts = split_inline_options(text)
        if opts and not opt_text:
            current.options.extend(opts)
            current.lines.append(line.no)
            self.gap = False
            return True
        last_text = self.more[-1] if self.more else current.text
        # A lettered option ("d. Next to the town hall") goes on only in small letters: "Feedback" is not part of it.
        short_option = current.kind == ItemKind.LETTERED and word_count(current.text) <= 8 and not text[:1].islower()
        # it goes on only right below the item's last line: a note or a label between them ends it
        continues = not self.gap and not bullet and line.no == current.lines[-1] + 1 and not short_option \
            and not is_instruction(text) and (not ends_sentence(last_text) or text[:1].islower()
                                              or (not ends_question(last_text) and not (self.plain_items or self.talk)))
        if continues and not self.more and current.kind == ItemKind.PLAIN and word_count(current.text) <= 8 \
                and text[:1].isupper() and ends_question(text):
            self._label_above(current)
            return False
        if continues:
            self.more.append(text)
            current.lines.append(line.no)
            self.gap = False
        return continues

    def _label_above(self, current: Item) -> None:
        """"Speaking follow-up" above "Should cities…?": a short line that a whole question follows labels it."""
        self.items.pop()
        self.talk = bool(_TALK_LABEL.search(current.text))
        for ln in self.lines:
            if ln.no in current.lines:
                self._leave(ln, "a short line above a whole question: its label, kept as a note")

    def _not_an_item(self, line: Line, text: str, kind: ItemKind) -> bool:
        """Whether a line is a task's step, a part's name, or (unlabelled) a note, a heading, markup or a page's bar."""
        if kind != ItemKind.PLAIN and (is_instruction(text) or names_task(text) or names_part(text)):
            self.finish()  # "3. Read these sentences from the text.": a task's step, not an item; what follows is new
            self._leave(line, "an instruction numbered like an item")
            self.gap = True
            return True
        if kind != ItemKind.PLAIN:
            return False
        if _names_talk_part(text):
            self.finish()  # "Task 4 – Discuss in pairs": the questions below it are for talk, not about the text
            self.talk, self.gap = True, True
            self._leave(line, "names a speaking task: the questions below it are prompts (kept as a note)")
            return True
        if (part := _PART_NAME.match(text)) and not ends_question(text) \
                and (names_task(part.group(1)) or is_instruction(part.group(1))):
            self.finish()  # "Part A: True or false? Write T or F.": the part's name and its task, no item
            self._leave(line, "names a part of the paper and its task: kept as a note")
            self.gap = True
            return True
        if not (self.plain_items or self.talk) or is_instruction(text) or _is_table_row(line) or is_note(text) \
                or _MARKUP.match(text) or _CAPITALS.match(text) or _ABOUT_ITEMS.search(text) \
                or _PAGE_LINKS.search(text) and "?" not in text:
            self._leave(line)
            self.gap = False
            return True
        if self.plain_items and not ends_question(text) and word_count(text) < 3:
            self._leave(line)
            return True
        return False

    def _new_item(self, line: Line, label: str, text: str, kind: ItemKind, bullet: bool) -> None:
        body, opts = split_inline_options(text)
        if not opts and (wide := slashed_options(line.raw.strip()))[1]:
            stem = " ".join(wide[0].split())  # "What colour is it?     red  /  blue": the gap ends the question
            body, opts = item_label(strip_bullet(stem), stem, self.items)[1], wide[1]
        self.finish()
        self.talk = self.talk and kind == ItemKind.PLAIN
        self.items.append(Item(label, kind, body or text, line.no, self.gap, opts if body else [], lines=[line.no],
                               bullet=bullet, talk=self.talk))
        self.gap = False


_REPLY = re.compile(r"^(?:like\s*[·•|]\s*)?reply(?:\s*[·•|].*)?$", re.I)  # "Reply", "Like · Reply · 2d"
_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?){0,2}$")  # "Sofia L.", "Tomasz Nowak": who wrote it


def _between_name_and_reply(lines: list[Line], at: int) -> bool:
    """A reader's comment: a name above it (its date aside) and the page's "Reply" under it."""
    below = next((ln for ln in lines[at + 1 : at + 4] if ln.text), None)
    above = [ln for ln in lines[max(0, at - 4) : at] if ln.text and ln.role != Role.DEBRIS]
    return below is not None and bool(_REPLY.match(below.text.strip())) and bool(above) \
        and bool(_NAME.match(above[-1].text.strip()))


def _names_talk_part(text: str) -> bool:
    """Whether a line names a part of the paper for talk ("Task 4 – Discuss in pairs", "Section C: Let's talk")."""
    m = _PART_NAME.match(text)
    if ends_question(text):
        return False
    # "We will talk about these at the meeting:", "Task 3 – Pairs. Talk about these, then make notes:": it leads into talk
    if text.rstrip().endswith(":") and word_count(text) <= 16 and _TALK_WORDS.search(text):
        return True
    if m is None:
        return False
    name = re.split(r"[.:!]\s+|\s+[–—-]\s+|\s*\(", m.group(1), maxsplit=1)[0].strip(" .:!")  # its first clause
    return section_kind(name) == Part.DISCUSSION or bool(_TALK_WORDS.search(name))


def _is_table_row(line: Line) -> bool:
    """A row of a table ("Content<tab>answers the prompt<tab>4 pts"): cells, no question."""
    return len([c for c in line.raw.split("\t") if c.strip()]) >= 2 and "?" not in line.raw
