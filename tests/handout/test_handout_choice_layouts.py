"""Multiple-choice layouts from handouts written blind: each rule on a small handout written for the test."""

from __future__ import annotations

from presenter.handout import import_handout
from presenter.handout.questions import is_instruction, is_personal
from presenter.lesson.model import Lesson

TEXT = ("Every spring the river floods the old market, and the traders move their stalls up the hill for a week. "
        "Nobody complains, because the water brings rich soil to the farms below and the harvest is good.\n\n"
        "This year the council wants to build a wall along the river to stop the floods for good, but the farmers "
        "say the soil will suffer.")


def _lesson(block: str) -> Lesson:
    return import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson


def test_a_row_of_letters_set_apart_by_wide_gaps_gives_one_option_each() -> None:
    lesson = _lesson("Choose the best answer.\n1. Where do the traders go?\n"
                     "A  down the river        B  up the hill        C  to the farms\n"
                     "2. What do the farmers fear?\nA  A wall will hurt the soil.      B  The harvest is bad.\n")
    assert [(q.text, q.options) for q in lesson.comprehension] == [
        ("Where do the traders go?", ("down the river", "up the hill", "to the farms")),
        ("What do the farmers fear?", ("A wall will hurt the soil.", "The harvest is bad."))]


def test_a_quiz_review_page_gives_its_questions_with_the_ticked_key_and_without_its_marks() -> None:
    lesson = _lesson("Comprehension quiz: your results\n\nQuestion 1 of 2\nWhere do the traders go?\n( ) down the river\n"
                     "(\u2022) up the hill      \u2714 Your answer \u00b7 Correct\n( ) to the sea\n\n"
                     "Question 2 of 2\nWhat do the farmers want?\n(\u2022) a wall      \u2718 Your answer\n"
                     "( ) good soil      \u2714 Correct answer\n( ) a bridge\n")
    assert [(q.label, q.text, q.options, q.answer) for q in lesson.comprehension] == [
        ("1", "Where do the traders go?", ("down the river", "up the hill", "to the sea"), "up the hill"),
        ("2", "What do the farmers want?", ("a wall", "good soil", "a bridge"), "good soil")]


def test_a_checklist_of_questions_gives_one_question_a_line_and_a_folded_key_answers_them() -> None:
    lesson = _lesson("Comprehension\n- [ ] Why do the traders move uphill?\n"
                     "- [ ] Say what the water brings to the farms.\n- [ ] Who wants to build a wall?\n\n"
                     "<details>\n<summary>Possible answers</summary>\n\n1. the floods · 2. rich soil · 3. the council\n"
                     "</details>\n")
    assert [(q.text, q.options, q.answer) for q in lesson.comprehension] == [
        ("Why do the traders move uphill?", (), "the floods"), ("Say what the water brings to the farms.", (), "rich soil"),
        ("Who wants to build a wall?", (), "the council")]
    assert lesson.exercises == ()


def test_circled_numbers_in_order_are_options_in_a_row_or_one_a_line() -> None:
    lesson = _lesson("Comprehension\n1. Where do the traders go?\n\u2460 down the river   \u2461 up the hill   "
                     "\u2462 to the farms\n2. Who wants a wall?\n\u24d0 the council\n\u24d1 the farmers\n")
    assert [(q.text, q.options) for q in lesson.comprehension] == [
        ("Where do the traders go?", ("down the river", "up the hill", "to the farms")),
        ("Who wants a wall?", ("the council", "the farmers"))]


def test_a_line_that_leads_into_talk_with_a_colon_is_no_option_and_the_questions_below_are_prompts() -> None:
    lesson = _lesson("Questions\n1. Where do the traders go?\n2. Who wants a wall?\n\n"
                     "\u2615 Let's talk it over in class on Friday:\n- Should the town build the wall?\n"
                     "- Who should pay for it?\n")
    assert [(q.text, q.options) for q in lesson.comprehension] == [
        ("Where do the traders go?", ()), ("Who wants a wall?", ())]
    assert [p.text for p in lesson.discussion] == ["Should the town build the wall?", "Who should pay for it?"]


