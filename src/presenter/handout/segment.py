"""Cut the handout into its parts: which lines are vocabulary, reading, questions, discussion.

Headings decide where they exist ("Vocabulary", "Transcript", "Discussion Questions"). Where
they do not (the seed handout has none), the usual order of a handout and the shape of each
block decide: short word lines before the text are vocabulary, prose is the reading, a
numbered list of questions after it starts the questions, lettered items after those are
the discussion prompts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presenter.handout.block_kinds import (blurb, choice_item, dialogue, full_lines, in_text, items_question_like, main_text,
                                           numbered_words, text_like, word_total)
from presenter.handout.layout import blocks
from presenter.handout.cues import instruction_cue, is_teacher_note, task_text
from presenter.handout.lines import Line, is_true_false_heading
from presenter.handout.questions import is_instruction, is_question_like
from presenter.handout.scoring import Plan, annotate, plan_of, scores_as_asking, talk_or_questions
from presenter.handout.text_span import ends_text, not_the_text, title_above
from presenter.handout.units import Block, Heading, Separator, Unit
from presenter.handout.vocab import is_word_list_line, looks_like_glossary
from presenter.handout.roles import Part, Role


@dataclass(slots=True)
class Region:
    """Consecutive lines that belong to one part of the lesson."""

    kind: Part
    lines: list[Line] = field(default_factory=list)
    explicit: bool = False  # started by a heading
    true_false: bool = False
    plain_items: bool = False  # unlabelled lines are items (under a heading, or a block of "?" lines)
    title: str = ""  # an inline heading's text, e.g. "Reading: The new rules"


def regions_of(units: list[Unit]) -> tuple[list[Region], list[Line]]:
    """Assign every block to a region; return the regions and the lines no region took."""
    walk = _Walk(plan_of(units), {w for ln in main_text(units) for w in re.findall(r"[a-z]{3,}", ln.text.lower())})
    for pos, unit in enumerate(units):
        if isinstance(unit, Heading):
            walk.heading(unit)
        elif isinstance(unit, Separator):
            if walk.state is not None:
                walk.state.lines.append(Line(unit.line.no, "", "", role=Role.SEPARATOR))
        elif not walk.set_aside(unit):
            walk.block(unit, [u for u in units[pos + 1 :] if isinstance(u, (Block, Heading))])
    annotate(walk.plan)
    return _headed_reading(walk.regions, walk.leftover)


@dataclass(slots=True)
class _Walk:
    """The regions built so far as the blocks are read in order, the current one, and the parts seen."""

    plan: Plan
    text_words: set[str]
    regions: list[Region] = field(default_factory=list)
    leftover: list[Line] = field(default_factory=list)
    state: Region | None = None
    seen: set[Part] = field(default_factory=set)

    def enter(self, kind: Part, explicit: bool = False, **flags: bool | str) -> Region:
        """Go on in a region of this kind: the current one if it is of that kind, else a new one."""
        if self.state is not None and self.state.kind == kind and not explicit:
            return self.state
        self.state = Region(kind, explicit=explicit)
        for key, value in flags.items():
            setattr(self.state, key, value)
        self.regions.append(self.state)
        self.seen.add(kind)
        return self.state

    def leave(self, lines: list[Line], why: str = "") -> None:
        """Lines no part takes (kept as notes), with why when it says more than the default."""
        for ln in lines:
            if why:
                ln.extra["why"] = why
        self.leftover.extend(lines)

    def heading(self, unit: Heading) -> None:
        """A heading opens its part; what it holds after a colon is the part's title or its first line."""
        region = self.enter(unit.kind, True, true_false=is_true_false_heading(unit.line.text),
                            plain_items=unit.kind in (Part.QUESTIONS, Part.DISCUSSION, Part.WARMUP))
        if not unit.content:
            return
        if unit.kind == Part.READING:
            region.title = unit.content
        elif unit.kind == Part.QUESTIONS and is_true_false_heading(unit.content):
            region.true_false = True  # "Listening check: true or false?" names the task, asks nothing
        elif unit.kind != Part.QUESTIONS or is_question_like(unit.content):
            # "Discussion Question: Would you…?" holds a prompt; "Quiz - City Gardens" a title.
            region.lines.append(Line(unit.line.no, unit.content, unit.content))

    def set_aside(self, unit: Block) -> bool:
        """Whether a teacher's note or a task's instruction was dealt with (the items under an instruction placed)."""
        state, first = self.state, unit.lines[0]
        if is_teacher_note(first.text):
            self.leave(unit.lines, "a note to the teacher: kept as a note")
            return True
        task = task_text(first.text)
        cue = instruction_cue(task, Part.READING in self.seen) if is_instruction(task) else None
        if cue is not None and state is not None and state.explicit and not state.lines \
                and state.kind in (Part.WARMUP, Part.QUESTIONS, Part.DISCUSSION):
            # "Before reading" / "Talk about these questions with a partner.": the heading already named the part.
            first.role, first.reason = Role.DROPPED, f"instruction under the {state.kind} heading"
            if len(unit.lines) > 1:
                _put(state, Block(unit.lines[1:]), f"under the {state.kind} heading and its instruction")
            return True
        if cue is not None:
            # "Answer these questions before you read.": the task says what the items below it are.
            first.role, first.reason = Role.DROPPED, f"instruction: the items below are {cue}"
            region = self.enter(cue, True, plain_items=True)
            if len(unit.lines) > 1:
                _put(region, Block(unit.lines[1:]), f"under an instruction that opens the {cue}")
            return True
        if len(unit.lines) == 1 and state is not None and state.kind != Part.NOTES and (
                is_instruction(task) or task != first.text and task.endswith(":")):
            # "Write the correct word next to each definition.", "A. Answer the questions below.": for the paper.
            first.role, first.reason = Role.DROPPED, "instruction that names a task"
            return True
        return False

    def block(self, unit: Block, following: list[Block | Heading]) -> None:
        """Place a block by the part it comes in, its shape and its scores."""
        kind = self.state.kind if self.state is not None else None  # None: before any part
        explicit = self.state is not None and self.state.explicit
        if kind == Part.VOCABULARY and Part.READING in self.seen and self.questions_after_words(unit, explicit):
            return
        if kind in (None, Part.VOCABULARY):
            self.before_text(unit, following)
        elif kind == Part.READING:
            self.in_reading(unit, following)
        else:
            self.later(unit)

    def questions_after_words(self, unit: Block, explicit: bool) -> bool:
        """Numbered items after the text and a word list: its questions (or more true-or-false items), not words."""
        shape = unit.shape
        if shape in ("numbered", "asks") and items_question_like(unit):
            _put(self.enter(Part.QUESTIONS, plain_items=shape == "asks"), unit, "numbered questions after the reading")
            return True
        if not explicit and Part.QUESTIONS in self.seen and shape in ("numbered", "lettered") \
                and not numbered_words(unit) and not looks_like_glossary(unit.lines):
            # Numbered sentences after the text and its questions ("7. Margaret worked as a nurse."): more
            # items (true or false), not the text again.
            _put(self.enter(Part.QUESTIONS), unit, "numbered sentences after the questions")
            return True
        return False

    def before_text(self, unit: Block, following: list[Block | Heading]) -> None:
        """A block before the text (or under a word list's heading): words, the warm-up, chrome, or the text's start."""
        state, shape = self.state, unit.shape
        kind = state.kind if state is not None else None
        explicit_vocab = state is not None and state.explicit and kind == Part.VOCABULARY
        if _word_block(unit, explicit_vocab):
            if not explicit_vocab and not in_text(unit.lines, self.text_words):
                # "Dashboard / Calendar / Inbox": a list whose words the text never uses is a menu, not its words.
                self.leave(unit.lines, "a list of words the text does not use (a menu?): kept as a note")
                return
            _put(self.enter(Part.VOCABULARY, explicit_vocab), unit, f"{shape} block before the reading")
            return
        _, scores, scored = self.plan[id(unit)]
        if shape == "asks" and scored in (Part.WARMUP, Part.QUESTIONS, Part.DISCUSSION) \
                and scores[scored] >= scores[Part.READING] + 3:
            # Unlabelled questions are never the text: before it they are the warm-up (or questions
            # on it, when they ask about it), after a word list that follows it, talk or questions.
            target: Part = scored if Part.READING in self.seen or scored == Part.QUESTIONS else Part.WARMUP
            _put(self.enter(target, plain_items=True), unit, f"lines ending in ? that score as {target}")
            return
        if kind is None and len(unit.lines) == 1 and following and isinstance(following[0], Heading) \
                and following[0].kind != Part.READING and blurb(unit.lines[0].text):
            # "A lesson for intermediate students about …": a blurb between the title and the sections.
            unit.lines[0].role, unit.lines[0].reason = Role.DROPPED, "about the lesson, before its first section"
            return
        if kind is None and shape == "short" and not _prose_next(following):
            self.leave(unit.lines)  # a subtitle or a stray line above the vocabulary
            return
        if explicit_vocab and scored == Part.VOCABULARY and scores[Part.VOCABULARY] >= scores[Part.READING] + 1 \
                and word_total(unit.lines) < 40:
            # Under a vocabulary heading, a block that scores as vocabulary (numbered meanings, short lines).
            _put(self.enter(Part.VOCABULARY, True), unit, f"{shape} block that scores as vocabulary")
            return
        if not (state is not None and state.explicit) and len(unit.lines) >= 3 and not full_lines(unit.lines) and any(
                isinstance(u, Block) and u.shape == "prose" and text_like(u.lines) for u in following):
            # A menu or a list of labels above the page's prose: not the text, which comes later.
            self.leave(unit.lines, "before the text, and no sentences of its own: kept as a note")
            return
        above = title_above(state, marked=True) if state is not None and shape == "prose" and text_like(unit.lines) else []
        region = self.enter(Part.READING)
        if above:  # "~~~ Mia and the Red Kite ~~~" under the word list: the text's own title
            _put(region, Block(above), "a title-like line right above the text")
        _put(region, unit, f"{shape} block: the reading starts")

    def in_reading(self, unit: Block, following: list[Block | Heading]) -> None:
        """A block after the text's start: more text, or the words, questions or talk that follow it."""
        shape, planned, next_is_prose = unit.shape, self.plan[id(unit)], _prose_next(following)
        explicit = self.state is not None and self.state.explicit
        if shape == "glossary" and not dialogue(unit):
            _put(self.enter(Part.VOCABULARY), unit, "glossary after the reading")
        elif shape == "numbered" and items_question_like(unit) and not (explicit and next_is_prose):
            _put(self.enter(Part.QUESTIONS), unit, "numbered items that ask, after the reading")
        elif shape == "lettered" and items_question_like(unit) and not next_is_prose:
            # Lettered items after the text: prompts when they ask about the learners or follow
            # the questions; otherwise they are the questions.
            target = talk_or_questions(planned[2], Part.QUESTIONS in self.seen)
            _put(self.enter(target), unit, "lettered items " + (
                "about the learners" if target == Part.DISCUSSION else "that ask about the text"))
        elif choice_item(unit):
            _put(self.enter(Part.QUESTIONS, plain_items=True), unit, "a question with its options (A, B, C…), after the reading")
        elif shape == "asks" and len(unit.lines) >= 2 and not next_is_prose:
            target = talk_or_questions(planned[2], Part.QUESTIONS in self.seen)
            _put(self.enter(target, plain_items=True), unit, "lines ending in ?")
        elif ends_text(unit, self.state.lines if self.state is not None else [], following):
            # "Quiz navigation / 1 2 3 / Time left", "Section 3 of 4 / Comprehension": lines with no sentence
            # after the text, and no more text below: the text is over, what follows is for the tasks.
            self.leave(unit.lines, "after the text, lines with no sentences (page or task chrome): the text ends")
            self.enter(Part.QUESTIONS)
        elif scores_as_asking(planned, shape) and not next_is_prose:
            # No rule said so, but the block scores far better as questions or talk than as text.
            _put(self.enter(planned[2], plain_items=shape == "asks"), unit, f"{shape} block that scores as {planned[2]}")
        else:
            assert self.state is not None
            _put(self.state, unit, f"{shape} block in the reading")

    def later(self, unit: Block) -> None:
        """A block in the warm-up, the questions or the talk: more of it, the text after them, a glossary, or talk."""
        state, shape = self.state, unit.shape
        assert state is not None
        kind, explicit = state.kind, state.explicit
        if shape == "prose" and (not explicit or kind in (Part.WARMUP, Part.DISCUSSION) or word_total(unit.lines) >= 60) \
                and (text_like(unit.lines) or not explicit and full_lines(unit.lines)) and not any(
                text_like(b) for r in self.regions if r.kind == Part.READING for b, _ in blocks(r.lines)):
            # Warm-up items or the questions came first (or only an instruction or a menu was taken
            # for the text): the reading is where the prose is, under its own title if it has one.
            above = title_above(state)
            region = self.enter(Part.READING)
            if above:
                _put(region, Block(above), "a title-like line right above the text")
            _put(region, unit, "prose of 25+ words, and no reading yet")
            return
        _, scores, scored = self.plan[id(unit)]
        if kind in (Part.QUESTIONS, Part.DISCUSSION, Part.WARMUP) and shape == "glossary" and not dialogue(unit) and (
                not explicit or Part.READING not in self.seen or scores[Part.VOCABULARY] >= scores[kind] + 3):
            # A glossary among the questions, or after them under their heading when it scores far better as words.
            _put(self.enter(Part.VOCABULARY), unit, "glossary among the questions")
            return
        if kind == Part.QUESTIONS and scored == Part.DISCUSSION and Part.READING in self.seen and (
                not explicit and shape in ("asks", "lettered")
                or any(ln.text for ln in state.lines) and scores[scored] >= scores[Part.QUESTIONS] + 1):
            # Asking lines after the questions that ask about the learners: the talk, even under the
            # questions' heading once its questions came first ("Bonus: Would you…?").
            _put(self.enter(Part.DISCUSSION, plain_items=shape == "asks"), unit, f"{shape} block that asks about the learners")
            return
        if kind == Part.QUESTIONS and shape == "prose" and not explicit and not any(is_question_like(ln.text) for ln in unit.lines):
            self.leave(unit.lines)
            return
        _put(state, unit, f"{shape} block under the {state.kind} heading" if state.explicit else f"{shape} block")


