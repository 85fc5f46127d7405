"""save_lesson: atomic, never a half-written file, no overwrite unless asked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from presenter.handout import save_lesson


def test_writes_and_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "lesson.md"
    assert save_lesson("text\n", target) == target
    assert target.read_text(encoding="utf-8") == "text\n"


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "lesson.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(FileExistsError):
        save_lesson("new", target)
    assert target.read_text(encoding="utf-8") == "old"
    save_lesson("new", target, force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.md"]


def test_interrupted_write_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "lesson.md"
    target.write_text("old", encoding="utf-8")

    def crash(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        save_lesson("new and long " * 1000, target, force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.md"]
