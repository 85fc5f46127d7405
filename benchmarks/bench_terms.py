"""How long finding the vocabulary in a reading takes: the sample lesson, and a 50,000-word reading.

Prints absolute times and, because these machines are noisy, the ratio against a baseline
measured in the same run: `sentence_spans` over the same text (the least any pass over it costs).
Building the finder is timed apart: the first build also loads LemmInflect's tables. Loading
them (presenter.text.lexicon) is also timed in fresh processes against LemmInflect's own loading
(`import lemminflect` with numpy, then the first look-up), which the lexicon replaced.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from presenter.lesson import Lesson, Paragraph, Reading, Section, load_lesson
from presenter.text.occurrences import occurrences
from presenter.text.sentences import sentence_spans
from presenter.text.terms import TermFinder

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "lessons" / "social-credit-1" / "lesson.md"


def big_reading(lesson: Lesson, words: int) -> Reading:
    """A reading of about `words` words: the sample's sentences shuffled into 60-word paragraphs."""
    rng = random.Random(1)
    pool = [s for p in lesson.reading.paragraphs for s in (p.text[a.start : a.end] for a in sentence_spans(p.text))]
    paragraphs, count = [], 0
    while count < words:
        sentences, n = [], 0
        while n < 60:
            sentences.append(rng.choice(pool))
            n += len(sentences[-1].split())
        paragraphs.append(Paragraph(" ".join(sentences)))
        count += n
    return Reading(tuple(Section(tuple(paragraphs[i : i + 100])) for i in range(0, len(paragraphs), 100)))


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# Each prints the seconds its look-ups take in a fresh process, imports included.
LOAD_PROBES = {
    "lexicon, inflections": "from presenter.text import lexicon; lexicon.all_inflections('x')",
    "lexicon, both tables": "from presenter.text import lexicon; lexicon.all_inflections('x'); lexicon.all_lemmas('x')",
    "lemminflect, inflections": "import lemminflect; lemminflect.getAllInflections('x')",
    "lemminflect, both tables": "import lemminflect; lemminflect.getAllInflections('x'); lemminflect.getAllLemmas('x')",
}


def load_time(code: str) -> float:
    """Seconds `code` takes in a fresh interpreter (its start-up not counted)."""
    timer = f"import time; t0 = time.perf_counter(); {code}; print(time.perf_counter() - t0)"
    return float(subprocess.run([sys.executable, "-c", timer], capture_output=True, text=True, check=True).stdout)


def print_load_times(repeat: int = 7) -> None:
    """The lexicon's first look-ups against LemmInflect's, medians of `repeat` runs, as ratios."""
    # Interleaved, so that a slow moment of the machine hits both sides alike.
    runs: dict[str, list[float]] = {name: [] for name in LOAD_PROBES}
    for _ in range(repeat):
        for name, code in LOAD_PROBES.items():
            runs[name].append(load_time(code))
    t = {name: statistics.median(times) for name, times in runs.items()}
    ours, theirs = t["lexicon, inflections"], t["lemminflect, inflections"]
    ours2, theirs2 = t["lexicon, both tables"], t["lemminflect, both tables"]
    print(f"loading the tables: lexicon {ours * 1000:.0f} ms vs import lemminflect + getAllInflections "
          f"{theirs * 1000:.0f} ms ({ours / theirs:.2f}x); both tables {ours2 * 1000:.0f} ms vs "
          f"{theirs2 * 1000:.0f} ms ({ours2 / theirs2:.2f}x)")


def main() -> int:
    """Print the figures."""
    sample = load_lesson(SAMPLE)
    t0 = time.perf_counter()
    finder = TermFinder(sample.vocabulary)
    first_build = time.perf_counter() - t0
    build = timed(lambda: TermFinder(sample.vocabulary), 20)
    print(f"finder for {len(sample.vocabulary)} terms: first build {first_build * 1000:.0f} ms "
          f"(loads lemminflect's tables), then {build * 1000:.1f} ms")
    big = dataclasses.replace(sample, reading=big_reading(sample, 50_000))
    for name, lesson, repeat in (("sample lesson", sample, 50), ("50,000-word reading", big, 5)):
        texts = [p.text for p in lesson.reading.paragraphs]
        base = timed(lambda: [sentence_spans(t) for t in texts], repeat)
        find = timed(lambda: [finder.find(t) for t in texts], repeat)
        occ = timed(lambda: occurrences(lesson, finder), repeat)
        hits = sum(len(v) for v in occurrences(lesson, finder).values())
        print(f"{name} ({lesson.reading.word_count} words, {hits} occurrences): "
              f"sentence_spans {base * 1000:.1f} ms; find by paragraph {find * 1000:.1f} ms ({find / base:.1f}x); "
              f"occurrences() {occ * 1000:.1f} ms ({occ / base:.1f}x)")
    print_load_times()
    return 0


if __name__ == "__main__":
    sys.exit(main())
