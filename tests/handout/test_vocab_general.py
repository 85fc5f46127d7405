"""Vocabulary in layouts written by people who never saw the importer: numbered rows joined by dots, a heading
that is no table, …"""

from __future__ import annotations

from presenter.handout import import_handout
from presenter.handout.lines import make_lines
from presenter.handout.matching import ReadingIndex
from presenter.handout.roles import Part, Role
from presenter.handout.segment import Region
from presenter.handout.vocab_block import vocabulary_from_lines
from presenter.handout.vocab_found import stray_glossaries
from presenter.handout.vocab_inline import stacked_pair
from presenter.handout.vocab_list import word_list_entries
from presenter.handout.vocab_region import vocabulary_region

TEXT_1 = ("The old ferry crossed the river twice a day. The captain kept a bell by the wheel and rang it when the "
          "fog came down, so the fishermen knew where the boat was.")
TEXT_2 = ("One winter the river froze, and the ferry stayed in the harbour. The captain painted the hull and mended "
          "the sails until the ice broke in spring.")
QUESTIONS = "Questions\n1. Why did the captain ring the bell?\n2. What did he do in winter?\n"


def _terms(text: str) -> list[str]:
    return [e.term for e in import_handout(text).lesson.vocabulary]


def test_numbered_words_joined_by_dots_lose_their_numbers() -> None:
    rows = ("Join each word to its meaning.\n1. ferry\t•   •\tb. the body of a boat\n"
            "2. hull\t•   •\tc. a boat that carries people across water\n3. fog\t•   •\ta. thick cloud near the ground\n")
    assert _terms(f"The Ferry\n\n{TEXT_1}\n\n{TEXT_2}\n\n{QUESTIONS}\n{rows}") == ["ferry", "hull", "fog"]


def test_a_heading_cut_into_columns_is_no_row_of_words() -> None:
    index = ReadingIndex([TEXT_1, TEXT_2])
    heading = word_list_entries(make_lines("The Frozen River\n(History link – Unit 2: Boats)"), index)
    assert heading.entries == []
    table = word_list_entries(make_lines("ferry hull fog\nwheel bell sails"), index)
    assert [e.term for e in table.entries] == ["ferry", "hull", "fog", "wheel", "bell", "sails"]


def test_a_field_label_under_every_word_is_no_term() -> None:
    words = ("Vocabulary\n\nhull\nseen: \"The captain painted the hull…\"\nsense: the body of a boat\n"
             "fog\nseen: \"…when the fog came down\"\nsense: thick cloud near the ground\n")
    lesson = import_handout(f"The Ferry\n\n{words}\n\nRead\n{TEXT_1}\n\n{TEXT_2}\n\n{QUESTIONS}").lesson
    assert [(e.term, e.example) for e in lesson.vocabulary] == [
        ("hull", "The captain painted the hull"), ("fog", "when the fog came down")]


def test_a_glossary_loses_an_undefined_line_at_its_edge_that_the_text_never_uses() -> None:
    index = ReadingIndex([TEXT_1, TEXT_2])
    lines = make_lines("🔸 ferry – a boat that carries people across water\n🔸 hull – the body of a boat\n"
                       "🔸 fog – thick cloud near the ground\nShare with a friend 💬")
    assert [e.term for e in vocabulary_from_lines(lines, index).entries] == ["ferry", "hull", "fog"]
    kept = make_lines("ferry – a boat that carries people across water\nhull – the body of a boat\nfog – thick cloud\n"
                      "harbour")  # a word of the text, its meaning left out: still a term
    assert [e.term for e in vocabulary_from_lines(kept, index).entries] == ["ferry", "hull", "fog", "harbour"]


