"""The importer's warm-up questions and matching exercises, and the layout rules added with them."""

from __future__ import annotations

import pytest

from presenter.handout import import_handout

READING = ("The town closed its centre to cars twenty years ago, and at first the shop owners were angry about it. "
           "Today children walk to school alone and the streets are full of people.\n\n"
           "Other cities now send their planners to see how the town did it and what it cost.")


def test_warm_up_heading_and_talk_before_the_reading_go_to_the_warm_up() -> None:
    for heading in ("Lead-in", "Before you read", "Think about it", "✎ Get ready!"):
        text = f"Streets\n\n{heading}\n1. Do you walk to school?\n2. Is there much traffic where you live?\n\n" \
               f"Reading\n\n{READING}\n\nDiscussion\n1. Should your town close its centre?\n"
        lesson = import_handout(text).lesson
        assert [p.text for p in lesson.warmup] == ["Do you walk to school?", "Is there much traffic where you live?"], heading
        assert [p.text for p in lesson.discussion] == ["Should your town close its centre?"], heading


def test_matching_exercise_paired_by_its_key_which_feeds_no_question() -> None:
    text = ("Streets\n\nExercise 1. Match the words (1-3) with their meanings (a-c).\n\n1. planner\n2. centre\n3. owner\n\n"
            "a. the middle of a town\nb. a person who has something\nc. a person who plans towns\n\n"
            f"Reading\n\n{READING}\n\nQuestions\n1. When did the town close its centre?\n2. Who was angry?\n\n"
            "Answer key\nExercise 1: 1-c, 2-a, 3-b\n")
    result = import_handout(text)
    (exercise,) = result.lesson.exercises
    assert exercise.kind == "matching" and exercise.text.startswith("Match the words")
    assert exercise.pairs == (("planner", "a person who plans towns"), ("centre", "the middle of a town"),
                              ("owner", "a person who has something"))
    assert [q.answer for q in result.lesson.comprehension] == ["", ""]
    assert [(e.term, e.definition, e.suggested) for e in result.lesson.vocabulary] == [
        ("planner", "a person who plans towns", False), ("centre", "the middle of a town", False),
        ("owner", "a person who has something", False)]
    assert "# Exercises" in result.markdown and "- planner = a person who plans towns" in result.markdown


def test_matching_without_a_key_is_paired_by_the_dictionary_and_said() -> None:
    text = ("Streets\n\nMatch the words with their meanings.\n1 planner\n2 centre\n3 owner\n"
            "a) the middle of a town\nb) a person who has something\nc) a person who plans towns\n\n"
            f"Reading\n\n{READING}\n")
    result = import_handout(text)
    (exercise,) = result.lesson.exercises
    assert exercise.pairs == (("planner", "a person who plans towns"), ("centre", "the middle of a town"),
                              ("owner", "a person who has something"))
    assert exercise.notes and "no answer key" in exercise.notes[0] and "check them" in exercise.notes[0]
    assert any("no answer key" in w.message for w in result.warnings)
    # The guessed meanings are offered as suggested definitions, marked so in the lesson file.
    assert [(e.term, e.suggested) for e in result.lesson.vocabulary] == [("planner", True), ("centre", True),
                                                                         ("owner", True)]
    assert "- **centre** — the middle of a town  <!-- suggested -->" in result.markdown


def test_side_by_side_matching_columns() -> None:
    text = ("Streets\n\nVOCABULARY MATCHING:\n1. planner     a. the middle of a town\n"
            "2. centre      b. a person who has something\n3. owner       c. a person who plans towns\n\n"
            f"THE ARTICLE:\n{READING}\n")
    lesson = import_handout(text).lesson
    assert dict(lesson.exercises[0].pairs) == {"planner": "a person who plans towns", "centre": "the middle of a town",
                                               "owner": "a person who has something"}
    assert [e.term for e in lesson.vocabulary] == ["planner", "centre", "owner"]


def test_without_a_key_or_a_dictionary_clue_the_pairs_stay_as_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    import presenter.handout.exercises as exercises

    monkeypatch.setattr(exercises, "open_wordnet", lambda: None)  # a build without WordNet's data
    text = ("Streets\n\nMatch the words with their meanings.\n1 planner\n2 centre\n3 owner\n"
            "a) the middle of a town\nb) a person who has something\nc) a person who plans towns\n\n"
            f"Reading\n\n{READING}\n")
    result = import_handout(text)
    assert result.lesson.exercises[0].pairs[0] == ("planner", "the middle of a town")
    assert any("paired as printed" in w.message for w in result.warnings)
    assert all(not e.definition for e in result.lesson.vocabulary)  # no meaning is given to the wrong word


