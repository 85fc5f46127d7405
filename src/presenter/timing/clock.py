"""Clocks for countdowns: the real monotonic one, and a fake one that tests move by hand."""

from __future__ import annotations

from collections.abc import Callable

Clock = Callable[[], float]


class FakeClock:
    """A monotonic clock that only moves when told to: `advance(seconds)`."""

    def __init__(self, start: float = 1000.0) -> None:
        """Start at `start` seconds (not zero, so code that treats 0 as "unset" is caught)."""
        self.now = start

    def __call__(self) -> float:
        """The current time in seconds."""
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward by `seconds` (never backwards: a monotonic clock cannot)."""
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self.now += seconds
