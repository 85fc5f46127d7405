"""Opening the same pack again reuses its checked copy: one unpacked copy however often it is opened."""

from __future__ import annotations

from pathlib import Path

from hostile_support import make_pack
from presenter.student.unpack import open_pack


def test_three_opens_of_the_same_pack_leave_one_unpacked_copy(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "made")
    dest = tmp_path / "packs"
    opened = [open_pack(pack, dest) for _ in range(3)]
    assert len({o.folder for o in opened}) == 1
    assert [p.name for p in dest.iterdir()] == [opened[0].folder.name]
    files = {p: p.stat().st_mtime_ns for p in opened[0].folder.rglob("*") if p.is_file()}
    assert files and all(o.missing == () and len(o.clips) == 2 for o in opened)
    copy = pack.with_name("copy of small.zip")  # the same content under another name: the same copy
    copy.write_bytes(pack.read_bytes())
    assert open_pack(copy, dest).folder == opened[0].folder
    assert {p: p.stat().st_mtime_ns for p in opened[0].folder.rglob("*") if p.is_file()} == files  # not rewritten
