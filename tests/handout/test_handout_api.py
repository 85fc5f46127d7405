"""The importer's public interface, as the File ▸ Import handout… dialog will use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from presenter.handout import ImportFailed, ImportResult, import_handout
from presenter.lesson import parse_lesson

HANDOUTS = Path(__file__).resolve().parents[1] / "data" / "handouts"
BEES = HANDOUTS / "01_blogger_colon_glossary.txt"


def test_path_str_and_text_give_the_same_lesson() -> None:
    by_path = import_handout(BEES)
    by_name = import_handout(str(BEES))
    by_text = import_handout(BEES.read_text(encoding="utf-8"))
    by_bytes = import_handout(BEES.read_bytes())
    assert by_path.lesson == by_name.lesson == by_text.lesson == by_bytes.lesson


def test_result_holds_what_a_preview_needs() -> None:
    result = import_handout(BEES)
    assert isinstance(result, ImportResult)
    lines = result.source_text.split("\n")
    assert len(result.roles) == len(lines)
    by_role = {role: [line for line, r in zip(lines, result.roles) if r == role] for role in set(result.roles)}
    assert by_role["title"] == ["Bees on the Roof: City Beekeeping"]
    assert by_role["heading"] == ["Vocabulary", "Reading", "Comprehension Questions", "Discussion Questions"]
    assert len(by_role["vocabulary"]) == 6 and len(by_role["question"]) == 5 and len(by_role["prompt"]) == 3
    assert len(by_role["debris"]) == 7
    assert result.slug == "bees-on-the-roof-city-beekeeping"
    # The Markdown is exactly what the lesson file will hold, and reads back to the same lesson.
    lesson, problems = parse_lesson(result.markdown)
    assert lesson == result.lesson
    assert not [p for p in problems if p.severity == "error"]


def test_summary_names_everything_counted() -> None:
    summary = import_handout(BEES).summary()
    for expected in ("title:       Bees on the Roof: City Beekeeping", "vocabulary:  6 entries (glossary)",
                     "reading:     1 section(s), 4 paragraph(s)", "speakers:    none", "questions:   5 (5 open)",
                     "discussion:  3 prompt(s)", "dropped:     7 line(s) of debris", "(web page): No comments:"):
        assert expected in summary


def test_no_reading_is_an_import_failure() -> None:
    with pytest.raises(ImportFailed, match="no reading"):
        import_handout("Vocabulary\nscore\nrate\n\nQuestions\n1. Why?\n")


def test_missing_file_is_an_import_failure(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="cannot read"):
        import_handout(tmp_path / "nope.txt")


def test_title_from_file_name_when_the_handout_has_none(tmp_path: Path) -> None:
    path = tmp_path / "city_farms-week3.txt"
    path.write_text("Reading\n\nMany cities now have small farms on empty land. People grow vegetables there.\n",
                    encoding="utf-8")
    result = import_handout(path)
    assert result.lesson.title == "City farms week3"
    assert any("no title found" in w.message for w in result.warnings)


def test_unplaced_lines_are_kept_as_teacher_notes() -> None:
    path = HANDOUTS / "13_cut_off_with_warnings.txt"
    result = import_handout(path)
    notes = result.lesson.reading.paragraphs[0].notes
    assert any(n.endswith("Good luck!") for n in notes), notes
    assert any("kept as a teacher note" in str(w) for w in result.warnings)
    assert "Good luck" in result.markdown
