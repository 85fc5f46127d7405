"""Questions, options and prompts inside a handout's parts, each rule shown on a small handout written for the test.

Options in tick boxes, columns and slashes, quiz pages, labels, follow-ups and lines that are no items, read by
their shape (boxes, gaps, labels, what a line asks), not by their wording.
"""

from __future__ import annotations

from presenter.handout import ImportResult, import_handout

TEXT = ("Every spring the river floods the old market, and the traders move their stalls up the hill for a week. "
        "Nobody complains, because the water brings rich soil to the farms below and the harvest is good.\n\n"
        "This year the council wants to build a wall along the river to stop the floods for good, but the farmers "
        "say the soil will suffer.")


def _questions(block: str) -> list[tuple[str, tuple[str, ...]]]:
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    return [(q.text, q.options) for q in lesson.comprehension]


def test_options_as_bubbles_radio_buttons_and_markdown_boxes_belong_to_their_question() -> None:
    block = ("Questions\n1. Where do the traders go?\n\u24c4 A  down the river\n\u24c4 B  up the hill\n"
             "2. What does the water bring?\n- [ ] fish\n- [ ] rich soil\n3. Who wants a wall?\n\u25cb A farmer\n\u25cb The council\n")
    assert _questions(block) == [("Where do the traders go?", ("down the river", "up the hill")),
                                 ("What does the water bring?", ("fish", "rich soil")),
                                 ("Who wants a wall?", ("A farmer", "The council"))]  # "A" is an article here


def test_options_in_a_lettered_column_and_slashed_choices_after_the_question() -> None:
    block = ("Questions\n7   Where do the traders go?\n    A  down the river\n    B  up the hill\n"
             "8\tWhat does the water bring?\nA\tfish\nB\trich soil\n"
             "9. What does the council want?      a wall   /   a bridge   /   a market\n"
             "10. The farmers say the soil will\u2026 ( improve / suffer )\n")
    assert _questions(block) == [("Where do the traders go?", ("down the river", "up the hill")),
                                 ("What does the water bring?", ("fish", "rich soil")),
                                 ("What does the council want?", ("a wall", "a bridge", "a market")),
                                 ("The farmers say the soil will\u2026", ("improve", "suffer"))]


def test_a_quiz_review_page_gives_unnumbered_questions_their_options_answers_and_true_false() -> None:
    block = ("Quiz\nQuestion 1\nWhere do the traders go?\nSelect one:\na. down the river\nb. up the hill\nFeedback\n"
             "The correct answer is: up the hill\n\nQuestion 2\nThe farmers want a wall.\nSelect one:\nTrue\nFalse\n"
             "The correct answer is 'False'.\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [(q.text, q.options, q.answer) for q in lesson.comprehension] == [
        ("Where do the traders go?", ("down the river", "up the hill"), "up the hill"),
        ("The farmers want a wall. True or false?", (), "False")]


def test_a_choice_question_under_a_true_false_heading_keeps_its_options() -> None:
    block = ("True or false\n1. The traders move down the hill.\n2. Why do the farmers worry?\n"
             "a) the soil will suffer   b) the wall is too high\n")
    assert _questions(block) == [("The traders move down the hill. True or false?", ()),
                                 ("Why do the farmers worry?", ("the soil will suffer", "the wall is too high"))]


def _kept_or_listed(result: ImportResult, text: str) -> bool:
    """Whether a line is a teacher note in the lesson or listed as dropped (never lost silently)."""
    notes = [n for p in result.lesson.reading.paragraphs for n in p.notes]
    return any(text in n for n in notes) or any(text in d.text for d in result.dropped)


def test_lines_that_neither_ask_nor_state_among_numbered_questions_are_notes_not_questions() -> None:
    block = "Questions\n1. Where do the traders go?\n2. What does the water bring?\n\nAdd class comment\n"
    result = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}")
    assert [q.text for q in result.lesson.comprehension] == ["Where do the traders go?", "What does the water bring?"]
    # Not lost: a teacher note, or page chrome listed among the dropped lines the preview shows.
    assert _kept_or_listed(result, "Add class comment")


def test_a_bullet_is_one_prompt_and_a_short_follow_up_stays_with_its_question() -> None:
    block = ("Discussion\n- Have you been to a market? Which one?\n- Would a wall help your town? Tell your partner.\n\n"
             "Is a wall a good idea? Why / why not?\n")
    prompts = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson.discussion
    assert [p.text for p in prompts] == ["Have you been to a market? Which one?",
                                         "Would a wall help your town? Tell your partner.",
                                         "Is a wall a good idea? Why / why not?"]


