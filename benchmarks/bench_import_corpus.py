"""Benchmark: how well the importer reads the corpus of handouts in many sites' styles.

Imports every handout of tests/data/handouts/corpus/ and compares it with its gold file.
Prints, per style and overall, F1 for the terms and the questions (comprehension, discussion,
warm-up separately and together), F1 for the exercises (each multiple-choice item with its
options, each matching pair), the share of right titles and of readings that start and end
in the right place, for the tuning set, the check set (same layouts, other topics) and the
held-out sets (layouts the rules were never tuned on: tests/data/handouts/heldout/ and fresh/).

    .venv/bin/python benchmarks/bench_import_corpus.py [--explain NAME] [--set tuning|check|heldout|fresh|fresh2|dev3|fresh3|dev4|fresh4]
    .venv/bin/python benchmarks/bench_import_corpus.py --dir FOLDER   # handouts kept outside the repository
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presenter.handout import ImportFailed, ImportResult, import_handout

HANDOUTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "handouts"
CORPUS = HANDOUTS / "corpus"
HELD_OUT = HANDOUTS / "heldout"
FRESH = HANDOUTS / "fresh"  # written before the rules that followed the held-out measurement
FRESH2 = HANDOUTS / "fresh2"  # written blind in session 5, scored once per importer
DEV3 = HANDOUTS / "dev3"  # written blind in session 6, then a development set
FRESH3 = HANDOUTS / "fresh3"  # written blind in session 6, scored blind twice, a development set from session 7
DEV4 = HANDOUTS / "dev4"  # written blind in session 7, scored blind twice, then a development set
FRESH4 = HANDOUTS / "fresh4"  # written blind in session 7 and kept blind: score it, do not tune on it
DEVELOPMENT = (CORPUS, HELD_OUT, FRESH, FRESH2, DEV3, FRESH3, DEV4)  # what rules and weights may be fitted on
FOLDERS = (*DEVELOPMENT, FRESH4)
SETS = ("tuning", "check", "heldout", "fresh", "fresh2", "dev3", "fresh3", "dev4", "fresh4")
KINDS = ("comprehension", "discussion", "warmup")


def norm(text: str) -> str:
    """Text reduced for comparison: case, quotes, punctuation, a true/false ending, blanks."""
    t = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s*(true or false\??|_+|\(?t\s*/\s*f\)?)\s*$", "", t)
    return " ".join(re.sub(r"[^\w\s'-]", " ", t).split())


@dataclass
class Counts:
    """True positives, false positives and false negatives, and hits out of tries."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: list[str], want: list[str]) -> None:
        got_set, want_set = {norm(g) for g in got}, {norm(w) for w in want}
        self.tp += len(got_set & want_set)
        self.fp += len(got_set - want_set)
        self.fn += len(want_set - got_set)

    def f1(self) -> float:
        if self.tp == 0:
            return 1.0 if self.fp == self.fn == 0 else 0.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Score:
    """All the figures for a group of handouts."""

    n: int = 0
    imported: int = 0
    terms: Counts = field(default_factory=Counts)
    kinds: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    questions: Counts = field(default_factory=Counts)
    exercises: Counts = field(default_factory=Counts)
    title: int = 0
    bounds: int = 0

    def row(self) -> str:
        k = self.kinds
        return (f"{self.n:3d} {self.imported:3d}  {self.terms.f1():5.2f}  {self.questions.f1():5.2f} "
                f"({k['comprehension'].f1():4.2f} {k['discussion'].f1():4.2f} {k['warmup'].f1():4.2f})  "
                f"{self.exercises.f1():5.2f}  {100 * self.title / max(1, self.n):4.0f}%  {100 * self.bounds / max(1, self.n):4.0f}%")


def source_of(gold: Path) -> Path:
    stem = gold.name[: -len(".gold.json")]
    return next(p for p in gold.parent.glob(stem + ".*") if not p.name.endswith(".gold.json"))


def exercise_items(exercises: list[dict[str, Any]]) -> list[str]:
    """One item per multiple-choice exercise (its text and options) and per matching pair."""
    items = []
    for e in exercises:
        if e["kind"] == "matching":
            items += [f"match {t} = {m}" for t, m in e["pairs"]]
        else:
            items.append(" | ".join([e["text"], *e["options"]]))
    return items


def found_exercises(result: ImportResult) -> list[dict[str, Any]]:
    """The lesson's exercises, and its questions with options (a handout's A-D items may be either)."""
    lesson = result.lesson
    got: list[dict[str, Any]] = [{"kind": "choice", "text": q.text, "options": list(q.options)}
                                 for q in lesson.comprehension if q.kind == "choice"]
    for e in getattr(lesson, "exercises", ()):  # getattr: the bench also measures older importers
        got.append({"kind": e.kind, "text": e.text, "options": list(e.options), "pairs": [list(p) for p in e.pairs]})
    return got


