"""The warm-up game's rounds come from the reading and score the class's answers."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from presenter.lesson import load_lesson
from presenter.text.occurrences import occurrences
from presenter.warmup.game import GAP, GameState, build_rounds


def test_sample_rounds_are_gaps_from_the_reading(sample_lesson_path: Path) -> None:
    lesson = load_lesson(sample_lesson_path)
    found = occurrences(lesson)
    rounds = build_rounds(lesson.vocabulary, found, count=8, seed=3)
    assert len(rounds) == 8
    reading = " ".join(p.text for p in lesson.reading.paragraphs)
    for r in rounds:
        assert r.kind == "gap" and GAP in r.prompt
        assert len(r.options) == 4 and len(set(r.options)) == 4 and r.answer in r.options
        before, after = r.prompt.split(GAP)
        assert before.strip()[:20] in reading or after.strip()[:20] in reading
    assert len({r.answer for r in rounds}) == 8


def test_score_counts_first_answers_only(sample_lesson_path: Path) -> None:
    lesson = load_lesson(sample_lesson_path)
    state = GameState(build_rounds(lesson.vocabulary, occurrences(lesson), count=3, seed=1))
    assert state.answer(0, state.rounds[0].correct_option) is True
    wrong = (state.rounds[1].correct_option + 1) % 4
    assert state.answer(1, wrong) is False
    assert state.answer(1, state.rounds[1].correct_option) is False  # the first answer stands
    assert state.answer(2, 9) is None and not state.is_answered(2)
    assert state.score == 1
    state.reset()
    assert state.score == 0 and not state.answers


@given(st.integers(0, 10_000), st.integers(1, 20))
def test_rounds_are_deterministic_and_valid(seed: int, count: int) -> None:
    lesson = load_lesson(Path(__file__).parents[2] / "lessons" / "social-credit-1" / "lesson.md")
    found = _FOUND.setdefault(0, occurrences(lesson))
    a = build_rounds(lesson.vocabulary, found, count, seed)
    assert a == build_rounds(lesson.vocabulary, found, count, seed)
    assert len(a) == count and all(r.answer in r.options for r in a)


_FOUND: dict[int, dict] = {}  # type: ignore[type-arg]
