"""Exports a teacher uses outside the app: flashcards for Anki/Quizlet and the printable handout."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from repo_paths import REPO, SAMPLE_LESSON


def presenter(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presenter", *args], capture_output=True, text=True, cwd=REPO, timeout=180)


def test_cards_tsv(tmp_path: Path) -> None:
    out = tmp_path / "cards.tsv"
    result = presenter("export", str(SAMPLE_LESSON), "--cards", str(out))
    assert result.returncode == 0, result.stderr
    assert "--anki OUT.apkg" in result.stdout  # a fresh Anki keeps the example only through the package
    lines = out.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert header[:2] == ["#separator:tab", "#html:true"]
    assert "#deck:Social Credits and Surveillance in China, I" in header
    assert "#columns:Front\tBack\tExample\tTags" in header and "#tags column:4" in header
    rows = [line.split("\t")[:3] for line in lines if not line.startswith("#")]
    assert len(rows) == 57 and all(len(r) == 3 for r in rows)
    assert all(r[2].count('"') % 2 == 0 and r[2].count("“") == r[2].count("”") for r in rows)
    by_term = {r[0]: r for r in rows}
    assert by_term["buy – bought – bought"][1].startswith("(verb) to get something")
    assert "buy" in by_term["buy – bought – bought"][2]  # an example sentence from the reading
    assert all(r[1] for r in rows)


def test_existing_file_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "cards.tsv"
    out.write_text("teacher's own file", encoding="utf-8")
    result = presenter("export", str(SAMPLE_LESSON), "--cards", str(out))
    assert result.returncode == 1 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "teacher's own file"
    assert presenter("export", str(SAMPLE_LESSON)).returncode == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is installed by ./dev.sh")
@pytest.mark.parametrize(("paper", "size"), [("a4", "595 x 842"), ("letter", "612 x 792")])
def test_pdf_handout(tmp_path: Path, paper: str, size: str) -> None:
    out = tmp_path / "handout.pdf"
    result = presenter("export", str(SAMPLE_LESSON), "--pdf", str(out), "--paper", paper)
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert size in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 3 <= pages <= 12
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Social Credits and Surveillance in China, I" in flat
    assert "real estate" in flat and "land and buildings" in flat
    assert "Next week the program will start expanding nationwide." in flat
    assert "Ken Dewoskin, Economist:" in flat
    assert "What will happen in the future in China regarding the social credit system?" in flat
    assert "What should citizens do?" in flat


def test_example_sentences_have_balanced_quotes() -> None:
    from presenter.export.cards import balance_quotes

    assert balance_quotes('"We start next week,') == '"We start next week,"'
    assert balance_quotes('he said. "') == '"he said. "'
    assert balance_quotes('a "b" c " d') == 'a "b" c d'
    assert balance_quotes("“I can’t buy it,") == "“I can’t buy it,”"
    assert balance_quotes("not now,” she said.") == "“not now,” she said."
    assert balance_quotes("“fine” and “well”") == "“fine” and “well”"
