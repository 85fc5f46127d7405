"""`presenter --self-test` from source: what it reports, that it fails loudly, that it leaves nothing behind."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from presenter import selftest
from presenter.selftest.screen import MIN_INK_FRACTION, ink_fraction

RUN = "import sys; from presenter.selftest import run_self_test; sys.exit(run_self_test())"


def leftovers(*folders: Path) -> list[str]:
    """Everything found inside `folders` (which should be empty)."""
    return sorted(str(p) for folder in folders for p in folder.rglob("*"))


@pytest.mark.slow
def test_passes_from_source_and_writes_nothing_outside_its_temp_folder(clean_env: dict[str, str],
                                                                        tmp_path: Path) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    result = subprocess.run([sys.executable, "-c", RUN], capture_output=True, text=True, env=clean_env, cwd=cwd,
                            timeout=180, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == ["ok"] * 7, result.stdout
    assert lines[-1] == "self-test passed"
    assert "(source)" in lines[0]
    assert leftovers(Path(clean_env["HOME"]), Path(clean_env["TMPDIR"]), cwd) == []


def test_names_what_failed_and_exits_1(clean_env: dict[str, str], tmp_path: Path) -> None:
    # eSpeak NG pointed at an empty data folder: speech fails, playback is not even tried.
    empty = tmp_path / "no-voices"
    empty.mkdir()
    env = dict(clean_env, ESPEAK_DATA_PATH=str(empty))
    result = subprocess.run([sys.executable, "-c", RUN], capture_output=True, text=True, env=env, timeout=180,
                            check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("ok: slide:") for line in lines), result.stdout
    assert f"FAILED: speech: eSpeak NG's voice data is missing: there is no {empty}/espeak-ng-data/phontab" in lines
    assert "FAILED: playback: not tried, it needs speech" in lines
    assert "FAILED: practice: not tried, it needs speech" in lines
    assert lines[-1] == "self-test FAILED: playback, practice, speech"


def test_reports_each_check_and_restores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The reporting logic alone, with stand-in checks: one fails, one depends on it.
    def fail(state: object) -> str:
        raise selftest.CheckFailed("the sample lesson does not load: boom")

    def crash(state: object) -> str:
        raise RuntimeError("unexpected")

    for name in ("_check_version", "_check_speech", "_check_playback", "_check_terms"):
        monkeypatch.setattr(selftest, name, lambda state: "fine")
    monkeypatch.setattr(selftest, "_check_lesson", fail)
    monkeypatch.setattr(selftest, "_check_terms", crash)
    before = dict(os.environ)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert out.getvalue().splitlines() == [
        "ok: version: fine",
        "FAILED: lesson: the sample lesson does not load: boom",
        "FAILED: slide: not tried, it needs lesson",
        "FAILED: terms: not tried, it needs lesson",
        "FAILED: speech: not tried, it needs lesson",
        "FAILED: playback: not tried, it needs speech",
        "FAILED: practice: not tried, it needs speech",
        "self-test FAILED: lesson, playback, practice, slide, speech, terms",
    ]
    assert dict(os.environ) == before


def test_a_blank_slide_counts_as_blank(qapp: object) -> None:
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf6"))
    assert ink_fraction(image) == 0.0
    painter = QPainter(image)
    painter.setPen(QColor("#1b1b1b"))
    font = painter.font()
    font.setPixelSize(24)
    painter.setFont(font)
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), "Nearly eleven million people")
    painter.end()
    assert ink_fraction(image) > MIN_INK_FRACTION
