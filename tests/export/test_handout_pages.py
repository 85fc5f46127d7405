"""The PDF handout: no question crosses a page break, the teacher's copy has the answers, numbered lines."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from repo_paths import REPO, SAMPLE_LESSON

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils is installed by ./dev.sh")
QUESTION = re.compile(r"^\s*(\d+)\. ", re.M)
WRITING_LINE = re.compile(r"^\s*_{20,}\s*$", re.M)


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presenter", "export", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=180)


def many_questions(tmp_path: Path, count: int = 23) -> Path:
    """A lesson whose questions (of growing length) fill several pages."""
    questions = "\n".join(f"{i}. Question number {i}: " + "why does the reading say so? " * (1 + i % 7) +
                          f"\n   Answer: Answer {i}." for i in range(1, count + 1))
    reading = "\n\n".join(f"Paragraph {n} of the reading has a few sentences. " * 6 for n in range(1, 12))
    path = tmp_path / "long.md"
    path.write_text(f"---\ntitle: Many questions\n---\n\n# Reading\n\n{reading}\n\n# Questions\n\n{questions}\n",
                    encoding="utf-8")
    return path


def pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def test_no_question_crosses_a_page_break(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = export(str(many_questions(tmp_path)), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    pages = pages_text(out)
    assert len(pages) >= 4
    seen: list[int] = []
    for page in pages:
        starts = list(QUESTION.finditer(page))
        # Nothing of a question before the first question on a page: no writing lines carried over.
        head = page[:starts[0].start()] if starts else page
        assert not WRITING_LINE.search(head) or not seen, head
        for n, m in enumerate(starts):
            block = page[m.start(): starts[n + 1].start() if n + 1 < len(starts) else len(page)]
            assert len(WRITING_LINE.findall(block)) == 3, block  # the question and its room to write
            seen.append(int(m.group(1)))
    assert seen == list(range(1, 24))
    # The pages as pictures (what a printer gets): each has ink, and they are kept to look at.
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len(pages) and all(p.stat().st_size > 1000 for p in pngs)


def test_teachers_copy_has_the_answer_key_and_line_numbers(tmp_path: Path) -> None:
    out = tmp_path / "key.pdf"
    result = export(str(many_questions(tmp_path)), "--pdf", str(out), "--answers", "--line-numbers")
    assert result.returncode == 0, result.stderr
    assert "answer key" in result.stdout
    flat = " ".join(" ".join(pages_text(out)).split())
    assert "Teacher's copy" in flat
    assert all(f"Answer: Answer {i}." in flat for i in range(1, 24))
    assert "Name: ___" not in flat
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s+Paragraph", "\n".join(pages_text(out)), re.M)]
    assert numbers and numbers == sorted(numbers) and all(n % 5 == 0 for n in numbers)
    plain = tmp_path / "plain.pdf"
    assert export(str(many_questions(tmp_path)), "--pdf", str(plain)).returncode == 0
    assert "Answer 1." not in " ".join(pages_text(plain))


def test_paragraphs_have_space_between_them(tmp_path: Path) -> None:
    from presenter.export.handout_pdf import handout_document, PAPER  # noqa: F401 (Qt is loaded by the fixture)
    from presenter.lesson import load_lesson
    from PySide6.QtGui import QPdfWriter
    from presenter.ui.slides.render import ensure_gui

    ensure_gui()
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    doc = handout_document(load_lesson(SAMPLE_LESSON), writer, False, False)
    reading = [b for b in (doc.findBlockByNumber(i) for i in range(doc.blockCount()))
               if b.text().startswith(("By 2020", "So some people"))]
    assert len(reading) == 2
    layout = doc.documentLayout()
    gap = layout.blockBoundingRect(reading[1]).top() - (reading[0].layout().position().y()
                                                         + reading[0].layout().boundingRect().height())
    assert gap >= 10  # pixels at 96 dpi: about 8 pt
