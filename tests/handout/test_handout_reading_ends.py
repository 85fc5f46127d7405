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
