"""Does combining evidence beat the one-feature rule? Fitted on odd sentences, judged on even ones.

Reads the per-word features cached by benchmarks/practice_features.py (run it first), fits a
logistic regression on a few of them over the odd-numbered sentences (replaced or left-out words
against words of correct readings), sets its operating point there so that false marks on correct
readings stay at or under the target, and reports detection and false marks on the held-out even
sentences beside the current rule, with the confusion table, by voice, and a bootstrap over
held-out sentences of the difference in detection (readings of one sentence are not independent).

    .venv/bin/python benchmarks/practice_fit.py [--voices en-gb,en+f3] [--piper] [--false 0.10]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import practice_features as pf  # noqa: E402
import practice_readers as pr  # noqa: E402

from presenter.practice.confusions import Pronunciations  # noqa: E402
from presenter.practice.scoring import Thresholds  # noqa: E402

Word = dict[str, Any]
WRONG = ("replaced", "omitted")
ROWS = ("correct", "replaced", "omitted", "other (replaced)", "other (omitted)", "other (repeated)")

# Feature sets tried (chosen before looking at the even sentences). "rival" features come from the
# alignment with the generator's confusions, "rival_ex" from the one without the test set's replacements.
SETS: dict[str, tuple[str, ...]] = {
    "score": ("gop", "squeezed"),
    "score+median": ("gop", "gop_rel", "squeezed"),
    "score+duration+neighbours": ("gop", "gop_rel", "squeezed", "log_fpp_rel", "nb_min_gop", "nb_squeezed"),
    "score+phones": ("gop", "gop_rel", "squeezed", "loop_edit", "inv_phones"),
    "no rivals (all)": ("gop", "gop_rel", "squeezed", "log_fpp_rel", "nb_min_gop", "nb_squeezed", "loop_edit",
                        "inv_phones", "pause"),
    "rivals": ("gop", "gop_rel", "squeezed", "rival_margin", "rival_won"),
    "rivals (all)": ("gop", "gop_rel", "squeezed", "log_fpp_rel", "nb_min_gop", "nb_squeezed", "loop_edit",
                     "inv_phones", "pause", "rival_margin", "rival_won"),
    "local rivals": ("gop", "gop_rel", "squeezed", "local_margin", "local_won", "local_margin_rel"),
    "local rivals (all)": ("gop", "gop_rel", "squeezed", "log_fpp_rel", "nb_min_gop", "nb_squeezed", "loop_edit",
                           "inv_phones", "pause", "local_margin", "local_won", "local_margin_rel"),
}


def value(w: Word, name: str, rivals: str) -> float:
    """One feature of a word; `rivals` is "" or "_ex" (which rival alignments to read)."""
    if name == "squeezed":
        return float(w["fpp"] < 2.0)
    if name == "log_fpp_rel":
        return float(np.log(max(w["fpp_rel"], 0.05)))
    if name == "inv_phones":
        return 1.0 / w["phones"]
    if name == "pause":
        return float(w["pause_before"] + w["pause_after"] > 20)
    if name.startswith(("rival_", "local_")):
        kind, rest = name.split("_", 1)
        return clip(float(w.get(f"{kind}{rivals}_{rest}", 0.0)))
    return clip(float(w[name]))


def clip(x: float) -> float:
    """Scores held to [-100, 100] a frame: a failed alignment scores about -1e7 and would swamp the fit."""
    return min(100.0, max(-100.0, x))


def current_mark(w: Word) -> str:
    """The current rule (practice/scoring.py's default thresholds), as `judge` applies it."""
    t = Thresholds()
    if w["fpp"] < t.min_frames_per_phone or w["gop"] < t.missed_below:
        return "missed"
    return "unclear" if w["gop"] < t.unclear_below else "read"


def current_flag(w: Word) -> bool:
    """The current rule flags a word: unclear or missed."""
    return current_mark(w) != "read"


def current_table(words: Sequence[Word], voices: tuple[str, ...]) -> None:
    """The current rule's confusion table (read / unclear / missed) and its figures by voice."""
    c: Counter[tuple[str, str]] = Counter((w["truth"], current_mark(w)) for w in words)
    print(f"    {'truth':<18}{'read':>8}{'unclear':>9}{'missed':>8}{'words':>7}")
    for row in ROWS:
        n = sum(c[row, m] for m in ("read", "unclear", "missed"))
        if n:
            print(f"    {row:<18}" + "".join(f"{c[row, m] / n:>{k}.1%}" for m, k in (("read", 8), ("unclear", 9),
                                                                                    ("missed", 8))) + f"{n:>7}")
    for v in voices:
        for noisy in (False, True):
            ws = [w for w in words if w["voice"] == v and w["noisy"] == noisy]
            print(line(f"    {v} {'noisy' if noisy else 'clean'}", ws, [current_flag(w) for w in ws]))


def load_words(voices: tuple[str, ...]) -> list[Word]:
    """Every judged word of every cached reading, with its reading's voice, speed, noise and sentence."""
    out: list[Word] = []
    missing = 0
    for case in pr.cases(Pronunciations(pr.DICTIONARY), voices):
        feats = pf.load(case)
        if feats is None:
            missing += 1
            continue
        for key in ("local_margin", "local_ex_margin"):  # a voice the model fits badly loses to rivals everywhere
            mid = float(np.median([w.get(key, 0.0) for w in feats if w["judged"]] or [0.0]))
            for w in feats:
                w[key.replace("margin", "margin_rel")] = w.get(key, 0.0) - mid
        for i, w in enumerate(feats):
            if w["judged"]:
                out.append(w | {"voice": case.voice, "noisy": case.noisy, "sentence": case.sentence_no,
                                "rate": case.rate, "word": i})
    if missing:
        print(f"({missing} readings have no cached features: run benchmarks/practice_features.py)")
    return out


class Model:
    """A logistic regression on standardised features, with the probability cut that flags a word."""

    def __init__(self, names: Sequence[str], rivals: str = "") -> None:
        self.names, self.rivals = tuple(names), rivals
        self.mean = self.scale = self.coef = np.zeros(0)
        self.bias = self.cut = 0.0

    def matrix(self, words: Sequence[Word]) -> np.ndarray:
        return np.array([[value(w, n, self.rivals) for n in self.names] for w in words])

    def fit(self, words: Sequence[Word], l2: float = 1.0, steps: int = 50) -> Model:
        """Newton's method on the penalised log-likelihood (wrong words = 1, words of correct readings = 0)."""
        train = [w for w in words if w["truth"] in WRONG or w["truth"] == "correct"]
        x = self.matrix(train)
        y = np.array([w["truth"] in WRONG for w in train], dtype=float)
        self.mean, self.scale = x.mean(axis=0), x.std(axis=0) + 1e-9
        z = np.hstack([(x - self.mean) / self.scale, np.ones((len(x), 1))])
        beta = np.zeros(z.shape[1])
        for _ in range(steps):
            p = 1 / (1 + np.exp(-z @ beta))
            grad = z.T @ (p - y) + l2 * np.r_[beta[:-1], 0.0]
            hess = (z.T * (p * (1 - p))) @ z + l2 * np.diag(np.r_[np.ones(len(beta) - 1), 0.0])
            beta -= np.linalg.solve(hess, grad)
        self.coef, self.bias = beta[:-1], float(beta[-1])
        return self

    def logit(self, words: Sequence[Word]) -> np.ndarray:
        return ((self.matrix(words) - self.mean) / self.scale) @ self.coef + self.bias

    def set_cut(self, words: Sequence[Word], false_rate: float) -> Model:
        """The lowest cut at which words of correct readings are flagged at most `false_rate` of the time."""
        s = np.sort(self.logit([w for w in words if w["truth"] == "correct"]))[::-1]
        k = int(np.floor(false_rate * len(s)))
        self.cut = float(s[k]) if k < len(s) else float(s[-1]) - 1
        return self

    def flags(self, words: Sequence[Word]) -> np.ndarray:
        return self.logit(words) > self.cut

    def raw(self) -> tuple[list[float], float, float]:
        """Coefficients on the unscaled features, the bias and the cut: what practice/scoring.py would hold."""
        coef = self.coef / self.scale
        return [float(c) for c in coef], float(self.bias - coef @ self.mean), self.cut


def rates(words: Sequence[Word], flags: Sequence[bool]) -> tuple[float, float, float, float, int, int]:
    """Detection, false marks, replaced and left-out detection, and how many wrong and correct words."""
    c: Counter[tuple[str, bool]] = Counter((w["truth"], bool(f)) for w, f in zip(words, flags))

    def share(kinds: tuple[str, ...]) -> float:
        n = sum(c[k, b] for k in kinds for b in (True, False))
        return sum(c[k, True] for k in kinds) / max(1, n)

    n_wrong = sum(c[k, b] for k in WRONG for b in (True, False))
    n_ok = c["correct", True] + c["correct", False]
    return share(WRONG), share(("correct",)), share(("replaced",)), share(("omitted",)), n_wrong, n_ok


def line(label: str, words: Sequence[Word], flags: Sequence[bool]) -> str:
    d, f, r, o, nw, nc = rates(words, flags)
    return f"{label:<34} detection {d:6.1%} (replaced {r:5.1%}, left out {o:5.1%}), false {f:5.1%}  [{nw} wrong, {nc} correct]"


def table(words: Sequence[Word], flags: Sequence[bool]) -> None:
    """The confusion table: truth × (read, flagged)."""
    c: Counter[tuple[str, bool]] = Counter((w["truth"], bool(f)) for w, f in zip(words, flags))
    print(f"    {'truth':<18}{'read':>8}{'flagged':>9}{'words':>7}")
    for row in ROWS:
        n = c[row, True] + c[row, False]
        if n:
            print(f"    {row:<18}{c[row, False] / n:>8.1%}{c[row, True] / n:>9.1%}{n:>7}")


def bootstrap(words: Sequence[Word], a: Sequence[bool], b: Sequence[bool], kinds: tuple[str, ...] = WRONG,
              rounds: int = 2000) -> tuple[float, float]:
    """95 % interval of rate(a) − rate(b) over words of `kinds`, resampling whole sentences."""
    by: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        if w["truth"] in kinds:
            by.setdefault(w["sentence"], []).append(i)
    keys = sorted(by)
    rng = random.Random(5)
    diffs = []
    for _ in range(rounds):
        idx = [i for k in rng.choices(keys, k=len(keys)) for i in by[k]]
        diffs.append(sum(int(a[i]) - int(b[i]) for i in idx) / max(1, len(idx)))
    diffs.sort()
    return diffs[int(0.025 * rounds)], diffs[int(0.975 * rounds)]


def split(words: Sequence[Word], keep: Callable[[Word], bool]) -> list[Word]:
    return [w for w in words if keep(w)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--voices", default="en-gb,en+f3")
    ap.add_argument("--piper", action="store_true")
    ap.add_argument("--false", type=float, default=0.10, help="false-mark rate allowed on the odd sentences")
    ap.add_argument("--show", default="", help="feature set to print in full (tables by voice)")
    args = ap.parse_args()
    voices = tuple(v for v in args.voices.split(",") if v) + (("piper",) if args.piper else ())
    words = load_words(voices)
    odd = split(words, lambda w: w["sentence"] % 2 == 1)
    even = split(words, lambda w: w["sentence"] % 2 == 0)
    base_odd, base_even = [current_flag(w) for w in odd], [current_flag(w) for w in even]
    print(line("current rule, whole set", words, [current_flag(w) for w in words]))
    current_table(words, voices)
    print(line("current rule, odd (calibration)", odd, base_odd))
    print(line("current rule, even (held out)", even, base_even))
    same = rates(odd, base_odd)[1]
    for name, feats in SETS.items():
        # the word-by-word comparison was computed (--local --honest-only) only without the replacement words
        uses = ("_ex",) if any(f.startswith("local") for f in feats) else ("", "_ex") if any(
            f.startswith("rival") for f in feats) else ("",)
        for rivals in uses:
            for target, label in ((args.false, f"≤{args.false:.0%}"), (same, "= current")):
                m = Model(feats, rivals).fit(odd).set_cut(odd, target)
                tag = f"{name}{' [without the test set replacement words]' if rivals else ''} {label}"
                print(f"\n{tag}")
                print(line("  odd (fitted)", odd, m.flags(odd)))
                print(line("  even (held out)", even, m.flags(even)))
                lo, hi = bootstrap(even, list(m.flags(even)), base_even)
                flo, fhi = bootstrap(even, list(m.flags(even)), base_even, ("correct",))
                print(f"  held out minus current rule, 95 % intervals resampling {len({w['sentence'] for w in even})}"
                      f" sentences: detection {lo:+.1%} to {hi:+.1%}, false marks {flo:+.1%} to {fhi:+.1%}")
                if name == args.show:
                    coef, bias, cut = m.raw()
                    print("  coefficients:", dict(zip(feats, (round(c, 4) for c in coef))), "bias", round(bias, 3),
                          "cut", round(cut, 3))
                    flags = list(m.flags(even))
                    table(even, flags)
                    for v in voices:
                        for noisy in (False, True):
                            sub = [i for i, w in enumerate(even) if w["voice"] == v and w["noisy"] == noisy]
                            ws, fs = [even[i] for i in sub], [flags[i] for i in sub]
                            print(line(f"    {v} {'noisy' if noisy else 'clean'}", ws, fs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
