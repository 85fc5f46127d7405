"""The narration's key intents (N, X, [ ] \\, S, E, and < > for the reading speed), for the window's router."""

from __future__ import annotations

from collections.abc import Callable

from presenter.deck.kinds import SlideKind
from presenter.narration.speeds import SPEEDS
from presenter.presenting.speech import card_example
from presenter.ui.audio.narrator import Narrator


def say_card(narrator: Narrator, slow: bool = False) -> None:
    """On a flashcard: say its term (slowly with `slow`)."""
    deck = narrator.deck
    slide = deck.deck.slides[deck.current]
    if slide.kind == SlideKind.CARD and slide.item is not None:
        narrator.say(deck.lesson.vocabulary[slide.item].term, slow)


def say_card_example(narrator: Narrator) -> None:
    """On a flashcard: say the reading's sentence with the term (or the lesson's own example)."""
    deck = narrator.deck
    slide = deck.deck.slides[deck.current]
    if slide.kind == SlideKind.CARD:
        deck.load_terms()
    if text := card_example(deck.lesson, slide, deck.found):
        narrator.say(text)


def step_speed(narrator: Narrator, step: int) -> str:
    """One speed slower (-1) or faster (+1) within SPEEDS; what the slide should say about it."""
    now = SPEEDS.index(min(SPEEDS, key=lambda s: abs(s - narrator.speed)))
    new = min(max(now + step, 0), len(SPEEDS) - 1)
    if new != now:
        narrator.set_speed(SPEEDS[new])
    edge = "" if new != now else ("  (the slowest)" if step < 0 else "  (the fastest)")
    return f"Reading speed {SPEEDS[new]:.1f}×{edge}"


def narration_intents(narrator: Narrator, notify: Callable[[str], None]) -> dict[str, Callable[[], object]]:
    """Intents by name (the key table's) that drive `narrator`; a speed change is shown with `notify`."""
    return {
        "narrate": narrator.toggle, "narration-stop": narrator.stop,
        "sentence-previous": narrator.previous_sentence, "sentence-next": narrator.next_sentence,
        "sentence-again": narrator.repeat, "say": lambda: say_card(narrator),
        "say-slow": lambda: say_card(narrator, slow=True), "say-example": lambda: say_card_example(narrator),
        "slower": lambda: notify(step_speed(narrator, -1)), "faster": lambda: notify(step_speed(narrator, 1)),
    }
