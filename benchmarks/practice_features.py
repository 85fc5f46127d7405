"""Per-word evidence for the reading check, computed once per synthetic reading and cached.

For every reading of benchmarks/practice_readers.py this runs the real checker's two passes
(`SphinxChecker.measure`) plus two "rival pronunciation" alignments (each word may also be said as
one of its 8 likely confusions): one with the confusions as `practice/confusions.py` makes them,
one with every replacement word the test set uses taken out of them (the test set's replacements
come from the same generator, so the first flatters any rival-based rule). The features of each
word go to benchmarks/.cache/practice-features/<reading>.json (git-ignored) and are reused.

    .venv/bin/python benchmarks/practice_features.py [--voices en-gb,en+f3] [--piper] [--shard K/N]
    .venv/bin/python benchmarks/practice_features.py --piper --local --honest-only --kinds correct,replaced,omitted

The second line adds the word-by-word rival comparison (about 1 s a reading); session 5 ran the
first as two nice'd shards (--shard 0/2, 1/2: 10 min) and the second likewise (25 min).
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

    def __init__(self, prons: Pronunciations, excluded: dict[str, set[str]], limit: int = MAX_CONFUSIONS,
                 every_senone: bool = False) -> None:
        """One decoder of its own: alternatives added to a dictionary cannot be taken out again.

        `every_senone` scores every senone in every frame: pocketsphinx scales a frame's scores by the best
        active senone, so only then are two decoders' scores of the same audio comparable.
        """
        import pocketsphinx

        self.prons, self.excluded, self.limit = prons, excluded, limit
        self.decoder = pocketsphinx.Decoder(lm=None, loglevel="FATAL", compallsen=every_senone, **ALIGN)
        self.ready: set[str] = set()

    def rivals(self, token: str) -> list[str]:
        """The token's confusions, minus the excluded words, at most MAX_CONFUSIONS of them."""
        out = [w for w in self.prons.confusions(token, MAX_CONFUSIONS + 8) if w not in self.excluded.get(token, ())]
        return out[: self.limit]

    def prepare(self, tokens: list[str]) -> None:
        """Add the rivals (or a guessed pronunciation) of tokens not seen before to the decoder's dictionary."""
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

    def align(self, tokens: list[str], pcm: bytes) -> list[tuple[str, Segment, bool]] | None:
        """(token, its segment, whether a rival won) for each token, or None if the search failed."""
        d = self.decoder
        self.prepare(tokens)
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


def path_score(decoder: Any, text: str, pcm: bytes, cmn: str) -> tuple[float, bool] | None:
    """The aligned path's whole score (silences included) and whether a rival won, or None if it failed."""
    decoder.set_cmn(cmn)  # the whole reading's cepstral mean: both sides of a comparison start from the same
    decoder.set_align_text(text)
    decoder.start_utt()
    decoder.process_raw(pcm, full_utt=True)
    decoder.end_utt()
    if decoder.hyp() is None:
        return None
    segs = list(decoder.seg())
    won = any(int(m.group(1)) >= _RIVAL for s in segs if (m := re.search(r"\((\d+)\)$", s.word)))
    return sum(math.log(max(s.ascore, 1e-300)) / _LOG_BASE for s in segs), won


def local_features(checker: SphinxChecker, sentence: str, m: Measured, own_aligner: RivalAligner,
                   aligners: list[RivalAligner], pad: int = 5) -> list[dict[str, Any]]:
    """Each word's own stretch of audio aligned alone: as itself, then allowing its rivals (margin per frame)."""
    out: list[dict[str, Any]] = []
    cmn = checker._aligner.get_cmn()
    for word, a in zip(sentence_words(sentence), m.words):
        s0, s1 = max(0, a.start - pad), min(m.frames - 1, a.end + pad)
        pcm = m.pcm[s0 * 320 : (s1 + 1) * 320]
        text = " ".join(word.spoken)
        own_aligner.prepare(list(word.spoken))
        own = path_score(own_aligner.decoder, text, pcm, cmn)
        f: dict[str, Any] = {}
        for key, r in zip(("local", "local_ex") if len(aligners) == 2 else ("local_ex",), aligners):
            r.prepare(list(word.spoken))
            best = path_score(r.decoder, text, pcm, cmn)
            ok = own is not None and best is not None
            f[key + "_margin"] = (best[0] - own[0]) / (s1 - s0 + 1) if ok else 0.0  # type: ignore[index]
            f[key + "_won"] = bool(best[1]) if ok else False  # type: ignore[index]
        out.append(f)
    return out


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


def cache_path(case: pr.Case, part: str = "") -> Path:
    """Where one reading's features (or its `part` of them, e.g. "local") are kept."""
    return FEATURES / f"{part}v{VERSION}" / case.name.replace(".wav", ".json")


def load(case: pr.Case) -> list[dict[str, Any]] | None:
    """The cached features of one reading (with the local comparison if it was computed), or None."""
    p, q = cache_path(case), cache_path(case, "local-")
    if not p.exists():
        return None
    words: list[dict[str, Any]] = json.loads(p.read_text())
    if q.exists():
        words = [w | extra for w, extra in zip(words, json.loads(q.read_text()))]
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--voices", default="en-gb,en+f3", help="eSpeak NG voices, comma-separated")
    ap.add_argument("--piper", action="store_true", help="add the Piper voice")
    ap.add_argument("--local", action="store_true", help="only the word-by-word rival comparison (slower)")
    ap.add_argument("--kinds", default=",".join(pr.KINDS), help="only readings of these kinds")
    ap.add_argument("--honest-only", action="store_true",
                    help="with --local: only the rivals without the test set's replacement words (a third faster)")
    ap.add_argument("--shard", default="0/1", help="K/N: only every N-th reading from the K-th (parallel runs)")
    args = ap.parse_args()
    k, n = (int(x) for x in args.shard.split("/"))
    voices = tuple(v for v in args.voices.split(",") if v) + (("piper",) if args.piper else ())
    piper = pr.piper_voice() if args.piper else None
    prons = Pronunciations(pr.DICTIONARY)
    checker = SphinxChecker()
    excluded = test_replacements(prons, voices)
    aligners = [RivalAligner(prons, {}, every_senone=args.local), RivalAligner(prons, excluded, every_senone=args.local)]
    own = RivalAligner(prons, {}, 0, every_senone=True)
    cases = [c for c in pr.cases(prons, voices) if c.kind in args.kinds.split(",")][k::n]
    if args.honest_only:
        aligners = [aligners[1]]
    t0 = time.perf_counter()
    part = "local-" if args.local else ""
    for i, case in enumerate(cases, 1):
        if cache_path(case, part).exists():
            continue
        wav = pr.render(case, piper=piper)
        try:
            m = checker.measure(case.sentence, wav)
        except PracticeError as exc:
            print(f"{case.name}: {exc}", file=sys.stderr)
            continue
        if args.local:
            feats = local_features(checker, case.sentence, m, own, aligners)
        else:
            tokens = [t for w in sentence_words(case.sentence) for t in w.spoken]
            feats = word_features(checker, case.sentence, m, [r.align(tokens, m.pcm) for r in aligners])
            for j, f in enumerate(feats):
                f["truth"] = case.kind if j in case.wrong else ("correct" if case.kind == "correct" else f"other ({case.kind})")
        p = cache_path(case, part)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(feats))
        if i % 50 == 0:
            print(f"{i} of {len(cases)} in {time.perf_counter() - t0:.0f} s", flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
