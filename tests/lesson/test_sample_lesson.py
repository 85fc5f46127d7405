"""The sample lesson made from the seed handout has the structure the issue asks for."""

from pathlib import Path

from presenter.lesson import read_lesson


def test_sample_lesson_structure(sample_lesson_path: Path) -> None:
    lesson, warnings = read_lesson(sample_lesson_path)
    assert warnings == []
    assert lesson.title == "Social Credits and Surveillance in China, I"
    assert len(lesson.vocabulary) == 57
    assert all(v.definition for v in lesson.vocabulary)
    assert len(lesson.reading.sections) == 2
    assert len(lesson.comprehension) == 7
    assert [p.label for p in lesson.discussion] == ["A", "B", "C", "D", "E"]


def test_sample_lesson_flattened_table_entries(sample_lesson_path: Path) -> None:
    lesson, _ = read_lesson(sample_lesson_path)
    by_term = {v.term: v for v in lesson.vocabulary}
    # "court order (3) apologize" is three entries; "punish on time no longer" too.
    assert by_term["court"].count is None and by_term["order"].count == 3
    assert {"punish", "on time", "no longer", "apologize"} <= by_term.keys()
    assert by_term["buy"].forms == ("bought", "bought")
    assert by_term["catch"].forms == ("caught", "caught")
    assert by_term["benefit"].forms == ("benefits",) and by_term["benefit"].count == 2
    assert by_term["track"].count == 3 and by_term["bar"].count == 3
    assert "real estate" in by_term and "interest rate" in by_term and "zero-in" in by_term


def test_sample_lesson_reading_and_questions(sample_lesson_path: Path) -> None:
    lesson, _ = read_lesson(sample_lesson_path)
    first, second = lesson.reading.sections
    assert first.paragraphs[0].text.startswith("By 2020, China plans")
    assert first.paragraphs[-1].text == "Next week the program will start expanding nationwide."
    assert second.paragraphs[-1].text.endswith("high credit scores.")
    assert lesson.reading.speakers == ("Journalist", "Shu Li, CEO Sense Time", "Ken Dewoskin, Economist")
    turn = next(p for p in second.paragraphs if p.speaker == "Shu Li, CEO Sense Time")
    assert turn.text.startswith("“It can tell whether")
    # A colon inside a sentence is not a speaker label.
    upsides = next(p for p in second.paragraphs if p.text.startswith("Now there are upsides"))
    assert upsides.speaker is None
    q1 = lesson.comprehension[0]
    assert q1.kind == "true-false" and q1.answer == "False"
    assert all(q.answer for q in lesson.comprehension)
    c = lesson.discussion[2]
    assert c.options[0] == "completely support" and c.options[-1] == "totally against"
    all_text = " ".join(p.text for p in lesson.reading.paragraphs)
    assert "Comments are closed" not in all_text and "social credit and surveillance" not in all_text
