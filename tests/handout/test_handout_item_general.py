"""Rules for items that must carry over to handouts nobody has seen: each on a small handout written for the test.

Symbols as bullets, a short task that belongs to its question, page buttons and links among the talk, a quiz
platform's labels, and where a list's kind comes from (position, numbering, who it asks about).
"""

from __future__ import annotations

from presenter.handout import import_handout
from presenter.lesson.model import Lesson

TEXT = ("Every spring the river floods the old market, and the traders move their stalls up the hill for a week. "
        "Nobody complains, because the water brings rich soil to the farms below and the harvest is good.\n\n"
        "This year the council wants to build a wall along the river to stop the floods for good, but the farmers "
        "say the soil will suffer.")


def _lesson(before: str, after: str) -> Lesson:
    return import_handout(f"The River Market\n\n{before}\n\nReading\n{TEXT}\n\n{after}").lesson


def test_any_symbol_before_a_line_marks_one_item_however_many_questions_it_asks() -> None:
    lesson = _lesson("Warm-up\n\u27a4 Do you like markets? Do you go often?\n\U0001F449 Have you seen a flood?",
                     "Discussion\n\u2192 Should the town build the wall? Why?\n\u270f\ufe0f Who should pay for it?")
    assert [p.text for p in lesson.warmup] == ["Do you like markets? Do you go often?", "Have you seen a flood?"]
    assert [p.text for p in lesson.discussion] == ["Should the town build the wall? Why?", "Who should pay for it?"]


def test_a_short_task_after_a_question_stays_with_it_and_a_line_under_a_colon_is_an_item_of_its_own() -> None:
    lesson = _lesson("", "Your turn \u2013 think and answer:\n\u2605 Would you move your stall? Tell a partner.\n"
                         "\u2605 Can a wall stop a river? Give an example.")
    assert [p.text for p in lesson.discussion] == ["Would you move your stall? Tell a partner.",
                                                  "Can a wall stop a river? Give an example."]


def test_buttons_links_and_page_labels_below_the_talk_are_no_prompts() -> None:
    lesson = _lesson("", "Discussion\nWould you like to trade at the market? Why?\n\nAttachments:\nMarket worksheet\n"
                         "Google Docs\n\n+ Add or create\nMark as done\n\u2190 Lesson 3          Lesson 5 \u2192")
    assert [p.text for p in lesson.discussion] == ["Would you like to trade at the market? Why?"]
