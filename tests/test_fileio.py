"""The one atomic writer and the bounded reader: modes, no partial files, no reading past a limit."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from hostile_support import make_pack
from presenter.fileio import FileProblem, TooLarge, read_limited, staged, write_atomic, write_problem
from presenter.lesson import check_file
from presenter.lesson.limits import MAX_BYTES
from presenter.student.unpack import MAX_PACK_BYTES, PackError, open_pack


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_get_the_umasks_mode(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "a.txt", b"x")
        with staged(tmp_path / "b.pdf") as tmp:
            tmp.write_bytes(b"y")  # as a library writing to a path does
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "b.pdf").stat().st_mode) == mode


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), staged(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("the export failed half-way")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["out.tsv"]


def test_without_replace_an_existing_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "lesson.md"
    target.write_bytes(b"the teacher's")
    with pytest.raises(FileExistsError):
        write_atomic(target, b"imported", replace=False)
    assert target.read_bytes() == b"the teacher's" and len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOENT, "does not exist"), (errno.EISDIR, "is a folder"), (errno.ENOSPC, "disk is full"),
    (errno.EACCES, "no permission"), (errno.EROFS, "read-only"), (errno.ENAMETOOLONG, "too long"),
    (errno.ELOOP, "link loop")])
def test_write_errors_become_sentences(tmp_path: Path, code: int, words: str) -> None:
    problem = write_problem(tmp_path / "x" / "out.pdf", OSError(code, os.strerror(code)))
    assert isinstance(problem, FileProblem) and words in problem.message.replace("(a link loop)", "link loop")
    assert problem.message.startswith(str(tmp_path / "x" / "out.pdf"))


def test_a_sparse_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    start = time.monotonic()
    with pytest.raises(TooLarge):
        read_limited(big, MAX_BYTES)
    lesson, problems = check_file(big)
    assert lesson is None and "must be under 5 MB" in problems[0].message
    assert time.monotonic() - start < 1


def test_a_pack_file_over_the_limit_is_refused_without_reading(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "made")
    with pack.open("r+b") as f:
        f.truncate(MAX_PACK_BYTES + 1)  # sparse: nothing is written, nothing may be read
    before = pack.stat()
    start = time.monotonic()
    with pytest.raises(PackError, match="is at most"):
        open_pack(pack, tmp_path / "packs")
    assert time.monotonic() - start < 1
    assert pack.stat().st_mtime_ns == before.st_mtime_ns and not (tmp_path / "packs").exists()


def test_read_limited_reads_at_most_the_limit_plus_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "grows.md"
    path.write_bytes(b"x" * 1000)
    real_fstat = os.fstat

    class Lying:  # a file whose size says 10 bytes (as growing files and /proc files do)
        def __init__(self, fd: int) -> None:
            self.st_mode = real_fstat(fd).st_mode
            self.st_size = 10

    monkeypatch.setattr("presenter.fileio.os.fstat", Lying)
    with pytest.raises(TooLarge) as info:
        read_limited(path, 50)
    assert info.value.size == 51  # what was read: one byte past the limit, not the file
