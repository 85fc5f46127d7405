"""The reading starts and ends where the text does: tasks, headings, ads and credits at its edges are kept out of it."""

from __future__ import annotations

import pytest

from presenter.handout import import_handout
from presenter.handout.debris import mark_debris
from presenter.handout.edges import EdgeKind, heading_like, junk_reason
from presenter.handout.lines import make_lines

TEXT = ("Every autumn the geese leave the northern lakes and fly south over the hills in long lines.\n\n"
        "Farmers along the way say they can tell the weather by watching them, and many of them are right.\n\n"
        "The last geese usually pass the village in the first week of November.")
FIRST = "Every autumn the geese leave the northern lakes"
LAST = "in the first week of November."
QUESTIONS = "Questions\n1. Where do the geese go?\n2. When do the last geese pass the village?\n"


def _import(before: str, after: str) -> tuple[str, str, list[str], str]:
    lesson = import_handout(f"Geese on the Move\n\n{before}{TEXT}\n\n{after}{QUESTIONS}").lesson
    paragraphs = lesson.reading.paragraphs
    return paragraphs[0].text, paragraphs[-1].text, list(paragraphs[0].notes), lesson.source


@pytest.mark.parametrize("task", [
    "Use the picture dictionary to help you while you read.", "Now listen to the story and follow the text.",
    "First read about a journey that thousands of birds make every year.",
])
def test_a_task_set_to_the_learner_above_the_text_is_a_note_not_the_text(task: str) -> None:
    first, last, notes, _ = _import(f"{task}\n\n", "")
    assert first.startswith(FIRST) and last.endswith(LAST)
    assert any(task in n for n in notes)  # kept for the teacher, not lost


@pytest.mark.parametrize("heading", ["Thinking about the geese", "Part 3 Check what you read", "Ask a partner:", "## Thinking it over"])
def test_a_heading_at_the_end_names_the_next_part_and_is_kept(heading: str) -> None:
    first, last, notes, _ = _import("", f"{heading}\n\n")
    assert first.startswith(FIRST) and last.endswith(LAST)
    assert any(heading.lstrip("# ") in n for n in notes)


@pytest.mark.parametrize("credit", ["*Retold from two old farming almanacs, 1998.*", "Story © J. Bell 2020, printed with "
                                    "permission.", "Based on a report by the county bird club"])
def test_a_credit_line_after_the_text_is_the_source(credit: str) -> None:
    first, last, _, source = _import("", f"{credit}\n\n")
    assert last.endswith(LAST)
    assert source and source in credit


@pytest.mark.parametrize("line", ["[ADVERTISEMENT]", "Advertisement - Try our grammar app free!", "Slide 4",
                                  "Weekly News  |  Spring Issue  |  Friday 3rd May", "Updated: 14 June 2024 10:05 AM"])
def test_ads_markers_and_page_bars_are_no_part_of_the_text(line: str) -> None:
    assert junk_reason(make_lines(line)[0])
    first, last, _, _ = _import(f"{line}\n\n", f"{line}\n\n")
    assert first.startswith(FIRST) and last.endswith(LAST)


@pytest.mark.parametrize("line", [
    "Read the signs, my grandmother always said, and you will never be caught in the rain.",
    "Text messages arrived all night.", "Look! The geese are coming back.", "She listened to the wind and waited.",
])
def test_text_that_starts_like_a_task_or_a_credit_is_text(line: str) -> None:
    assert not junk_reason(make_lines(line)[0])


def test_a_short_last_line_that_ends_a_sentence_is_no_heading() -> None:
    assert not heading_like(make_lines("And then they were gone.")[0])
    assert heading_like(make_lines("Check what you read")[0])


def test_the_edges_are_never_cut_down_to_nothing() -> None:
    text = "Short Note\n\nRead the text below.\n\nThe bus leaves at nine.\n\nQuestions\n1. When does the bus leave?\n"
    assert import_handout(text).lesson.reading.paragraphs[0].text == "The bus leaves at nine."


def test_questions_to_the_learner_above_the_text_are_not_the_text_but_its_warm_up() -> None:
    before = "• Have you ever watched birds fly south?\n• What do you think they eat on the way?\n\n"
    first, last, _, _ = _import(before, "")
    assert first.startswith(FIRST) and last.endswith(LAST)
    warmup = import_handout(f"Geese on the Move\n\n{before}{TEXT}\n\n{QUESTIONS}").lesson.warmup
    assert [p.text for p in warmup] == ["Have you ever watched birds fly south?", "What do you think they eat on the way?"]


