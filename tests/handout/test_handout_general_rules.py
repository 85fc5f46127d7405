"""General layout rules of the importer, each shown on a small handout written for the test (letters, keys, labels)."""

from __future__ import annotations

from presenter.handout import import_handout

TEXT = ("Every spring the river floods the old market, and the traders move their stalls up the hill for a week. "
        "Nobody complains, because the water brings rich soil to the farms below.\n\n"
        "This year the council wants to build a wall along the river to stop the floods for good.")
FIRST = "Every spring the river floods the old market"


def test_a_letter_greeting_note_and_sign_off_are_not_the_title_or_the_reading() -> None:
    text = (f"Dear class,\n\nPlease read this before Thursday and bring your questions.\n\n\u201cThe River Market\u201d\n\n"
            f"{TEXT}\n\nQuestions:\n- Why do the traders move?\n- What does the council want?\n\n"
            "Best wishes,\nMr Okafor\n")
    result = import_handout(text)
    lesson = result.lesson
    assert lesson.title == "The River Market"
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)
    assert lesson.reading.paragraphs[-1].text.endswith("to stop the floods for good.")
    # The note to the class is not lost: it is a teacher note.
    assert any("bring your questions" in n for n in lesson.reading.paragraphs[0].notes)
    assert {d.text for d in result.dropped} >= {"Dear class,", "Best wishes,", "Mr Okafor"}


def test_a_correct_answer_line_answers_its_item_and_is_no_heading() -> None:
    text = (f"The River Market\n\nText\n{TEXT}\n\nQuiz\n1. Where do the traders go?\na. to the farms\nb. up the hill\n"
            "c. across the river\nCorrect answer: b\n2. What does the water bring?\na. fish\nb. rich soil\nc. sand\n"
            "Answer: b\n")
    questions = import_handout(text).lesson.comprehension
    assert [(q.text, q.options, q.answer) for q in questions] == [
        ("Where do the traders go?", ("to the farms", "up the hill", "across the river"), "up the hill"),
        ("What does the water bring?", ("fish", "rich soil", "sand"), "rich soil")]


def test_a_q_and_a_interview_is_the_reading_and_true_false_not_given_is_a_heading() -> None:
    text = ("A Baker at Night\n\nInterview\nQ: When do you start work?\nA: At two in the morning, when the streets "
            "are empty and the ovens are cold.\nQ: Do you like it?\nA: Yes, because the smell of bread wakes up the "
            "whole street.\n\nTrue (T), False (F) or Not Given (NG)?\n1. The baker starts work at noon.\n"
            "2. The baker has two children.\n")
    lesson = import_handout(text).lesson
    assert lesson.reading.paragraphs[0].text == "When do you start work?"
    assert lesson.reading.paragraphs[-1].text.endswith("wakes up the whole street.")
    assert [q.text for q in lesson.comprehension] == ["The baker starts work at noon. True or false?",
                                                      "The baker has two children. True or false?"]


def test_footnote_marks_leave_the_reading_and_the_footnotes_are_the_glossary() -> None:
    text = ("Salt Roads\n\nLong ago, traders carried salt\u00b9 across the desert on camels. A caravan\u00b2 could have "
            "a thousand animals.\n\nSalt was so valuable that soldiers were sometimes paid with it, 50 m\u00b2 of land.\n\n"
            "\u00b9 salt: a white mineral used to flavour food\n\u00b2 caravan: a group of people travelling together\n\n"
            "Questions\n[1] What did traders carry?\n[2] How were soldiers sometimes paid?\n")
    lesson = import_handout(text).lesson
    assert lesson.reading.paragraphs[0].text.startswith("Long ago, traders carried salt across the desert")
    assert "m\u00b2" in lesson.reading.paragraphs[-1].text  # a unit's square is no footnote mark
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("salt", "a white mineral used to flavour food"), ("caravan", "a group of people travelling together")]
    assert [(q.label, q.text) for q in lesson.comprehension] == [("1", "What did traders carry?"),
                                                                 ("2", "How were soldiers sometimes paid?")]


