"""Why P puts no poll on the slide on screen (said on the slide instead of nothing happening)."""

from __future__ import annotations

from presenter.deck.kinds import SlideKind
from presenter.presenting.model import Presentation


def why_no_poll(model: Presentation) -> str:
    """What the teacher is told when P finds nothing to poll on the current slide."""
    kind = model.slide.kind
    if kind == SlideKind.QUESTION:
        return "No poll: an open question has no answers to vote on (true/false and choice questions have)"
    if kind in (SlideKind.PROMPT, SlideKind.WARM_UP):
        return "No poll: this prompt has no options (write them as a list under it)"
    return "Polls are for questions and prompts with options"