def test_a_part_heading_and_its_task_glued_to_the_text_end_it() -> None:
    lesson = import_handout(f"Geese on the Move\n\n{TEXT}\n## Checking what you read\nAnswer these questions.\n"
                            "1. Where do the geese go?\n2. When do the last geese pass the village?\n").lesson
    assert lesson.reading.paragraphs[-1].text.endswith(LAST)


@pytest.mark.parametrize("line", ["<aside>", "</details>", "Loved this story? Share it with #geesewatch",
                                  "Words in bold are explained in the glossary."])
def test_markup_social_calls_and_lines_about_the_handout_are_no_part_of_the_text(line: str) -> None:
    assert junk_reason(make_lines(line)[0])
    first, last, _, _ = _import(f"{line}\n\n", f"{line}\n\n")
    assert first.startswith(FIRST) and last.endswith(LAST)


def test_slide_markers_of_an_exported_deck_are_chrome_not_the_title_or_the_text() -> None:
    text = (f"Slide 1\nGeese on the Move\n\nSlide 2\nRead: Part 1 – Leaving the lakes\n{TEXT}\n\nSlide 3\n{QUESTIONS}")
    lesson = import_handout(text).lesson
    assert lesson.title == "Geese on the Move"
    assert lesson.reading.paragraphs[0].text.startswith(FIRST) and lesson.reading.paragraphs[-1].text.endswith(LAST)


def test_a_toolbar_and_a_date_and_level_line_neither_title_nor_start_the_text() -> None:
    text = (f"[Print] [Save as PDF] [Listen – 3:10]\n\nGeese on the Move\n\n2 March 2025        Level 3 (of 6)\n\n"
            f"{TEXT}\n\n{QUESTIONS}")
    lines = make_lines(text)
    mark_debris(lines)
    assert lines[0].role == "debris"
    lesson = import_handout(text).lesson
    assert lesson.title == "Geese on the Move"
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)


def test_a_site_banner_with_its_slogan_and_a_rating_bar_are_not_the_title_or_the_words() -> None:
    text = (f"Garden Talk  —  Learn English outdoors!\nHome » Lessons » Nature\n\nGeese on the Move\n"
            f"★★★★☆ 4.1 (12 ratings)   |   Save   |   Print\n\n{TEXT}\n\n{QUESTIONS}")
    lesson = import_handout(text).lesson
    assert lesson.title == "Geese on the Move"
    assert not any("ratings" in e.term or "Print" in e.term for e in lesson.vocabulary)
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)


@pytest.mark.parametrize("line, kind", [("Home   |   Lessons   |   Contact", EdgeKind.DEBRIS),
                                        ("Adapted from a story by Ann Lee", EdgeKind.SOURCE),
                                        ("Now read the text and answer the questions.", EdgeKind.NOTE)])
def test_an_edge_line_says_what_it_becomes(line: str, kind: EdgeKind) -> None:
    edge = junk_reason(make_lines(line)[0])
    assert edge is not None and edge.kind == kind and edge.why


def test_a_title_printed_with_wide_gaps_is_no_bar_of_items() -> None:
    assert junk_reason(make_lines("Garden      Under      the      Bridge")[0]) is None


@pytest.mark.parametrize("teaser", [
    "Geese are leaving earlier every year.\nOur reporter SAM OKAFOR spent a week\nwith the farmers who watch them.",
    "Why do the birds always know the way? Our own correspondent, Li Wei, went north to find out.",
])
def test_a_teaser_that_names_the_article_s_writer_is_a_note_not_the_text(teaser: str) -> None:
    first, last, notes, _ = _import(f"{teaser}\n\n", "")
    assert first.startswith(FIRST) and last.endswith(LAST) and "correspondent" not in first and "reporter" not in first


def test_a_first_paragraph_about_a_writer_that_is_not_ours_stays_the_text() -> None:
    lesson = import_handout(f"Geese on the Move\n\nThe writer Ana Ruiz grew up near the lakes.\n\n{TEXT}\n\n{QUESTIONS}").lesson
    assert lesson.reading.paragraphs[0].text.startswith("The writer Ana Ruiz")
