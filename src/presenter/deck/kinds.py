"""The kinds of slide a lesson makes: one enum, whose values are the `kind` strings of `slides --json`."""

from __future__ import annotations

from enum import StrEnum


class SlideKind(StrEnum):
    """What a slide is; the value is the stable name shown by `slides --json`."""

    TITLE = "title"
    WARM_UP = "warm-up"  # a pre-reading question, before the vocabulary
    PREDICT = "vocabulary-predict"
    CARD = "vocabulary-card"
    GAME = "vocabulary-game"
    SCORE = "vocabulary-score"
    VIDEO = "video"
    READING = "reading"
    IMAGE = "reading-image"
    QUESTION = "comprehension"
    CHOICE = "exercise-choice"  # a multiple-choice exercise: options, the answer on A
    MATCHING = "exercise-matching"  # terms and scrambled meanings, the matches on A
    PROMPT = "discussion"
    END = "end"

    @property
    def warmup(self) -> bool:
        """Whether the slide belongs to the vocabulary warm-up (cards and game; not the warm-up questions)."""
        return self in (SlideKind.PREDICT, SlideKind.CARD, SlideKind.GAME, SlideKind.SCORE)

    @property
    def timed(self) -> bool:
        """Whether the slide carries a countdown (a question, a prompt, a game round)."""
        return self in (SlideKind.WARM_UP, SlideKind.QUESTION, SlideKind.CHOICE, SlideKind.MATCHING,
                        SlideKind.PROMPT, SlideKind.GAME)

    @property
    def heading(self) -> bool:
        """Whether the slide is a big heading (title, end) rather than a body of text."""
        return self in (SlideKind.TITLE, SlideKind.END)
