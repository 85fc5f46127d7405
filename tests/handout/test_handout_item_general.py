"""Rules for items that must carry over to handouts nobody has seen: each on a small handout written for the test.

Symbols as bullets, a short task that belongs to its question, page buttons and links among the talk, a quiz
platform's labels, and where a list's kind comes from (position, numbering, who it asks about).
"""

from __future__ import annotations

from presenter.handout import import_handout
from presenter.handout.questions import is_instruction, is_note, names_task
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


def test_a_quiz_attempt_page_numbers_each_question_and_its_platform_labels_are_no_text() -> None:
    block = ("Questions\nQuiz navigation\n1  2  3\n\nQuestion 1\nNot yet answered\nMarked out of 1.00\nFlag question\n"
             "Question text\nWhere do the traders go?\nSelect one:\na. down the river\nb. up the hill\n\n"
             "Question 2\nNot yet answered\nMarked out of 1.00\nFlag question\nQuestion text\n"
             "The farmers want a wall.\nSelect one:\nTrue\nFalse\n")
    result = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}")
    assert [(q.label, q.text, q.options) for q in result.lesson.comprehension] == [
        ("1", "Where do the traders go?", ("down the river", "up the hill")),
        ("2", "The farmers want a wall. True or false?", ())]
    assert {"Not yet answered", "Marked out of 1.00", "Flag question"} <= {d.text for d in result.dropped}


def test_a_form_printout_required_marks_points_and_answer_boxes_come_off_its_questions() -> None:
    block = ("Comprehension\n\nWhere do the traders go? *\n1 point\n\u25ef Down the river\n\u25ef Up the hill\n\n"
             "Which of these does the text name? (Choose all that apply) *\n1 point\n\u2610 The farms\n\u2610 A bridge\n\n"
             "Explain in your own words why nobody complains. *\n2 points\nYour answer\n\n"
             "Match each word with its meaning. *\n4 points\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [(q.text, q.options) for q in lesson.comprehension] == [
        ("Where do the traders go?", ("Down the river", "Up the hill")),
        ("Which of these does the text name?", ("The farms", "A bridge")),
        ("Explain in your own words why nobody complains.", ())]
    assert lesson.discussion == ()


def test_questions_about_the_learners_before_the_reading_are_its_warm_up_and_questions_about_the_text_are_not() -> None:
    lesson = _lesson("Questions\n1. Do you ever shop at a market?\n2. What have you seen a river do after rain?",
                     "Questions\n1. Where do the traders go?\n2. Who wants a wall?")
    assert [p.text for p in lesson.warmup] == ["Do you ever shop at a market?", "What have you seen a river do after rain?"]
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "Who wants a wall?"]
    lesson = _lesson("Questions\n1. Where do the traders go?\n2. Who wants a wall?", "")
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "Who wants a wall?"]
    assert lesson.warmup == ()


def test_a_talk_heading_over_numbers_that_go_on_from_the_questions_still_holds_questions_about_the_text() -> None:
    lesson = _lesson("", "Questions\n1. Where do the traders go?\n2. Who wants a wall?\n\nThink about it\n"
                         "3. Why do the farmers worry about the soil?\n4. Should the town build the wall?\n"
                         "5. Would you like to live near the river? Tell a partner.")
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "Who wants a wall?",
                                                      "Why do the farmers worry about the soil?"]
    assert [p.text for p in lesson.discussion] == ["Should the town build the wall?",
                                                  "Would you like to live near the river? Tell a partner."]


def test_a_task_for_some_items_is_an_instruction_and_a_tip_is_a_note() -> None:
    assert is_instruction("For each question, choose the correct answer.")
    assert is_instruction("For questions 1\u20135, circle the best answer.")
    assert not is_instruction("For each trader, the flood is a problem.")
    assert is_note("EXAM TIP: The questions follow the order of the text.") and is_note("Hint: look at paragraph 2.")
    assert not is_note("Tips for the traders are in the text?")


