"""Glossaries wherever a handout puts them: a word box inside the text, a list under a heading with emoji bullets,
dotted leaders, a definition list, meanings in the learner's script; and lines shaped like them that are none."""

from __future__ import annotations

import pytest

from presenter.handout import import_handout
from presenter.handout.dictionary.wordnet import open_wordnet
from presenter.handout.lines import make_lines
from presenter.handout.matching import ReadingIndex
from presenter.handout.pairing import meaning_pos
from presenter.handout.roles import Role
from presenter.handout.vocab import entry_split
from presenter.handout.vocab_found import glossary_evidence
from presenter.handout.vocab_inline import stacked_pair
from presenter.handout.vocab_region import vocabulary_region

PART_1 = ("The lighthouse stood on a rock at the edge of the bay. Every night the keeper climbed the stairs, cleaned "
          "the lens and lit the lamp, and every morning he wrote the weather in his log before he slept.")
PART_2 = ("Ships passed the rock safely for a hundred years. When the lamp became automatic, the keeper packed his "
          "things, locked the door and rowed to the harbour for the last time.")
QUESTIONS = "Questions\n1. What did the keeper clean every night?\n2. How did he leave the rock?\n"


def _lesson(text: str):  # type: ignore[no-untyped-def]
    return import_handout(text).lesson


def _paragraphs(lesson) -> str:  # type: ignore[no-untyped-def]
    return " ".join(p.text for s in lesson.reading.sections for p in s.paragraphs)


def _meanings(lesson) -> list[str]:  # type: ignore[no-untyped-def]
    (exercise,) = lesson.exercises
    return sorted(m for _, m in exercise.pairs)


