"""General segmentation, reading-edge and title rules, each on a small handout written for the test (no corpus text)."""

from __future__ import annotations

from presenter.handout import import_handout
from presenter.handout.roles import Role

TEXT = ("The lighthouse keepers of the northern coast lived alone for months at a time. They kept the lamp burning "
        "through every storm, and they wrote the weather in a thick book each evening.\n\n"
        "Today the lamps are automatic, and most of the old houses are empty. Some have become small museums, "
        "where visitors can climb the stairs and read the keepers' books for themselves.")
FIRST, LAST = "The lighthouse keepers", "read the keepers' books for themselves."
QUESTIONS = "Questions\n\n1. Why did the keepers write in a book?\n2. What happened to the old houses?\n"


def _bounds(text: str) -> tuple[str, str]:
    paragraphs = import_handout(text).lesson.reading.paragraphs
    return paragraphs[0].text, paragraphs[-1].text


def test_a_space_aligned_table_is_a_glossary_and_its_rows_are_never_page_chrome() -> None:
    table = ("Lighthouse Keepers\n\nVOCABULARY\n\nWORD              MEANING\n"
             "keeper            a person whose job is to look after a place\n"
             "sign up           to put your name down for a course or a job\n"
             "storm             very bad weather with strong wind and rain\n\n"
             f"READING\n\n{TEXT}\n\n{QUESTIONS}")
    lesson = import_handout(table).lesson
    entries = {e.term: e.definition for e in lesson.vocabulary}
    assert set(entries) == {"keeper", "sign up", "storm"}
    assert entries["sign up"].startswith("to put your name down")
    assert lesson.reading.paragraphs[0].text.startswith(FIRST)


def test_a_note_to_the_teacher_is_kept_as_a_note_not_a_term_or_a_question() -> None:
    handout = (f"Lighthouse Keepers\n\nTeacher's note: the class can read this in pairs.\n\n{TEXT}\n\n"
               f"{QUESTIONS}Speaker notes: give them five minutes.\n")
    result = import_handout(handout)
    lesson = result.lesson
    assert not any("note" in e.term.lower() for e in lesson.vocabulary)
    assert [q.text for q in lesson.comprehension] == ["Why did the keepers write in a book?", "What happened to the old houses?"]
    notes = " ".join(n for p in lesson.reading.paragraphs for n in p.notes)
    assert "read this in pairs" in notes and "five minutes" in notes


def test_a_talk_instruction_under_a_warm_up_heading_keeps_the_warm_up_even_after_the_text() -> None:
    handout = (f"Lighthouse Keepers\n\n{TEXT}\n\nBEFORE READING\n\nTalk about these questions with a partner.\n\n"
               "(a) Have you ever seen a lighthouse?\n(b) Would you like to live alone?\n\n"
               "DISCUSSION\n\n(a) Should old lighthouses become museums?\n")
    lesson = import_handout(handout).lesson
    assert [p.text for p in lesson.warmup] == ["Have you ever seen a lighthouse?", "Would you like to live alone?"]
    assert [p.text for p in lesson.discussion] == ["Should old lighthouses become museums?"]


def test_a_menu_above_the_page_is_not_the_text_nor_its_words_and_the_page_names_the_title_again() -> None:
    handout = ("Harbour Adult College\nOverview\nTimetable\nMailbox\n\nSearch\nAlerts\nProfile\nSettings\n\n"
               "Lighthouse Keepers\n\nBefore you read\n- Have you ever seen a lighthouse?\n- Would you like to live alone?\n\n"
               f"{TEXT}\n\nQuiz: Lighthouse Keepers\n\n1. Why did the keepers write in a book?\n")
    lesson = import_handout(handout).lesson
    assert lesson.title == "Lighthouse Keepers"
    assert not lesson.vocabulary
    assert lesson.reading.paragraphs[0].text.startswith(FIRST) and lesson.reading.paragraphs[-1].text.endswith(LAST)
    assert [p.text for p in lesson.warmup] == ["Have you ever seen a lighthouse?", "Would you like to live alone?"]


