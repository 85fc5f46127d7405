"""Warm-up > "10 random cards": a lesson with many terms gets a short warm-up, the same cards until drawn again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from presenter.deck.kinds import SlideKind
from presenter.ui.app.window import PresentationWindow


def _cards(window: PresentationWindow) -> list[int]:
    assert window.controller is not None
    return [s.item for s in window.controller.deck.slides if s.kind == SlideKind.CARD]  # type: ignore[misc]


def test_ten_random_cards_and_back_to_all(qtbot: QtBot, window: PresentationWindow) -> None:
    everything = _cards(window)
    assert len(everything) > 10  # the check needs a lesson with more terms than that
    window.act("cards:10")
    drawn = _cards(window)
    assert len(drawn) == 10 == len(set(drawn)) and set(drawn) <= set(everything)
    assert drawn == sorted(drawn)  # in the lesson's order unless shuffled
    c = window.controller
    assert c is not None
    c.step_text_size(1)  # the deck is rebuilt: the same cards stay
    assert _cards(window) == drawn
    assert window.session.settings.get("warmup_cards", c.lesson.path) == 10  # type: ignore[attr-defined]
    draws = set()
    for _ in range(5):
        window.act("cards:10")
        draws.add(tuple(_cards(window)))
    assert len(draws) > 1  # drawing again gives another set
    window.act("cards:0")
    assert _cards(window) == everything
    assert window.session.settings.get("warmup_cards", c.lesson.path) == 0  # type: ignore[attr-defined]
