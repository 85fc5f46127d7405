"""Warm-up questions and exercises in the printed handout (student's and teacher's copy) and the EPUB."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from repo_paths import REPO

from presenter.export.epub import write_epub
from presenter.lesson import load_lesson

LESSON = """---
title: Streets Without Cars
---

# Warm-up

1. How do you get to school every day?

# Reading

The town closed its centre to cars. People now walk to work.

# Exercises

1. Why did the town close its centre?
   a) to save money
   b) to make the streets quiet
   Answer: b
2. Match the words with their meanings.
   - close = to stop people going in
   - centre = the middle part of a town
   - walk = to move on foot
"""
EPUBCHECK = Path("/usr/share/java/epubcheck.jar")


def _lesson(tmp_path: Path) -> Path:
    path = tmp_path / "lesson.md"
    path.write_text(LESSON, encoding="utf-8")
    return path


def _pdf_text(tmp_path: Path, *extra: str) -> str:
    out = tmp_path / f"handout{len(extra)}.pdf"
    done = subprocess.run([sys.executable, "-m", "presenter", "export", str(_lesson(tmp_path)), "--pdf", str(out), *extra],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_has_warmup_before_the_reading_and_exercises_after(tmp_path: Path) -> None:
    text = _pdf_text(tmp_path)
    assert text.index("Before you read") < text.index("How do you get to school") < text.index("Reading")
    assert text.index("Reading") < text.index("Exercises") < text.index("Match the words")
    assert "☐ b) to make the streets quiet" in text
    assert "1. close ____" in text  # a blank beside each term, the meanings lettered beside
    assert "Answer:" not in text
    teacher = _pdf_text(tmp_path, "--answers")
    assert "Answer: B) to make the streets quiet" in teacher
    assert "Answer: 1 " in teacher


def test_epub_has_warmup_and_exercise_chapters_with_answers_folded(tmp_path: Path) -> None:
    out = tmp_path / "lesson.epub"
    write_epub(load_lesson(_lesson(tmp_path)), out, None, word_level=False)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        exercises = zf.read("EPUB/exercises.xhtml").decode()
        nav = zf.read("EPUB/nav.xhtml").decode()
    assert "EPUB/warmup.xhtml" in names and "Before you read" in nav and "Exercises" in nav
    assert '<details class="answer"><summary>Show answer</summary><p>B) to make the streets quiet</p>' in exercises
    assert '<table class="matching">' in exercises and "1. close" in exercises
    if shutil.which("java") and EPUBCHECK.exists():
        report = subprocess.run(["java", "-jar", str(EPUBCHECK), str(out)], capture_output=True, text=True, timeout=300)
        assert report.returncode == 0, report.stdout + report.stderr