def test_a_word_list_drawn_from_the_text_stays_its_vocabulary_with_no_heading() -> None:
    handout = f"Lighthouse Keepers\n\nkeeper\nstorm\nlamp\nmuseum\n\n{TEXT}\n"
    assert [e.term for e in import_handout(handout).lesson.vocabulary] == ["keeper", "storm", "lamp", "museum"]


def test_a_one_word_app_name_loses_the_title_to_the_line_right_above_the_text() -> None:
    handout = f"Notebook\n\nShared with: Class 4\n\nLighthouse Keepers\n\n{TEXT}\n\n{QUESTIONS}"
    assert import_handout(handout).lesson.title == "Lighthouse Keepers"


def test_the_first_title_keeps_its_place_over_a_section_title_above_the_text() -> None:
    handout = f"Lighthouse Keepers\n\nPart 1 – Alone on the rocks\n{TEXT}\n\n{QUESTIONS}"
    assert import_handout(handout).lesson.title == "Lighthouse Keepers"


def test_a_message_before_the_parts_is_a_note_when_a_heading_names_the_reading_later() -> None:
    handout = ("Lighthouse Keepers\n\nHello class! This week we read about lighthouse keepers, so please do the warm-up "
               "first and then read the text slowly at home before Friday.\n\n"
               "## Warm-up\n\n- Have you ever seen a lighthouse?\n\n## The reading: Lighthouse Keepers\n\n"
               f"{TEXT}\n\n## {QUESTIONS}")
    result = import_handout(handout)
    first, last = (p.text for p in (result.lesson.reading.paragraphs[0], result.lesson.reading.paragraphs[-1]))
    assert first.startswith(FIRST) and last.endswith(LAST)
    assert any("Hello class" in n for p in result.lesson.reading.paragraphs for n in p.notes)


def test_a_question_with_its_options_ends_the_text_whatever_its_number_looks_like() -> None:
    handout = (f"Lighthouse Keepers\n\n{TEXT}\n\n7  Why did the keepers write in a book?\n"
               "   A  They liked to draw.\n   B  They kept a record of the weather.\n   C  They were bored.\n")
    first, last = _bounds(handout)
    assert first.startswith(FIRST) and last.endswith(LAST)


def test_long_prose_under_a_questions_heading_before_any_text_is_the_text_with_its_title() -> None:
    handout = ("Exam Practice\n\nQuestions 7 – 9\nFor each question, choose the correct answer.\n\n"
               f"Lighthouse Keepers\n\n{TEXT.replace(chr(10) * 2, ' ')}\n\n"
               "7  Why did the keepers write in a book?\n   A  They liked to draw.\n   B  They kept a record.\n")
    result = import_handout(handout)
    assert result.lesson.title == "Lighthouse Keepers"
    assert result.lesson.reading.paragraphs[0].text.startswith(FIRST)
    title_line = next(i for i, ln in enumerate(handout.split("\n")) if ln == "Lighthouse Keepers")
    assert result.roles[title_line] in (Role.TITLE, Role.HEADING)


def test_a_glossary_after_the_warm_up_questions_under_their_heading_is_vocabulary() -> None:
    handout = ("Lighthouse Keepers\n\nBEFORE YOU READ\nHave you ever seen a lighthouse?\nWould you like to live alone?\n\n"
               "Useful words (you can use a dictionary!)\nkeeper – a person who looks after a place\n"
               "storm – very bad weather with strong wind\nlamp – a thing that gives light\n\n"
               f"READING\n\n{TEXT}\n")
    lesson = import_handout(handout).lesson
    assert [e.term for e in lesson.vocabulary] == ["keeper", "storm", "lamp"]
    assert len(lesson.warmup) == 2


def test_readers_comments_markup_and_bare_timestamps_are_page_debris() -> None:
    handout = (f"Lighthouse Keepers\n\n00:00\n{TEXT}\n\n{QUESTIONS}\nShare: [f] [X] [in]\n\n"
               "sailor_jo · 2 days ago\nMy grandfather was a keeper for twenty years!\n\n{{< related-posts >}}\n")
    result = import_handout(handout)
    lines = handout.split("\n")
    roles = dict(zip(lines, result.roles))
    assert roles["00:00"] == roles["sailor_jo · 2 days ago"] == roles["{{< related-posts >}}"] == Role.DEBRIS
    assert roles["My grandfather was a keeper for twenty years!"] == Role.DEBRIS
    assert result.lesson.reading.paragraphs[0].text.startswith(FIRST)
    assert len(result.lesson.comprehension) == 2 and not result.lesson.discussion


