"""Random pairs and groups from the class list for a discussion prompt, as ClassroomScreen's group maker makes them."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from presenter.deck.deck import Slide
from presenter.deck.kinds import SlideKind
from presenter.lesson.model import Lesson

DEFAULT_GROUP_SIZE = 4  # "Grouping: groups" without a size
_RESHUFFLE_TRIES = 20  # pressing again must visibly change the groups (when the class is big enough to)


@dataclass(frozen=True, slots=True)
class Grouped:
    """Students put together: `size` 2 for pairs, else the group size asked for."""

    size: int
    groups: tuple[tuple[str, ...], ...]

    @property
    def pairs(self) -> bool:
        """Whether these are pairs (an odd class makes one group of three)."""
        return self.size == 2

    def title(self) -> str:
        """What the panel over the slide is headed."""
        return "Pairs" if self.pairs else f"Groups of {self.size}"


class GroupsShown(Enum):
    """What the group key did."""

    SHOWN = "shown"
    NO_LIST = "no-list"  # no usable class list: the teacher should type one
    NOT_HERE = "not-here"  # the prompt is for one student or the whole class


def group_sizes(count: int, size: int) -> list[int]:
    """How many students go in each group: as near `size` as can be, none alone, the bigger groups first."""
    if count <= 0:
        return []
    smallest = 2 if size == 2 else max(3, size - 1)  # a "group" of two is a pair; of one, a student alone
    groups = -(-count // size)  # no group bigger than asked ...
    if groups > 1 and count // groups < smallest:  # ... unless that leaves a group too small
        groups = max(1, count // size)
    base, extra = divmod(count, groups)
    return [base + 1] * extra + [base] * (groups - extra)


def make_groups(names: Sequence[str], size: int, rng: random.Random) -> tuple[tuple[str, ...], ...]:
    """`names` shuffled into groups of about `size` (pairs with one three for an odd class)."""
    order = list(names)
    rng.shuffle(order)
    groups, at = [], 0
    for n in group_sizes(len(order), size):
        groups.append(tuple(order[at : at + n]))
        at += n
    return tuple(groups)


def _partition(groups: tuple[tuple[str, ...], ...]) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(g) for g in groups)


def grouping_of(lesson: Lesson, slide: Slide) -> tuple[str | None, int]:
    """The grouping a slide asks for (pairs, groups, alone, class or None) and its group size."""
    if slide.kind != SlideKind.PROMPT or slide.item is None:
        return None, 2
    prompt = lesson.discussion[slide.item]
    if prompt.grouping == "groups":
        return "groups", prompt.group_size or DEFAULT_GROUP_SIZE
    return prompt.grouping, 2


class GroupMaker:
    """The groups made so far for each size, kept until the teacher asks for new ones (or the list changes)."""

    def __init__(self, rng: random.Random) -> None:
        """Shuffle with `rng` (a seeded one in tests)."""
        self._rng = rng
        self._made: dict[int, Grouped] = {}
        self._names: tuple[str, ...] = ()

    def groups(self, names: Sequence[str], size: int, reshuffle: bool) -> Grouped:
        """The groups of `size` for these present students: the same as last time unless `reshuffle`."""
        names = tuple(names)
        if names != self._names:  # students marked away (or a new class): the old groups no longer fit
            self._made.clear()
            self._names = names
        old = self._made.get(size)
        if old is not None and not reshuffle:
            return old
        made = make_groups(names, size, self._rng)
        for _ in range(_RESHUFFLE_TRIES):
            if old is None or _partition(made) != _partition(old.groups):
                break
            made = make_groups(names, size, self._rng)
        self._made[size] = Grouped(size, made)
        return self._made[size]
