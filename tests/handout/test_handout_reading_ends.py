"""Where the reading ends on a worksheet whose parts are lettered apart from their task (handouts written for the test)."""

from __future__ import annotations

from presenter.handout import import_handout

TEXT = ("Every spring the river behind our school floods the lower field. The water comes up slowly, over two or\n"
        "three days, and the ducks arrive before the water does. This year the class measured the water each\n"
        "morning with a long painted stick and sent the numbers to the town council.\n")


def test_a_lettered_task_after_the_text_ends_it() -> None:
    page = (f"The Flood Field\n\nA   Read the text.\n\n{TEXT}\n"
            "B   Answer the questions.\n\n1  What floods every spring?\n2  Who measured the water?\n3  Who got the numbers?\n")
    lesson = import_handout(page).lesson
    assert lesson.reading.paragraphs[-1].text.endswith("the town council.")
    assert [q.text for q in lesson.comprehension][:3] == ["What floods every spring?", "Who measured the water?", "Who got the numbers?"]


def test_a_writers_note_above_a_heading_naming_the_text_is_not_the_text() -> None:
    note = ("Last spring my Year 9 group spent a whole week arguing about floods, so I wrote this short piece for them. "
            "Use it with your own classes if you like, and tell me how it goes in the replies.")
    page = (f"The Flood Field\n\n{note}\n\nHow we used it\n\nPairs talked first, then everyone read in silence.\n\n"
            f"The text\n\n{TEXT}\n(The school and the field are invented for this lesson.)\n\n"
            "Questions\n1. What floods every spring?\n")
    reading = import_handout(page).lesson.reading.paragraphs
    assert reading[0].text.startswith("Every spring the river")
    assert reading[-1].text.endswith("the town council.")


def test_a_day_numbered_task_and_the_next_days_part_are_not_the_text() -> None:
    page = ("Maple Language Centre\n"
            "The Flood Field: A River That Visits\n"
            f"WEEK 2 → Read the story. Circle the numbers.\n{TEXT}"
            "WEEK 3 → Comprehension check\n1. What floods every spring?\n2. Who measured the water?\n")
    lesson = import_handout(page).lesson
    assert lesson.title == "The Flood Field: A River That Visits"
    assert lesson.reading.paragraphs[0].text.startswith("Every spring the river")
    assert lesson.reading.paragraphs[-1].text.endswith("the town council.")
