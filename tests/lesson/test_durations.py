"""Durations as teachers write them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presenter.lesson.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("3m", 180), ("1m30s", 90), ("1:30", 90), ("2 min", 120), ("45", 45),
     ("3 minutes", 180), ("1 minute 30 seconds", 90), ("1.5m", 90), ("1h", 3600)],
)
def test_parse(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "3x", "m", "0s", "-3m", "5h", "3m soon"])
def test_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


@given(st.integers(min_value=1, max_value=4 * 3600))
def test_format_round_trip(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds
