"""The one error type of the exports: a message for the teacher, caught and printed by `presenter export`."""

from __future__ import annotations


class ExportError(Exception):
    """An export could not be made; `message` says why, in plain words."""

    def __init__(self, message: str) -> None:
        """An error saying `message`."""
        super().__init__(message)
        self.message = message
