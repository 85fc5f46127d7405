"""Picking a student at random from a class list, everyone once before anyone twice.

The class list is a plain text file the teacher chooses; it is only read, never copied,
uploaded or stored by the app (the names stay on this computer).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path

MAX_CLASS_LIST_BYTES = 1024 * 1024  # a class list is a few kB: anything bigger is the wrong file
_LIST_MARKER = re.compile(r"^(?:[-*•]\s+|\d{1,3}[.)]\s+)")  # "- Ann", "12. Ann" pasted from a list


def parse_class_list(text: str) -> tuple[str, ...]:
    """The names in a class list: one a line; blank lines, `#` comments and repeats ignored."""
    names: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        name = " ".join(_LIST_MARKER.sub("", line).split())
        if name:
            names.setdefault(name.casefold(), name)  # "ann" again is the same student
    return tuple(names.values())


def tidy_class_list(text: str) -> str:
    """The list as kept: one name a line, list markers and repeats dropped, `#` lines (students away) kept."""
    lines, seen = [], set()
    for raw in text.splitlines():
        line = raw.strip().lstrip("\ufeff")
        if line.startswith("#"):
            lines.append(line)  # "# Ann": away today, back in the list when the # goes
        elif (name := " ".join(_LIST_MARKER.sub("", line).split())) and name.casefold() not in seen:
            seen.add(name.casefold())
            lines.append(name)
    return "\n".join(lines) + "\n"


def read_class_list(path: Path) -> tuple[str, ...]:
    """Read a class list file; ValueError with a message for the teacher when it cannot be used."""
    # Imported here: the window holds a ClassList from the start, and start-up need not load the decoder.
    from presenter.lesson.decoding import DecodeError, decode_lesson_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if len(data) > MAX_CLASS_LIST_BYTES:
        raise ValueError(f"{path.name} is {len(data) // 1024} kB; a class list is a short text file, one name a line")
    try:
        text = decode_lesson_bytes(data).text
    except DecodeError as exc:
        raise ValueError(str(exc).replace("a lesson", "a class list")) from exc
    names = parse_class_list(text)
    if not names:
        raise ValueError(f"{path.name} has no names; write one name a line")
    return names


class Picker:
    """Draws names without repeating anyone until everyone has had a turn."""

    def __init__(self, names: Sequence[str]) -> None:
        """A picker over `names` (as read by `parse_class_list`)."""
        if not names:
            raise ValueError("a picker needs at least one name")
        self.names: tuple[str, ...] = tuple(names)
        self._left: list[str] = list(self.names)
        self.last: str | None = None

    @property
    def left(self) -> tuple[str, ...]:
        """Who has not been picked yet in this round."""
        return tuple(self._left)

    def pick(self, rng: random.Random) -> str:
        """The next name; a new round starts once everyone has been picked."""
        if not self._left:
            self._left = list(self.names)
        choices = self._left
        if len(choices) > 1 and self.last in choices:
            # Only possible on the first pick of a new round: never the same student twice running.
            choices = [n for n in choices if n != self.last]
        name = rng.choice(choices)
        self._left.remove(name)
        self.last = name
        return name

    def reset(self) -> None:
        """Start a fresh round with everyone."""
        self._left = list(self.names)
        self.last = None


class ClassList:
    """The class list the teacher chose (a file path, remembered between runs) and its picker.

    The file is read when a name is first wanted, so a list remembered from last time costs
    nothing until the teacher presses J.
    """

    def __init__(self, path: Path | None = None) -> None:
        """The list at `path`, or none chosen yet."""
        self.path = path
        self._picker: Picker | None = None

    def use(self, path: Path) -> None:
        """Pick from the list at `path` from now on; ValueError (a message for the teacher) if it cannot be used."""
        self._picker = Picker(read_class_list(path))
        self.path = path

    def _ready(self) -> Picker | None:
        if self._picker is None and self.path is not None:
            try:
                self._picker = Picker(read_class_list(self.path))
            except ValueError:
                return None
        return self._picker

    def pick(self, rng: random.Random) -> str | None:
        """The next name, or None when there is no usable list (the teacher should choose one)."""
        picker = self._ready()
        return picker.pick(rng) if picker is not None else None

    def names(self) -> tuple[str, ...]:
        """The students here today (`#` lines are students away), or () without a usable list."""
        picker = self._ready()
        return picker.names if picker is not None else ()
