"""The countdown on a fake clock: start, pause, ±30 s, reset, overtime, think then talk, the zero event."""

import pytest

from presenter.timing.clock import FakeClock
from presenter.timing.countdown import Countdown, clock_text


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_idle_until_started(clock: FakeClock) -> None:
    c = Countdown(180, clock=clock)
    clock.advance(50)
    assert (c.phase, c.remaining, c.display, c.level, c.running) == ("idle", 180, "3:00", "normal", False)


def test_counts_down_from_the_clock(clock: FakeClock) -> None:
    c = Countdown(180, clock=clock)
    c.start()
    clock.advance(0.25)
    assert c.phase == "talk" and c.remaining == pytest.approx(179.75)
    assert c.display == "3:00"  # rounded up: a teacher expects 3:00 during the first second
    clock.advance(0.75)
    assert c.display == "2:59"
    clock.advance(178.5)
    assert c.display == "0:01"  # 0.5 s left still shows 0:01, never 0:00 before zero


def test_pause_and_resume_keep_exact_time(clock: FakeClock) -> None:
    c = Countdown(60, clock=clock)
    c.start()
    clock.advance(10.3)
    c.pause()
    clock.advance(500)  # a long pause costs nothing
    assert c.remaining == pytest.approx(49.7) and not c.running
    assert c.state().detail == "Paused"
    c.toggle()
    clock.advance(9.7)
    assert c.running and c.remaining == pytest.approx(40)
    c.toggle()
    assert not c.running


def test_start_and_pause_twice_are_harmless(clock: FakeClock) -> None:
    c = Countdown(60, clock=clock)
    c.start()
    clock.advance(5)
    c.start()  # must not restart the run
    clock.advance(5)
    c.pause()
    c.pause()
    assert c.elapsed == pytest.approx(10)


def test_plus_and_minus_thirty_seconds(clock: FakeClock) -> None:
    c = Countdown(60, clock=clock)
    c.add(30)
    assert c.display == "1:30"  # before the start, too
    c.start()
    clock.advance(20)
    c.add(-30)
    assert c.remaining == pytest.approx(40)
    c.add(30)
    assert c.remaining == pytest.approx(70)


def test_taking_more_than_is_left_ends_now_not_in_overtime(clock: FakeClock) -> None:
    c = Countdown(60, clock=clock)
    c.start()
    clock.advance(45)
    c.add(-30)
    assert c.phase == "overtime" and c.overtime == 0 and c.display == "+0:00"
    assert c.reached_zero()


def test_plus_in_overtime_gives_that_much_from_now(clock: FakeClock) -> None:
    c = Countdown(60, clock=clock)
    c.start()
    clock.advance(100)
    assert c.overtime == pytest.approx(40)
    c.add(-30)  # nothing to take
    assert c.overtime == pytest.approx(40)
    c.add(30)
    assert c.phase == "talk" and c.remaining == pytest.approx(30)


def test_minus_before_start_stops_at_zero(clock: FakeClock) -> None:
    c = Countdown(20, clock=clock)
    c.add(-30)
    assert c.display == "0:00"
    c.start()
    assert c.phase == "overtime" and c.reached_zero()


def test_reset_restores_the_original_time(clock: FakeClock) -> None:
    c = Countdown(90, 30, clock=clock)
    c.add(30)
    c.start()
    clock.advance(200)
    assert c.reached_zero()
    c.reset()
    assert (c.phase, c.display, c.running, c.elapsed) == ("idle", "0:30", False, 0)
    assert c.state().talk_seconds == 90
    c.start()
    clock.advance(120)
    assert c.reached_zero()  # after a reset the chime may sound again


def test_overtime_counts_up_and_rounds_down(clock: FakeClock) -> None:
    c = Countdown(60, clock=clock)
    c.start()
    clock.advance(60)
    assert (c.phase, c.level, c.display) == ("overtime", "done", "+0:00")
    assert c.state().label == "Time's up"
    clock.advance(12.9)
    assert c.overtime == pytest.approx(12.9) and c.display == "+0:12" and c.remaining == 0
    clock.advance(60)
    assert c.display == "+1:12"


