"""Where a slide is in the lesson, so a rebuilt deck (new size, options, edit) keeps the class's place."""

from __future__ import annotations

from dataclasses import dataclass

from presenter.deck.deck import Deck
from presenter.deck.kinds import SlideKind


@dataclass(frozen=True, slots=True)
class Place:
    """A slide's anchor sentence (reading slides), its kind and its rank among slides of that kind."""

    anchor: int | None
    kind: SlideKind
    rank: int


def place_of(deck: Deck, index: int, anchor: int | None) -> Place:
    """The place of slide `index`; `anchor` is kept only for a reading slide."""
    kind = deck.slides[index].kind
    return Place(anchor if deck.anchor_sentence(index) is not None else None, kind,
                 sum(1 for s in deck.slides[:index] if s.kind == kind))


def equivalent_slide(deck: Deck, place: Place, fallback: int) -> int:
    """The slide of `deck` at `place`: the page with its sentence, or the same rank of its kind."""
    if place.anchor is not None and place.anchor < len(deck.index.sentences):
        return deck.slide_of_sentence(max(place.anchor, 0))
    same_kind = [i for i, s in enumerate(deck.slides) if s.kind == place.kind]
    if not same_kind:
        return min(fallback, len(deck.slides) - 1)
    return same_kind[min(place.rank, len(same_kind) - 1)]
