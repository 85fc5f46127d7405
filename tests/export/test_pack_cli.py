"""`presenter export LESSON --pack/--epub/--audio`: skipped until the options are wired into the CLI."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import pytest

from presenter.student.unpack import open_pack

pytestmark = pytest.mark.slow  # the real speech engine, epubcheck or many processes
REPO = Path(__file__).resolve().parents[2]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"


def presenter(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presenter", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300)


def test_one_run_writes_pack_epub_and_audio(tmp_path: Path) -> None:
    pack, book, audio = tmp_path / "lesson.zip", tmp_path / "lesson.epub", tmp_path / "reading.wav"
    result = presenter("export", str(SAMPLE_LESSON), "--pack", str(pack), "--epub", str(book), "--audio", str(audio))
    assert result.returncode == 0, result.stderr
    assert "30 sentences" in result.stdout and "EPUB 3" in result.stdout
    opened = open_pack(pack, tmp_path / "student")
    assert not opened.missing and len(opened.clips) == 30
    with wave.open(str(audio)) as w:
        assert w.getframerate() == 22050 and w.getnframes() > 22050 * 60
    assert book.read_bytes()[30:58] == b"mimetypeapplication/epub+zip"


def test_bad_audio_suffix_and_existing_files(tmp_path: Path) -> None:
    assert presenter("export", str(SAMPLE_LESSON), "--audio", str(tmp_path / "x.ogg")).returncode == 2
    out = tmp_path / "x.zip"
    out.write_bytes(b"mine")
    result = presenter("export", str(SAMPLE_LESSON), "--pack", str(out))
    assert result.returncode == 1 and "--force" in result.stderr and out.read_bytes() == b"mine"
