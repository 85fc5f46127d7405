"""Suggestions kept in the lesson's text (Qt-free), and the preview's source pane in the teacher's words."""

from repo_paths import REPO
from presenter.handout import import_handout
from presenter.handout.roles import Role
from presenter.lesson import parse_lesson
from presenter.ui.app.import_source import ROLES, legend_html, role_label, source_html
from presenter.ui.app.suggestions import Kind, Suggestion, accept, apply, definitions_for, find_suggestions, \
    leave_out, put_back

LESSON = """---
title: Harbour
---

# Vocabulary

- **quay**
  Example: We walked along the quay.
- **squall**

# Reading

The captain saw a squall from the quay.
"""


def test_a_word_goes_into_a_new_vocabulary_section_before_the_reading_and_out_again() -> None:
    text = LESSON.replace("# Vocabulary\n\n- **quay**\n  Example: We walked along the quay.\n- **squall**\n\n", "")
    word = Suggestion("captain", Kind.WORD, ("- **captain** (n.) — the person in charge of a ship  <!-- suggested -->",))
    added = apply(text, put_back(text, word))
    lesson, _ = parse_lesson(added)
    assert lesson is not None and [(e.term, e.suggested) for e in lesson.vocabulary] == [("captain", True)]
    assert added.index("# Vocabulary") < added.index("# Reading")
    assert find_suggestions(added, words=True) == [word]
    edit = leave_out(added, word)
    assert edit is not None and apply(added, edit) == text  # its last word out: the section goes too


def test_a_suggested_definition_left_out_gives_the_word_back_as_it_was_with_its_example() -> None:
    suggested = Suggestion("quay", Kind.DEFINITION, ("- **quay** (n.) — a landing place  <!-- suggested -->",))
    ((edit, placed),) = definitions_for(LESSON, [suggested])
    defined = apply(LESSON, edit)
    assert "- **quay** (n.) — a landing place  <!-- suggested -->\n  Example: We walked along the quay." in defined
    out = leave_out(defined, placed)
    assert out is not None and apply(defined, out) == LESSON
    mine = accept(defined, placed)
    assert mine is not None and "- **quay** (n.) — a landing place\n" in apply(defined, mine)
    # A word the teacher has defined already keeps the teacher's definition.
    assert definitions_for(LESSON.replace("- **quay**\n", "- **quay** — where boats stop\n"), [suggested]) == []


def test_every_line_role_has_a_tint_and_a_plain_name_and_left_out_lines_say_why() -> None:
    assert set(Role) - {Role.NONE} <= set(ROLES)
    result = import_handout(REPO / "tests/data/handouts/12_warm_up_answer_key_uppercase_options.txt")
    shown = source_html(result)
    dropped = next(d for d in result.dropped if d.text.startswith("Read the text"))
    assert f"left out: {dropped.reason}" in shown
    assert "teacher note" in legend_html() and "warm-up" in legend_html()


def test_a_note_says_why_in_words_without_the_importers_scores() -> None:
    why = "glossary after the reading [vocabulary 3.0, next reading 3.0]; but the reading uses few of its words"
    assert role_label(Role.UNPLACED, why) == ("teacher note: glossary after the reading; "
                                              "but the reading uses few of its words")
    assert role_label(Role.DROPPED, "a list [not a glossary]") == "left out: a list [not a glossary]"
