"""Random pairs and groups from the class list: sizes, students away, kept until asked again, no Qt."""

from __future__ import annotations

import random
from pathlib import Path

from collections.abc import Callable

import pytest

from presenter.deck.kinds import SlideKind
from presenter.lesson.parser import parse_lesson
from presenter.presenting.groups import GroupMaker, GroupsShown, group_sizes, make_groups
from presenter.presenting.model import Presentation
from presenter.presenting.types import Layer
from presenter.timing.picker import ClassList

MakeModel = Callable[..., Presentation]  # the `make` and `make_with` fixtures (conftest.py)


@pytest.mark.parametrize("count", range(1, 41))
def test_pairs_are_twos_and_an_odd_class_has_one_three(count: int) -> None:
    sizes = group_sizes(count, 2)
    assert sum(sizes) == count
    if count == 1:
        assert sizes == [1]
    else:
        assert sorted(sizes) == [2] * (count // 2 - count % 2) + [3] * (count % 2)


@pytest.mark.parametrize("size", [3, 4, 5, 6])
@pytest.mark.parametrize("count", range(2, 41))
def test_groups_are_near_their_size_and_nobody_is_alone(count: int, size: int) -> None:
    sizes = group_sizes(count, size)
    assert sum(sizes) == count and max(sizes) - min(sizes) <= 1
    assert min(sizes) >= min(count, 3)  # nobody alone, no pair among groups
    if count >= size:
        assert min(sizes) >= size - 1 and max(sizes) <= 2 * size - 1  # close to what the lesson asked for
    if count >= 2 * size:
        assert max(sizes) <= size + 1


def test_everyone_is_in_exactly_one_group_and_a_seed_repeats_the_draw() -> None:
    names = [f"S{i}" for i in range(23)]
    first = make_groups(names, 4, random.Random(7))
    assert sorted(n for g in first for n in g) == sorted(names)
    assert make_groups(names, 4, random.Random(7)) == first
    assert make_groups(names, 4, random.Random(8)) != first


def test_the_same_groups_come_back_until_new_ones_are_asked_for() -> None:
    maker = GroupMaker(random.Random(1))
    names = ("Ana", "Bo", "Dee", "Eli")
    shown = maker.groups(names, 2, reshuffle=False)
    assert maker.groups(names, 2, reshuffle=False) == shown
    for _ in range(20):  # again: different partners every time (two pairs of four can always change)
        again = maker.groups(names, 2, reshuffle=True)
        assert {frozenset(g) for g in again.groups} != {frozenset(g) for g in shown.groups}
        shown = again
    fewer = maker.groups(names[:3], 2, reshuffle=False)  # someone marked away: new groups without them
    assert fewer.groups and sorted(n for g in fewer.groups for n in g) == ["Ana", "Bo", "Dee"]


def _prompt(model: Presentation, grouping: str | None) -> int:
    return next(i for i, s in enumerate(model.deck.slides) if s.kind == SlideKind.PROMPT
                and model.lesson.discussion[s.item or 0].grouping == grouping)


def test_the_group_key_shows_pairs_of_the_students_here(make: MakeModel, tmp_path: Path) -> None:
    path = tmp_path / "class.txt"
    path.write_text("Ana\nBo\n# Cy\nDee\nEli\nFay\n#Gil\n", encoding="utf-8")  # Cy and Gil are away today
    model = make(class_list=ClassList(path), rng=random.Random(3))
    changes: list[object] = []
    model.subscribe(changes.append)
    model.goto(_prompt(model, "pairs"))
    assert model.show_groups() == GroupsShown.SHOWN
    grouped = model.grouped_on(model.current)
    assert grouped is not None and grouped.pairs and Layer.GROUPS in model.layers and changes
    assert sorted(len(g) for g in grouped.groups) == [2, 3]
    assert sorted(n for g in grouped.groups for n in g) == ["Ana", "Bo", "Dee", "Eli", "Fay"]
    assert model.grouped_on(model.current + 1) is None  # never over another slide (the Next preview)
    assert model.show_groups() == GroupsShown.SHOWN  # again while shown: new pairs
    assert model.grouped is not None and model.grouped.groups != grouped.groups
    newest = model.grouped
    model.escape(full_screen=True)  # Esc takes them off first
    assert Layer.GROUPS not in model.layers and model.grouped_on(model.current) is None
    model.show_groups()  # shown again later: the same pairs as last time
    assert model.grouped == newest
    model.next()  # the pairs belong to their slide
    assert model.grouped_on(model.current) is None


def test_groups_of_a_size_whole_class_prompts_and_no_list(make_with: MakeModel, tmp_path: Path) -> None:
    extra = "\nB. Plan a trip along the river.\n   Grouping: groups of 3\n\nC. Vote on it.\n   Grouping: class\n"
    path = tmp_path / "class.txt"
    path.write_text("\n".join(f"Student {i}" for i in range(10)), encoding="utf-8")
    model = make_with(extra, class_list=ClassList(path), rng=random.Random(5))
    model.goto(_prompt(model, "groups"))
    assert model.show_groups() == GroupsShown.SHOWN and model.grouped is not None
    assert model.grouped.size == 3 and sorted(len(g) for g in model.grouped.groups) == [3, 3, 4]
    model.goto(_prompt(model, "class"))
    assert model.show_groups() == GroupsShown.NOT_HERE and Layer.GROUPS not in model.layers
    model.goto(0)  # any other slide: pairs, the everyday grouping
    assert model.show_groups() == GroupsShown.SHOWN and model.grouped is not None and model.grouped.pairs
    empty = make_with(extra)
    assert empty.show_groups() == GroupsShown.NO_LIST and not empty.layers


def test_grouping_lines_in_the_lesson_format() -> None:
    text = ("---\ntitle: T\n---\n\n# Reading\n\nA short text.\n\n# Discussion\n\n"
            "A. Talk.\n   Grouping: pairs\n\nB. Plan a trip.\n   Grouping: groups of 3\n\n"
            "C. Plan another.\n   Grouping: small groups of 5\n\nD. And another.\n   Grouping: groups of 30\n")
    lesson, problems = parse_lesson(text)
    assert lesson is not None, problems
    sizes = [(p.grouping, p.group_size) for p in lesson.discussion]
    assert sizes == [("pairs", None), ("groups", 3), ("groups", 5), ("groups", None)]
    warning = [p for p in problems if "groups of 30" in p.message]
    assert len(warning) == 1 and warning[0].line == text.splitlines().index("   Grouping: groups of 30") + 1
