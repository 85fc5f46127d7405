"""How long loading a lesson takes: the sample lesson, and a generated 50,000-word lesson.

Prints absolute times and, because these machines are noisy, the ratio against a baseline
measured in the same run: markdown-it parsing the same text (the least any loader must do).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from markdown_it import MarkdownIt

from presenter.lesson import read_lesson

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "lessons" / "social-credit-1" / "lesson.md"


def big_lesson(words: int) -> str:
    """A lesson whose reading has `words` words, in paragraphs of sentences."""
    rng = random.Random(1)
    vocab = "government citizen score camera track behave punish reward list credit".split()
    out = ["---", "title: Big lesson", "---", "", "# Vocabulary", ""]
    out += [f"- **{w}** (n.) — meaning of {w}" for w in vocab]
    out += ["", "# Reading", ""]
    n = 0
    while n < words:
        sentence = " ".join(rng.choice(vocab) for _ in range(12)).capitalize() + "."
        para = " ".join([sentence] * 5)
        out += [para, ""]
        n += 60
        if n % 6000 == 0:
            out += ["* * *", ""]
    return "\n".join(out)


def timed(fn: object, repeat: int) -> float:
    """Median seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    """Print the figures."""
    md = MarkdownIt("commonmark")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.md"
        big.write_text(big_lesson(50_000), encoding="utf-8")
        for name, path, repeat in (("sample lesson", SAMPLE, 30), ("50,000-word lesson", big, 5)):
            text = path.read_text(encoding="utf-8")
            base = timed(lambda: md.parse(text), repeat)
            load = timed(lambda: read_lesson(path), repeat)
            print(f"{name}: load {load * 1000:.1f} ms; markdown-it alone {base * 1000:.1f} ms; ratio {load / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
