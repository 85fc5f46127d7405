"""Benchmark: the importer's time grows linearly with hostile input (issue 18, item 14).

Doubles, four times, (a) a questions section of unpunctuated lines in a text handout and
(b) the automatically numbered list items of a Word handout, and prints each time and its
ratio to the previous size. Times are the process's CPU time, best of five. Linear time gives about 2x; the run fails (exit 1) when a ratio
is over 2.5x.

    .venv/bin/python benchmarks/bench_import_linear.py [--start-lines 1200] [--start-items 1200]
"""

from __future__ import annotations

import argparse
import copy
import gc
import io
import sys
import time
from collections.abc import Callable

from presenter.handout import import_handout

LIMIT_RATIO = 2.5
_HEAD = ["A Title", "", "Reading", "", "This is the reading text. It has two sentences.", "", "Questions", ""]


def questions_handout(lines: int) -> str:
    """A handout whose questions section is `lines` short lines with no punctuation at all."""
    return "\n".join(_HEAD + ["why is the sky blue and the sea"] * lines) + "\n"


def docx_list_handout(items: int, *, level: str = "0") -> bytes:
    """A Word handout whose questions are `items` automatically numbered list items at list level `level`."""
    import docx  # only this benchmark and its tests make Word files

    document = docx.Document()
    document.add_paragraph("A Title", style="Title")
    document.add_paragraph("Reading", style="Heading 1")
    document.add_paragraph("This is the reading text. It has two sentences.")
    document.add_paragraph("Questions", style="Heading 1")
    p = document.add_paragraph("Why is it so?", style="List Number")._p
    num_pr = p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", level)
    for _ in range(items - 1):
        p.addnext(copy.deepcopy(p))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _time(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")  # the best of several runs: the machine is shared, and noise only adds time
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()  # CPU time: other engineers' jobs on the machine do not count
        fn()
        best = min(best, time.process_time() - start)
    return best


def doubling(name: str, make: Callable[[int], str | bytes], start: int) -> list[float]:
    """Import inputs of start, 2x, 4x, 8x, 16x; print times and ratios; return the ratios."""
    ratios: list[float] = []
    previous = 0.0
    for step in range(5):
        n = start * 2**step
        data = make(n)
        seconds = _time(lambda: import_handout(data))
        ratio = seconds / previous if previous else 0.0
        if previous:
            ratios.append(ratio)
        print(f"{name:28s} n={n:6d}  {seconds * 1000:8.1f} ms" + (f"  x{ratio:.2f}" if previous else ""))
        previous = seconds
    return ratios


def main(argv: list[str] | None = None) -> int:
    """Run both doublings; exit 1 if any ratio is over the limit."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start-lines", type=int, default=1200)
    parser.add_argument("--start-items", type=int, default=1200)
    args = parser.parse_args(argv)
    ratios = doubling("unpunctuated question lines", questions_handout, args.start_lines)
    ratios += doubling("docx numbered list items", docx_list_handout, args.start_items)
    worst = max(ratios)
    print(f"worst ratio x{worst:.2f} (limit x{LIMIT_RATIO})")
    return 0 if worst <= LIMIT_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
