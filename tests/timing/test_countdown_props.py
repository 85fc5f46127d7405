"""Properties of the countdown over any sequence of actions and clock moves (hypothesis)."""

from hypothesis import given
from hypothesis import strategies as st

from presenter.timing.clock import FakeClock
from presenter.timing.countdown import Countdown

steps = st.lists(st.one_of(
    st.tuples(st.just("wait"), st.floats(0, 400, allow_nan=False)),
    st.tuples(st.sampled_from(["start", "pause", "toggle"]), st.just(0.0)),
), max_size=40)
durations = st.integers(0, 900)
think = st.one_of(st.none(), st.integers(1, 300))


def run(c: Countdown, clock: FakeClock, plan: list[tuple[str, float]]) -> float:
    """Apply `plan`; return the running time measured independently of the countdown."""
    running, ran = False, 0.0
    for what, value in plan:
        if what == "wait":
            clock.advance(value)
            ran += value if running else 0.0
        elif what == "start":
            c.start()
            running = True
        elif what == "pause":
            c.pause()
            running = False
        else:
            c.toggle()
            running = not running
    return ran


@given(durations, think, steps)
def test_remaining_and_elapsed_add_up(talk: int, think_s: int | None, plan: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    c = Countdown(talk, think_s, clock)
    ran = run(c, clock, plan)
    s = c.state()
    assert abs(c.elapsed - ran) < 1e-6
    assert s.remaining >= 0 and s.overtime >= 0
    end = (think_s or 0) + talk
    if s.phase == "think":
        assert abs(s.remaining + ran - (think_s or 0)) < 1e-6
    elif s.phase == "talk":
        assert abs(s.remaining + ran - end) < 1e-6
    elif s.phase == "overtime":
        assert abs(s.overtime - (ran - end)) < 1e-6 and s.remaining == 0
    assert 0.0 <= s.fraction <= 1.0


@given(durations, think, steps, st.lists(st.sampled_from([30.0, -30.0]), max_size=10))
def test_adding_time_never_makes_it_negative(talk: int, think_s: int | None, plan: list[tuple[str, float]],
                                             adds: list[float]) -> None:
    clock = FakeClock()
    c = Countdown(talk, think_s, clock)
    run(c, clock, plan)
    for a in adds:
        c.add(a)
        s = c.state()
        assert s.remaining >= 0 and s.overtime >= 0 and s.talk_seconds >= 0 and s.think_seconds >= 0
        assert not s.display.startswith("-")


@given(durations, think, steps)
def test_paused_countdown_does_not_move(talk: int, think_s: int | None, plan: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    c = Countdown(talk, think_s, clock)
    run(c, clock, plan)
    c.pause()
    before = c.state()
    clock.advance(1000)
    assert c.state() == before


@given(st.integers(1, 900), st.lists(st.floats(0.01, 5, allow_nan=False), min_size=1, max_size=400))
def test_zero_event_fires_at_most_once_and_only_after_zero(talk: int, ticks: list[float]) -> None:
    clock = FakeClock()
    c = Countdown(talk, clock=clock)
    c.start()
    fired = 0
    for dt in ticks:
        clock.advance(dt)
        if c.reached_zero():
            fired += 1
            assert c.elapsed >= talk
    assert fired == (1 if c.elapsed >= talk else 0)


@given(st.integers(1, 900), st.floats(0, 2000, allow_nan=False))
def test_display_never_shows_zero_before_the_end(talk: int, at: float) -> None:
    clock = FakeClock()
    c = Countdown(talk, clock=clock)
    c.start()
    clock.advance(at)
    if c.phase == "talk":
        assert c.display != "0:00"
    m, s = c.display.lstrip("+").split(":")
    assert 0 <= int(s) < 60 and int(m) >= 0
