"""The narration's key intents (N, X, [ ] \\, S, E, and < > for the reading speed), for the window's router."""

from __future__ import annotations

from collections.abc import Callable

from presenter.narration.speeds import SPEEDS
from presenter.ui.audio.narrator import Narrator


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
        "sentence-again": narrator.repeat, "say": lambda: narrator.say_card(slow=False),
        "say-slow": lambda: narrator.say_card(slow=True), "say-example": narrator.say_card_example,
        "slower": lambda: notify(step_speed(narrator, -1)), "faster": lambda: notify(step_speed(narrator, 1)),
    }