def test_levels_last_quarter_then_last_ten_seconds(clock: FakeClock) -> None:
    c = Countdown(120, clock=clock)
    c.start()
    clock.advance(89.9)
    assert c.level == "normal"
    clock.advance(0.1)  # 30 s = a quarter of 120 s left
    assert c.level == "warning" and c.display == "0:30"
    clock.advance(19.9)
    assert c.level == "warning" and c.display == "0:11"
    clock.advance(0.1)
    assert c.level == "critical" and c.display == "0:10"
    clock.advance(10)
    assert c.level == "done"


def test_think_then_talk(clock: FakeClock) -> None:
    c = Countdown(120, think_seconds=30, clock=clock)
    s = c.state()
    assert (s.phase, s.label, s.display, s.detail) == ("idle", "Think", "0:30", "then talk 2:00")
    c.start()
    clock.advance(10)
    s = c.state()
    assert (s.phase, s.label, s.display, s.level) == ("think", "Think", "0:20", "normal")
    assert s.fraction == pytest.approx(20 / 30)
    clock.advance(20)
    s = c.state()
    assert (s.phase, s.label, s.display, s.total) == ("talk", "Talk", "2:00", 120)
    assert not c.reached_zero()  # the end of think time is not the end
    clock.advance(120)
    assert c.phase == "overtime" and c.reached_zero()


def test_think_time_is_calm_even_near_its_end(clock: FakeClock) -> None:
    c = Countdown(60, think_seconds=30, clock=clock)
    c.start()
    clock.advance(25)
    assert c.level == "normal"


def test_plus_and_minus_act_on_think_time_while_thinking(clock: FakeClock) -> None:
    c = Countdown(120, think_seconds=30, clock=clock)
    c.start()
    clock.advance(10)
    c.add(30)
    assert c.phase == "think" and c.remaining == pytest.approx(50)
    c.add(-60)  # skip the rest of the think time
    assert c.phase == "talk" and c.remaining == pytest.approx(120)


def test_zero_event_fires_exactly_once(clock: FakeClock) -> None:
    c = Countdown(10, clock=clock)
    c.start()
    events = []
    for _ in range(200):  # a UI tick every 150 ms for 30 s
        clock.advance(0.15)
        events.append(c.reached_zero())
    assert events.count(True) == 1
    assert events.index(True) == 66  # the first tick at or after 10 s: 67 × 0.15 = 10.05 s


def test_zero_event_is_not_lost_when_the_ui_ticks_late(clock: FakeClock) -> None:
    c = Countdown(10, clock=clock)
    c.start()
    clock.advance(30)  # the machine was busy: no tick for 30 s
    assert c.reached_zero() and not c.reached_zero()
    assert c.overtime == pytest.approx(20)


def test_zero_event_again_after_time_was_added(clock: FakeClock) -> None:
    c = Countdown(10, clock=clock)
    c.start()
    clock.advance(11)
    assert c.reached_zero()
    c.add(30)
    clock.advance(29)
    assert not c.reached_zero()
    clock.advance(1)
    assert c.reached_zero()


def test_zero_event_needs_a_start(clock: FakeClock) -> None:
    c = Countdown(0, clock=clock)
    assert not c.reached_zero() and c.phase == "idle"


@pytest.mark.parametrize(("seconds", "up", "text"), [
    (180, True, "3:00"), (179.01, True, "3:00"), (179.0, True, "2:59"), (0.001, True, "0:01"),
    (0, True, "0:00"), (60.0000000001, True, "1:00"), (59.9999999999, False, "1:00"),
    (12.9, False, "0:12"), (3600, True, "60:00"), (-3, True, "0:00"),
])
def test_clock_text(seconds: float, up: bool, text: str) -> None:
    assert clock_text(seconds, up) == text


def test_negative_durations_are_refused() -> None:
    with pytest.raises(ValueError):
        Countdown(-1)


def test_fake_clock_never_goes_back() -> None:
    with pytest.raises(ValueError):
        FakeClock().advance(-1)


def test_real_clock_by_default() -> None:
    c = Countdown(60)
    c.start()
    assert 59 < c.remaining <= 60