def test_a_personal_question_set_apart_below_numbered_questions_is_a_prompt_without_its_tag() -> None:
    block = ("Questions\n1. Where do the traders go?\n2. What does the water bring?\n\n"
             "Bonus \u2b50 Would you like to live by a river? Write your opinion in the comments.\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "What does the water bring?"]
    assert [p.text for p in lesson.discussion] == ["Would you like to live by a river?"]


def test_task_instructions_in_many_wordings_are_not_items() -> None:
    from presenter.handout.questions import is_instruction

    for line in ("Select one:", "WORD HUNT - Match the words from the text to their meanings.",
                 "Exercise 3 \u2013 Choose the right answer.", "Tick (\u2713) the correct box.",
                 "Directions: Draw a line from each word to its meaning.", "Respond to one of the prompts below."):
        assert is_instruction(line), line
    assert not is_instruction("Joining the market was the best thing the traders did, said the text.")


def test_gap_fills_are_notes_and_a_label_above_a_question_is_not_part_of_it() -> None:
    block = ("Questions\n1. Where do the traders go?\n2. The traders move their ______ up the hill.\n"
             "3. The farmers say the soil will suffer. ____\n\nSpeaking follow-up\nShould towns build walls by rivers?\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?",
                                                      "The farmers say the soil will suffer. True or false?"]
    assert [p.text for p in lesson.discussion] == ["Should towns build walls by rivers?"]


def test_a_question_that_points_back_stays_with_the_one_before_and_a_new_one_does_not() -> None:
    text = (f"The River Market\n\nWarm-up\nHave you ever visited a market by a river? What was it like?\n"
            f"Do you like rain? Why are rivers important for farms?\n\nReading\n{TEXT}\n")
    assert [p.text for p in import_handout(text).lesson.warmup] == [
        "Have you ever visited a market by a river? What was it like?", "Do you like rain?",
        "Why are rivers important for farms?"]


def test_a_table_of_options_and_a_numbered_step_then_a_quoted_sentence_and_its_question() -> None:
    block = ("Questions\n1. Read this sentence from the text.\n\"Nobody complains.\"\nWhy does nobody complain?\n"
             "a) the water brings rich soil\tb) the traders like walking\nc) the council pays them\td) it never rains\n"
             "2. Where do the traders go?\n\nHW: read the text again at home.\n")
    assert _questions(block) == [
        ("Why does nobody complain?", ("the water brings rich soil", "the traders like walking",
                                       "the council pays them", "it never rains")),
        ("Where do the traders go?", ())]


def test_the_last_questions_that_turn_to_the_learner_are_prompts() -> None:
    block = ("Questions\n1. Where do the traders go?\n2. What does the water bring?\n"
             "3. Have you ever been to a market? Tell a partner about it.\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "What does the water bring?"]
    assert [p.text for p in lesson.discussion] == ["Have you ever been to a market? Tell a partner about it."]


def test_a_label_naming_speaking_makes_the_questions_below_it_prompts_and_paper_hints_go() -> None:
    block = ("Questions\n1. Where do the traders go?   (open answer)\n2. What does the water bring? (2 marks)\n\n"
             "WORD WORK (not for the test)\nVocabulary: find words in the text that mean\u2026\n"
             "a) a table for selling things\nb) water covering dry land\n\n"
             "Speaking follow-up\nShould towns pay for walls by rivers?\nWhat are the dangers of floods?\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [q.text for q in lesson.comprehension] == ["Where do the traders go?", "What does the water bring?"]
    assert [p.text for p in lesson.discussion] == ["Should towns pay for walls by rivers?", "What are the dangers of floods?"]


def test_roman_labels_number_questions_and_a_gap_fill_among_prompts_is_a_note() -> None:
    block = ("Questions\ni. Where do the traders go?\nii. What does the water bring?\niii. Who wants a wall?\n\n"
             "Discussion\nWould you live by a river?\nThe traders move their ______ up the hill every spring.\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [(q.label, q.text) for q in lesson.comprehension] == [
        ("1", "Where do the traders go?"), ("2", "What does the water bring?"), ("3", "Who wants a wall?")]
    assert [p.text for p in lesson.discussion] == ["Would you live by a river?"]


def test_a_plain_statement_among_prompts_is_a_note_but_a_task_stays() -> None:
    block = ("Discussion\nWould you live by a river?\nTell your partner about a market you know.\n\n"
             "The traders move their stalls up the hill every spring.\n\nA wall is better than a flood. Discuss.\n")
    lesson = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson
    assert [p.text for p in lesson.discussion] == ["Would you live by a river?", "Tell your partner about a market you know.",
                                                   "A wall is better than a flood. Discuss."]
    assert any("every spring" in n for p in lesson.reading.paragraphs for n in p.notes)


def test_page_links_and_a_bar_of_page_controls_are_no_prompts() -> None:
    block = ("Discussion\n- Would you live by a river?\n\nMore lessons: [The Old Bridge](bridge.md) \u00b7 [Rain](rain.md)\n"
             "Customize this lesson \u00b7 Report an issue \u00b7 Terms \u00b7 Privacy\n")
    prompts = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}").lesson.discussion
    assert [p.text for p in prompts] == ["Would you live by a river?"]


def test_readers_comments_below_the_questions_are_notes() -> None:
    block = ("Talk about it\nWould you live by a river?\nShare your ideas in the comments.\n\n"
             "river_fan \u00b7 2 days ago\nI grew up by a river, it was lovely!\nReply\nsam_k \u00b7 3 hours ago\n"
             "Floods are scary.\n")
    result = import_handout(f"The River Market\n\nReading\n{TEXT}\n\n{block}")
    assert [p.text for p in result.lesson.discussion] == ["Would you live by a river?"]
    assert _kept_or_listed(result, "Floods are scary.")
