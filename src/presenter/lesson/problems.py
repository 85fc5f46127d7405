"""Problems found in a lesson file, each tied to a file and a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from presenter.lesson.safetext import shown

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a lesson: where it is and what to do about it."""

    path: Path | None
    line: int
    severity: Severity
    message: str

    def __post_init__(self) -> None:
        # Messages quote the lesson; its control characters must not reach a terminal raw.
        object.__setattr__(self, "message", shown(self.message))

    def __str__(self) -> str:
        where = str(self.path) if self.path is not None else "<lesson>"
        return f"{where}:{self.line}: {self.severity}: {self.message}"


class LessonError(Exception):
    """A lesson that cannot be opened; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        """Keep the problems; the first error is the exception's message."""
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(str(errors[0] if errors else problems[0]))
        self.problems = problems

    @property
    def line(self) -> int:
        """The line of the first error."""
        return next(p.line for p in self.problems if p.severity == "error")
