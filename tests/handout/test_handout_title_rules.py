"""Lines that never name a lesson, and a coursebook's lesson code before a title (handouts written for the test)."""

from __future__ import annotations

import pytest

from presenter.handout import import_handout
from presenter.handout.title import not_a_title

TEXT = ("Every spring the river behind our school floods the lower field. The water comes up slowly, over two or "
        "three days, and the ducks arrive before the water does. This year the class measured the water each "
        "morning with a long painted stick and sent the numbers to the town council.")


@pytest.mark.parametrize("line", ["Name ....................   Class ..........", "(copied from an old book, sorry for typos)",
                                  "52K subscribers", "1,204 views", "FROM THE RIVERSIDE GAZETTE, page 4",
                                  "ホーム 講義 お問い合わせ English", "Course refs: Ab/C1.2 Ab/C1.3 Xy/D2.1", "0:00 / 7:12",
                                  "flood = water over land that is usually dry",
                                  "harbour  =  (n.) a place where boats are safe"])
def test_lines_that_never_name_a_lesson(line: str) -> None:
    assert not_a_title(line)


@pytest.mark.parametrize("line", ["The Flood Field", "\u201cThe River Market\u201d", "10 Things About Ducks",
                                  "The Dancing Plague of 1518", "Why Do Rivers Flood?", "Time = Money",
                                  "Rest = Work + Play"])
def test_titles_stay_titles(line: str) -> None:
    assert not not_a_title(line)


def test_a_form_line_at_the_top_is_not_the_title() -> None:
    lesson = import_handout(f"Name ....................   Class ..........\n\nThe Flood Field\n\n{TEXT}\n").lesson
    assert lesson.title == "The Flood Field"


def test_a_lesson_code_set_apart_before_the_title_is_not_part_of_it() -> None:
    lesson = import_handout(f"4C   The Flood Field\n\n{TEXT}\n\n1. When does the river flood?\n").lesson
    assert lesson.title == "The Flood Field"


def test_the_publisher_named_in_the_footer_is_not_the_title_though_it_comes_first() -> None:
    handout = ("RIVERBANK RESOURCES\n\nThe Flood Field\n\n© Riverbank Resources 2026 | page 1\n\n"
               f"READ\n\n{TEXT}\n\nThe Flood Field\n\n© Riverbank Resources 2026 | page 2\n")
    assert import_handout(handout).lesson.title == "The Flood Field"


def test_a_headline_whose_words_come_back_beats_a_header_of_cells() -> None:
    handout = ("Riverside College – Science Department          Year 7 – Reading\n\n"
               f"Pupils measure floods in the school field\n\nBEFORE YOU READ\n\n- Have you ever seen a flood?\n\n{TEXT} "
               "The pupils said measuring floods was fun, and the field will be measured again next year.\n")
    assert import_handout(handout).lesson.title == "Pupils measure floods in the school field"


def test_a_form_field_the_page_repeats_is_not_the_title_and_a_quiz_number_is_not_part_of_it() -> None:
    handout = ("Reading Quiz 3 – The Flood Field\n\nYour name *\nYour answer\n\nWhere do you live? *\nYour answer\n\n"
               f"The article\n\n{TEXT}\n\nWhat did the class measure? *\nYour answer\n")
    assert import_handout(handout).lesson.title == "The Flood Field"


BRIDGE = ("Under the old bridge in our town there is a small garden. Nobody planted it: seeds came down the river and "
          "grew under the stones. Now the bridge has roses, and people stop on the bridge to look down at the garden.")


@pytest.mark.parametrize("site, title, text", [
    ("Understanding English", "Life Below the Bridge", BRIDGE),
    ("Universal Stories", "The Campus Garden", "Our university has a garden behind the library. Students from the "
     "university grow beans and tomatoes there, and the garden gives the canteen vegetables every week of the summer.")])
def test_a_site_name_sharing_only_a_word_s_first_letters_with_the_text_is_not_about_it(site: str, title: str, text: str) -> None:
    assert import_handout(f"{site}\n\n{title}\n\n{text}\n").lesson.title == title


@pytest.mark.parametrize("title", ["Garden      Under      the      Bridge", "River      Floods"])
def test_a_title_printed_with_wide_gaps_is_still_the_title(title: str) -> None:
    text = BRIDGE if "Bridge" in title else TEXT.replace("floods the lower field", "floods the field; the floods come back")
    lesson = import_handout(f"Riverside English\n\n{title}\n\n{text}\n").lesson
    assert lesson.title.split() == title.split()
