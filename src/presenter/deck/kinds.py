"""The kinds of slide a lesson makes: one enum, whose values are the `kind` strings of `slides --json`."""

from __future__ import annotations

from enum import StrEnum


class SlideKind(StrEnum):
    """What a slide is; the value is the stable name shown by `slides --json`."""

    TITLE = "title"
    PREDICT = "vocabulary-predict"
    CARD = "vocabulary-card"
    GAME = "vocabulary-game"
    SCORE = "vocabulary-score"
    VIDEO = "video"
    READING = "reading"
    IMAGE = "reading-image"
    QUESTION = "comprehension"
    PROMPT = "discussion"
    END = "end"

    @property
    def warmup(self) -> bool:
        """Whether the slide belongs to the vocabulary warm-up."""
        return self in (SlideKind.PREDICT, SlideKind.CARD, SlideKind.GAME, SlideKind.SCORE)

    @property
    def timed(self) -> bool:
        """Whether the slide carries a countdown (a question, a prompt, a game round)."""
        return self in (SlideKind.QUESTION, SlideKind.PROMPT, SlideKind.GAME)

    @property
    def heading(self) -> bool:
        """Whether the slide is a big heading (title, end) rather than a body of text."""
        return self in (SlideKind.TITLE, SlideKind.END)
