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
                                           numbered_words, paragraphs, text_like, word_total)
from presenter.handout.layout import blocks
from presenter.handout.title import title_case
from presenter.handout.cues import instruction_cue, is_teacher_note, task_text
from presenter.handout.lines import (Line, undecorated, ends_question, ends_sentence, is_true_false_heading, letter_label,
                                     num_label, word_count)
from presenter.handout.questions import is_instruction, is_question_like
from presenter.handout.reading import speaker_of
from presenter.handout.scoring import annotate, plan_of
from presenter.handout.text_span import ends_text, not_the_text
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


def _title_above(region: Region, marked: bool = False) -> list[Line]:
    """The region's last block when it is one title-like line ("My First Kitchen Job"), taken out of it.

    `marked`: only a line marked as a title (decorated, a Markdown heading, or in title case), as
    a word list's last line may be a capitalised term.
    """
    texts = [i for i, ln in enumerate(region.lines) if ln.text]
    if not texts or len(texts) >= 2 and region.lines[texts[-2]].no == region.lines[texts[-1]].no - 1:  # one line alone
        return []
    last = region.lines[texts[-1]]
    text = last.text
    bare = undecorated(text)  # "~~~ Mia and the Red Kite ~~~"
    if not (bare[:1].isupper() or bare[:1].isdigit() or last.md_level) or word_count(text) > 16 or ends_sentence(text) \
            or ends_question(text) or num_label(text) or letter_label(text) or speaker_of(text) is not None:
        return []
    if marked and not (last.md_level or undecorated(text) != text or title_case(text)):
        return []
    region.lines = region.lines[: texts[-1]]
    return [last]