def test_lines_below_a_fold_that_names_the_answers_are_the_key_not_more_questions() -> None:
    lesson = _lesson("", "Questions\n1. Where do the traders go?\n2. Who wants a wall?\n\n"
                         "??? note \"Suggested answers\"\n    1. Up the hill.\n    2. The council.\n\n"
                         "3. What does the water bring?\na) rich soil\nb) fish\n\n\u25bc Show answers\n3 a \u00b7 4 b\n")
    assert [(q.text, q.answer) for q in lesson.comprehension] == [
        ("Where do the traders go?", "Up the hill"), ("Who wants a wall?", "The council"),
        ("What does the water bring?", "rich soil")]


def test_a_numbered_part_for_speaking_turns_the_questions_below_it_into_prompts_each_on_its_line() -> None:
    lesson = _lesson("", "PART 1. Answer the questions.\n1. Where do the traders go?\n2. The council wants a wall.\nA\tB\n\n"
                         "PART 2. Speaking preparation (oral exam next week). Think about your answer.\n"
                         "Is a wall a good idea? Give reasons.\nIs it ever right to move a market?\n")
    assert [(q.text, q.options) for q in lesson.comprehension][0] == ("Where do the traders go?", ())
    assert [p.text for p in lesson.discussion] == ["Is a wall a good idea? Give reasons.", "Is it ever right to move a market?"]


def test_a_lettered_line_that_names_a_task_or_a_part_heads_the_items_below_it() -> None:
    lesson = _lesson("", "C. True or false? Tick the correct box.\n1. The traders move down the hill.\n"
                         "2. The council wants a wall.\nD. Vocabulary. Learn these words.\n")
    assert [q.text for q in lesson.comprehension] == ["The traders move down the hill. True or false?",
                                                      "The council wants a wall. True or false?"]
    lesson = _lesson("", "E. Right or wrong? Read the text again.\n1. The water brings rich soil.          R / W\n"
                         "2. The farmers want the wall.            R / W\n\nAnswers\n1 R   2 W\n")
    assert [(q.text, q.answer) for q in lesson.comprehension] == [
        ("The water brings rich soil. True or false?", "True"), ("The farmers want the wall. True or false?", "False")]
    assert names_task("Which word? Match the words (1-4) with their meanings (a-d).")
    assert not names_task("What did you do? Discuss with a partner.")


def test_a_matching_exercise_takes_its_key_wherever_the_page_put_it() -> None:
    lesson = _lesson("", "Match each word with its meaning.\n1. flood\ta. to sell things\n2. trade\tb. too much water\n"
                         "3. harvest\tc. the crops a farm gathers\n\nQuestions\n1. Who wants a wall?\n\n"
                         "Related lessons \u00b7 Key \u00b7 1 b \u00b7 2 a \u00b7 3 c\n")
    matching = next(e for e in lesson.exercises if e.kind == "matching")
    assert matching.pairs == (("flood", "too much water"), ("trade", "to sell things"), ("harvest", "the crops a farm gathers"))


def test_find_words_that_mean_is_a_matching_whose_words_the_key_names_and_without_a_key_its_lines_are_notes() -> None:
    task = ("Questions\n1. Who wants a wall?\n\nExercise 2  Find words in the text that mean:\n"
            "1. people who buy and sell things (para 1)\n2. the food a farm grows in a year (para 1)\n")
    result = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{task}\nAnswer key\nEx 2: 1 traders  2 harvest\n")
    lesson = result.lesson
    assert [q.text for q in lesson.comprehension] == ["Who wants a wall?"]
    assert [e.pairs for e in lesson.exercises] == [(("traders", "people who buy and sell things"),
                                                     ("harvest", "the food a farm grows in a year"))]
    assert [v.term for v in lesson.vocabulary] == ["traders", "harvest"]
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{task}").lesson
    assert [q.text for q in lesson.comprehension] == ["Who wants a wall?"] and lesson.exercises == ()
    notes = [n for p in lesson.reading.paragraphs for n in p.notes]
    assert any("people who buy and sell things" in n for n in notes)


def test_a_follow_up_that_goes_on_from_its_question_stays_and_a_task_to_make_something_is_a_note() -> None:
    lesson = _lesson("", "Discussion\nWould you shop at the market? What would you buy first?\n"
                         "Is a wall a good idea? What might we lose?\nDo you like rivers? Why are floods dangerous?\n"
                         "Design a poster for the market.\n")
    assert [p.text for p in lesson.discussion] == [
        "Would you shop at the market? What would you buy first?", "Is a wall a good idea? What might we lose?",
        "Do you like rivers?", "Why are floods dangerous?"]
    notes = [n for p in lesson.reading.paragraphs for n in p.notes]
    assert any("Design a poster for the market." in n for n in notes)