def test_a_fact_box_and_a_numbered_task_at_the_texts_end_are_not_the_text() -> None:
    handout = (f"Lighthouse Keepers\n\n{TEXT}\nDid you know? The oldest lighthouse still working is in Spain.\n\n"
               "PART 1. Answer the questions with information from the text.\n1. Why did the keepers write in a book?\n")
    first, last = _bounds(handout)
    assert first.startswith(FIRST) and last.endswith(LAST)


def test_numbered_sentences_after_the_questions_are_items_not_the_text_again() -> None:
    handout = (f"Lighthouse Keepers\n\n{TEXT}\n\n{QUESTIONS}\nStatement\tT / F\n"
               "3. The keepers lived in big groups.\n4. Some old houses are museums now.\n")
    lesson = import_handout(handout).lesson
    assert lesson.reading.paragraphs[-1].text.endswith(LAST)
    assert "The keepers lived in big groups." in [q.text for q in lesson.comprehension]


def test_without_a_heading_the_longest_prose_is_the_text_and_a_letter_above_the_parts_is_a_note() -> None:
    letter = ("Dear families, thank you for coming to the spring fair. The photographs will be taken next week, "
              "so please send your child in full uniform.")
    handout = (f"Harbour School News\n\n{letter}\n\nBefore you read, ask your child:\n- Have you seen a lighthouse?\n\n"
               f"Words to learn:  lamp  *  storm  *  keeper\n\n~~ Lighthouse Keepers ~~\n\n{TEXT}\n\nAsk your child:\n"
               "1. Why did the keepers write in a book?\n\nHarbour School News, 4 Quay Road, Porthaven | Tel: 01234 567890\n")
    result = import_handout(handout)
    paragraphs = result.lesson.reading.paragraphs
    assert paragraphs[0].text.startswith(FIRST) and paragraphs[-1].text.endswith(LAST)
    assert result.lesson.title == "Lighthouse Keepers"  # the publisher's name, in its own footer, is not the lesson's
    assert any("spring fair" in n for p in paragraphs for n in p.notes)


def test_the_title_is_the_line_whose_words_the_text_uses_when_nothing_else_decides() -> None:
    handout = ("Dashboard\nCourses\nCalendar\n\nHelp Centre\n\nLighthouse Keepers of the North\n\n"
               "Learning goals\n- read for the main idea\n\n"
               f"Key words\nkeeper – a person who looks after a place\nstorm – bad weather\n\n{TEXT}\n\n{QUESTIONS}")
    assert import_handout(handout).lesson.title == "Lighthouse Keepers of the North"


def test_a_last_item_that_sets_talk_after_the_questions_is_a_prompt() -> None:
    handout = (f"Lighthouse Keepers\n\n{TEXT}\n\n{QUESTIONS}\n"
               "3. Lighthouses once saved many ships. What other old jobs kept people safe? Talk about it with a partner.\n")
    lesson = import_handout(handout).lesson
    assert [q.text for q in lesson.comprehension] == ["Why did the keepers write in a book?", "What happened to the old houses?"]
    assert len(lesson.discussion) == 1 and "Talk about it with a partner" in lesson.discussion[0].text


def test_a_speaking_heading_opens_the_talk_but_a_subtitle_naming_speaking_does_not() -> None:
    handout = (f"Lighthouse Keepers\nEnglish B1 - Reading & Speaking\n\n{TEXT}\n\n{QUESTIONS}\n"
               "Speaking follow-up\nShould old lighthouses become museums?\n\n"
               "site.example.org > Lessons > Sea and Ships > Lighthouses\n")
    result = import_handout(handout)
    assert [p.text for p in result.lesson.discussion] == ["Should old lighthouses become museums?"]
    assert not result.lesson.warmup
    assert result.roles[handout.split("\n").index("site.example.org > Lessons > Sea and Ships > Lighthouses")] == Role.DEBRIS