def test_lettered_terms_with_numbered_meanings_are_a_matching_exercise() -> None:
    text = ("The River Market\n\n1 VOCABULARY \u2013 Match the words (a\u2013c) with the meanings (1\u20133).\n"
            "a flood\nb stall\nc soil\n1 the top layer of the ground\n2 water covering land that is usually dry\n"
            "3 a table where things are sold\n\n2 READING\n" + TEXT + "\n\n3 COMPREHENSION\n1 Why is the wall planned?\n")
    lesson = import_handout(text).lesson
    assert [e.term for e in lesson.vocabulary] == ["flood", "stall", "soil"]
    (exercise,) = lesson.exercises
    assert exercise.kind == "matching" and [t for t, _ in exercise.pairs] == ["flood", "stall", "soil"]
    assert sorted(m for _, m in exercise.pairs) == sorted(["the top layer of the ground", "a table where things are sold",
                                                          "water covering land that is usually dry"])
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)
    assert [q.text for q in lesson.comprehension] == ["Why is the wall planned?"]


def test_a_lesson_plan_pre_teach_list_and_a_teacher_note_in_the_lead_in() -> None:
    text = ("Lesson plan: The River Market\nLevel: A2   Time: 45 minutes\n\nLead-in (5 min)\nAsk the class: Have you "
            "seen a flood? Where do you buy vegetables? Why or why not?\n\nPre-teach: flood, stall, council\n\n"
            f"Text\n{TEXT}\n")
    lesson = import_handout(text).lesson
    assert [e.term for e in lesson.vocabulary] == ["flood", "stall", "council"]
    # One question each; a follow-up stays with the question it follows.
    assert [p.text for p in lesson.warmup] == ["Have you seen a flood?",
                                               "Where do you buy vegetables? Why or why not?"]


def test_tick_boxes_are_options_on_one_line_or_one_each() -> None:
    text = (f"The River Market\n\nReading\n{TEXT}\n\nTick the correct answer.\n\nQuestions\n1 Where is the market?\n"
            "\u25a1 by the river  \u25a1 on the hill  \u25a1 in the town hall\n2 Who wants a wall?\n\u2610 the traders\n"
            "\u2610 the council\n")
    questions = import_handout(text).lesson.comprehension
    assert [q.options for q in questions] == [("by the river", "on the hill", "in the town hall"),
                                              ("the traders", "the council")]


def test_site_series_and_player_lines_above_a_numbered_title() -> None:
    text = ("Easy English Stories Online\nEpisode 12: The River Market\nAudio lesson \u00b7 Level A2 \u00b7 8 minutes\n"
            "\u25b6 Play audio 03:12   Download MP3\n\n" + TEXT + "\n")
    result = import_handout(text)
    assert result.lesson.title == "The River Market"
    assert result.lesson.reading.paragraphs[0].text.startswith(FIRST)
    assert not [w for w in result.warnings if "could not place" in w.message]


def test_unnamed_worksheet_parts_and_an_instruction_that_opens_the_warm_up() -> None:
    text = ("Title: The River Market\n\nTask 1 \u2013 Think\nTalk with a partner before you read.\n1) Do you like "
            "markets?\n2) Has your town ever flooded?\n\nTask 2 \u2013 Read\n" + TEXT + "\n\nTask 3 \u2013 Check\n"
            "1) Why do the traders move their stalls?\n")
    lesson = import_handout(text).lesson
    assert [p.text for p in lesson.warmup] == ["Do you like markets?", "Has your town ever flooded?"]
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)
    assert not lesson.vocabulary


def test_keys_to_lettered_items_and_keys_of_lists_that_restart_their_numbers() -> None:
    text = (f"The River Market\n\nReading\n{TEXT}\n\nTRUE / FALSE\na. The market floods in winter. T / F\n"
            "b. The council wants a wall. T / F\n\nPart 1\nAre the sentences true or false?\n1. The soil is poor.\n\n"
            "Part 2\nAnswer the questions.\n1. Where do the traders go?\n\nANSWERS: a F  b T\nPart 1: 1. False\n")
    answers = [(q.label, q.answer) for q in import_handout(text).lesson.comprehension]
    assert answers == [("a", "False"), ("b", "True"), ("1", "False"), ("1", "")]


def test_dated_and_levelled_titles_a_level_line_and_a_page_footer() -> None:
    text = ("The River Market \u2013 3rd April, 2025\n\nLevel 2\n\n" + TEXT.replace("\n\n", "\n\nMarketSite.com | "
            "Unit 4 | Page 1 of 2\n\n") + "\n")
    result = import_handout(text)
    assert result.lesson.title == "The River Market"
    assert result.lesson.level == "2"
    assert len(result.lesson.reading.paragraphs) == 2
    assert import_handout("Floods and Markets (Intermediate)\n\n" + TEXT).lesson.title == "Floods and Markets"