def test_a_part_named_with_its_task_is_no_question_and_a_talk_task_ending_in_a_colon_leads_into_prompts() -> None:
    lesson = _lesson("After reading\nSection 1: True or false? Write T or F beside each sentence.\n1. The market floods in spring.\n"
                     "2. The farmers want a wall.\n\nSection 2 \u2013 In threes. Talk about these and take notes:\n"
                     "* Should the town build the wall?\n* Who should pay for it?\n")
    assert [q.label for q in lesson.comprehension] == ["1", "2"]
    assert [q.text for q in lesson.comprehension][0].startswith("The market floods in spring.")
    assert [p.text for p in lesson.discussion] == ["Should the town build the wall?", "Who should pay for it?"]


def test_a_page_feedback_box_and_a_teacher_note_with_a_name_in_brackets_are_no_prompts() -> None:
    lesson = _lesson("Let's discuss\n\u2022 Should the town build the wall?\n\u2022 Who should pay for it?\n\n"
                     "Did you find this article useful?   Yes   No\n\n"
                     "\U0001F4CC Teacher's note (Ms Ruiz): Ask the groups to compare their answers before feedback.\n")
    assert [p.text for p in lesson.discussion] == ["Should the town build the wall?", "Who should pay for it?"]


def test_a_part_letter_before_an_instruction_leaves_it_an_instruction() -> None:
    assert is_instruction("G   Answer the questions in pairs.") and is_instruction("C. Fill in the gaps below.")
    assert not is_instruction("A Complete Guide to the River")


def test_a_question_between_a_readers_name_and_the_pages_reply_button_is_a_comment() -> None:
    lesson = _lesson("Discussion\nShould the town build the wall?\nWho should pay for it?\n\nComments\n\n"
                     "Priya K.\n\nLovely story! Could you add a listening version?\n\nReply\n\n"
                     "Marek Zielinski\nIs there a worksheet for this one?\nLike \u00b7 Reply \u00b7 5h\n")
    assert [p.text for p in lesson.discussion] == ["Should the town build the wall?", "Who should pay for it?"]


def test_a_quiz_games_numbers_timers_and_shapes_and_a_chat_polls_vote_shares_come_off_its_questions() -> None:
    result = import_handout("The River Market\n\nReading\n" + TEXT + "\n\nComprehension quiz\n\n1 - Quiz\n"
                            "Where do the traders go?\n20 sec\n\u25b2 down the river\n\u25c6 up the hill \u2713\n"
                            "\u25cf to the sea\n\n2 - Quiz\nWhat do the farmers fear?\n30 sec\nAnonymous Quiz\n"
                            "71%  The soil will suffer.\n29%  The harvest is bad.\n418 votes\n")
    assert [(q.label, q.text, q.options, q.answer) for q in result.lesson.comprehension] == [
        ("1", "Where do the traders go?", ("down the river", "up the hill", "to the sea"), "up the hill"),
        ("2", "What do the farmers fear?", ("The soil will suffer.", "The harvest is bad."), "")]
    assert {"20 sec", "Anonymous Quiz", "418 votes"} <= {d.text for d in result.dropped}


def test_a_guess_about_the_texts_people_asks_about_the_text_and_an_opinion_asks_the_learner() -> None:
    assert not is_personal("Why do you think he sold his stall?") and not is_personal("What do you think Ana wanted?")
    assert is_personal("Do you think it is fair?") and is_personal("Why do you think people like markets?")
    lesson = _lesson("Questions\n1. Where do the traders go?\n2. Who wants a wall?\n"
                     "3. Why do you think the farmers say no?\n4. Why do you think he stays?\n")
    assert [q.label for q in lesson.comprehension] == ["1", "2", "3", "4"] and lesson.discussion == ()
