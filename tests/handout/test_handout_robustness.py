"""The importer never crashes: it returns a result or raises ImportFailed, whatever the text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presenter.handout import ImportFailed, ImportResult, import_handout
from presenter.lesson import parse_lesson

HANDOUTS = Path(__file__).resolve().parents[1] / "data" / "handouts"
LINES = [line for p in sorted(HANDOUTS.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]


def _check(result: ImportResult) -> None:
    lesson, problems = parse_lesson(result.markdown)
    assert lesson is not None, problems
    assert lesson.reading.sections
    assert len(result.roles) == len(result.source_text.split("\n"))


def _try(source: str | bytes) -> None:
    try:
        result = import_handout(source)
    except ImportFailed as exc:
        assert exc.message
        return
    _check(result)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_any_text(text: str) -> None:
    _try(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes(data: bytes) -> None:
    _try(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LINES), st.sampled_from(["", "", "* * *", "1.", "A)", ":", "?", "Vocabulary",
                                                                   "Discussion Question:", "Journalist:", "(2)", "a/b/c"])),
                max_size=60))
def test_shuffled_handout_lines(lines: list[str]) -> None:
    _try("\n".join(lines))