def regions_of(units: list[Unit]) -> tuple[list[Region], list[Line]]:
    """Assign every block to a region; return the regions and the lines no region took."""
    regions: list[Region] = []
    leftover: list[Line] = []
    plan = plan_of(units)
    text_words = {w for ln in main_text(units) for w in re.findall(r"[a-z]{3,}", ln.text.lower())}
    state: Region | None = None
    seen: set[Part] = set()

    def enter(kind: Part, explicit: bool = False, **flags: bool | str) -> Region:
        """Go on in a region of this kind: the current one if it is of that kind, else a new one."""
        nonlocal state
        if state is not None and state.kind == kind and not explicit:
            return state
        state = Region(kind, explicit=explicit)
        for key, value in flags.items():
            setattr(state, key, value)
        regions.append(state)
        seen.add(kind)
        return state

    for pos, unit in enumerate(units):
        if isinstance(unit, Heading):
            region = enter(unit.kind, True, true_false=is_true_false_heading(unit.line.text),
                           plain_items=unit.kind in (Part.QUESTIONS, Part.DISCUSSION, Part.WARMUP))
            if unit.content:
                if unit.kind == Part.READING:
                    region.title = unit.content
                elif unit.kind == Part.QUESTIONS and is_true_false_heading(unit.content):
                    region.true_false = True  # "Listening check: true or false?" names the task, asks nothing
                elif unit.kind != Part.QUESTIONS or is_question_like(unit.content):
                    # "Discussion Question: Would you…?" holds a prompt; "Quiz - City Gardens" a title.
                    region.lines.append(Line(unit.line.no, unit.content, unit.content))
            continue
        if isinstance(unit, Separator):
            if state is not None:
                state.lines.append(Line(unit.line.no, "", "", role=Role.SEPARATOR))
            continue
        shape = unit.shape
        first = unit.lines[0]
        if is_teacher_note(first.text):
            for ln in unit.lines:
                ln.extra["why"] = "a note to the teacher: kept as a note"
            leftover.extend(unit.lines)
            continue
        task = task_text(first.text)
        cue = instruction_cue(task, Part.READING in seen) if is_instruction(task) else None
        if cue is not None and state is not None and state.explicit and not state.lines \
                and state.kind in (Part.WARMUP, Part.QUESTIONS, Part.DISCUSSION):
            # "Before reading" / "Talk about these questions with a partner.": the heading already named the part.
            first.role, first.reason = Role.DROPPED, f"instruction under the {state.kind} heading"
            if len(unit.lines) > 1:
                _put(state, Block(unit.lines[1:]), f"under the {state.kind} heading and its instruction")
            continue
        if cue is not None:
            # "Answer these questions before you read.": the task says what the items below it are.
            first.role, first.reason = Role.DROPPED, f"instruction: the items below are {cue}"
            region = enter(cue, True, plain_items=True)
            if len(unit.lines) > 1:
                _put(region, Block(unit.lines[1:]), f"under an instruction that opens the {cue}")
            continue
        if len(unit.lines) == 1 and state is not None and state.kind != Part.NOTES and (
                is_instruction(task) or task != first.text and task.endswith(":")):
            # "Write the correct word next to each definition.", "A. Answer the questions below.": for the paper.
            first.role, first.reason = Role.DROPPED, "instruction that names a task"
            continue
        kind = state.kind if state is not None else None  # None: before any part
        following = [u for u in units[pos + 1 :] if isinstance(u, (Block, Heading))]
        next_is_prose = bool(following) and isinstance(following[0], Block) and following[0].shape == "prose"
        explicit = state is not None and state.explicit
        if kind == Part.VOCABULARY and Part.READING in seen and shape in ("numbered", "asks") and items_question_like(unit):
            _put(enter(Part.QUESTIONS, plain_items=shape == "asks"), unit, "numbered questions after the reading")
            continue
        if kind == Part.VOCABULARY and not explicit and {Part.READING, Part.QUESTIONS} <= seen and shape in ("numbered", "lettered") \
                and not numbered_words(unit) and not looks_like_glossary(unit.lines):
            # Numbered sentences after the text and its questions ("7. Margaret worked as a nurse."): more
            # items (true or false), not the text again.
            _put(enter(Part.QUESTIONS), unit, "numbered sentences after the questions")
            continue
        if kind in (None, Part.VOCABULARY):
            explicit_vocab = explicit and kind == Part.VOCABULARY
            turns = dialogue(unit) and word_total(unit.lines) >= 8 * len(unit.lines)  # speakers' turns, not "term: meaning"
            if (shape == "words" or shape == "glossary" and not turns and (explicit_vocab or not dialogue(unit))
                    or shape == "numbered" and (numbered_words(unit) or looks_like_glossary(unit.lines))
                    or explicit_vocab and (shape in ("short", "lettered")
                                           or all(is_word_list_line(ln.text) for ln in unit.lines))):
                if not explicit_vocab and not in_text(unit.lines, text_words):
                    # "Dashboard / Calendar / Inbox": a list whose words the text never uses is a menu, not its words.
                    for ln in unit.lines:
                        ln.extra["why"] = "a list of words the text does not use (a menu?): kept as a note"
                    leftover.extend(unit.lines)
                    continue
                _put(enter(Part.VOCABULARY, explicit), unit, f"{shape} block before the reading")
                continue
            _, scores, scored = plan[id(unit)]
            if shape == "asks" and scored in (Part.WARMUP, Part.QUESTIONS, Part.DISCUSSION) \
                    and scores[scored] >= scores[Part.READING] + 3:
                # Unlabelled questions are never the text: before it they are the warm-up (or questions
                # on it, when they ask about it), after a word list that follows it, talk or questions.
                target: Part = scored if Part.READING in seen or scored == Part.QUESTIONS else Part.WARMUP
                _put(enter(target, plain_items=True), unit, f"lines ending in ? that score as {target}")
                continue
            if kind is None and len(unit.lines) == 1 and following and isinstance(following[0], Heading) \
                    and following[0].kind != Part.READING and blurb(unit.lines[0].text):
                # "A lesson for intermediate students about …": a blurb between the title and the sections.
                unit.lines[0].role, unit.lines[0].reason = Role.DROPPED, "about the lesson, before its first section"
                continue
            if kind is None and shape == "short" and not next_is_prose:
                leftover.extend(unit.lines)  # a subtitle or a stray line above the vocabulary
                continue
            if explicit_vocab and scored == Part.VOCABULARY and scores[Part.VOCABULARY] >= scores[Part.READING] + 1 \
                    and word_total(unit.lines) < 40:
                # Under a vocabulary heading, a block that scores as vocabulary (numbered meanings, short lines).
                _put(enter(Part.VOCABULARY, explicit), unit, f"{shape} block that scores as vocabulary")
                continue
            if not explicit and len(unit.lines) >= 3 and not full_lines(unit.lines) and any(
                    isinstance(u, Block) and u.shape == "prose" and text_like(u.lines) for u in following):
                # A menu or a list of labels above the page's prose: not the text, which comes later.
                for ln in unit.lines:
                    ln.extra["why"] = "before the text, and no sentences of its own: kept as a note"
                leftover.extend(unit.lines)
                continue
            above = _title_above(state, marked=True) if state is not None and shape == "prose" and text_like(unit.lines) else []
            region = enter(Part.READING)
            if above:  # "~~~ Mia and the Red Kite ~~~" under the word list: the text's own title
                _put(region, Block(above), "a title-like line right above the text")
            _put(region, unit, f"{shape} block: the reading starts")
            continue
        if kind == Part.READING:
            if shape == "glossary" and not dialogue(unit):
                _put(enter(Part.VOCABULARY), unit, "glossary after the reading")
            elif shape == "numbered" and items_question_like(unit) and not (explicit and next_is_prose):
                _put(enter(Part.QUESTIONS), unit, "numbered items that ask, after the reading")
            elif shape == "lettered" and items_question_like(unit) and not next_is_prose:
                # Lettered items after the text: prompts when they ask about the learners or follow
                # the questions; otherwise they are the questions.
                target = _talk_or_questions(plan[id(unit)][2], Part.QUESTIONS in seen)
                _put(enter(target), unit, "lettered items " + (
                    "about the learners" if target == Part.DISCUSSION else "that ask about the text"))
            elif choice_item(unit):
                _put(enter(Part.QUESTIONS, plain_items=True), unit, "a question with its options (A, B, C…), after the reading")
            elif shape == "asks" and len(unit.lines) >= 2 and not next_is_prose:
                target = _talk_or_questions(plan[id(unit)][2], Part.QUESTIONS in seen)
                _put(enter(target, plain_items=True), unit, "lines ending in ?")
            elif ends_text(unit, state.lines if state is not None else [], following):
                # "Quiz navigation / 1 2 3 / Time left", "Section 3 of 4 / Comprehension": lines with no sentence
                # after the text, and no more text below: the text is over, what follows is for the tasks.
                for ln in unit.lines:
                    ln.extra["why"] = "after the text, lines with no sentences (page or task chrome): the text ends"
                leftover.extend(unit.lines)
                enter(Part.QUESTIONS)
            elif _scores_as_asking(plan[id(unit)], shape) and not next_is_prose:
                # No rule said so, but the block scores far better as questions or talk than as text.
                scored = plan[id(unit)][2]
                _put(enter(scored, plain_items=shape == "asks"), unit, f"{shape} block that scores as {scored}")
            else:
                state_region = state
                assert state_region is not None
                _put(state_region, unit, f"{shape} block in the reading")
            continue
        if shape == "prose" and (not explicit or kind in (Part.WARMUP, Part.DISCUSSION) or word_total(unit.lines) >= 60) \
                and (text_like(unit.lines) or not explicit and full_lines(unit.lines)) and not any(
                text_like(b) for r in regions if r.kind == Part.READING for b, _ in blocks(r.lines)):
            # Warm-up items or the questions came first (or only an instruction or a menu was taken
            # for the text): the reading is where the prose is, under its own title if it has one.
            above = _title_above(state) if state is not None else []
            region = enter(Part.READING)
            if above:
                _put(region, Block(above), "a title-like line right above the text")
            _put(region, unit, "prose of 25+ words, and no reading yet")
            continue
        if kind in (Part.QUESTIONS, Part.DISCUSSION, Part.WARMUP) and shape == "glossary" and not dialogue(unit) and (
                not explicit or Part.READING not in seen or plan[id(unit)][1][Part.VOCABULARY] >= plan[id(unit)][1][kind] + 3):
            # A glossary among the questions, or after them under their heading when it scores far better as words.
            _put(enter(Part.VOCABULARY), unit, "glossary among the questions")
            continue
        _, scores, scored = plan[id(unit)]
        if kind == Part.QUESTIONS and scored == Part.DISCUSSION and Part.READING in seen and (
                not explicit and shape in ("asks", "lettered")
                or state is not None and any(ln.text for ln in state.lines) and scores[scored] >= scores[Part.QUESTIONS] + 1):
            # Asking lines after the questions that ask about the learners: the talk, even under the
            # questions' heading once its questions came first ("Bonus: Would you…?").
            _put(enter(Part.DISCUSSION, plain_items=shape == "asks"), unit, f"{shape} block that asks about the learners")
            continue
        if kind == Part.QUESTIONS and shape == "prose" and not explicit and not any(
                is_question_like(ln.text) for ln in unit.lines):
            leftover.extend(unit.lines)
            continue
        assert state is not None
        _put(state, unit, f"{shape} block under the {state.kind} heading" if state.explicit else f"{shape} block")
    annotate(plan)
    return _headed_reading(regions, leftover)


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


def _scores_as_asking(planned: tuple[Block, dict[Part, float], Part], shape: str) -> bool:
    """Whether a labelled block in the reading is, by its scores and the order, questions or talk by a wide margin."""
    _, scores, scored = planned
    return scored in (Part.QUESTIONS, Part.DISCUSSION) and shape in ("numbered", "lettered", "asks") \
        and scores[scored] >= scores[Part.READING] + 3


def _talk_or_questions(scored: Part, questions_seen: bool) -> Part:
    """Asking items after the text with no heading: talk or questions, as the scores and the order say."""
    if scored in (Part.QUESTIONS, Part.DISCUSSION):
        return scored
    return Part.DISCUSSION if questions_seen else Part.QUESTIONS


def _put(region: Region, unit: Block, why: str) -> None:
    """Add a block to a region, noting why on its lines (for `import --explain`)."""
    for ln in unit.lines:
        ln.extra.setdefault("why", why)
        ln.extra["part"] = region.kind
    region.lines.extend(unit.lines + [_blank()])


def _blank() -> Line:
    return Line(0, "", "")
