"""Where the reading ends: chrome after the text, a later part with no paragraphs, a list inside the text (written for the test)."""

from __future__ import annotations

import pytest

from presenter.handout import import_handout
from presenter.handout.lines import is_separator, section_kind
from presenter.handout.roles import Part

PARAS = ("Every spring the river behind our school floods the lower field. The water comes up slowly, over two or "
         "three days, and the ducks arrive before the water does.",
         "This year the class measured the water each morning with a long painted stick. We wrote the numbers on a "
         "chart and sent them to the town council, who thanked us in a letter.")
FIRST, LAST = "Every spring the river", "who thanked us in a letter."


def _reading(handout: str) -> tuple[list[str], str]:
    result = import_handout(handout)
    paragraphs = result.lesson.reading.paragraphs
    notes = " ".join(n for p in paragraphs for n in p.notes)
    return [p.text for p in paragraphs], notes


def test_lines_with_no_sentences_after_the_text_end_it_and_are_kept_as_notes() -> None:
    handout = (f"The Flood Field\n\n{PARAS[0]}\n\n{PARAS[1]}\n\n"
               "Page menu\n1  2  3  4\nTime remaining 0:12:00\n\n"
               "Item 1\nNot answered yet\nWorth 1 mark\nWhen does the river flood the field?\n\n"
               "Jump to...\nHelp centre\n")
    paragraphs, notes = _reading(handout)
    assert paragraphs[0].startswith(FIRST) and paragraphs[-1].endswith(LAST)
    assert "Time remaining" in notes and "Page menu" in notes  # not the text, and not lost


def test_a_later_reading_heading_over_no_paragraphs_is_not_more_of_the_text() -> None:
    handout = (f"The Flood Field\n\nREADING\n\n{PARAS[0]}\n\n{PARAS[1]}\n\n"
               "QUESTIONS\n\n1. When does the river flood the field?\n2. Who did the class write to?\n\n"
               "Transcript\n\nRiverside Channel\n52K followers\n\n@sam_r  2 days ago\nGreat video ♡ 12  Reply\n")
    paragraphs, notes = _reading(handout)
    assert paragraphs[0].startswith(FIRST) and paragraphs[-1].endswith(LAST)
    assert "52K followers" in notes


def test_a_short_list_inside_the_text_does_not_end_it() -> None:
    handout = (f"The Flood Field\n\n{PARAS[0]}\n\nWe took with us:\nboots\na notebook\nthe painted stick\n\n{PARAS[1]}\n\n"
               "1. When does the river flood the field?\n2. Who did the class write to?\n")
    paragraphs, _ = _reading(handout)
    assert paragraphs[0].startswith(FIRST) and paragraphs[-1].endswith(LAST)


MORE = ("In the summer the field dries out and the grass grows back, greener than before. The caretaker says the "
        "flood is good for the soil, and the ducks come back every year to the same corner of the field.")


def test_the_text_starts_after_a_form_line_and_the_exam_instructions_above_its_own_title() -> None:
    handout = ("Practice Test 3\n\nName ....................   Class ..........\n\n"
               "In this part you read one text and then answer three questions about it.\n\n"
               "For questions 1-3, choose the best answer.\n\n"
               f"The Flood Field\n\n{PARAS[0]}\n\n{PARAS[1]}\n\n{MORE}\n\n"
               "1. When does the river flood the field?\n2. Who did the class write to?\n")
    paragraphs, notes = _reading(handout)
    assert paragraphs[0].startswith(FIRST) and paragraphs[-1].endswith("the same corner of the field.")
    assert "Name ...." in notes


def test_a_box_inside_the_text_does_not_move_its_start() -> None:
    handout = (f"The Flood Field\n\n{PARAS[0]}\n\n+------------+\n| flood   water over land |\n| chart   a drawing of numbers |\n"
               f"+------------+\n\n{PARAS[1]}\n\n{MORE}\n\n1. When does the river flood the field?\n2. Who did the class write to?\n")
    paragraphs, _ = _reading(handout)
    assert paragraphs[0].startswith(FIRST)


def test_an_end_mark_ends_the_text_before_an_unheaded_task() -> None:
    handout = (f"The Flood Field\n\n{PARAS[0]}\n\n{PARAS[1]}\n\n■\n\n"
               "A  Which word? Put the English words (1-3) with the meanings (a-c).\n1 flood   a) a drawing\n"
               "2 chart   b) water over land\n3 stick   c) a long thin piece of wood\n")
    paragraphs, _ = _reading(handout)
    assert paragraphs[-1].endswith(LAST)


def test_a_site_heading_with_an_icon_code_and_a_tip_box_above_the_text() -> None:
    handout = (f"# The Flood Field\n\n## :material-lightbulb: Before you read\n\n1. Have you ever seen a flood?\n\n"
               f"## :material-text: Reading\n\n!!! tip\n    Take your time and enjoy it, do not worry about new words.\n\n"
               f"{PARAS[0]}\n\n{PARAS[1]}\n\n## :material-check: Comprehension\n\n1. When does the river flood the field?\n")
    result = import_handout(handout)
    paragraphs = result.lesson.reading.paragraphs
    assert paragraphs[0].text.startswith(FIRST) and paragraphs[-1].text.endswith(LAST)
    assert [q.text for q in result.lesson.comprehension] == ["When does the river flood the field?"]


