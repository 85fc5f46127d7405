"""Hostile handouts (issue 18): a clear message and exit code, no traceback, no hang, no file changed."""

from __future__ import annotations

import importlib.util
import io
import os
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from import_cli import run as run_cli
from presenter.handout import ImportFailed, import_handout
from presenter.handout.sources import source as source_module
from presenter.handout.sources.decode import MAX_BYTES
from presenter.handout.sources.source import MAX_LINES
from repo_paths import REPO


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("handout_inputs", REPO / "benchmarks" / "handout_inputs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()




def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every regular file under the folder, with its bytes and modification time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A teacher's folder holding a lesson already, as the working directory."""
    lesson = tmp_path / "lessons" / "a-title" / "lesson.md"
    lesson.parent.mkdir(parents=True)
    lesson.write_text("---\ntitle: A Title\n---\n\n# Reading\n\nMine.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def _refused(home: Path, handout: Path, capsys: pytest.CaptureFixture[str], *, code: int, message: str,
             seconds: float) -> None:
    """Import through the CLI: the exit code, the message on stderr, fast, and nothing changed."""
    before = snapshot(home)
    start = time.monotonic()
    assert run_cli([str(handout)]) == code
    assert time.monotonic() - start < seconds
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err, err
    assert snapshot(home) == before


def test_docx_list_level_that_is_not_a_number(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = home / "levels.docx"
    handout.write_bytes(BENCH.docx_list_handout(3, level="zz"))
    start = time.monotonic()
    assert run_cli([str(handout), "--out", str(home / "out")]) == 0
    assert time.monotonic() - start < 10
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lesson = (home / "out" / "a-title" / "lesson.md").read_text(encoding="utf-8")
    assert lesson.count("Why is it so?") == 3


def test_unpunctuated_question_lines_are_linear_and_capped(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 100k lines, 200 KB: refused at once by the line limit (it took 105 s).
    handout = home / "many.txt"
    handout.write_text("\n".join(["A Title", "", "Reading", "", "Some text here. More text.", "", "Questions", ""]
                                 + ["ab"] * 100_000), encoding="utf-8")
    _refused(home, handout, capsys, code=1, message="lines; a handout must have fewer than 20,000", seconds=5)
    # Just under the limit, the same section imports in linear time.
    handout.write_text(BENCH.questions_handout(MAX_LINES - 20), encoding="utf-8")
    start = time.monotonic()
    assert run_cli([str(handout), "--out", str(home / "out")]) == 0
    assert time.monotonic() - start < 20


def test_docx_with_too_many_list_items(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = home / "items.docx"
    handout.write_bytes(BENCH.docx_list_handout(MAX_LINES + 10))
    _refused(home, handout, capsys, code=1, message="paragraphs; a handout must have fewer than", seconds=20)


def test_docx_member_that_unpacks_too_large(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = home / "bomb.docx"
    good = BENCH.docx_list_handout(2)
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(handout, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        with out.open("word/media/huge.bin", "w") as member:
            block = bytes(1 << 20)
            for _ in range(160):  # 160 MB of zeros: about 160 KB packed
                member.write(block)
    assert handout.stat().st_size < 2 * 2**20
    _refused(home, handout, capsys, code=1, message="word/media/huge.bin", seconds=10)
    with pytest.raises(ImportFailed, match="unpack to under 100 MB"):
        import_handout(handout)


def test_fifo_handout_says_what_it_is(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = home / "pipe.txt"
    os.mkfifo(fifo)
    _refused(home, fifo, capsys, code=2, message="is a pipe (FIFO), not a regular file", seconds=5)
    with pytest.raises(ImportFailed, match="a pipe"):
        import_handout(fifo)  # no writer: opening must not hang


def test_fifo_with_a_writer_is_never_read(home: Path) -> None:
    fifo = home / "pipe.txt"
    os.mkfifo(fifo)
    written = [0]

    def writer() -> None:
        try:
            with open(fifo, "wb") as out:
                while written[0] < 64 * 2**20:
                    out.write(bytes(1 << 16))
                    written[0] += 1 << 16
        except OSError:
            pass  # the reader went away

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    with pytest.raises(ImportFailed, match="a pipe"):
        import_handout(fifo)
    deadline = time.monotonic() + 5
    while thread.is_alive() and time.monotonic() < deadline:
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # let a writer still waiting to open go on, and fail
        thread.join(0.05)
    assert not thread.is_alive()
    assert written[0] <= MAX_BYTES


def test_dev_zero_behind_a_link(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = home / "zero.txt"
    link.symlink_to("/dev/zero")
    _refused(home, link, capsys, code=2, message="is a device, not a regular file", seconds=5)
    with pytest.raises(ImportFailed, match="a device"):
        import_handout(link)


def test_large_text_handout_is_never_read_whole(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    handout = home / "big.txt"
    with open(handout, "wb") as out:
        out.truncate(200 * 2**20)  # sparse: 200 MB that take no disk
    read = [0]
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        read[0] += len(data)
        return data

    monkeypatch.setattr(source_module.os, "read", counting_read)
    _refused(home, handout, capsys, code=1, message="is over 20 MB", seconds=10)
    assert 0 < read[0] <= MAX_BYTES + 1
