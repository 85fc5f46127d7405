"""Questions at home (no Qt): which choice is right, a student's answers and the answers shown on request."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from presenter.deck.exercises import exercise_text, matching_answer
from presenter.lesson.exercises import choice_index
from presenter.lesson.model import Lesson, Question

TRUE_FALSE = ("True", "False")


class Verdict(enum.Enum):
    """How a chosen answer compares with the lesson's key."""

    RIGHT = "right"
    WRONG = "wrong"
    NO_KEY = "no key"  # the lesson gives no answer to check against


def choices(q: Question) -> tuple[str, ...]:
    """The answers to pick from: True and False, the options of a choice question, or none (open)."""
    if q.kind == "true-false":
        return TRUE_FALSE
    return q.options if q.kind == "choice" else ()


def correct_choice(q: Question) -> int | None:
    """The index of the right choice in `choices(q)`, read from the answer ("False.", "b", "b) text", the text)."""
    answer = q.answer.strip()
    if not answer or not choices(q):
        return None
    if q.kind == "true-false":
        word = answer.split()[0].strip(".,;:!").lower()
        return {"true": 0, "t": 0, "false": 1, "f": 1}.get(word)
    return choice_index(answer, q.options)


def exercise_questions(lesson: Lesson) -> tuple[Question, ...]:
    """The lesson's exercises as questions to answer at home: a choice question, or a matching one to check."""
    out: list[Question] = []
    for i, e in enumerate(lesson.exercises):
        label = f"Exercise {e.label or i + 1}"
        if e.kind == "matching":
            out.append(Question(exercise_text(e), label, matching_answer(e), "open", line=e.line))
        else:
            out.append(Question(e.text, label, e.answer, "choice" if e.options else "open", e.options, line=e.line))
    return tuple(out)


@dataclass
class AnswerSheet:
    """A student's answers to a lesson's questions in one sitting; views show it and call its methods."""

    questions: tuple[Question, ...]
    chosen: dict[int, int] = field(default_factory=dict)  # question -> the choice picked
    revealed: set[int] = field(default_factory=set)  # questions whose answer is shown

    @classmethod
    def of(cls, lesson: Lesson) -> AnswerSheet:
        """An empty sheet for the lesson's comprehension questions, then its exercises."""
        return cls(lesson.comprehension + exercise_questions(lesson))

    def choose(self, question: int, choice: int) -> Verdict:
        """Pick a choice; the verdict against the key (the answer is shown with it)."""
        self.chosen[question] = choice
        self.revealed.add(question)
        right = correct_choice(self.questions[question])
        return Verdict.NO_KEY if right is None else Verdict.RIGHT if choice == right else Verdict.WRONG

    def verdict(self, question: int) -> Verdict | None:
        """The verdict on the choice picked, None before one is picked."""
        if question not in self.chosen:
            return None
        right = correct_choice(self.questions[question])
        return Verdict.NO_KEY if right is None else Verdict.RIGHT if self.chosen[question] == right else Verdict.WRONG

    def reveal(self, question: int) -> None:
        """Show the answer of a question (the student asked for it)."""
        self.revealed.add(question)

    def score(self) -> tuple[int, int]:
        """(right, checkable answers picked)."""
        verdicts = [self.verdict(i) for i in self.chosen]
        return sum(v is Verdict.RIGHT for v in verdicts), sum(v in (Verdict.RIGHT, Verdict.WRONG) for v in verdicts)
