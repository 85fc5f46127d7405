"""A countdown with optional think time, computed from a monotonic clock, never from ticks.

The timeline is: think (optional) → talk → overtime. Everything is derived from the running
time, `elapsed`, which is the sum of the clock intervals between start and pause. A UI that
ticks late or irregularly therefore only shows the right number later, never a wrong one.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Literal

from presenter.timing.clock import Clock

Phase = Literal["idle", "think", "talk", "overtime"]
Level = Literal["normal", "warning", "critical", "done"]

CRITICAL_SECONDS = 10.0  # the last seconds shown in the critical colour
WARNING_SHARE = 0.25  # the last quarter of the talk time is shown in the warning colour
# Float sums of clock readings are off by ~1e-13; snap before rounding so 60.0000000001
# still shows 1:00 and not 1:01.
_EPS = 1e-6


def clock_text(seconds: float, up: bool, at_least: int = 0) -> str:
    """`m:ss` of whole seconds, rounded up (a countdown) or down (a count-up), never below `at_least`."""
    whole = math.ceil(seconds - _EPS) if up else math.floor(seconds + _EPS)
    minutes, secs = divmod(max(whole, at_least, 0), 60)
    return f"{minutes}:{secs:02d}"


@dataclass(frozen=True, slots=True)
class CountdownState:
    """A snapshot of a countdown at one clock reading: everything a painter needs."""

    phase: Phase
    level: Level
    running: bool
    started: bool
    remaining: float  # seconds left in the current phase (0 in overtime)
    overtime: float  # seconds past the end of talk time (0 before)
    total: float  # length of the current phase (the first phase while idle)
    think_seconds: float
    talk_seconds: float
    talk_label: str = "Talk"

    @property
    def thinking(self) -> bool:
        """Whether think time is on screen (running, or first in line before the start)."""
        return self.phase == "think" or (self.phase == "idle" and self.think_seconds > 0)

    @property
    def fraction(self) -> float:
        """Share of the current phase still to go, 1 → 0 (0 in overtime)."""
        return min(max(self.remaining / self.total, 0.0), 1.0) if self.total > 0 else 0.0

    @property
    def display(self) -> str:
        """`m:ss`: rounded up while counting down (3:00 at the start, 0:00 only at zero); `+m:ss` in overtime."""
        if self.phase == "overtime":
            return "+" + clock_text(self.overtime, up=False)
        # While the clock runs toward zero it shows 0:01 at least: 0:00 means "time is up".
        return clock_text(self.remaining, up=True, at_least=1 if self.phase in ("think", "talk") else 0)

    @property
    def label(self) -> str:
        """The phase in words: Think, Talk (or the talk label given) or Time's up."""
        if self.phase == "overtime":
            return "Time's up"
        return "Think" if self.thinking else self.talk_label

    @property
    def detail(self) -> str:
        """A second line: what comes after think time, or that the countdown is paused."""
        if self.started and not self.running:
            return "Paused"
        if self.thinking:
            return "then talk " + clock_text(self.talk_seconds, up=True)
        return ""