def test_a_word_box_drawn_inside_the_text_is_the_vocabulary_not_the_text() -> None:
    box = ("   ┌──────────────────────────────┐\n   │ lens   Linse                  │\n"
           "   │ keeper   Wärter              │\n   │ harbour   Hafen              │\n"
           "   │ lamp   Lampe                 │\n   └──────────────────────────────┘")
    lesson = _lesson(f"The Last Keeper\n\n{PART_1}\n\n{box}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("lens", "Linse"), ("keeper", "Wärter"), ("harbour", "Hafen"), ("lamp", "Lampe")]
    assert "Linse" not in _paragraphs(lesson) and "rowed to the harbour" in _paragraphs(lesson)


def test_a_list_under_a_words_heading_with_symbol_bullets_and_equals_signs() -> None:
    words = ("📚 NEW WORDS\n🔹 lens = a curved piece of glass\n🔹 log = a book where you write what happens\n"
             "🔹 to row = to move a boat with oars")
    lesson = _lesson(f"The Last Keeper\n\n{words}\n\n📄 THE STORY\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("lens", "a curved piece of glass"), ("log", "a book where you write what happens"),
        ("to row", "to move a boat with oars")]


def test_dotted_leaders_part_a_term_from_its_meaning() -> None:
    words = ("Words to know\nlens ............ a curved piece of glass\nharbour ......... a place where boats stay\n"
             "automatic ....... working by itself")
    lesson = _lesson(f"The Last Keeper\n\n{words}\n\nRead\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("lens", "a curved piece of glass"), ("harbour", "a place where boats stay"), ("automatic", "working by itself")]
    assert _paragraphs(lesson).startswith("The lighthouse stood")


def test_a_markdown_definition_list_gives_each_term_its_meaning() -> None:
    words = "## Key vocabulary\n\nlens\n:   a curved piece of glass\n\nharbour\n:   a place where boats stay\n"
    lesson = _lesson(f"# The Last Keeper\n\n{words}\n## Reading\n\n{PART_1}\n\n{PART_2}\n\n## {QUESTIONS}")
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("lens", "a curved piece of glass"), ("harbour", "a place where boats stay")]


def test_a_dialogue_inside_the_text_stays_the_text() -> None:
    talk = ("Keeper: The lamp is ready, and the lens is clean tonight.\nSailor: Thank you, we saw the light from "
            "the bay.\nBoy: Can I climb the stairs with you tomorrow?\nKeeper: Only if the weather is calm enough.")
    lesson = _lesson(f"The Last Keeper\n\n{PART_1}\n\n{talk}\n\n{PART_2}\n\n{QUESTIONS}")
    assert not lesson.vocabulary
    assert "we saw the light" in _paragraphs(lesson)


def test_options_in_columns_are_no_glossary() -> None:
    options = ("3. Why did the keeper leave?\nA  The lamp became automatic.\nB  He was too old.\n"
               "C  The rock was sold.\nD  The ships stopped coming.")
    lesson = _lesson(f"The Last Keeper\n\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}{options}\n")
    assert not lesson.vocabulary


def test_a_glossary_line_splits_at_leaders_gaps_and_a_meaning_in_another_script() -> None:
    assert entry_split("harbour ....... a place where boats stay") == ("harbour", "a place where boats stay")
    assert entry_split("lens  Linse") == ("lens", "Linse")
    assert entry_split("to row （ボートを）こぐ") == ("to row", "（ボートを）こぐ")
    assert entry_split("keeper (n.) 灯台守") == ("keeper (n.)", "灯台守")
    assert entry_split("A  The lamp became automatic.") is None  # an option's letter is no term
    assert entry_split("The keeper climbed the stairs and cleaned the lens.") is None


def test_words_joined_to_meanings_by_two_dots_are_a_matching_exercise() -> None:
    rows = ("WORDS FIRST\nDraw a line from each word to its meaning.\nlens • • a place where boats stay\n"
            "harbour • • a curved piece of glass\nautomatic • • working by itself")
    lesson = _lesson(f"The Last Keeper\n\n{rows}\n\nReading\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [e.term for e in lesson.vocabulary] == ["lens", "harbour", "automatic"]
    assert _meanings(lesson) == ["a curved piece of glass", "a place where boats stay", "working by itself"]


def test_a_key_line_under_a_word_list_is_no_entry() -> None:
    words = ("Words to know\nlens – a curved piece of glass\nharbour – a place where boats stay\n"
             "Check your answers: 1. B 2. C 3. A\nFollow-up: Answers will vary.")
    lesson = _lesson(f"The Last Keeper\n\n{words}\n\nReading\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [e.term for e in lesson.vocabulary] == ["lens", "harbour"]


def test_a_forms_grid_of_bubbles_is_a_matching_of_its_rows_and_columns() -> None:
    grid = ("Match each word with its meaning. *\n"
            "            a curved piece of glass   a place where boats stay   working by itself\n"
            "lens                  ◯                          ◯                        ◯\n"
            "harbour               ◯                          ◯                        ◯\n"
            "automatic             ◯                          ◯                        ◯")
    lesson = _lesson(f"The Last Keeper\n\nReading\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}\n{grid}\n")
    assert [e.term for e in lesson.vocabulary] == ["lens", "harbour", "automatic"]
    (exercise,) = lesson.exercises
    assert [t for t, _ in exercise.pairs] == ["lens", "harbour", "automatic"]


def test_notes_and_picture_captions_shaped_like_entries_are_no_vocabulary() -> None:
    index = ReadingIndex([PART_1, PART_2])
    # Labels the text happens to use: the notes' length, not their labels, tells them from a glossary.
    notes = make_lines("Night: weaker learners do the first two questions only, then swap papers with a partner and "
                       "check the answers before the class compares them on the board.\nLamp: bring a torch to class "
                       "and switch it on and off while the learners listen to the story of the keeper again.")
    assert not vocabulary_region(notes, index, notes, explicit=False).entries
    caption = make_lines("[Image: a white lighthouse on a rock at the edge of the bay]")
    assert not vocabulary_region(caption, index, caption).entries
    glossary = make_lines("lens: a curved piece of glass\nharbour: a place where boats stay")
    assert [e.term for e in vocabulary_region(glossary, index, glossary, explicit=False).entries] == ["lens", "harbour"]


def test_a_row_of_words_above_as_many_numbered_meanings_is_a_matching() -> None:
    task = ("VOCABULARY\n5  Match the words in bold in the story with the meanings (1–3).\n"
            "Words: lens   harbour   automatic\n1  working by itself, without people\n"
            "2  a curved piece of glass\n3  a place where boats stay\n")
    lesson = _lesson(f"The Last Keeper\n\nReading\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}\n{task}")
    assert [e.term for e in lesson.vocabulary] == ["lens", "harbour", "automatic"]
    assert _meanings(lesson) == ["a curved piece of glass", "a place where boats stay",
                                 "working by itself, without people"]


def test_flashcards_printed_term_above_meaning_are_a_glossary_but_a_caption_above_words_is_not() -> None:
    cards = ("Cards in this set (3)\n\nlens\na curved piece of glass in the lamp\n\nharbour\nthe place where boats "
             "stay when the sea is rough\n\nkeeper\na person who looks after a lighthouse")
    lesson = _lesson(f"The Last Keeper\n\n{cards}\n\nReading\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("lens", "a curved piece of glass in the lamp"), ("harbour", "the place where boats stay when the sea is rough"),
        ("keeper", "a person who looks after a lighthouse")]
    assert stacked_pair(make_lines("Word bank\nlens  harbour  keeper  lamp")) is None
    assert stacked_pair(make_lines("Reading\nThe keeper cleaned the lens.")) is None


def test_a_heading_vouches_for_the_list_below_it_not_for_a_later_block_of_page_chrome() -> None:
    index = ReadingIndex([PART_1, PART_2])
    lines = make_lines("Key words\nlens – a curved piece of glass\nharbour – a place where boats stay\n\n"
                       "Logged in as Ana Lopez (Log out)\nData retention summary   Get the mobile app\n")
    lines[0].role = Role.HEADING
    region = lines[1:]
    assert [e.term for e in vocabulary_region(region, index, lines).entries] == ["lens", "harbour"]
    cards = make_lines("Key words\nlens\n: a curved piece of glass\n\nto row out\n: to leave by boat\n")
    cards[0].role = Role.HEADING
    # The second card goes on in the first one's layout; its words are in the text, though apart ("rowed … out").
    assert [e.term for e in vocabulary_region(cards[1:], ReadingIndex(["He rowed the boat out."]), cards).entries] \
        == ["lens", "to row out"]


def test_a_numbered_task_line_heading_a_side_by_side_matching_is_its_heading() -> None:
    task = ("4  VOCABULARY  Match the words in bold in the story (1–3) with the meanings (a–c).\n"
            "1  lens        a  a place where boats stay\n2  harbour     b  working by itself\n"
            "3  automatic   c  a curved piece of glass\n")
    lesson = _lesson(f"The Last Keeper\n\nReading\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}\n{task}")
    assert [e.term for e in lesson.vocabulary] == ["lens", "harbour", "automatic"]
    assert len(lesson.exercises) == 1


def test_a_learners_definition_reads_as_the_part_of_speech_of_its_first_word() -> None:
    wn = open_wordnet()
    if wn is None:
        pytest.skip("WordNet's files are not installed")
    assert meaning_pos(wn, "money that a business makes after paying its costs") == "noun"
    assert meaning_pos(wn, "happy to give more money than is expected") == "adjective"
    assert meaning_pos(wn, "to have enough money to pay for something") == "verb"


def test_a_word_table_sharing_a_block_with_the_warm_up_is_the_vocabulary() -> None:
    top = ("The Last Keeper\nA. Warm-up\n1. Have you ever seen a lighthouse?\n2. Would you like to live on an island?\n"
           "B. Vocabulary. Learn these words before you read.\nWord\tType\tEn castellano\nlens\tnoun\tlente\n"
           "harbour\tnoun\tpuerto\nto row\tverb\tremar\nautomatic\tadjective\tautomático")
    lesson = _lesson(f"{top}\n\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [e.term for e in lesson.vocabulary] == ["lens", "harbour", "to row", "automatic"]
    assert [p.text for p in lesson.warmup] == ["Have you ever seen a lighthouse?", "Would you like to live on an island?"]


def test_numbered_words_beside_lettered_meanings_are_no_glossary() -> None:
    block = make_lines("1 lens        a) Hafen\n2 harbour     b) Linse\n3 lamp        c) Lampe")
    assert glossary_evidence(block, ReadingIndex([PART_1, PART_2]), named=True) == 0.0


def test_a_caption_among_the_entries_is_kept_as_a_note_not_lost() -> None:
    caption = "Illustration – The lamp room at the top"
    words = f"Vocabulary\nlens – a curved piece of glass\nharbour – a place where boats stay\n{caption}\nautomatic – working by itself"
    result = import_handout(f"The Last Keeper\n\n{words}\n\nReading\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [e.term for e in result.lesson.vocabulary] == ["lens", "harbour", "automatic"]
    assert caption in result.markdown or caption in {d.text for d in result.dropped}
    assert result.roles[result.source_text.splitlines().index(caption)] != Role.VOCABULARY


def test_a_fact_box_inside_the_text_is_not_vocabulary_for_using_its_own_words() -> None:
    box = ("   ┌──────────────────────────────┐\n   │ Height: 30 metres            │\n"
           "   │ Built: in 1858                │\n   │ Keeper: until 1990            │\n"
           "   │ Lamp: electric since 1921     │\n   └──────────────────────────────┘")
    lesson = _lesson(f"The Last Keeper\n\n{PART_1}\n\n{box}\n\n{PART_2}\n\n{QUESTIONS}")
    assert not lesson.vocabulary


@pytest.mark.parametrize("heading", ["Reading", "Reading text", "READING", "✦ Reading ✦"])
def test_a_line_naming_the_text_right_above_it_ends_the_word_list(heading: str) -> None:
    lesson = _lesson(f"The Last Keeper\n\nVocabulary\nlens\nreading\nharbour\n{heading}\n{PART_1}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [e.term for e in lesson.vocabulary] == ["lens", "reading", "harbour"]
    assert _paragraphs(lesson).startswith("The lighthouse stood")


def test_a_word_box_inside_the_text_needs_every_term_in_the_text_beside_it() -> None:
    box = ("   ┌──────────────────────────────┐\n   │ lens   Linse                  │\n"
           "   │ keeper   Wärter              │\n   │ beacon   Leuchtfeuer         │\n"
           "   │ lamp   Lampe                 │\n   └──────────────────────────────┘")
    lesson = _lesson(f"The Last Keeper\n\n{PART_1}\n\n{box}\n\n{PART_2}\n\n{QUESTIONS}")
    assert not lesson.vocabulary  # three terms in four the text uses, and a box: not enough to cut the text


def test_a_word_box_drawn_in_plain_ascii_inside_the_text_is_the_vocabulary() -> None:
    box = ("+------------------------+\n| lens       Linse       |\n| keeper     Wärter      |\n"
           "| harbour    Hafen       |\n| lamp       Lampe       |\n+------------------------+")
    lesson = _lesson(f"The Last Keeper\n\n{PART_1}\n\n{box}\n\n{PART_2}\n\n{QUESTIONS}")
    assert [(e.term, e.definition) for e in lesson.vocabulary] == [
        ("lens", "Linse"), ("keeper", "Wärter"), ("harbour", "Hafen"), ("lamp", "Lampe")]
    assert "Linse" not in _paragraphs(lesson)
