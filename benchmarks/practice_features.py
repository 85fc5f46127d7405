"""Per-word evidence for the reading check, computed once per synthetic reading and cached.

For every reading of benchmarks/practice_readers.py this runs the real checker's two passes
(`SphinxChecker.measure`) plus two "rival pronunciation" alignments (each word may also be said as
one of its 8 likely confusions): one with the confusions as `practice/confusions.py` makes them,
one with every replacement word the test set uses taken out of them (the test set's replacements
come from the same generator, so the first flatters any rival-based rule). The features of each
word go to benchmarks/.cache/practice-features/<reading>.json (git-ignored) and are reused.

    .venv/bin/python benchmarks/practice_features.py [--voices en-gb,en+f3] [--piper] [--shard K/N]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import practice_readers as pr  # noqa: E402

from presenter.practice.confusions import MAX_CONFUSIONS, Pronunciations, spelling_distance  # noqa: E402
from presenter.practice.model import PracticeError  # noqa: E402
from presenter.practice.scoring import Measured, Segment, frame_scores  # noqa: E402
from presenter.practice.sphinx import ALIGN, SphinxChecker, guess_phones  # noqa: E402
from presenter.practice.words import sentence_words  # noqa: E402

VERSION = 1  # bump when a feature changes: old cache files are then recomputed
FEATURES = pr.REPO / "benchmarks" / ".cache" / "practice-features"
_LOG_BASE = math.log(1.0001)
_RIVAL = 100  # rival k of a word is added to the dictionary as word(100+k)
_QUIET = ("SIL", "+NSN+", "+SPN+", "+BREATH+", "+COUGH+", "+NOISE+", "+SMACK+", "+UH+", "+UM+")


def test_replacements(prons: Pronunciations, voices: tuple[str, ...]) -> dict[str, set[str]]:
    """Every replacement word the test set uses, by the written word it replaces."""
    out: dict[str, set[str]] = {}
    for case in pr.cases(prons, voices[:1]):
        if case.kind != "replaced":
            continue
        written = [w.spoken[0] for w in sentence_words(case.sentence)]
        said = [w.spoken[0] for w in sentence_words(case.spoken)]
        for i in case.wrong:
            out.setdefault(written[i], set()).add(said[i])
    return out


class RivalAligner:
    """An aligner in which each dictionary word may also be said as one of its confusions."""

    def __init__(self, prons: Pronunciations, excluded: dict[str, set[str]]) -> None:
        """One decoder of its own: alternatives added to a dictionary cannot be taken out again."""
        import pocketsphinx

        self.prons, self.excluded = prons, excluded
        self.decoder = pocketsphinx.Decoder(lm=None, loglevel="FATAL", **ALIGN)
        self.ready: set[str] = set()

    def rivals(self, token: str) -> list[str]:
        """The token's confusions, minus the excluded words, at most MAX_CONFUSIONS of them."""
        out = [w for w in self.prons.confusions(token, MAX_CONFUSIONS + 8) if w not in self.excluded.get(token, ())]
        return out[:MAX_CONFUSIONS]

    def align(self, tokens: list[str], pcm: bytes) -> list[tuple[str, Segment, bool]] | None:
        """(token, its segment, whether a rival won) for each token, or None if the search failed."""
        d = self.decoder
        new = []
        for token in tokens:
            if token in self.ready:
                continue
            if d.lookup_word(token) is None:  # a name: a guessed pronunciation, as the checker gives it
                new.append((token, guess_phones(token)))
            else:
                new += [(f"{token}({_RIVAL + k})", self.prons.of[r][0]) for k, r in enumerate(self.rivals(token))]
                self.ready.add(token)
        for j, (name, phones) in enumerate(new):
            d.add_word(name, phones, j == len(new) - 1)  # one dictionary update after the batch
        d.set_align_text(" ".join(tokens))
        d.start_utt()
        d.process_raw(pcm, full_utt=True)
        d.end_utt()
        if d.hyp() is None:
            return None
        out = []
        for s in d.seg():
            if s.word.startswith(("<", "[")):
                continue
            m = re.match(r"^(.*?)(?:\((\d+)\))?$", s.word)
            assert m is not None
            won = m.group(2) is not None and int(m.group(2)) >= _RIVAL
            out.append((m.group(1), Segment(m.group(1), s.start_frame, s.end_frame,
                                            math.log(max(s.ascore, 1e-300)) / _LOG_BASE), won))
        return out if len(out) == len(tokens) else None


def phone_distance(a: list[str], b: list[str]) -> int:
    """Edit distance between two phone strings."""
    return spelling_distance(tuple(a), tuple(b))  # type: ignore[arg-type]


