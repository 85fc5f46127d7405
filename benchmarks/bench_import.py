"""Benchmark: importing a 20-page handout (target: under 0.5 s; with suggested definitions, under 1 s).

Prints the import time, with and without --define (WordNet opened afresh on every run), and as
a baseline measured in the same run the time to parse the lesson file the import writes
(parse_lesson), with the ratios. Exits 1 when either import is over its limit.

    .venv/bin/python benchmarks/bench_import.py [--pages 20] [--repeat 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable

from presenter.handout import import_handout
from presenter.handout.dictionary.wordnet import open_wordnet
from presenter.lesson import parse_lesson

WORDS_PER_PAGE = 450
LIMIT_SECONDS = 0.5
LIMIT_DEFINE_SECONDS = 1.0
_NOUNS = ("city council market river teacher student farmer doctor bridge village festival museum library "
          "factory station engineer family neighbour journalist company harbour island forest mountain").split()
_VERBS = ("built opened visited closed changed studied planned repaired measured described protected "
          "explained discovered improved collected").split()
_ADJS = "old busy quiet famous modern small large local national careful expensive ancient".split()
_TERMS = ("harbour engineer festival repair measure protect discover improve collect ancient modern careful "
          "expensive council market bridge village museum library factory station family neighbour island forest "
          "mountain journalist company teacher student farmer doctor river city national local famous quiet busy "
          "large small visited opened closed changed studied planned described explained").split()


def _sentence(rng: random.Random) -> str:
    return (f"The {rng.choice(_ADJS)} {rng.choice(_NOUNS)} {rng.choice(_VERBS)} the {rng.choice(_NOUNS)} "
            f"near the {rng.choice(_ADJS)} {rng.choice(_NOUNS)} in {rng.randint(1900, 2024)}.")


def make_handout(pages: int, seed: int = 7) -> str:
    """A long handout in the seed's layout: slug, title, a flattened table, a reading, questions, prompts."""
    rng = random.Random(seed)
    lines = ["a-long-day-in-the-old-harbour", "A Long Day in the Old", "Harbour", "", ""]
    terms = [f"{t} (2)" if i % 7 == 0 else t for i, t in enumerate(_TERMS)]
    terms += ["buy/bought/bought", "benefit(s) (2)", "interest rate", "real estate"]
    for i in range(0, len(terms) - 2, 3):
        lines.append(" ".join(terms[i : i + 3]))
    lines += ["", ""]
    words = 0
    paragraph = 0
    while words < pages * WORDS_PER_PAGE:
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 6))]
        if paragraph % 9 == 4:
            lines.append(f"Journalist: “{' '.join(sentences)}”")
            lines.append(f"Ana Ruiz, Engineer: “{_sentence(rng)} The interest rate and real estate matter.”")
        else:
            lines.append(" ".join(sentences))
        lines.append("")
        if paragraph % 25 == 24:
            lines += [".     .     .     .     .", ""]
        words += sum(len(s.split()) for s in sentences)
        paragraph += 1
    lines += ["*     *     *", ""]
    lines += [f"{i}. Why was the {rng.choice(_NOUNS)} {rng.choice(_VERBS)}?" for i in range(1, 41)]
    lines += [""]
    lines += [f"{chr(65 + i)}. Would you visit a {rng.choice(_ADJS)} {rng.choice(_NOUNS)}?" for i in range(10)]
    lines += ["", "Comments are closed."]
    return "\n".join(lines)


def _best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.process_time()  # CPU time: other jobs on a shared machine do not count
        fn()
        times.append(time.process_time() - start)
    return min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    text = make_handout(args.pages)
    result = import_handout(text)  # warm-up, and the lesson file for the baseline
    lesson = result.lesson
    best, median = _best(lambda: import_handout(text), args.repeat)
    base_best, base_median = _best(lambda: parse_lesson(result.markdown), args.repeat)

    def define() -> object:
        open_wordnet.cache_clear()  # each run opens the dictionary as a fresh app would
        return import_handout(text, define=True)

    defined = define()
    def_best, def_median = _best(define, args.repeat)
    print(f"handout: {args.pages} pages, {len(text.split())} words, {len(text.splitlines())} lines; "
          f"lesson: {len(lesson.vocabulary)} entries, {len(lesson.reading.paragraphs)} paragraphs, "
          f"{len(lesson.comprehension)} questions, {len(lesson.discussion)} prompts")
    print(f"import_handout:  best {best * 1000:.1f} ms, median {median * 1000:.1f} ms  (limit {LIMIT_SECONDS * 1000:.0f} ms)")
    print(f"baseline parse_lesson of the written lesson:  best {base_best * 1000:.1f} ms, median {base_median * 1000:.1f} ms")
    print(f"import_handout(define=True):  best {def_best * 1000:.1f} ms, median {def_median * 1000:.1f} ms  "
          f"(limit {LIMIT_DEFINE_SECONDS * 1000:.0f} ms; {len(defined.suggested)} definitions suggested)")
    print(f"ratio import / parse: {median / base_median:.2f}x; with definitions: {def_median / base_median:.2f}x")
    return 0 if median < LIMIT_SECONDS and def_median < LIMIT_DEFINE_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