def test_lettered_c_option_is_not_a_copyright_line_and_fills_the_options() -> None:
    text = (f"Streets\n\nReading\n\n{READING}\n\nQuiz\n1) Who was angry at first?\n(a) children\n(b) planners\n"
            "(c) shop owners\n(d) drivers\n")
    (q,) = import_handout(text).lesson.comprehension
    assert q.kind == "choice" and q.options == ("children", "planners", "shop owners", "drivers")


def test_questions_before_the_text_and_timestamps_in_a_transcript() -> None:
    text = ("Streets\n\nRead the questions first. Then read the text.\n\nQ1 When did the town close its centre?\n"
            f"Q2 Who was angry?\n\n{READING}\n")
    lesson = import_handout(text).lesson
    assert lesson.reading.paragraphs[0].text.startswith("The town closed")
    assert [q.text for q in lesson.comprehension] == ["When did the town close its centre?", "Who was angry?"]
    transcript = ("Radio Show\n\nTranscript\n[00:05] Host: Welcome back to the show about our town today.\n"
                  "[00:12] Ana: Thanks, it is good to be here and talk about the streets.\n")
    paragraphs = import_handout(transcript).lesson.reading.paragraphs
    assert [(p.speaker, p.text[:7]) for p in paragraphs] == [("Host", "Welcome"), ("Ana", "Thanks,")]


def test_site_and_series_lines_above_the_title_are_passed_over() -> None:
    for top in ("English Corner Worksheets · Intermediate (B1)", "Reading Practice\nPassage 5 of 20",
                "ESL Hub > Reading > Upper-intermediate"):
        lesson = import_handout(f"{top}\n\nStreets Without Cars\n\nReading\n\n{READING}\n").lesson
        assert lesson.title == "Streets Without Cars", top
    assert import_handout(f"Chapter 3: The Lost Key\n\n{READING}\n").lesson.title == "The Lost Key"
    assert import_handout(f"~ Streets Without Cars ~\n\n{READING}\n").lesson.title == "Streets Without Cars"


def test_markdown_pipe_table_and_arrow_glossary_are_vocabulary() -> None:
    table = ("Streets\n\nVocabulary\n| Word | Meaning |\n|------|---------|\n| planner | a person who plans towns |\n"
             f"| owner | a person who has something |\n\nReading\n\n{READING}\n")
    lesson = import_handout(table).lesson
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [("planner", "a person who plans towns"),
                                                                  ("owner", "a person who has something")]
    arrows = f"Streets\n\nWord box\nplanner ▸ a person who plans towns\nowner ▸ a person who has something\n\n{READING}\n"
    assert [e.term for e in import_handout(arrows).lesson.vocabulary] == ["planner", "owner"]


def test_site_lines_above_the_title_are_dropped_not_taken_for_words() -> None:
    result = import_handout(f"Reading Practice\nPassage 5 of 20\n\nStreets Without Cars\n\n{READING}\n")
    assert result.lesson.vocabulary == ()
    assert {d.text for d in result.dropped} >= {"Reading Practice"}


def test_questions_numbered_without_a_stop_and_a_true_false_task_heading() -> None:
    text = (f"Streets\n\nReading\n\n{READING}\n\nAfter you read\n1 When did the town close its centre?\n"
            "2 Who was angry at first?\n\nListening check: true or false?\n1. The owners were happy. T F\n")
    questions = import_handout(text).lesson.comprehension
    assert [(q.label, q.text) for q in questions[:2]] == [("1", "When did the town close its centre?"),
                                                         ("2", "Who was angry at first?")]
    assert [q.kind for q in questions[2:]] == ["true-false"]


def test_the_summary_counts_warm_up_questions_and_exercises() -> None:
    text = ("Streets\n\nWarm-up\n1. Do you walk to school?\n\nExercise 1. Match the words (1-3) with their meanings (a-c).\n\n"
            "1. planner\n2. centre\n3. owner\n\na. the middle of a town\nb. a person who has something\n"
            f"c. a person who plans towns\n\nReading\n\n{READING}\n\nAnswers\n1-c 2-a 3-b\n")
    summary = import_handout(text).summary()
    assert "warm-up:     1 question(s), before the reading" in summary
    assert "exercises:   1 (3 pairs to match)" in summary