def test_a_quiz_sites_menu_pasted_after_the_text_is_no_glossary() -> None:
    index = ReadingIndex([TEXT_1, TEXT_2, "(pasted from Quizland)"])  # the site's name may have joined the text
    menu = make_lines("Quizland\nExplore   Folders   Stats          New\nThe Ferry – Story Check\nteacher_ana\n"
                      "3 likes · 20 plays\nPlay    Copy    Print\nRounds (4)                Hide answers")
    assert vocabulary_region(menu, index, menu, explicit=False).entries == []
    glosses = make_lines("hull   Rumpf\nfog   Nebel, Dunst\nferry   Fähre, Boot")  # German capitalises nouns
    found = vocabulary_region(glosses, index, glosses, explicit=False)
    assert [e.term for e in found.entries] == ["hull", "fog", "ferry"]


def test_a_card_heads_part_of_speech_is_not_part_of_its_term() -> None:
    cards = make_lines("fog (n.)\nthick cloud that is close to the ground")
    entry = stacked_pair(cards)
    assert entry is not None and (entry.term, entry.part_of_speech) == ("fog", "noun")


def test_a_table_row_wrapped_onto_an_indented_line_stays_one_entry() -> None:
    rows = make_lines("Word       Meaning                        In a sentence\n"
                      "hull       the body of a boat, under      The hull was\n"
                      "           the deck                       painted red.\n"
                      "fog        thick cloud that is close      Fog came down\n"
                      "           to the ground                  at night.")
    found = vocabulary_from_lines(rows, ReadingIndex([TEXT_1, TEXT_2]))
    assert [e.term for e in found.entries] == ["hull", "fog"]
    assert found.entries[0].definition.startswith("the body of a boat, under the deck")
    assert set(found.used) == {1, 2, 3, 4, 5}


def test_example_lines_taken_for_page_chrome_do_not_break_a_glossary_apart() -> None:
    lines = make_lines(f"{TEXT_1}\n{TEXT_2}\n\nferry      (noun)   a boat that carries people across water\n"
                       "► The ferry crossed the river.\nhull       (noun)   the body of a boat\n"
                       "► The captain painted the hull.\nfog        (noun)   thick cloud near the ground\n► The fog came down.\n"
                       "bell       (noun)   a metal cup that rings when you hit it\n► He rang the bell.")
    for ln in lines[4::2]:  # the examples, which a page's play buttons look like
        ln.role = Role.DEBRIS
    for ln in lines[5::2]:
        ln.role = Role.UNPLACED
    regions = [Region(Part.READING, lines[:2]), Region(Part.VOCABULARY, [lines[3]], explicit=True)]
    leftover = lines[5::2]
    found = stray_glossaries(regions, leftover, lines)
    assert [[ln.no for ln in r.lines] for r in found if r.kind == Part.VOCABULARY] == [[4], [6, 8, 10]]
    assert leftover == []


def test_a_task_sentence_with_a_blank_to_fill_is_no_row_of_words() -> None:
    index = ReadingIndex([TEXT_1, TEXT_2])
    task = make_lines("Find a phrase in part 2 that shows a change of plan. ____________")
    assert word_list_entries(task, index).entries == []
    row = make_lines("ferry   hull   fog   ____")  # a row of words keeps its words, blank or not
    assert [e.term for e in word_list_entries(row, index).entries] == ["ferry", "hull", "fog"]


def test_lettered_meanings_joined_by_dots_follow_the_key_by_their_letters() -> None:
    rows = ("Join each word to its meaning.\n1. ferry\t•   •\tb. the body of a boat\n"
            "2. hull\t•   •\tc. a boat that carries people across water\n3. fog\t•   •\ta. thick cloud near the ground\n")
    lesson = import_handout(f"The Ferry\n\n{TEXT_1}\n\n{TEXT_2}\n\n{QUESTIONS}\n{rows}\nAnswers: 1-c 2-b 3-a\n").lesson
    assert [ex.pairs for ex in lesson.exercises if ex.kind == "matching"] == [(
        ("ferry", "a boat that carries people across water"), ("hull", "the body of a boat"),
        ("fog", "thick cloud near the ground"))]
