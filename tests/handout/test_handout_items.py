"""Vocabulary, matching exercises and answer keys inside a handout's parts, each rule on a small handout written for it.

Word boxes, word lists, glossary tables, matching exercises and keys in layouts the importer reads
by their shape (borders, spaced slashes, column gaps, key lines), not by their wording.
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


def test_a_row_of_lettered_words_gives_one_entry_each() -> None:
    text = f"The River Market\n\nReading\n{TEXT}\n\nVocabulary: a) flood  b) trader  c) rich soil\n"
    assert [e.term for e in import_handout(text).lesson.vocabulary] == ["flood", "trader", "rich soil"]


def test_a_list_of_page_words_the_reading_never_uses_is_no_word_list() -> None:
    text = f"The River Market\n\nHome\nCourses\nCalendar\n\n{TEXT}\n\nQuestions\n1. Where do the traders go?\n"
    result = import_handout(text)
    assert result.lesson.vocabulary == ()
    notes = [n for p in result.lesson.reading.paragraphs for n in p.notes]
    assert any("Calendar" in n for n in notes)


def test_a_matching_table_with_letters_in_a_column_and_a_header_row_in_the_glossary() -> None:
    text = ("The River Market\n\nKey words\nWord\tMeaning\tMy language\nflood\twater covering dry land\t\n"
            "stall\ta table for selling things\t\n\nReading\n" + TEXT + "\n\nMatch the words (1-3) with the meanings (a-c).\n"
            "1 harvest\ta water covering dry land\n2 flood\tb the crops gathered in a year\n"
            "3 stall\tc a table for selling things\n\n1 ___   2 ___   3 ___\n\nAnswers\n1b 2a 3c\n")
    lesson = import_handout(text).lesson
    assert [e.term for e in lesson.vocabulary] == ["flood", "stall", "harvest"]
    assert lesson.exercises[0].pairs == (("harvest", "the crops gathered in a year"), ("flood", "water covering dry land"),
                                         ("stall", "a table for selling things"))


def test_a_word_box_above_meanings_with_gaps_is_a_matching_exercise() -> None:
    text = (f"The River Market\n\nReading\n{TEXT}\n\nQuestions\n1. Where do the traders go?\n\n"
            "Drag the words to their meanings.\nflood   stall   harvest\n[______] a table for selling things\n"
            "[______] the crops gathered in a year\n[______] water covering dry land\n")
    lesson = import_handout(text).lesson
    assert [e.term for e in lesson.vocabulary] == ["flood", "stall", "harvest"]
    assert sorted(m for _, m in lesson.exercises[0].pairs) == ["a table for selling things",
                                                              "the crops gathered in a year", "water covering dry land"]


def test_a_word_list_kept_as_records_of_word_and_meaning_fields() -> None:
    text = ('The River Market\n\nVocabulary\n- word: "flood"\n  meaning: "water covering dry land"\n'
            '- word: "stall"\n  meaning: "a table for selling things"\n<!-- TODO: add a picture -->\n\nReading\n' + TEXT + "\n")
    lesson = import_handout(text).lesson
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [("flood", "water covering dry land"),
                                                                   ("stall", "a table for selling things")]


def test_a_two_column_table_under_a_task_to_join_its_columns_is_a_matching_exercise_keyed_by_name() -> None:
    text = ("The River Market\n\nVocabulary\nDraw a line from each word to its meaning.\nWord\tMeaning\n"
            "flood\ta table for selling things\nstall\tthe crops gathered in a year\nharvest\twater covering dry land\n\n"
            "Reading\n" + TEXT + "\n\nAnswer key\nflood \u2013 water covering dry land; stall \u2013 a table for selling "
            "things; harvest \u2013 the crops gathered in a year\n")
    lesson = import_handout(text).lesson
    assert lesson.exercises[0].pairs == (("flood", "water covering dry land"), ("stall", "a table for selling things"),
                                         ("harvest", "the crops gathered in a year"))
    assert [(e.term, e.definition) for e in lesson.vocabulary][0] == ("flood", "water covering dry land")


def test_a_glossary_table_aligned_with_spaces_or_with_a_part_of_speech_column() -> None:
    spaced = ("The River Market\n\nVocabulary\n\nWORD            MEANING\nflood           water covering dry land\n"
              "stall           a table for selling things\nrich soil       earth that helps plants grow well\n\n"
              "Reading\n" + TEXT + "\n")
    assert [(e.term, e.definition) for e in import_handout(spaced).lesson.vocabulary] == [
        ("flood", "water covering dry land"), ("stall", "a table for selling things"),
        ("rich soil", "earth that helps plants grow well")]
    tabbed = ("The River Market\n\nKey vocabulary\nTerm\tPart of speech\tDefinition\nflood\tnoun\twater covering dry land\n"
              "stall\tnoun\ta table for selling things\nsuffer\tverb\tto be badly affected\n\nReading\n" + TEXT + "\n")
    assert [(e.term, e.part_of_speech, e.definition) for e in import_handout(tabbed).lesson.vocabulary] == [
        ("flood", "noun", "water covering dry land"), ("stall", "noun", "a table for selling things"),
        ("suffer", "verb", "to be badly affected")]


def test_a_glossary_under_a_warm_up_heading_is_vocabulary_not_prompts() -> None:
    text = ("The River Market\n\nBefore you read\nHave you ever been to a market?\nDo you like rain?\n\n"
            "Useful words (ask me or look them up if you need help with them)\nflood \u2013 water covering dry land\n"
            "stall \u2013 a table for selling things\n\n"
            "Reading\n" + TEXT + "\n")
    lesson = import_handout(text).lesson
    assert [p.text for p in lesson.warmup] == ["Have you ever been to a market?", "Do you like rain?"]
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [("flood", "water covering dry land"),
                                                                   ("stall", "a table for selling things")]


def test_a_list_of_dates_or_a_decorated_title_near_the_words_is_no_glossary() -> None:
    text = ("The River Market\n\n" + TEXT + "\n\nDATES FOR YOUR DIARY\n* Tue 17 March - School photographs\n"
            "* Fri 20 March - Sports day\n\nWords to learn: flood, stall, harvest\n\n~~~ The Market Song ~~~\n\n"
            "Questions\n1. Where do the traders go?\n")
    assert [e.term for e in import_handout(text).lesson.vocabulary] == ["flood", "stall", "harvest"]


def test_a_glossary_caption_and_a_page_button_are_no_entries() -> None:
    text = ("The River Market\n\nReading\n" + TEXT + "\n\nWORDS TO KNOW\nKey terms from this lesson:\n"
            "flood \u2014 water covering dry land\nstall \u2014 a table for selling things\n"
            "harvest \u2014 the crops gathered in a year\n\n\U0001f50a Listen to this article\n")
    assert [e.term for e in import_handout(text).lesson.vocabulary] == ["flood", "stall", "harvest"]


def test_a_key_in_columns_and_a_line_about_the_questions() -> None:
    block = ("Think about these questions. You do not need to write anything.\n1. How far do the traders go?\n"
             "2. What does the water bring?\n\nAnswer key\n1 500 metres   2 rich soil\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\nQuestions\n{block}").lesson
    assert [(q.text, q.answer) for q in lesson.comprehension] == [("How far do the traders go?", "500 metres"),
                                                                  ("What does the water bring?", "rich soil")]
    assert answer_groups("1 140   2 (your) card   3 15 minutes") == [{"1": "140", "2": "(your) card", "3": "15 minutes"}]