def test_an_icon_code_before_a_heading_name_does_not_hide_the_part() -> None:
    assert section_kind(":material-text: Reading") == Part.READING
    assert section_kind(":fontawesome-solid-check: Comprehension") == Part.QUESTIONS


def test_a_headline_printed_on_top_of_the_first_line_is_not_the_texts_first_words() -> None:
    wrapped = ("Every spring the river behind our school floods the\nlower field. The water comes up slowly, over two or\n"
               "three days, and the ducks arrive before the water does.\n")
    handout = f"Unit 4\n\nREAD\n\nThe flood field\n{wrapped}\n{PARAS[1]}\n\n1. When does the river flood the field?\n"
    paragraphs, _ = _reading(handout)
    assert paragraphs[0].startswith(FIRST)


def test_a_story_s_short_last_lines_stay_in_the_text_when_questions_follow() -> None:
    handout = (f"The Flood Field\n\n{PARAS[0]}\n\n{PARAS[1]}\n\nAnd the ducks?\nThey stayed.\n\n"
               "Questions\n\n1. When does the river flood the field?\n2. Who did the class write to?\n")
    paragraphs, notes = _reading(handout)
    assert "They stayed." in paragraphs[-1] and "They stayed" not in notes


def test_a_poem_s_closing_stanza_stays_in_the_text() -> None:
    stanza = "Grey water under the gate,\nthe heron waiting,\nwe walk home late.\n\n"
    handout = (f"Flood Song\n\n{PARAS[0]}\n\n{stanza}"
               "1. When does the river flood the field?\n2. What does the heron do?\n")
    paragraphs, notes = _reading(handout)
    assert "we walk home late." in " ".join(paragraphs) and "heron" not in notes


def test_lines_naming_a_section_and_counting_pages_after_the_text_end_it() -> None:
    handout = (f"The Flood Field\n\n{PARAS[0]}\n\n{PARAS[1]}\n\n"
               "Part 2 / 5\nCheck your reading\n\n"
               "When does the river flood the field? *\nIn spring\nIn autumn\n")
    paragraphs, notes = _reading(handout)
    assert paragraphs[-1].endswith(LAST) and "Part 2 / 5" in notes


@pytest.mark.parametrize("top, side, bottom", [("┌────────────────┐", "│", "└────────────────┘"),
                                               ("╔════════════════╗", "║", "╚════════════════╝")])
def test_a_box_s_borders_go_with_its_lines_and_are_never_paragraphs(top: str, side: str, bottom: str) -> None:
    box = f"{top}\n{side} field   Feld {side}\n{side} river   Fluss {side}\n{side} council   Rat {side}\n{bottom}"
    paragraphs, _ = _reading(f"The Flood Field\n\n{PARAS[0]}\n\n{box}\n\n{PARAS[1]}\n\n1. When does the river flood?\n")
    assert not any(set(p) & set(top + bottom) for p in paragraphs) and paragraphs[-1].endswith(LAST)
    assert not is_separator(top) and is_separator("─" * 16)


NIGHT = ("The Night Library\n"
         "In our town the library opens at night once a month. People come after work, and some bring their\n"
         "children – or their grandparents – to read together on the big sofas. The librarian, Tom Hale, says\n"
         "the evenings began as an experiment in 2021. \"Nobody came the first time,\" he remembers. \"Then a\n"
         "teacher told her class, and the next month forty people were waiting at the door.\" Now the night\n"
         "library has music, tea and a quiet room for people who only want to read alone.\n")
FERRY = ("Last Ferry Home\n"
         "The last ferry leaves the island at ten, and most nights it carries only a few passengers. On Fridays\n"
         "it is full – students — nurses — cooks from the harbour cafés – all going home after a long week. The\n"
         "captain, Mara Olsen, knows most of them by name and keeps a box of biscuits by the wheel for anyone\n"
         "who missed dinner. In winter the crossing can take an hour, but nobody complains, she says.\n")


@pytest.mark.parametrize("text, first, last", [(NIGHT, "In our town", "read alone."), (FERRY, "The last ferry", "she says.")])
def test_a_headline_over_a_wrapped_paragraph_with_dashes_is_the_text_not_a_glossary(text: str, first: str, last: str) -> None:
    handout = ("Unit 4\n\nVOCABULARY AND READING\n1  Work in pairs. Talk about the questions.\na  Have you been there?\n"
               f"b  Would you go again?\n\n{text}\n3  Are the sentences true (T) or false (F)?\n1  It is new.\n2  It is free.\n")
    paragraphs, _ = _reading(handout)
    assert paragraphs[0].startswith(first) and paragraphs[-1].endswith(last)
