"""A picture kept from a Word handout, waiting to be saved beside the lesson (see handout.docx_images)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HandoutPicture:
    """A picture from the handout: where it goes (relative to the lesson file), its bytes and description."""

    path: str
    data: bytes
    alt: str
    before: tuple[str, ...]  # the texts of the paragraphs before it, nearest first (its own paragraph's first)
    after: str  # the text of the paragraph after it
