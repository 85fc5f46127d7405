"""Titles under an app's bar, a note for whoever runs the lesson, or a publication's name (handouts written for the test)."""

from __future__ import annotations

import pytest

from presenter.handout import import_handout
from presenter.handout.title import cleaned, not_a_title

TEXT = ("Every spring the river behind our school floods the lower field. The water comes up slowly, over two or "
        "three days, and the ducks arrive before the water does. This year the class measured the water each "
        "morning with a long painted stick and sent the numbers to the town council.")


def test_an_apps_bar_above_an_article_is_not_its_title() -> None:
    page = ("Continue in app\n\nGet the app\n\nSign in\n\nWrite\n\nSubscribers-only story\n\nThe Flood Field\n"
            "Kim Novak\n\nFollow\n\nPublished in\nRiver Notes\n\n·\n4 min read\n\n--\n\nListen\n\n"
            f"{TEXT}\n\n1. When does the river flood?\n")
    lesson = import_handout(page).lesson
    assert lesson.title == "The Flood Field"


def test_a_note_for_whoever_covers_the_lesson_is_not_the_title() -> None:
    page = ("SUPPLY LESSON          Year 8 (8R)          Period 5\n\nINSTRUCTIONS FOR THE SUPPLY TEACHER\n"
            "- The class may work in pairs.\n- Collect the sheets at the end.\nMany thanks - JB\n\n-----------\n\n"
            "          The Flood Field\n\n1. What floods every spring?\n2. Who measured the water?\n\n"
            f"Read the text.\n\n{TEXT}\n")
    assert import_handout(page).lesson.title == "The Flood Field"


def test_a_cover_lessons_heading_gives_way_to_the_lessons_title() -> None:
    page = f"Substitute plan for Tuesday\n\nThe Flood Field\n\n{TEXT}\n\n1. When does the river flood?\n"
    assert import_handout(page).lesson.title == "The Flood Field"


@pytest.mark.parametrize(("line", "title"), [("Lanterns on the Lake (Odile Varga)", "Lanterns on the Lake"),
                                             ("Lanterns on the Lake (by Odile Varga)", "Lanterns on the Lake"),
                                             ("Rivers of the World (Geography Link)", "Rivers of the World (Geography Link)"),
                                             ("A Week in (New York)", "A Week in (New York)")])
def test_an_authors_name_in_brackets_leaves_the_title(line: str, title: str) -> None:
    assert cleaned(line) == title


def test_a_title_under_a_label_numbering_the_text_beats_the_units_name() -> None:
    page = ("Unit 6   Living Near Water\n\nText 2\nCan a Field Be a Lake? The Spring Floods of Marlow\n\n"
            f"Before you read\n1. Have you seen a flood?\n\n{TEXT}\n\nQuestions\n1. What floods every spring?\n")
    assert import_handout(page).lesson.title == "Can a Field Be a Lake? The Spring Floods of Marlow"


@pytest.mark.parametrize("line", ["spillway (n.) a channel that carries", "to dredge (v.) to clear mud from", "brackish (adj.) a little salty"])
def test_a_glossary_entry_is_never_a_title(line: str) -> None:
    assert not_a_title(line)


def test_a_channels_name_over_every_post_is_not_the_title() -> None:
    header = "Daily Words with Mr Osei | Class Channel"
    page = (f"{header}\n📚 TEXT OF THE DAY (A2)\nThe Flood Field\n{TEXT}\n\n"
            f"{header}\nWhat floods every spring?\n\n{header}\nWho measured the water with a stick?\n")
    assert import_handout(page).lesson.title == "The Flood Field"


def test_a_title_chosen_from_among_a_parts_lines_leaves_that_part() -> None:
    page = ("COVER LESSON          Year 9          Room 12\n\nNOTES FOR THE COVER TEACHER\n- Students work alone.\n"
            "- Collect the books at the end.\nThanks - RM\n\n==========\n\n          The Flood Field\n"
            "          (Science link - Unit 2)\n\nTask 1 - Before you read. Answer in your book.\n"
            "a) Have you ever seen a flood?\n\nKey words:\nflood (v.) = to cover land with water\n"
            "measure (v.) = to find the size or amount of something\n\n"
            f"{TEXT}\n\n1. When does the river flood?\n")
    result = import_handout(page)
    assert result.lesson.title == "The Flood Field"
    # The title is the title only: not also a teacher's note on the reading.
    assert not any('"The Flood Field"' in w.message for w in result.warnings)
    assert "The Flood Field" not in " ".join(result.lesson.reading.paragraphs[0].notes)
