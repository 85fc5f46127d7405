"""Block scoring: each block's score per part, the best sequence under a soft order prior, and what --explain says."""

from __future__ import annotations

from dataclasses import replace

import pytest

from presenter.handout import import_handout
from presenter.handout.scoring import HEADING, best_roles, role_scores, with_heading, Features

ASKING = Features(lines=2, words=14, asks=1.0, labelled=1.0, personal=0.0, sentences=0.0, shape="numbered",
                  instruction=False, turns=0.0)
PROSE = Features(lines=3, words=80, asks=0.0, labelled=0.0, personal=0.0, sentences=1.0, shape="prose",
                 instruction=False, turns=0.0)
WORDS = Features(lines=4, words=6, asks=0.0, labelled=0.0, personal=0.0, sentences=0.0, shape="words",
                 instruction=False, turns=0.0)


def test_the_same_asking_block_is_warm_up_before_the_text_and_questions_after_it() -> None:
    scores = [role_scores(f) for f in (ASKING, WORDS, PROSE, PROSE, ASKING)]
    assert best_roles(scores) == ["warmup", "vocabulary", "reading", "reading", "questions"]


def test_questions_about_the_learners_score_as_talk() -> None:
    personal = replace(ASKING, personal=1.0)
    scores = [role_scores(f) for f in (PROSE, ASKING, personal)]
    assert best_roles(scores) == ["reading", "questions", "discussion"]


def test_a_heading_outweighs_the_shape_of_the_block_under_it() -> None:
    # Questions before the text exist ("Read the questions first"): a heading says so, against the usual order.
    scores = [with_heading(role_scores(ASKING), "questions"), role_scores(PROSE)]
    assert HEADING > 0 and best_roles(scores) == ["questions", "reading"]
    assert best_roles([role_scores(ASKING), role_scores(PROSE)]) == ["warmup", "reading"]


def test_unheaded_asking_lines_after_the_text_go_by_who_they_ask_about() -> None:
    text = ("The Night Bus\n\nThe night bus leaves the station at midnight and crosses the whole city. Drivers say the "
            "passengers are quieter than in the day, and many of them sleep all the way home.\n\n"
            "Who says the passengers are quiet?\nWhen does the bus leave?\n\n"
            "Would you take a night bus?\nDo you like travelling at night?\n")
    result = import_handout(text)
    assert [q.text for q in result.lesson.comprehension] == ["Who says the passengers are quiet?",
                                                             "When does the bus leave?"]
    assert [p.text for p in result.lesson.discussion] == ["Would you take a night bus?",
                                                          "Do you like travelling at night?"]
    # --explain gives each line's part, why, and the winning score with the runner-up.
    line = next(ln for ln in result.explain().splitlines() if "Would you take" in ln)
    assert "prompt" in line and "[discussion" in line and ", next " in line


BUS = ("The night bus leaves the station at midnight and crosses the whole city. The passengers are quiet, and many "
       "sleep all the way.\n")


@pytest.mark.parametrize("words, note", [
    ("passenger\nsomeone who travels in a bus that a driver drives\nstation\nthe place where the bus stops for people",
     "someone who travels in a bus"),
    ("1. a person who travels in a bus that someone else drives\n2. the place where a bus or a train stops for people",
     "a person who travels in a bus")])
def test_meanings_under_a_vocabulary_heading_are_not_the_text_and_lines_with_no_entry_are_notes(words: str,
                                                                                                 note: str) -> None:
    result = import_handout(f"The Night Bus\n\nWords to learn\n{words}\n\n{BUS}")
    assert result.lesson.reading.paragraphs[0].text.startswith("The night bus leaves")
    notes = " ".join(n for p in result.lesson.reading.paragraphs for n in p.notes)
    assert note in notes  # a line that gave no entry is kept for the teacher
    if words.startswith("passenger"):
        assert "scores as vocabulary" in result.explain()  # shape says prose; the scores say vocabulary
        assert [e.term for e in result.lesson.vocabulary] == ["passenger", "station"]


def test_a_lone_question_after_the_text_scores_as_talk_or_a_question_not_as_text() -> None:
    result = import_handout(f"The Night Bus\n\n{BUS}\nWould you like to take a night bus?\n")
    assert [p.text for p in result.lesson.discussion] == ["Would you like to take a night bus?"]
    assert result.lesson.reading.paragraphs[-1].text.endswith("all the way.")
    assert "scores as discussion" in result.explain()
