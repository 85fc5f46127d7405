"""The questions and talk parts of a handout read into the lesson's questions and prompts."""

from __future__ import annotations

from presenter.handout.item_roles import continues_questions, make_prompt, make_question, prompt_runs, read_items
from presenter.handout.items import Item
from presenter.handout.lines import Line
from presenter.handout.questions import is_instruction
from presenter.handout.roles import Role
from presenter.handout.segment import Region
from presenter.lesson.model import Prompt, Question


def questions_part(region: Region, lines: list[Line], handout: list[Line], questions: list[Question],
                   prompts: list[Prompt], before: bool) -> list[Line]:
    """A questions part's questions (and prompts, before the reading a warm-up); its lines left over."""
    items, leftover = read_items(lines, plain_items=region.plain_items, true_false=region.true_false)
    for run, are_prompts in prompt_runs(items, alone=not region.explicit, before=before):
        for item in run:
            if are_prompts:  # questions about the learners: a warm-up before the reading, talk after it
                prompts.append(make_prompt(item, item.label))
                _mark(handout, item, Role.WARMUP if before else Role.PROMPT)
            else:
                label = item.label or str(len(questions) + 1)
                questions.append(make_question(item, label, true_false=region.true_false))
                _mark(handout, item, Role.QUESTION)
    return _instructions(leftover)


def talk_part(region: Region, handout: list[Line], prompts: list[Prompt], role: Role,
              questions: list[Question]) -> list[Line]:
    """A discussion or warm-up part's prompts (a question that numbers on from the questions joins them)."""
    items, leftover = read_items(region.lines, plain_items=True, talk=True)
    for item in items:
        if continues_questions(item, questions):  # "4. Why do otters…?" under "Think about it", after 1-3
            questions.append(make_question(item, item.label, true_false=False))
            _mark(handout, item, Role.QUESTION)
            continue
        prompts.append(make_prompt(item, item.label))
        _mark(handout, item, role)
    return _instructions(leftover)


def _instructions(leftover: list[Line]) -> list[Line]:
    """The left-over lines without the instructions, which are dropped."""
    for ln in leftover:
        if is_instruction(ln.text):
            ln.role, ln.reason = Role.DROPPED, "instruction"
    return [ln for ln in leftover if ln.role != Role.DROPPED]


def _mark(handout: list[Line], item: Item, role: Role) -> None:
    for no in (n for n in item.lines if 0 < n <= len(handout)):
        handout[no - 1].role = role
