"""What N reads on each kind of slide: the reading only on reading slides, else the slide's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from presenter.deck.deck import Slide
from presenter.deck.kinds import SlideKind
from presenter.lesson.model import Lesson
from presenter.presenting.types import NarrationTarget, ReadFrom, SayText

if TYPE_CHECKING:
    from presenter.text.occurrences import Occurrence
    from presenter.warmup.game import GameState


def slide_words(lesson: Lesson, slide: Slide, game: GameState | None = None) -> str:
    """The words a slide shows, as they should be read aloud ("" when there is nothing to read)."""
    kind, item = slide.kind, slide.item
    if kind == SlideKind.QUESTION and item is not None:
        q = lesson.comprehension[item]
        return " ".join([q.text, *q.options])
    if kind in (SlideKind.PROMPT, SlideKind.WARM_UP) and item is not None:
        p = (lesson.discussion if kind == SlideKind.PROMPT else lesson.warmup)[item]
        return " ".join([p.text, *p.options])
    if kind == SlideKind.CHOICE and item is not None:
        e = lesson.exercises[item]
        return " ".join([e.text, *e.options])
    if kind == SlideKind.CARD and item is not None:
        return lesson.vocabulary[item].term
    if kind == SlideKind.GAME and item is not None:
        if game is None or item >= len(game.rounds):
            return ""
        r = game.rounds[item]
        return " ".join([r.prompt.replace("_____", "blank"), *(lesson.vocabulary[o].term for o in r.options)])
    if kind in (SlideKind.SCORE, SlideKind.VIDEO):  # a number, or a clip that speaks for itself
        return ""
    # title, predict, picture, end: the lines they show (a title slide's text starts with its title)
    lines = (slide.text,) if kind == SlideKind.TITLE else (slide.title, slide.text)
    said = dict.fromkeys(x.rstrip(".!?") for line in lines for x in line.splitlines() if x.strip())
    return ". ".join(said)  # each line once: a picture's caption may also be its title


def card_example(lesson: Lesson, slide: Slide, found: dict[int, list[Occurrence]] | None) -> str:
    """What E says on a card: the lesson's example, else the shortest sentence of the reading with the term."""
    if slide.kind != SlideKind.CARD or slide.item is None:
        return ""
    hits = (found or {}).get(slide.item, [])
    return lesson.vocabulary[slide.item].example or (min(hits, key=lambda o: len(o.sentence)).sentence if hits else "")


def _placed(shown: str, said: str) -> tuple[tuple[int, int, int], ...]:
    """Where the said lines sit in the slide's text: each line's words ("A) " and "1. " labels are not said)."""
    if shown == said:
        return ((0, 0, len(said)),)
    parts, at, pos = [], 0, 0
    for line in shown.split("\n"):
        piece = next((p for p in (line, *(line[k:] for k in range(1, min(6, len(line))))) if said.startswith(p, pos)), None)
        if piece:
            parts.append((pos, at + len(line) - len(piece), len(piece)))
            pos += len(piece) + 1
        at += len(line) + 1
    return tuple(parts)


def narration_target(lesson: Lesson, slide: Slide, game: GameState | None = None, index: int = 0) -> NarrationTarget:
    """Read the reading from the slide's first sentence, or say slide `index`'s own words; None for nothing."""
    if slide.kind == SlideKind.READING:
        return ReadFrom(slide.page.first_sentence) if slide.page is not None else None
    text = slide_words(lesson, slide, game)
    if not text.strip():
        return None
    if slide.kind in (SlideKind.QUESTION, SlideKind.PROMPT, SlideKind.WARM_UP, SlideKind.CHOICE):
        return SayText(text, index, _placed(slide.text, text))
    if slide.kind == SlideKind.CARD:
        return SayText(text, index, ((0, 0, len(text)),))  # the term, as the card's front shows it
    return SayText(text, index)
