"""Student progress: the Leitner queue, the lesson key, and damaged files that never crash the app."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from presenter.lesson import load_lesson, parse_lesson
from presenter.student.progress import GAPS, Progress, ProgressStore, lesson_key

REPO = Path(__file__).resolve().parents[2]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"

TERMS = ["behave", "score", "punish", "purify", "reward", "bar"]


def study(progress: Progress, answers: dict[str, list[bool]], limit: int = 100) -> list[tuple[str, bool]]:
    """Run the queue, answering each term with its next scripted answer (then True)."""
    seen = []
    for _ in range(limit):
        term = progress.next_card()
        if term is None:
            break
        known = answers.get(term, []).pop(0) if answers.get(term) else True
        progress.mark(term, known)
        seen.append((term, known))
    return seen


def test_new_cards_come_in_lesson_order_and_unknown_ones_come_back() -> None:
    p = Progress("k")
    p.sync_terms(TERMS)
    seen = study(p, {"score": [False, False]})
    terms = [t for t, _ in seen]
    assert terms[:2] == ["behave", "score"]
    first, second = [i for i, t in enumerate(terms) if t == "score"][:2]
    assert second - first - 1 == GAPS[0]  # an unknown card is back after GAPS[0] other cards
    assert p.unknown == set() and p.known == set(TERMS)
    assert p.next_card() is None  # all learned
    assert terms.count("score") > terms.count("behave")  # the hard word was seen more


def test_a_known_word_forgotten_goes_back_to_the_first_box() -> None:
    p = Progress("k")
    p.sync_terms(["a"])
    p.mark("a", True)
    p.mark("a", False)
    assert p.cards["a"].box == 0 and p.unknown == {"a"} and p.known == set()
    assert p.next_card() == "a"  # the only card: shown again rather than stopping


def test_sync_terms_follows_the_lesson() -> None:
    p = Progress("k")
    p.sync_terms(["a", "b"])
    p.mark("b", False)
    p.sync_terms(["c", "b"])
    assert list(p.cards) == ["b", "c"] and p.cards["c"].order == 0 and p.cards["b"].box == 0


def test_save_and_load(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "data")
    p = store.load("abc", TERMS, "A lesson").progress
    p.position = 7
    p.mark("behave", True)
    p.mark("score", False)
    store.save(p)
    again = store.load("abc", TERMS)
    assert again.notice == "" and again.progress == p
    assert json.loads(store.path("abc").read_text("utf-8"))["format_version"] == 1
    assert [x.name for x in (tmp_path / "data").iterdir()] == ["abc.json"]  # no temporary file left


@pytest.mark.parametrize("content", [
    b"", b"{", b"\xff\xfe garbage \x00", b"[]", b'{"lesson_key": "other"}',
    b'{"lesson_key": "abc", "position": -1, "known": [], "unknown": [], "cards": [], "turn": 0}',
    b'{"lesson_key": "abc", "position": 1, "known": [3], "unknown": [], "cards": [], "turn": 0}',
    b'{"lesson_key": "abc", "position": 1, "known": [], "unknown": [], "cards": [{"term": "x"}], "turn": 0}',
])
def test_a_damaged_file_is_reported_and_replaced(tmp_path: Path, content: bytes) -> None:
    store = ProgressStore(tmp_path)
    store.path("abc").write_bytes(content)
    loaded = store.load("abc", TERMS, "A lesson")
    assert loaded.notice.startswith("Your progress in this lesson could not be read")
    assert loaded.progress.position == 0 and list(loaded.progress.cards) == TERMS
    kept = list(tmp_path.glob("abc.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == content and kept[0].name in loaded.notice
    store.save(loaded.progress)
    assert store.load("abc", TERMS).notice == ""


def test_lesson_key_ignores_lines_and_paths_but_not_the_text() -> None:
    lesson = load_lesson(SAMPLE_LESSON)
    text = SAMPLE_LESSON.read_text("utf-8")
    moved, _ = parse_lesson(text.replace("\n# Reading", "\n\n\n# Reading"), Path("/elsewhere/copy.md"))
    assert moved is not None and moved.path != lesson.path
    assert moved.reading.sections[0].paragraphs[0].line != lesson.reading.sections[0].paragraphs[0].line
    assert lesson_key(moved) == lesson_key(lesson)
    edited = dataclasses.replace(lesson, title=lesson.title + " (revised)")
    assert lesson_key(edited) != lesson_key(lesson)
    assert len(lesson_key(lesson)) == 32


def test_a_failed_save_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store = ProgressStore(blocker)
    loaded = store.load("abc", TERMS)
    assert loaded.progress.position == 0
    assert store.save(loaded.progress).startswith("Your progress could not be saved")
    assert ProgressStore(tmp_path / "ok").save(loaded.progress) == ""
