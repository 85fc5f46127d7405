"""The printed handout shows the lesson's pictures at a sensible size (pdfimages measures them)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from presenter.export.handout_pdf import handout_html, write_handout_pdf
from presenter.lesson import load_lesson
sys.path.insert(0, str(Path(__file__).parents[1] / "ui"))
from test_picture_slides import media_lesson  # noqa: E402, F401 - the fixture


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils (dev.sh installs it)")
def test_the_handout_prints_the_pictures_at_most_11_cm_wide(media_lesson: Path, tmp_path: Path,  # noqa: F811
                                                            qapp: QApplication) -> None:
    lesson = load_lesson(media_lesson)
    page = handout_html(lesson)
    assert page.count("<img ") == 2 and "alt='a crowd in Shanghai'" in page  # the title's and the reading's
    assert page.index("People cross everywhere.") < page.index("picture/images/crowd.png") < page.index("Cameras watch")
    out = tmp_path / "handout.pdf"
    write_handout_pdf(lesson, out)
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    images = [r for r in rows if r[2] == "image"]
    assert len(images) == 2, listing
    for row in images:
        width_px, x_ppi = int(row[3]), float(row[12])
        assert 2.0 <= width_px / x_ppi * 2.54 <= 11.0  # centimetres on paper
        assert x_ppi >= 150  # sharp in print, yet read at print size, not the photo's own
