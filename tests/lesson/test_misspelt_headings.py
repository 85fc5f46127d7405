"""A section heading spelt wrong is named, with its line and the section meant; `presenter check` says so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from presenter.lesson.headings import edit_distance, meant_section
from presenter.lesson.parser import SECTION_NAMES, parse_lesson

HEAD = "---\ntitle: T\n---\n\n"
VOCAB = "# Vocabulary\n\n- **word**: a meaning\n\n"
READING = "# Reading\n\nOne sentence here.\n"


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert edit_distance("vocabluary", "vocabulary") == 1
    assert edit_distance("readng", "reading") == 1
    assert edit_distance("reading", "reading") == 0
    assert edit_distance("homework", "reading") > 2


@pytest.mark.parametrize(("kind", "name"), [(k, n) for k, names in SECTION_NAMES.items() for n in names if len(n) >= 5])
def test_every_section_name_with_a_slip_is_recognised(kind: str, name: str) -> None:
    names = {n: k for k, ns in SECTION_NAMES.items() for n in ns}
    slipped = name[:2] + name[3:]  # a letter left out
    found = meant_section(slipped, names)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("heading", ["Homework", "Grammar", "Answers key", "Notes"])
def test_other_headings_are_not_taken_for_sections(heading: str) -> None:
    names = {n: k for k, ns in SECTION_NAMES.items() for n in ns}
    assert meant_section(heading, names) is None


def test_a_misspelt_vocabulary_heading_is_a_warning_on_its_line() -> None:
    text = HEAD + VOCAB.replace("Vocabulary", "Vocabluary") + READING
    lesson, problems = parse_lesson(text)
    assert lesson is not None and not lesson.vocabulary
    [warning] = [p for p in problems if "Vocabluary" in p.message]
    assert warning.severity == "warning" and warning.line == text.split("\n").index("# Vocabluary") + 1
    assert '"# Vocabulary"' in warning.message


def test_a_misspelt_reading_heading_is_the_error_and_points_at_it() -> None:
    text = HEAD + VOCAB + READING.replace("Reading", "Readng")
    lesson, problems = parse_lesson(text)
    assert lesson is None
    [error] = [p for p in problems if p.severity == "error"]
    assert error.line == text.split("\n").index("# Readng") + 1 and '"Reading"' in error.message


def test_no_reading_points_at_the_last_line_not_past_it() -> None:
    text = HEAD + VOCAB
    _, problems = parse_lesson(text)
    [error] = [p for p in problems if p.severity == "error"]
    assert error.line == len(text.splitlines())


def test_presenter_check_warns_with_the_line(tmp_path: Path) -> None:
    text = HEAD + VOCAB.replace("Vocabulary", "Vocabluary") + READING.replace("Reading", "Readng")
    lesson = tmp_path / "lesson.md"
    lesson.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "presenter", "check", str(lesson)], capture_output=True, text=True,
                         timeout=120)
    lines = text.split("\n")
    assert out.returncode == 1
    assert f"lesson.md:{lines.index('# Vocabluary') + 1}: warning:" in out.stdout
    assert f"lesson.md:{lines.index('# Readng') + 1}: error:" in out.stdout and '"Reading"' in out.stdout
    assert all(int(line.split(":")[1]) <= len(text.splitlines()) for line in out.stdout.splitlines() if ".md:" in line)
