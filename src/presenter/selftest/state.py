"""What the self-test's checks share: their failure and the state they hand on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presenter.lesson.model import Lesson
    from presenter.speech.model import Clip


class CheckFailed(Exception):
    """A check found a problem; the message says what, in words a teacher can pass on."""


@dataclass
class State:
    """What the checks hand on to each other."""

    tmp: Path
    lesson: Lesson | None = None
    clip: Clip | None = None
    failed: set[str] = field(default_factory=set)