def test_a_glossary_entry_with_an_example_after_a_second_dash() -> None:
    text = ("The River Market\n\nVocabulary\nflood (n) /fl\u028cd/ - water covering dry land - The flood closed "
            "the road.\nstall (n) /st\u0254\u02d0l/ - a table for selling things - She sells apples at a stall.\n\n"
            f"Reading\n{TEXT}\n")
    entries = import_handout(text).lesson.vocabulary
    assert [(e.term, e.definition, e.example) for e in entries] == [
        ("flood", "water covering dry land", "The flood closed the road."),
        ("stall", "a table for selling things", "She sells apples at a stall.")]


def test_a_title_among_lesson_info_or_under_a_line_naming_the_kind_of_sheet() -> None:
    assert import_handout("UNIT 3  |  THE RIVER MARKET  |  Elementary\n\n" + TEXT).lesson.title == "THE RIVER MARKET"
    text = "READING COMPREHENSION WORKSHEET\n\nName: __________  Class: ______\n\nTHE RIVER MARKET\n\n" + TEXT
    assert import_handout(text).lesson.title == "THE RIVER MARKET"


def test_lettered_task_instructions_are_not_questions_and_q_numbered_keys_apply() -> None:
    text = (f"The River Market\n\nListen and read.\n\n{TEXT}\n\nA. Answer the questions in full sentences.\n"
            "1. Why do the traders move? Where do\nthey go?\n2. What does the water bring?\n\n"
            "B. Find words in the text that mean:\n1. a table for selling things ________\n\n"
            "Answers\nQ1 up the hill  Q2 rich soil\n")
    lesson = import_handout(text).lesson
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)
    questions = [(q.text, q.answer) for q in lesson.comprehension]
    assert questions[:2] == [("Why do the traders move? Where do they go?", "up the hill"),
                             ("What does the water bring?", "rich soil")]
    assert not any(q.text.startswith(("Answer the", "Find words")) for q in lesson.comprehension)
    assert not any(p.text.startswith(("Answer the", "Find words")) for p in lesson.discussion)


def test_meanings_in_brackets_and_meanings_before_their_words() -> None:
    text = (f"The River Market\n\n{TEXT}\n\nDifficult words: flood (water covering dry land), stall (a table for "
            "selling things), council (the people who run a town).\n\nYou can listen to the audio lower on this page.\n")
    result = import_handout(text)
    assert [(e.term, e.definition) for e in result.lesson.vocabulary] == [
        ("flood", "water covering dry land"), ("stall", "a table for selling things"),
        ("council", "the people who run a town")]
    assert any(d.text.startswith("You can listen") for d in result.debris)
    text = ("Part I \u2013 Vocabulary\nWrite the correct word next to each definition.\ni. water covering dry land \u2013 "
            "flood\nii. a table for selling things \u2013 stall\niii. the people who run a town \u2013 council\n\n"
            f"Part II \u2013 Reading\n\nThe River Market\n\n{TEXT}\n")
    lesson = import_handout(text).lesson
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("flood", "water covering dry land"), ("stall", "a table for selling things"),
        ("council", "the people who run a town")]
    assert lesson.title == "The River Market"  # nothing above the parts: the title the text stands under


def test_numbered_exercises_name_their_part_by_the_first_words_and_a_title_sits_on_the_text() -> None:
    text = ("Exercise 1: Vocabulary. Match the words with their meanings.\n1. flood     a. a table for selling things\n"
            "2. stall     b. water covering dry land\n3. council   c. the people who run a town\n\n"
            "Exercise 2: Reading\nThe River Market\n" + TEXT + "\n\nExercise 3: Comprehension \u2013 write T (true) or F "
            "(false).\n1. The market floods in spring. ___\n\nExercise 4: Discussion\nWould you build the wall?\n")
    lesson = import_handout(text).lesson
    assert lesson.title == "The River Market"
    assert [e.term for e in lesson.vocabulary] == ["flood", "stall", "council"]
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)
    assert [(q.text, q.kind) for q in lesson.comprehension] == [("The market floods in spring. True or false?",
                                                                 "true-false")]
    assert [p.text for p in lesson.discussion] == ["Would you build the wall?"]


def test_speakers_turns_under_a_word_list_are_the_reading_and_no_line_is_lost() -> None:
    text = ("At the Market\n\nUseful words\nstall, flood, council, soil\n\nListen and read.\n\n"
            "A: Why is your stall up on the hill this week?\nB: The river flooded the market again, like every spring.\n"
            "A: Will the council build the wall they talked about?\nB: Maybe, but we need the soil the water brings.\n\n"
            "Questions\n1. Where is the stall this week?\n")
    result = import_handout(text)
    lesson = result.lesson
    assert [e.term for e in lesson.vocabulary] == ["stall", "flood", "council", "soil"]
    assert [p.speaker for p in lesson.reading.paragraphs] == ["A", "B", "A", "B"]
    notes = " ".join(n for p in lesson.reading.paragraphs for n in p.notes)
    for line, role in zip(text.split("\n"), result.roles, strict=False):
        # Every line is placed, dropped with a reason, or kept as a teacher note.
        assert role != "unplaced" or line in notes, line