def test_options_may_be_bullets_under_a_question_or_letters_in_brackets_or_before_a_dash() -> None:
    want = [("Where do the traders go?", ("down the river", "up the hill")), ("Who wants a wall?", ("the council", "the farmers"))]
    for a, b in (("   \u2022 ", "   \u2022 "), ("- ", "- "), ("[A] ", "[B] "), ("A \u2013 ", "B \u2013 ")):
        block = (f"Questions\n1. Where do the traders go?\n{a}down the river\n{b}up the hill\n"
                 f"2. Who wants a wall?\n{a}the council\n{b}the farmers\n")
        assert [(q.text, q.options) for q in _lesson("", block).comprehension] == want, a
    talk = _lesson("", "Discussion\n\u2022 Would you move your stall?\n\u2022 Who should pay for the wall?\n")
    assert [(p.text, p.options) for p in talk.discussion] == [("Would you move your stall?", ()),
                                                           ("Who should pay for the wall?", ())]


def test_a_right_or_wrong_heading_makes_true_false_statements_and_the_space_to_answer_comes_off_a_question() -> None:
    lesson = _lesson("", "Right or wrong?\n1. The traders move down the hill.\n2. The council wants a wall.\n")
    assert [q.text for q in lesson.comprehension] == ["The traders move down the hill. True or false?",
                                                      "The council wants a wall. True or false?"]
    lesson = _lesson("", "Questions\n1. Where do the traders go? ____________\n2. Who wants a wall?  .............\n")
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "Who wants a wall?"]


def test_an_option_marked_correct_is_the_answer_and_a_not_given_marker_comes_off_a_statement() -> None:
    lesson = _lesson("", "Quiz\n1. Where do the traders go?\nA) down the river\nB) up the hill \u2714\n"
                         "2. Who wants a wall?\nA) the council*\nB) the farmers\n")
    assert [(q.options, q.answer) for q in lesson.comprehension] == [
        (("down the river", "up the hill"), "up the hill"), (("the council", "the farmers"), "the council")]
    lesson = _lesson("", "True, false or not given?\n1. The council has money.   T / F / NG\n")
    assert [q.text for q in lesson.comprehension] == ["The council has money. True or false?"]


def test_a_quiz_number_with_its_points_on_the_same_line_numbers_the_question_below() -> None:
    lesson = _lesson("", "Quiz\nQuestion 1\t1 pts\nWhere do the traders go?\n\u25ef down the river\n\u25ef up the hill\n"
                         "Question 2\t2 pts\nWho wants a wall?\n\u25ef the council\n\u25ef the farmers\n")
    assert [(q.label, q.text, q.options) for q in lesson.comprehension] == [
        ("1", "Where do the traders go?", ("down the river", "up the hill")),
        ("2", "Who wants a wall?", ("the council", "the farmers"))]


def test_write_t_or_f_heads_statements_whose_box_comes_first() -> None:
    lesson = _lesson("", "Write T (true) or F (false).\n___ The traders move down the hill.\n___ The council wants a wall.\n")
    assert [q.text for q in lesson.comprehension] == ["The traders move down the hill. True or false?",
                                                      "The council wants a wall. True or false?"]


def test_a_forms_grid_of_words_against_meanings_is_a_matching_exercise() -> None:
    grid = ("Questions\n1. Who wants a wall?\n\nMatch each word with its meaning. *\n4 points\n"
            "            too much water   the crops a farm gathers   to sell things\n"
            "flood             \u25ef                  \u25ef                      \u25ef\n"
            "harvest           \u25ef                  \u25ef                      \u25ef\n"
            "trade             \u25ef                  \u25ef                      \u25ef\n")
    lesson = _lesson("", grid)
    matching = next(e for e in lesson.exercises if e.kind == "matching")
    assert matching.text == "Match each word with its meaning."
    assert {t for t, _ in matching.pairs} == {"flood", "harvest", "trade"}
    assert {m for _, m in matching.pairs} == {"too much water", "the crops a farm gathers", "to sell things"}
    assert not any("points" in n for p in lesson.reading.paragraphs for n in p.notes)  # the form's score is no note


