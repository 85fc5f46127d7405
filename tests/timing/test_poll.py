"""The opinion poll's tally."""

from hypothesis import given
from hypothesis import strategies as st

from presenter.timing.poll import Tally

OPTIONS = ("completely support", "support", "in the middle", "against", "totally against")


def test_votes_add_remove_and_reset() -> None:
    t = Tally(OPTIONS)
    assert t.votes == (0,) * 5 and t.total == 0 and t.shares() == (0.0,) * 5 and t.percents() == (0,) * 5
    for o in (0, 1, 1, 4):
        assert t.add(o)
    assert t.votes == (1, 2, 0, 0, 1) and t.total == 4
    assert t.shares() == (0.25, 0.5, 0.0, 0.0, 0.25)
    assert not t.add(5) and not t.add(-1)
    assert t.remove(1) and not t.remove(2)
    assert t.votes == (1, 1, 0, 0, 1)
    t.reset()
    assert t.total == 0 and t.undo() is None


def test_undo_takes_back_the_latest_vote() -> None:
    t = Tally(OPTIONS)
    t.add(0)
    t.add(3)
    assert t.undo() == 3 and t.votes == (1, 0, 0, 0, 0)
    t.add(2)
    t.remove(2)  # a removed vote is not undone a second time
    assert t.undo() == 0 and t.undo() is None and t.total == 0


def test_keys_one_to_nine() -> None:
    t = Tally(OPTIONS)
    assert t.option_for_key(1) == 0 and t.option_for_key(5) == 4
    assert t.option_for_key(6) is None and t.option_for_key(0) is None
    many = Tally([str(i) for i in range(12)])
    assert many.option_for_key(9) == 8 and many.option_for_key(10) is None


def test_percents_add_up_to_one_hundred() -> None:
    t = Tally(("a", "b", "c"))
    for o in (0, 1, 2):
        t.add(o)
    assert t.percents() == (34, 33, 33)


@given(st.lists(st.integers(0, 6), min_size=1, max_size=300))
def test_percents_always_sum_to_100_and_follow_votes(votes: list[int]) -> None:
    t = Tally([str(i) for i in range(7)])
    for v in votes:
        t.add(v)
    p = t.percents()
    assert sum(p) == 100
    for share, pct in zip(t.shares(), p, strict=True):
        assert abs(share * 100 - pct) < 1