def test_a_word_file_with_no_blank_lines_and_a_word_box_over_a_gap_fill() -> None:
    text = ("Intermediate Reading Worksheet\nThe River Market\nVocabulary\nflood: water covering dry land\n"
            "stall: a table for selling things\nReading\n" + TEXT.replace("\n\n", "\n") + "\nVocabulary exercise\n"
            "Complete the sentences with words from the box.\n[ flood | stall ]\n1. The river caused a ________.\n"
            "Discussion\nWould you build the wall?\n")
    lesson = import_handout(text).lesson
    assert lesson.title == "The River Market"
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [("flood", "water covering dry land"),
                                                                   ("stall", "a table for selling things")]
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)
    assert lesson.reading.paragraphs[-1].text.endswith("to stop the floods for good.")
    # A gap fill is a writing task, not a question to show: it stays as a note for the teacher.
    assert lesson.comprehension == ()
    assert any("The river caused a ________." in n for p in lesson.reading.paragraphs for n in p.notes)
    assert [p.text for p in lesson.discussion] == ["Would you build the wall?"]


def test_a_pdf_page_break_inside_a_paragraph_and_a_course_position_above_the_title() -> None:
    text = ("Market Reading \u2013 www.rivermarket-esl.com\n\nLesson 9\nTHE RIVER MARKET\n\n"
            "Every spring the river floods the old market, and the traders move\ntheir stalls up the hill for a week, "
            "while\n\nMarket Reading \u2013 www.rivermarket-esl.com          Page 1\n\n"
            "the farmers below are glad of the rich soil the water brings.\n")
    result = import_handout(text)
    assert result.lesson.title == "THE RIVER MARKET"
    (paragraph,) = result.lesson.reading.paragraphs
    assert paragraph.text.endswith("for a week, while the farmers below are glad of the rich soil the water brings.")


def test_parts_the_lesson_has_no_slide_for_are_kept_as_teacher_notes() -> None:
    text = (f"The River Market\n\nReading\n{TEXT}\n\nComprehension\n1. Why do the traders move?\n\n"
            "Grammar focus: the present simple\nWe use it for habits.\nThe river floods every spring.\n\n"
            "Writing\nWrite five sentences about a market in your town.\n")
    lesson = import_handout(text).lesson
    assert [q.text for q in lesson.comprehension] == ["Why do the traders move?"]
    notes = " ".join(n for p in lesson.reading.paragraphs for n in p.notes)
    for kept in ("We use it for habits.", "The river floods every spring.", "Write five sentences about a market"):
        assert kept in notes


def test_a_one_paragraph_text_under_the_title_and_q_a_pairs_under_a_questions_heading() -> None:
    text = (f"The River Market\n\n{TEXT.split(chr(10))[0]}\n\nComprehension questions\nQ: Why do the traders move?\n"
            "A: The river floods the market.\nQ: What does the water bring?\nA: Rich soil.\n")
    lesson = import_handout(text).lesson
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)  # the one paragraph is the text, not a blurb
    assert [(q.text, q.answer) for q in lesson.comprehension] == [
        ("Why do the traders move?", "The river floods the market."), ("What does the water bring?", "Rich soil.")]


def test_exam_style_passage_with_bracketed_paragraph_numbers_and_lettered_options() -> None:
    paragraphs = TEXT.split("\n\n")
    text = (f"Reading Passage 2: The River Market\n\n[1] {paragraphs[0]}\n\n[2] {paragraphs[1]}\n\nQuestions 1-2\n"
            "Choose the correct letter, A, B or C.\n1. Where do the traders go?\n(A) across the river\n(B) up the hill\n"
            "(C) to the farms\n2. What does the council want?\n(A) a wall\n(B) a bridge\n(C) a market\n")
    lesson = import_handout(text).lesson
    assert lesson.title == "The River Market"
    assert [p.text[:5] for p in lesson.reading.paragraphs] == ["Every", "This "]
    assert [(q.text, q.options) for q in lesson.comprehension] == [
        ("Where do the traders go?", ("across the river", "up the hill", "to the farms")),
        ("What does the council want?", ("a wall", "a bridge", "a market"))]
