"""Whatever text or bytes the loader is fed, only LessonError (or a lesson) comes out."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presenter.lesson import LessonError, parse_lesson, read_lesson

FRAGMENTS = st.sampled_from([
    "---", "title: x", "# Reading", "# Vocabulary", "# Questions", "# Discussion", "## Part", "* * *",
    "- **term** (2) (v.) — meaning", "- **a** / b / c", "1. Why? True or false?", "   Answer: yes",
    "A. Talk.", "   Time: think 30s, talk 2m", "   Grouping: pairs", "   Options: a | b", "Note: hi",
    "Ann: hello.", "**Bob:** hi", "<!-- note -->", "", "text. More text!", "\t", "```", "> quote",
    "   Time: 1:30", "rate: 90", "durations:", "  game: 2m", "benefit(s)", "- [link](x)", "|a|b|",
])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=30)), max_size=40))
def test_parse_lesson_never_raises(lines: list[str]) -> None:
    lesson, problems = parse_lesson("\n".join(lines))
    assert (lesson is None) == any(p.severity == "error" for p in problems)
    if lesson is not None:
        assert lesson.title and lesson.reading.sections


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_read_lesson_bytes_only_lesson_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(data)
    try:
        read_lesson(path)
    except LessonError as exc:
        assert exc.problems and all(p.path == path for p in exc.problems)
