"""Each sentence's reading history in the student's progress: the best and the last attempt."""

from pathlib import Path

from presenter.student.progress import Attempt, Progress, ProgressStore


def test_reading_attempts_keep_the_best_and_the_last(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    p = Progress("k" * 32)
    p.record_reading(3, Attempt(8, 10, 90.0))
    p.record_reading(3, Attempt(10, 10, 80.0))
    p.record_reading(3, Attempt(6, 10, 120.0))
    assert p.readings[3] == (Attempt(10, 10, 80.0), Attempt(6, 10, 120.0))
    assert store.save(p) == ""
    assert store.load(p.lesson_key).progress.readings == p.readings


def test_progress_saved_before_reading_practice_still_loads(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    p = Progress("k" * 32, position=4)
    data = p.to_json()
    del data["readings"]
    import json

    store.path(p.lesson_key).write_text(json.dumps(data), encoding="utf-8")
    loaded = store.load(p.lesson_key)
    assert loaded.notice == "" and loaded.progress.position == 4 and loaded.progress.readings == {}
