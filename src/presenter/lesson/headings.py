"""Headings that look like a section name spelt wrong ("# Vocabluary", "# Readng"): which section was meant."""

from __future__ import annotations

from presenter.lesson.problems import Problem

SPELT_WRONG = "spelt wrong, so what follows it is not shown"  # in the warning; `misspelt_headings` finds it by this


def edit_distance(a: str, b: str) -> int:
    """Letters to insert, delete, change or swap (two side by side) to turn `a` into `b`."""
    if abs(len(a) - len(b)) > 3:
        return 4  # far apart anyway: no need to count
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


def meant_section(heading: str, names: dict[str, str]) -> tuple[str, str] | None:
    """(kind, name) of the section name `heading` is a slip of, or None: 1 letter off for short names, 2 for long."""
    text = heading.lower().strip(" :#")
    if len(text) < 4:
        return None
    best: tuple[int, str, str] | None = None
    for name, kind in names.items():
        allowed = 1 if len(name) < 7 else 2
        d = edit_distance(text, name)
        if 0 < d <= allowed and (best is None or d < best[0]):
            best = (d, kind, name)
    return None if best is None else (best[1], best[2])


def unknown_heading(heading: str, sections: dict[str, tuple[str, ...]]) -> tuple[str | None, str]:
    """The kind of section a heading that is none was probably meant to be (or None), and the warning to give."""
    meant = meant_section(heading, {name: kind for kind, names in sections.items() for name in names})
    if meant is not None:
        right = meant[1].capitalize()
        return meant[0], f'"{heading}" looks like "{right}" {SPELT_WRONG}; correct the heading to "# {right}"'
    names = ", ".join(n[0].capitalize() for n in sections.values())
    return None, f'"{heading}" is not a section the app knows, so what follows it is not shown; sections are {names}'


def misspelt_headings(problems: list[Problem]) -> list[Problem]:
    """The warnings about headings that look like a section name spelt wrong (the app shows these on opening)."""
    return [p for p in problems if p.severity == "warning" and SPELT_WRONG in p.message]