def test_a_true_false_key_never_names_the_words_of_a_find_words_exercise() -> None:
    tasks = ("Exercise 1  True or false?\n1. The traders move down the hill.\n2. The council wants a wall.\n\n"
             "Exercise 2  Find words in the text that mean:\n1. people who buy and sell things\n"
             "2. the food a farm grows in a year\n\nAnswer key\n")
    for key in ("1 F 2 T\n1 traders  2 harvest\n", "Ex 1: 1 F 2 T\nEx 2: 1 traders  2 harvest\n"):
        lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{tasks}{key}").lesson
        assert [q.answer for q in lesson.comprehension] == ["False", "True"], key
        assert [v.term for v in lesson.vocabulary] == ["traders", "harvest"], key


def test_a_key_labelled_with_its_exercise_keys_that_exercise_whatever_its_order() -> None:
    tasks = ("Exercise 1  Match the words with their meanings.\n1. flood\n2. trade\n3. harvest\n"
             "a) to sell things\nb) the crops a farm gathers\nc) too much water\n\n"
             "Exercise 2  Match the words with their meanings.\n1. stall\n2. soil\n3. wall\n"
             "a) the ground plants grow in\nb) a table for selling\nc) a barrier of stone\n\n"
             "Answer key\nEx 2: 1 b  2 a  3 c\nEx 1: 1 c  2 a  3 b\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{tasks}").lesson
    assert [e.pairs for e in lesson.exercises] == [
        (("flood", "too much water"), ("trade", "to sell things"), ("harvest", "the crops a farm gathers")),
        (("stall", "a table for selling"), ("soil", "the ground plants grow in"), ("wall", "a barrier of stone"))]


def test_words_a_quiz_platform_also_prints_are_options_when_they_stand_where_an_option_goes() -> None:
    lesson = _lesson("", "Quiz\nQuestion 1 (1 point)\nIs this sentence right: 'the traders goes up the hill'?\n"
                         "\u25ef Correct\n\u25ef Incorrect\n\nQuestion 2 (1 point)\nHow did you hear about the market?\n"
                         "\u25ef a friend\n\u25ef the radio\n\u25ef Other\n")
    assert [q.options for q in lesson.comprehension] == [("Correct", "Incorrect"), ("a friend", "the radio", "Other")]
    review = _lesson("", "Quiz\nQuestion 1\nCorrect\nMark 1.00 out of 1.00\nWho wants a wall?\na. the council\n"
                         "b. the farmers\nFeedback\nYour answer is correct.\n")
    assert [(q.text, q.options) for q in review.comprehension] == [("Who wants a wall?", ("the council", "the farmers"))]
    assert not [n for p in review.reading.paragraphs for n in p.notes]  # the platform's words are no notes


def test_a_numbered_part_whose_name_is_for_talk_makes_prompts_however_it_is_worded() -> None:
    for head in ("Section B \u2013 Let's talk it over with a partner.", "Activity 2: Over to you. Think about it.",
                 "Task 2: In pairs, discuss these.", "Part 2: Speak up! Think about your answer."):
        lesson = _lesson("", "PART 1. Answer the questions.\n1. Where do the traders go?\n2. Who wants a wall?\n\n"
                             f"{head}\nIs a wall a good idea? Give reasons.\nIs it ever right to move a market?\n")
        assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "Who wants a wall?"], head
        assert [p.text for p in lesson.discussion] == ["Is a wall a good idea? Give reasons.",
                                                      "Is it ever right to move a market?"], head


def test_first_or_then_goes_on_from_a_question_only_at_its_end_and_else_or_instead_always() -> None:
    lesson = _lesson("", "Discussion\nDo you like rivers? When did you first see the sea?\n"
                         "Would you visit the market? Which stall would you go to first?\n"
                         "Would you sell fish? What else would you sell?\n")
    assert [p.text for p in lesson.discussion] == [
        "Do you like rivers?", "When did you first see the sea?",
        "Would you visit the market? Which stall would you go to first?", "Would you sell fish? What else would you sell?"]
