"""The benchmark's decision fitting (benchmarks/practice_fit.py) on made-up word features, no recogniser."""

from __future__ import annotations

import random
import sys
from typing import Any

from repo_paths import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import practice_fit as fit  # noqa: E402


def word(truth: str, gop: float, sentence: int, margin: float = 0.0, fpp: float = 8.0) -> dict[str, Any]:
    return {"truth": truth, "gop": gop, "gop_rel": gop, "fpp": fpp, "sentence": sentence, "rival_margin": margin,
            "rival_ex_margin": 0.0}


def sample(n: int, seed: int) -> list[dict[str, Any]]:
    """Correct words score near 0, wrong ones lower, with overlap; the rival margin is pure noise."""
    rng = random.Random(seed)
    out = [word("correct", rng.gauss(-10, 8), i % 10, rng.gauss(0, 1)) for i in range(n)]
    out += [word("replaced", rng.gauss(-30, 8), i % 10, rng.gauss(0, 1)) for i in range(n // 5)]
    return out


def test_the_cut_keeps_false_marks_on_correct_words_within_the_allowed_rate() -> None:
    words = sample(500, 1)
    for allowed in (0.02, 0.1, 0.3):
        m = fit.Model(("gop",)).fit(words).set_cut(words, allowed)
        _, false, *_ = fit.rates(words, list(m.flags(words)))
        assert false <= allowed
        assert false > allowed - 0.01  # and uses what it may: the cut is not needlessly strict


def test_a_lower_score_makes_a_word_more_likely_flagged() -> None:
    words = sample(500, 2)
    m = fit.Model(("gop", "rival_margin")).fit(words).set_cut(words, 0.1)
    low, high = word("correct", -40, 0), word("correct", 0, 0)
    assert m.logit([low])[0] > m.logit([high])[0]
    assert abs(m.coef[0]) > 5 * abs(m.coef[1])  # the informative feature carries the weight, the noise does not
    coef, bias, cut = m.raw()
    for w in (low, high):  # the unscaled constants (what a checker would hold) decide as the model does
        assert (bias + coef[0] * w["gop"] + coef[1] * w["rival_margin"] > cut) == bool(m.flags([w])[0])


def test_held_out_detection_of_a_useful_feature_beats_a_useless_one() -> None:
    train, test = sample(800, 3), sample(800, 4)
    useful = fit.Model(("gop",)).fit(train).set_cut(train, 0.1)
    useless = fit.Model(("rival_margin",)).fit(train).set_cut(train, 0.1)
    assert fit.rates(test, list(useful.flags(test)))[0] > fit.rates(test, list(useless.flags(test)))[0] + 0.3


def test_the_bootstrap_interval_is_zero_for_the_same_rule_and_clear_for_a_better_one() -> None:
    words = sample(500, 5)
    base = [w["gop"] < -40 for w in words]
    assert fit.bootstrap(words, base, base, rounds=200) == (0.0, 0.0)
    better = [w["gop"] < -20 for w in words]
    lo, hi = fit.bootstrap(words, better, base, rounds=200)
    assert 0 < lo <= hi


def test_the_current_rule_marks_as_the_checker_does() -> None:
    assert fit.current_mark(word("correct", -5, 0)) == "read"
    assert fit.current_mark(word("correct", -30, 0)) == "unclear"
    assert fit.current_mark(word("correct", -50, 0)) == "missed"
    assert fit.current_mark(word("correct", -5, 0, fpp=1.0)) == "missed"  # squeezed: not there at all
