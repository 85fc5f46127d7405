"""The slides of warm-up questions and exercises, and the fixed order a matching exercise shows its meanings in."""

from __future__ import annotations

import random

from presenter.deck.kinds import SlideKind
from presenter.lesson.model import Exercise, Lesson

MATCHING_SEED = 7  # the same scramble every time the lesson opens (the class may have copied it down)


def matching_order(count: int) -> tuple[int, ...]:
    """Which pair's meaning is shown in each lettered row: a fixed scramble that leaves no meaning beside its term."""
    order = list(range(count))
    random.Random(MATCHING_SEED).shuffle(order)
    if count > 1:
        # Never a meaning on its own term's row: a straight match would give the answer away.
        for i in range(count):
            if order[i] == i:
                j = (i + 1) % count
                order[i], order[j] = order[j], order[i]
    return tuple(order)


def matching_answer(exercise: Exercise) -> str:
    """The matches as A reveals them: "1 c · 2 a · 3 b"."""
    order = matching_order(len(exercise.pairs))
    return "  ·  ".join(f"{i + 1} {'abcdefghijklmnopqrstuvwxyz'[order.index(i)]}" for i in range(len(order)))


def exercise_text(exercise: Exercise) -> str:
    """What an exercise slide shows: the task, then lettered options, or numbered terms and lettered meanings."""
    if exercise.kind == "matching":
        order = matching_order(len(exercise.pairs))
        terms = [f"{i + 1}. {t}" for i, (t, _) in enumerate(exercise.pairs)]
        meanings = [f"{'abcdefghijklmnopqrstuvwxyz'[k]}) {exercise.pairs[i][1]}" for k, i in enumerate(order)]
        return "\n".join([exercise.text, *terms, *meanings])
    return exercise.text + "".join(f"\n{chr(65 + k)}) {o}" for k, o in enumerate(exercise.options))


def exercise_kind(exercise: Exercise) -> SlideKind:
    """The slide kind of an exercise."""
    return SlideKind.MATCHING if exercise.kind == "matching" else SlideKind.CHOICE


def warmup_titles(lesson: Lesson) -> list[str]:
    """The heading of each warm-up question's slide."""
    return [f"Warm-up {p.label or i + 1}" for i, p in enumerate(lesson.warmup)]