def word_features(checker: SphinxChecker, sentence: str, m: Measured,
                  rival_sets: list[list[tuple[str, Segment, bool]] | None]) -> list[dict[str, Any]]:
    """The evidence for each written word (see the module docstring)."""
    words = sentence_words(sentence)
    best = frame_scores(m.loop, m.frames)
    out: list[dict[str, Any]] = []
    tok = 0
    for word, a in zip(words, m.words):
        n = a.end - a.start + 1
        f: dict[str, Any] = {"text": a.text, "judged": a.judged, "phones": a.phones, "frames": n,
                             "fpp": n / a.phones, "gop": (a.score - sum(best[a.start : a.end + 1])) / n}
        expected: list[str] = []
        for t in word.spoken:
            expected += (checker._aligner.lookup_word(t) or "").split()
        heard = [s.name for s in m.loop if a.start <= (s.start + s.end) / 2 <= a.end and s.name not in _QUIET]
        f["loop_edit"] = phone_distance(heard, expected) / max(1, len(expected))
        f["loop_ratio"] = len(heard) / max(1, len(expected))
        f["pause_before"] = sum(s.frames for s in m.silences if s.end == a.start - 1)
        f["pause_after"] = sum(s.frames for s in m.silences if s.start == a.end + 1)
        for key, aligned in zip(("rival", "rival_ex"), rival_sets):
            if aligned is None:
                f[key + "_gop"], f[key + "_won"] = f["gop"], False
            else:
                part = aligned[tok : tok + len(word.spoken)]
                s0, s1 = part[0][1].start, part[-1][1].end
                score = sum(seg.score for _, seg, _ in part)
                f[key + "_gop"] = (score - sum(best[s0 : s1 + 1])) / (s1 - s0 + 1)
                f[key + "_won"] = any(w for _, _, w in part)
            f[key + "_margin"] = f[key + "_gop"] - f["gop"]
        tok += len(word.spoken)
        out.append(f)
    judged = [f["gop"] for f in out if f["judged"]] or [0.0]
    median = statistics.median(judged)
    median_fpp = statistics.median([f["fpp"] for f in out if f["judged"]] or [1.0])
    for i, f in enumerate(out):
        f["median_gop"], f["gop_rel"], f["fpp_rel"] = median, f["gop"] - median, f["fpp"] / median_fpp
        near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
        f["nb_min_gop"] = min((g["gop"] for g in near), default=f["gop"])
        f["nb_squeezed"] = any(g["fpp"] < 2.0 for g in near)
        f["edge"] = i in (0, len(out) - 1)
    return out


def cache_path(case: pr.Case) -> Path:
    """Where one reading's features are kept."""
    return FEATURES / f"v{VERSION}" / case.name.replace(".wav", ".json")


def load(case: pr.Case) -> list[dict[str, Any]] | None:
    """The cached features of one reading, or None."""
    p = cache_path(case)
    return json.loads(p.read_text()) if p.exists() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--voices", default="en-gb,en+f3", help="eSpeak NG voices, comma-separated")
    ap.add_argument("--piper", action="store_true", help="add the Piper voice")
    ap.add_argument("--shard", default="0/1", help="K/N: only every N-th reading from the K-th (parallel runs)")
    args = ap.parse_args()
    k, n = (int(x) for x in args.shard.split("/"))
    voices = tuple(v for v in args.voices.split(",") if v) + (("piper",) if args.piper else ())
    piper = pr.piper_voice() if args.piper else None
    prons = Pronunciations(pr.DICTIONARY)
    checker = SphinxChecker()
    aligners = [RivalAligner(prons, {}), RivalAligner(prons, test_replacements(prons, voices))]
    cases = pr.cases(prons, voices)[k::n]
    t0 = time.perf_counter()
    for i, case in enumerate(cases, 1):
        if load(case) is not None:
            continue
        wav = pr.render(case, piper=piper)
        try:
            m = checker.measure(case.sentence, wav)
        except PracticeError as exc:
            print(f"{case.name}: {exc}", file=sys.stderr)
            continue
        tokens = [t for w in sentence_words(case.sentence) for t in w.spoken]
        rival_sets = [r.align(tokens, m.pcm) for r in aligners]
        feats = word_features(checker, case.sentence, m, rival_sets)
        for j, f in enumerate(feats):
            f["truth"] = case.kind if j in case.wrong else ("correct" if case.kind == "correct" else f"other ({case.kind})")
        p = cache_path(case)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(feats))
        if i % 50 == 0:
            print(f"{i} of {len(cases)} in {time.perf_counter() - t0:.0f} s", flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
