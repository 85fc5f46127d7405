"""The parsed-lesson cache: a hit gives the same lesson, an edit or a damaged entry is a miss."""

import os
from pathlib import Path

import pytest

from presenter.lesson import cache as cache_module
from presenter.lesson import check_file, read_lesson
from presenter.lesson.cache import LessonCache


def test_hit_returns_the_same_lesson_with_its_path(tmp_path: Path, sample_lesson_path: Path) -> None:
    cache = LessonCache(tmp_path / "cache")
    copy = tmp_path / "lesson.md"
    copy.write_bytes(sample_lesson_path.read_bytes())
    first, _ = read_lesson(copy, cache)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 1
    second, _ = read_lesson(copy, cache)
    assert second == first and second.path == copy


def test_edit_misses_and_problems_keep_their_lines(tmp_path: Path) -> None:
    cache = LessonCache(tmp_path / "cache")
    path = tmp_path / "l.md"
    path.write_text("---\ntitle: T\nrate: fast\n---\n\n# Reading\n\nText.\n", encoding="utf-8")
    lesson, problems = check_file(path, cache)
    assert lesson is None and problems[0].line == 3
    lesson, problems = check_file(path, cache)  # from the cache: same report, same file named
    assert lesson is None and str(problems[0]).startswith(f"{path}:3: error")
    path.write_text("---\ntitle: T\nrate: 120\n---\n\n# Reading\n\nText.\n", encoding="utf-8")
    lesson, problems = check_file(path, cache)
    assert lesson is not None and lesson.rate == 120 and problems == []


def test_damaged_entry_is_a_miss(tmp_path: Path, sample_lesson_path: Path) -> None:
    cache = LessonCache(tmp_path / "cache")
    read_lesson(sample_lesson_path, cache)
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    lesson, _ = read_lesson(sample_lesson_path, cache)
    assert lesson.title.startswith("Social Credits")


def test_old_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:

    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 3)
    cache = LessonCache(tmp_path / "cache")
    path = tmp_path / "l.md"
    for n in range(5):  # five edits of one lesson: five entries written, the oldest two go
        path.write_text(f"---\ntitle: Edit {n}\n---\n\n# Reading\n\nText {n}.\n", encoding="utf-8")
        read_lesson(path, cache)
        for entry in (tmp_path / "cache").glob("*.pickle"):  # mtimes one second apart, oldest first
            if entry.stat().st_mtime > 1_000_000_000 + n:
                os.utime(entry, (1_000_000_000 + n, 1_000_000_000 + n))
    kept = list((tmp_path / "cache").glob("*.pickle"))
    assert len(kept) == 3
    lesson, _ = read_lesson(path, cache)  # the newest is still a hit (no new entry written)
    assert lesson.title == "Edit 4" and len(list((tmp_path / "cache").glob("*.pickle"))) == 3


def test_a_title_with_yaml_escapes_is_stored_clean(tmp_path: Path) -> None:
    """YAML's escapes allow surrogate halves and carriage returns: stored joined and as spaces."""
    cache = LessonCache(tmp_path / "cache")
    path = tmp_path / "l.md"
    path.write_text('---\ntitle: "Emoji \\ud83d\\ude00 lesson\\r"\nsource: "A\\rB"\n---\n\n# Reading\n\nText.\n',
                    encoding="utf-8")
    lesson, _ = read_lesson(path, cache)  # must not fail writing the cache
    assert lesson.title == "Emoji \U0001f600 lesson"  # the two halves joined, the \\r a space (stripped)
    assert lesson.source == "A B"
    assert cache.heading(path.read_bytes()) == (lesson.title, lesson.level, lesson.source)


def test_entries_in_use_outlive_newer_edits(tmp_path: Path, sample_lesson_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 2)
    cache = LessonCache(tmp_path / "cache")
    folder = tmp_path / "cache"
    read_lesson(sample_lesson_path, cache)  # the lesson of the day, parsed long ago
    sample_entry = next(folder.glob("*.pickle"))
    os.utime(sample_entry, (1_000_000_000, 1_000_000_000))
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: Draft 0\n---\n\n# Reading\n\nText 0.\n", encoding="utf-8")
    read_lesson(draft, cache)
    first_draft = next(p for p in folder.glob("*.pickle") if p != sample_entry)
    os.utime(first_draft, (1_000_000_100, 1_000_000_100))
    read_lesson(sample_lesson_path, cache)  # opened again today
    draft.write_text("---\ntitle: Draft 1\n---\n\n# Reading\n\nText 1.\n", encoding="utf-8")
    read_lesson(draft, cache)  # a third entry: one must go
    assert sample_entry.exists()  # kept: used more recently than the first draft was written
    assert not first_draft.exists() and not first_draft.with_suffix(".title").exists()
    assert sorted(p.suffix for p in folder.iterdir()) == [".pickle", ".pickle", ".title", ".title"]
