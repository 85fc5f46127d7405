"""Items inside a handout's parts, each rule shown on a small handout written for the test.

Word boxes, word lists, matching exercises, options and answer keys in layouts the importer
reads by their shape (borders, spaced slashes, column gaps, key lines), not by their wording.
"""

from __future__ import annotations

from presenter.handout import import_handout
from presenter.handout.answers import answer_groups, is_key_line

TEXT = ("Every spring the river floods the old market, and the traders move their stalls up the hill for a week. "
        "Nobody complains, because the water brings rich soil to the farms below and the harvest is good.\n\n"
        "This year the council wants to build a wall along the river to stop the floods for good, but the farmers "
        "say the soil will suffer.")


def test_a_word_box_drawn_with_borders_gives_its_words_and_no_border() -> None:
    text = ("The River Market\n\n+--------------------------------+\n|  Word box                      |\n"
            "|                                |\n|   flood     stall     trader    |\n|   soil      harvest             |\n"
            "+--------------------------------+\n\nReading\n" + TEXT + "\n")
    lesson = import_handout(text).lesson
    assert [e.term for e in lesson.vocabulary] == ["flood", "stall", "trader", "soil", "harvest"]


def test_words_set_apart_by_spaced_slashes_are_a_list_but_forms_are_not() -> None:
    text = "The River Market\n\nKey words\nflood / stall / trader / rich soil\n\nReading\n" + TEXT + "\n"
    assert [e.term for e in import_handout(text).lesson.vocabulary] == ["flood", "stall", "trader", "rich soil"]
    forms = "The River Market\n\nKey words\nbring / brought / brought\nmove\n\nReading\n" + TEXT + "\n"
    entries = import_handout(forms).lesson.vocabulary
    assert entries[0].term == "bring" and "brought" in entries[0].forms


def test_a_matching_exercise_side_by_side_with_bare_letters_is_paired_by_the_key() -> None:
    text = ("The River Market\n\nVocabulary: match the words with their meanings.\n"
            "1 stall         a  the crops gathered in a year\n2 harvest       b  a table for selling things\n"
            "3 flood         c  water covering dry land\n\nReading\n" + TEXT + "\n\nAnswers\n1b 2a 3c\n")
    lesson = import_handout(text).lesson
    assert lesson.exercises[0].pairs == (("stall", "a table for selling things"), ("harvest", "the crops gathered in a year"),
                                         ("flood", "water covering dry land"))
    assert [e.term for e in lesson.vocabulary] == ["stall", "harvest", "flood"]


def test_a_matching_exercise_and_key_lines_among_the_questions_are_not_questions() -> None:
    text = ("The River Market\n\nReading\n" + TEXT + "\n\nQuestions\n1. Where do the traders go?\n"
            "2. What does the water bring?\n\nMatch the words from the text with their synonyms.\n"
            "1. stall         a. crop\n2. harvest       b. table\n3. flood         c. deluge\n\n"
            "Answers\n1. up the hill  2. rich soil\nMatching: 1b 2a 3c\n")
    lesson = import_handout(text).lesson
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "What does the water bring?"]
    assert [q.answer for q in lesson.comprehension] == ["up the hill", "rich soil"]
    assert lesson.exercises[0].pairs == (("stall", "table"), ("harvest", "crop"), ("flood", "deluge"))


def test_a_key_line_is_read_as_one_list_per_restart_and_a_question_is_no_key() -> None:
    assert answer_groups("Words: 1c 2d 3b Quiz: 1a 2b") == [{"1": "c", "2": "d", "3": "b"}, {"1": "a", "2": "b"}]
    assert answer_groups("1d 2b 3a   Part two 4b 5c") == [{"1": "d", "2": "b", "3": "a", "4": "b", "5": "c"}]
    assert is_key_line("1. False   2. True   3. True")
    assert not is_key_line("1. What does the council want to build?")
    assert not is_key_line("2. Why do the farmers say the soil will suffer")


def test_key_lines_under_a_repeated_part_heading_in_the_answers_are_answers() -> None:
    text = ("The River Market\n\nReading\n" + TEXT + "\n\nTrue or false\n1. The traders move down the hill.\n"
            "2. The council wants to build a wall.\n\nAnswers\n\nTrue or false\n1. False   2. True\n")
    lesson = import_handout(text).lesson
    assert [(q.text, q.answer) for q in lesson.comprehension] == [
        ("The traders move down the hill. True or false?", "False"), ("The council wants to build a wall. True or false?", "True")]
