"""Broken lesson files: each problem is reported with its file, line and a message saying what to do."""

from pathlib import Path

import pytest

from presenter.lesson import LessonError, check_file, read_lesson

BROKEN = Path(__file__).parents[1] / "data" / "broken"

# file, severity, line, words the message must contain
CASES = [
    ("no_title.md", "error", 1, "no title"),
    ("unclosed_front_matter.md", "error", 1, "never closed"),
    ("bad_yaml.md", "error", 3, "not valid YAML"),
    ("no_reading.md", "error", 7, 'add a "# Reading" section'),
    ("empty_reading.md", "error", 5, '"Reading" section is empty'),
    ("bad_rate.md", "error", 3, "words per minute"),
    ("rate_out_of_range.md", "error", 4, "from 80 to 400"),
    ("bad_default_duration.md", "error", 5, 'duration "soon" for discussion'),
    ("bad_prompt_time.md", "error", 12, 'time "a while" is not a time'),
    ("bad_think_time.md", "error", 12, 'think time "soon"'),
    ("binary_junk.md", "error", 1, "binary data"),
    ("cyrillic_cp1251.md", "error", 2, "save it as UTF-8"),
    ("damaged_utf16.md", "error", 1, "UTF-16 but is damaged"),
    ("front_matter_list.md", "error", 2, '"key: value" lines'),
    ("missing_definition.md", "warning", 8, 'vocabulary entry "bar" has no definition; write "- **bar** — meaning"'),
    ("unknown_key.md", "warning", 3, 'did you mean "title"'),
    ("unknown_section.md", "warning", 9, '"Homework" is not a section'),
    ("misspelt_reading.md", "error", 9, 'is "Readng" meant to be "Reading"'),
    ("bad_grouping.md", "warning", 12, 'grouping "trios"'),
    ("duplicate_term.md", "warning", 9, '"ban" is already on line 7'),
    ("text_before_sections.md", "warning", 5, "text before the first section"),
    ("misspelled_answer.md", "warning", 12, 'did you mean "Answer:"'),
    ("bad_language.md", "warning", 3, "not a language tag"),
    ("second_section.md", "warning", 15, 'a second "Vocabulary" section'),
]


@pytest.mark.parametrize(("name", "severity", "line", "words"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_reports_line_and_message(name: str, severity: str, line: int, words: str) -> None:
    path = BROKEN / name
    lesson, problems = check_file(path)
    matching = [p for p in problems if p.severity == severity and words in p.message]
    assert matching, f"no {severity} containing {words!r} in {[str(p) for p in problems]}"
    assert matching[0].line == line
    assert str(matching[0]).startswith(f"{path}:{line}: {severity}: ")
    if severity == "error":
        assert lesson is None
        with pytest.raises(LessonError) as info:
            read_lesson(path)
        assert str(path) in str(info.value)
    else:
        assert lesson is not None


def test_every_message_is_one_line() -> None:
    for path in BROKEN.iterdir():
        for problem in check_file(path)[1]:
            assert "\n" not in str(problem)


def test_huge_file_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB of zeros without writing them
    lesson, problems = check_file(path)
    assert lesson is None
    assert "52.4 MB" in problems[0].message and "under 5 MB" in problems[0].message


def test_missing_file_is_reported(tmp_path: Path) -> None:
    lesson, problems = check_file(tmp_path / "nope.md")
    assert lesson is None and "cannot read" in problems[0].message


def test_broken_copy_of_sample_reports_the_line(sample_lesson_path: Path, tmp_path: Path) -> None:
    lines = sample_lesson_path.read_text(encoding="utf-8").split("\n")
    q = next(i for i, text in enumerate(lines) if text.startswith("A. "))
    lines.insert(q + 1, "   Time: whenever")
    broken = tmp_path / "lesson.md"
    broken.write_text("\n".join(lines), encoding="utf-8")
    _, problems = check_file(broken)
    errors = [p for p in problems if p.severity == "error"]
    assert [p.line for p in errors] == [q + 2]
