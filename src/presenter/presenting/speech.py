"""What N reads on each kind of slide: the reading only on reading slides, else the slide's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from presenter.deck.deck import Slide
from presenter.deck.kinds import SlideKind
from presenter.lesson.model import Lesson
from presenter.presenting.types import NarrationTarget, ReadFrom, SayText

if TYPE_CHECKING:
    from presenter.warmup.game import GameState


def slide_words(lesson: Lesson, slide: Slide, game: GameState | None = None) -> str:
    """The words a slide shows, as they should be read aloud ("" when there is nothing to read)."""
    kind, item = slide.kind, slide.item
    if kind == SlideKind.QUESTION and item is not None:
        q = lesson.comprehension[item]
        return " ".join([q.text, *q.options])
    if kind == SlideKind.PROMPT and item is not None:
        p = lesson.discussion[item]
        return " ".join([p.text, *p.options])
    if kind == SlideKind.CARD and item is not None:
        return lesson.vocabulary[item].term
    if kind == SlideKind.GAME and item is not None:
        if game is None or item >= len(game.rounds):
            return ""
        r = game.rounds[item]
        return " ".join([r.prompt.replace("_____", "blank"), *(lesson.vocabulary[o].term for o in r.options)])
    if kind == SlideKind.SCORE:
        return ""
    # title, predict, end: the lines they show (a title slide's text starts with its title)
    lines = (slide.text,) if kind == SlideKind.TITLE else (slide.title, slide.text)
    return ". ".join(x.rstrip(".!?") for line in lines for x in line.splitlines() if x.strip())


def narration_target(lesson: Lesson, slide: Slide, game: GameState | None = None) -> NarrationTarget:
    """Read the reading from the slide's first sentence, or say the slide's own words; None for nothing."""
    if slide.kind == SlideKind.READING:
        return ReadFrom(slide.page.first_sentence) if slide.page is not None else None
    text = slide_words(lesson, slide, game)
    return SayText(text) if text.strip() else None
