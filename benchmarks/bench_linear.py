"""Text-processing paths stay linear: each case doubles its input four times and prints the time ratios.

A ratio near 2 is linear; near 4 is quadratic. Each must be at most 2.5 (issue 18); the script exits 1
when one is not, naming it. Times are the best of a few runs (these machines are shared and noisy).

    python benchmarks/bench_linear.py [NAME ...]      # all cases, or those whose name contains NAME

Adding a case: decorate a function `make(n) -> Callable[[], object]` with `@case(name, base)`; it
builds an input of size n (n = base, 2·base, … 16·base) and returns the work to time. The importer's
hostile inputs are made by handout_inputs.py (shared with tests/handout).
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOUBLINGS = 4
MAX_RATIO = 2.5
HEAD = "---\ntitle: Linear\n---\n\n# Reading\n\n"


@dataclass(frozen=True)
class Case:
    """One path to time: `make(n)` returns the work for an input of size n."""

    name: str
    base: int
    unit: str
    make: Callable[[int], Callable[[], object]]


CASES: list[Case] = []


def case(name: str, base: int, unit: str) -> Callable[[Callable[[int], Callable[[], object]]], Callable[[int], Callable[[], object]]]:
    """Register a case named `name`, first timed at size `base` (counted in `unit`)."""
    def register(make: Callable[[int], Callable[[], object]]) -> Callable[[int], Callable[[], object]]:
        CASES.append(Case(name, base, unit, make))
        return make
    return register


def _lesson(body: str) -> object:
    from presenter.lesson import parse_lesson

    lesson, problems = parse_lesson(HEAD + body)
    assert lesson is not None, problems[:3]
    return lesson


@case("lesson comments: unclosed <!-- repeated", 80_000, "openings")
def _comments(n: int) -> Callable[[], object]:
    from presenter.lesson import parse_lesson

    text = HEAD + "The city is big.\n\n" + "<!-- " * n + "\n"
    return lambda: parse_lesson(text)


@case("check: many paragraphs", 700, "paragraphs")
def _paragraphs(n: int) -> Callable[[], object]:
    from presenter.lesson import check_file

    folder = Path(tempfile.mkdtemp(prefix="bench-linear-"))
    path = folder / "lesson.md"
    path.write_text(HEAD + "The city is big. It is old.\n\n" * n, encoding="utf-8")
    return lambda: check_file(path)


def _deck(body: str) -> Callable[[], object]:
    from presenter.deck.geometry import Geometry
    from presenter.ui.slides.render import ensure_gui, make_deck

    ensure_gui()
    lesson = _lesson(body)
    return lambda: make_deck(lesson, Geometry(1920, 1080))  # type: ignore[arg-type]


@case("pagination: one long word", 62_500, "characters")
def _deck_word(n: int) -> Callable[[], object]:
    return _deck("x" * n + "\n")


@case("pagination: one paragraph of short sentences", 1_250, "sentences")
def _deck_sentences(n: int) -> Callable[[], object]:
    return _deck("A short sentence here. " * n + "\n")


def _pdf(body: str) -> Callable[[], object]:
    from presenter.export.handout_pdf import write_handout_pdf
    from presenter.ui.slides.render import ensure_gui

    ensure_gui()
    lesson = _lesson(body)
    out = Path(tempfile.mkdtemp(prefix="bench-linear-")) / "handout.pdf"
    return lambda: write_handout_pdf(lesson, out)  # type: ignore[arg-type]


@case("PDF export: one long word", 62_500, "characters")
def _pdf_word(n: int) -> Callable[[], object]:
    return _pdf("x" * n + "\n")


@case("PDF export: one long paragraph", 5_000, "words")
def _pdf_paragraph(n: int) -> Callable[[], object]:
    return _pdf("word " * n + "\n")


@case("import: a questions section of unpunctuated lines", 1_200, "lines")
def _questions(n: int) -> Callable[[], object]:
    from handout_inputs import questions_handout  # beside this script
    from presenter.handout import import_handout

    text = questions_handout(n)
    return lambda: import_handout(text)


@case("import: a .docx of numbered list items", 1_200, "items")
def _docx_items(n: int) -> Callable[[], object]:
    from handout_inputs import docx_list_handout
    from presenter.handout import import_handout

    data = docx_list_handout(n)
    return lambda: import_handout(data)


def best_time(work: Callable[[], object]) -> float:
    """The best CPU time of up to five runs, each after a full collection: CPU time, as other work shares the machine."""
    work()  # warm-up: imports, font caches
    times: list[float] = []
    while len(times) < 5 and sum(times) < 3.0:
        gc.collect()
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def run(selected: list[Case]) -> list[str]:
    """Time every case; print sizes, times and ratios; return the names of cases over MAX_RATIO."""
    failed: list[str] = []
    for c in selected:
        print(f"{c.name}")
        previous: float | None = None
        worst = 0.0
        for k in range(DOUBLINGS + 1):
            n = c.base * 2**k
            seconds = best_time(c.make(n))
            ratio = seconds / previous if previous else None
            worst = max(worst, ratio or 0.0)
            shown = f"  ×{ratio:.2f}" if ratio is not None else ""
            print(f"  {n:>10,} {c.unit:<11} {seconds * 1000:9.1f} ms{shown}", flush=True)
            previous = max(seconds, 1e-6)
        verdict = "ok" if worst <= MAX_RATIO else f"OVER {MAX_RATIO}"
        print(f"  worst ratio ×{worst:.2f}: {verdict}")
        if worst > MAX_RATIO:
            failed.append(c.name)
    return failed


def main(argv: list[str]) -> int:
    """Run the cases named in `argv` (all when none); exit 1 if any is not linear."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    selected = [c for c in CASES if not argv or any(a.lower() in c.name.lower() for a in argv)]
    failed = run(selected)
    if failed:
        print("not linear: " + "; ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