def found(result: ImportResult) -> dict[str, list[str]]:
    """The lesson's questions by kind (warm-up from the result when the importer finds them)."""
    lesson = result.lesson
    warmup = [q.text for q in getattr(lesson, "warmup", ())]
    return {"comprehension": [q.text for q in lesson.comprehension], "discussion": [p.text for p in lesson.discussion],
            "warmup": warmup}


def score_one(result: ImportResult | None, gold: dict[str, Any], score: Score) -> list[str]:
    """Add one handout's figures to a score; return what it got wrong, for --explain."""
    score.n += 1
    want_terms = gold["terms"]
    if result is None:
        score.terms.add([], want_terms)
        for kind in KINDS:
            score.kinds[kind].add([], gold["questions"][kind])
            score.questions.add([], [f"{kind}:{q}" for q in gold["questions"][kind]])
        score.exercises.add([], exercise_items(gold.get("exercises", [])))
        return ["import failed"]
    score.imported += 1
    lesson = result.lesson
    problems = []
    terms = [e.term for e in lesson.vocabulary]
    score.terms.add(terms, want_terms)
    if {norm(t) for t in terms} != {norm(t) for t in want_terms}:
        problems.append(f"terms: got {terms}")
    got = found(result)
    for kind in KINDS:
        score.kinds[kind].add(got[kind], gold["questions"][kind])
        score.questions.add([f"{kind}:{q}" for q in got[kind]], [f"{kind}:{q}" for q in gold["questions"][kind]])
        if {norm(q) for q in got[kind]} != {norm(q) for q in gold["questions"][kind]}:
            problems.append(f"{kind}: got {got[kind]}")
    got_items, want_items = exercise_items(found_exercises(result)), exercise_items(gold.get("exercises", []))
    score.exercises.add(got_items, want_items)
    if {norm(x) for x in got_items} != {norm(x) for x in want_items}:
        problems.append(f"exercises: got {sorted(set(got_items) - set(want_items))}, "
                        f"missed {sorted(set(want_items) - set(got_items))}")
    if norm(lesson.title) == norm(gold["title"]):
        score.title += 1
    else:
        problems.append(f"title: got {lesson.title!r}")
    paragraphs = lesson.reading.paragraphs
    first, last = norm(paragraphs[0].text), norm(paragraphs[-1].text)
    if first.startswith(norm(gold["reading_first"])) and last.endswith(norm(gold["reading_last"])):
        score.bounds += 1
    else:
        problems.append(f"bounds: starts {paragraphs[0].text[:60]!r}, ends {paragraphs[-1].text[-60:]!r}")
    return problems


def run(explain: str = "", only: str = "", folders: tuple[Path, ...] = FOLDERS) -> dict[str, Score]:
    """Score the handouts of these folders; return the scores by group ("style", "tuning", "check", "all")."""
    scores: dict[str, Score] = defaultdict(Score)
    for gold_path in [g for folder in folders for g in sorted(folder.glob("*.gold.json"))]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if only and gold["set"] != only:
            continue
        try:
            result: ImportResult | None = import_handout(source_of(gold_path))
        except ImportFailed as exc:
            result = None
            print(f"{gold_path.name}: import failed: {exc.message}")
        for group in (gold["style"], gold["set"], "all"):
            problems = score_one(result, gold, scores[group])
        if explain and explain in gold_path.name and problems:
            print(f"--- {gold_path.name}")
            for p in problems:
                print("   ", p)
    return scores


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--explain", default="", help="print what went wrong in handouts whose name contains this")
    parser.add_argument("--set", default="", choices=("", *SETS))
    parser.add_argument("--dir", type=Path, default=None, help="score only the handouts in this folder (any set)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    folders = (args.dir,) if args.dir else FOLDERS
    scores = run(args.explain, args.set, folders)
    sets = [*SETS, *sorted({json.loads(g.read_text(encoding="utf-8"))["set"] for f in folders
                            for g in f.glob("*.gold.json")} - set(SETS))]
    elapsed = time.perf_counter() - start
    print(f"{'group':24s}   n imp  terms  questions (comp disc warm)  exerc  title  bounds")
    for name in sorted(k for k in scores if k not in (*sets, "all")):
        print(f"{name:24s} {scores[name].row()}")
    for name in (*sets, "all"):
        if name in scores:
            print(f"{name.upper():24s} {scores[name].row()}")
    print(f"{scores['all'].n} handouts in {elapsed:.2f} s")
    return 0 if scores["all"].imported == scores["all"].n else 1


if __name__ == "__main__":
    sys.exit(main())