class Countdown:
    """Think time then talk time, then overtime counting up; pause, resume, reset, ±seconds."""

    def __init__(self, seconds: float, think_seconds: float | None = None, clock: Clock = time.monotonic,
                 talk_label: str = "Talk") -> None:
        """A countdown of `seconds` talk time, after `think_seconds` of think time if given.

        `talk_label` names the main phase on screen: "Talk" for a discussion, for instance.
        """
        if seconds < 0 or (think_seconds or 0) < 0:
            raise ValueError("durations cannot be negative")
        self._clock = clock
        self.talk_label = talk_label
        self._think0 = float(think_seconds or 0)
        self._talk0 = float(seconds)
        self.reset()

    # --- control ----------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the start, with the original durations (undoes ±seconds too)."""
        self._think = self._think0
        self._talk = self._talk0
        self._elapsed = 0.0  # running time before the current run
        self._since: float | None = None  # clock reading when the current run began
        self._started = False
        self._zero_armed = True

    def start(self) -> None:
        """Start, or resume after a pause; nothing if already running."""
        if self._since is None:
            self._since = self._clock()
            self._started = True

    def pause(self) -> None:
        """Stop the clock where it is; nothing if not running."""
        if self._since is not None:
            self._elapsed += self._clock() - self._since
            self._since = None

    def toggle(self) -> None:
        """Start if stopped, pause if running (the T key)."""
        if self._since is None:
            self.start()
        else:
            self.pause()

    def add(self, seconds: float) -> None:
        """Add (or with a negative number take) time from the phase on screen.

        Taking more than is left ends the phase now instead of jumping into overtime. In
        overtime, adding gives that much time from now: a teacher who presses + after
        "Time's up" means "30 more seconds", not "30 seconds less overtime".
        """
        elapsed = self._elapsed_at(self._clock())
        phase = self._phase_at(elapsed)
        if phase == "idle":
            if self._think > 0:
                self._think = max(self._think + seconds, 0.0)
            else:
                self._talk = max(self._talk + seconds, 0.0)
        elif phase == "think":
            self._think = max(self._think + seconds, elapsed)
        elif phase == "talk":
            self._talk = max(self._talk + seconds, elapsed - self._think)
        elif seconds > 0:  # overtime
            self._talk = elapsed - self._think + seconds
        if self._phase_at(self._elapsed_at(self._clock())) != "overtime":
            self._zero_armed = True  # the talk time can run out again: chime again then

    # --- reading ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether the clock is running."""
        return self._since is not None

    @property
    def elapsed(self) -> float:
        """Seconds the countdown has run, pauses excluded."""
        return self._elapsed_at(self._clock())

    @property
    def phase(self) -> Phase:
        """idle (not started), think, talk or overtime."""
        return self._phase_at(self.elapsed)

    @property
    def remaining(self) -> float:
        """Seconds left in the current phase (0 in overtime)."""
        return self.state().remaining

    @property
    def overtime(self) -> float:
        """Seconds since talk time ran out (0 before)."""
        return self.state().overtime

    @property
    def level(self) -> Level:
        """normal, warning (last quarter of talk), critical (last 10 s of talk) or done."""
        return self.state().level

    @property
    def display(self) -> str:
        """The readout, `m:ss` (or `+m:ss` in overtime)."""
        return self.state().display

    def reached_zero(self) -> bool:
        """True once when talk time has run out since the last call: poll it from the UI tick.

        It fires again only if time was added after that and runs out again.
        """
        if self._zero_armed and self._phase_at(self.elapsed) == "overtime":
            self._zero_armed = False
            return True
        return False

    def state(self) -> CountdownState:
        """Everything at one clock reading, for a paint."""
        elapsed = self._elapsed_at(self._clock())
        phase = self._phase_at(elapsed)
        end = self._think + self._talk
        if phase == "idle":
            total = self._think if self._think > 0 else self._talk
            remaining = total
        elif phase == "think":
            total, remaining = self._think, self._think - elapsed
        elif phase == "talk":
            total, remaining = self._talk, end - elapsed
        else:
            total, remaining = self._talk, 0.0
        return CountdownState(phase, self._level(phase, remaining), self.running, self._started,
                              max(remaining, 0.0), max(elapsed - end, 0.0) if phase == "overtime" else 0.0,
                              total, self._think, self._talk, self.talk_label)

    # --- arithmetic -------------------------------------------------------------------
    def _elapsed_at(self, now: float) -> float:
        return self._elapsed + (now - self._since if self._since is not None else 0.0)

    def _phase_at(self, elapsed: float) -> Phase:
        if not self._started:
            return "idle"
        if elapsed < self._think:
            return "think"
        if elapsed < self._think + self._talk:
            return "talk"
        return "overtime"

    def _level(self, phase: Phase, remaining: float) -> Level:
        # Think time stays calm: the colours are there to warn that *talk* time is ending.
        if phase == "overtime":
            return "done"
        if phase != "talk":
            return "normal"
        if remaining <= CRITICAL_SECONDS + _EPS:
            return "critical"
        if remaining <= self._talk * WARNING_SHARE + _EPS:
            return "warning"
        return "normal"