def _word_block(unit: Block, explicit_vocab: bool) -> bool:
    """A block shaped like a word list: words, a glossary (not speakers' turns), numbered words, or lines under its heading."""
    shape = unit.shape
    turns = dialogue(unit) and word_total(unit.lines) >= 8 * len(unit.lines)  # speakers' turns, not "term: meaning"
    return (shape == "words" or shape == "glossary" and not turns and (explicit_vocab or not dialogue(unit))
            or shape == "numbered" and (numbered_words(unit) or looks_like_glossary(unit.lines))
            or explicit_vocab and (shape in ("short", "lettered") or all(is_word_list_line(ln.text) for ln in unit.lines)))


def _prose_next(following: list[Block | Heading]) -> bool:
    return bool(following) and isinstance(following[0], Block) and following[0].shape == "prose"


def _headed_reading(regions: list[Region], leftover: list[Line]) -> tuple[list[Region], list[Line]]:
    """Reading parts that are not the text (see text_span.not_the_text) leave the reading as notes."""
    found = not_the_text(regions)
    for i, why in found.items():
        for ln in regions[i].lines:
            if ln.text:
                ln.extra["why"] = why
                ln.extra.pop("part", None)
                leftover.append(ln)
    return [r for i, r in enumerate(regions) if i not in found], leftover


def _put(region: Region, unit: Block, why: str) -> None:
    """Add a block to a region, noting why on its lines (for `import --explain`)."""
    for ln in unit.lines:
        ln.extra.setdefault("why", why)
        ln.extra["part"] = region.kind
    region.lines.extend(unit.lines + [_blank()])


def _blank() -> Line:
    return Line(0, "", "")
