"""The small readers the vocabulary modules share: a box's border, the matching task, a verb's bare term, the line above."""

from __future__ import annotations

from presenter.handout.layout import line_above
from presenter.handout.lines import is_box_rule, is_matching_task, make_lines
from presenter.handout.matching import ReadingIndex, bare_term
from presenter.handout.vocab import Layout, VocabResult
from presenter.handout.vocab_block import vocabulary_from_lines
from presenter.handout.vocab_inline import banked_definitions, heading_text, meaning_text
from presenter.lesson.model import VocabEntry


def test_a_box_border_is_a_rule_of_box_drawing_or_plus_and_dashes() -> None:
    assert is_box_rule("   ┌──────────┐") and is_box_rule("+--------+") and is_box_rule("╚══════╝")
    assert not is_box_rule("│ lens   Linse │") and not is_box_rule("* * *") and not is_box_rule("")


def test_the_matching_task_starts_a_heading_but_may_follow_other_words_in_a_task_line() -> None:
    assert is_matching_task("Match the words with their meanings")
    assert is_matching_task("Draw a line from each word to its definition.")
    assert not is_matching_task("Before you read, draw a line from each word to its meaning.")
    assert is_matching_task("Before you read, draw a line from each word to its meaning.", within=True)
    assert not is_matching_task("Match the pictures with the people", within=True)


def test_a_verb_s_bare_term_drops_its_to_only() -> None:
    assert bare_term("to row") == "row" and bare_term("tomato") == "tomato" and bare_term("to  stave off") == "stave off"


def test_the_line_above_skips_blank_lines_and_is_none_at_the_top() -> None:
    lines = make_lines("Words\n\n\nlens   glass\n")
    assert line_above(lines, 4) is lines[0] and line_above(lines, 1) is None


def test_numbered_meanings_under_a_row_of_words_with_or_without_a_stop() -> None:
    lines = make_lines("hive   crop   harm\n1  a box where bees live\n2. a plant grown on a farm\nc) to hurt someone or something")
    found = banked_definitions(lines)
    assert found is not None and found[1] == ["hive", "crop", "harm"]
    assert [meaning_text(ln) for ln in lines[1:]] == ["a box where bees live", "a plant grown on a farm", "to hurt someone or something"]
    assert heading_text("B. Vocabulary. Learn these words") == "Vocabulary"


def test_a_block_s_layout_is_an_enum_and_a_table_reports_its_columns() -> None:
    index = ReadingIndex(["The keeper cleaned the lens and rowed to the harbour."])
    glossary = vocabulary_from_lines(make_lines("lens – a curved piece of glass\nharbour – a place where boats stay"), index)
    assert glossary.layout is Layout.GLOSSARY and glossary.shown == "glossary"
    table = VocabResult(layout=Layout.TABLE, columns=3)
    assert table.shown == "table of 3 columns" and (table.layout, table.columns) != (Layout.TABLE, 2)


def test_a_result_without_some_lines_neither_lists_nor_uses_them() -> None:
    found = VocabResult([VocabEntry(term="lens", line=1), VocabEntry(term="Photo", line=2)], Layout.GLOSSARY, [1, 2], 2)
    kept = found.without({2})
    assert [e.term for e in kept.entries] == ["lens"] and kept.used == [1] and kept.layout is Layout.GLOSSARY

