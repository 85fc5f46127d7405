"""`presenter import`: exit codes, where the lesson goes, no overwrite without --force."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from import_cli import run
from presenter.lesson import check_file

HANDOUTS = Path(__file__).resolve().parents[1] / "data" / "handouts"

HANDOUT = HANDOUTS / "01_blogger_colon_glossary.txt"




def test_imports_into_lessons_folder_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert run([str(HANDOUT)]) == 0
    target = tmp_path / "lessons" / "bees-on-the-roof-city-beekeeping" / "lesson.md"
    assert target.is_file()
    lesson, problems = check_file(target)
    assert lesson is not None and not [p for p in problems if p.severity == "error"]
    out = capsys.readouterr().out
    assert "title:       Bees on the Roof: City Beekeeping" in out
    assert "vocabulary:  6 entries" in out
    assert "questions:   5" in out
    assert "discussion:  3 prompt(s)" in out
    assert "dropped:     7 line(s) of debris" in out
    assert "No comments:" in out


def test_explain_alone_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert run([str(HANDOUT), "--explain"]) == 0
    assert list(tmp_path.iterdir()) == []  # a look at the import, not an import
    out = capsys.readouterr().out
    assert "line  role" in out and "nothing was written" in out
    assert run([str(HANDOUT), "--explain", "--out", str(tmp_path / "bees.md")]) == 0
    assert (tmp_path / "bees.md").is_file()


def test_out_folder_and_out_file(tmp_path: Path) -> None:
    assert run([str(HANDOUT), "--out", str(tmp_path / "mine")]) == 0
    assert (tmp_path / "mine" / "bees-on-the-roof-city-beekeeping" / "lesson.md").is_file()
    assert run([str(HANDOUT), "--out", str(tmp_path / "x" / "bees.md")]) == 0
    assert (tmp_path / "x" / "bees.md").is_file()


def test_never_overwrites_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bees.md"
    target.write_text("my own edits", encoding="utf-8")
    assert run([str(HANDOUT), "--out", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "my own edits"
    assert str(target) in capsys.readouterr().err
    assert run([str(HANDOUT), "--out", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("---\ntitle: 'Bees on the Roof: City Beekeeping'")
    assert [p.name for p in tmp_path.iterdir()] == ["bees.md"]  # no temporary file left behind


def test_nothing_usable_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\nComments are closed.\n", encoding="utf-8")
    assert run([str(empty), "--out", str(tmp_path)]) == 1
    assert "no reading" in capsys.readouterr().err
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    assert run([str(binary), "--out", str(tmp_path)]) == 1


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert run([str(tmp_path / "missing.txt")]) == 2
    assert run([str(tmp_path)]) == 2
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert run([str(pdf)]) == 2
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    assert run([str(HANDOUT), "--out", str(a_file)]) == 2
    with pytest.raises(SystemExit) as exc:
        run([])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        run([str(HANDOUT), "--frobnicate"])
    assert exc.value.code == 2


def test_help_documents_where_the_lesson_goes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["--help"])
    out = capsys.readouterr().out
    assert "DIR/<name-from-the-title>/lesson.md" in out
    assert "--force" in out


def test_through_the_main_cli_when_registered(tmp_path: Path) -> None:
    from presenter import cli

    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        assert cli.main(["import", str(HANDOUT)]) == 0
    finally:
        os.chdir(cwd)
