"""The one error the importer raises: nothing usable could be read from the handout."""

from __future__ import annotations


class ImportFailed(Exception):
    """The handout could not be read, or holds nothing a lesson can be made of."""

    def __init__(self, message: str) -> None:
        """Keep a message that tells the teacher what to do."""
        super().__init__(message)
        self.message = message
