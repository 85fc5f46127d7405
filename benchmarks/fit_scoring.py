"""Check (and search) the block-scoring weights against the gold part of every block of every set.

Each block's gold part comes from its handout's gold file (see block_gold.py). The scores of
handout/scoring.py and the order model alone (no rules) give each block a part; this prints how
often that is the gold part, per set, for the weights in scoring.WEIGHTS. With --search it tries
each weight at a few other values, one at a time, keeping a change only when it raises the
agreement on the fitting half (handouts at even positions) without lowering it on the other half;
it prints the weights found, to be written into scoring.Weights by hand.

    .venv/bin/python benchmarks/fit_scoring.py [--dir FOLDER ...] [--search]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import asdict, fields, replace
from pathlib import Path

from bench_import_corpus import DEVELOPMENT
from block_gold import OTHER, _capture, block_gold, handouts

from presenter.handout.roles import Part, Role
from presenter.handout.scoring import WEIGHTS, Features, Weights, best_roles, features, role_scores, with_heading
from presenter.handout.units import Block, Heading, Separator

Sample = tuple[str, int, list[tuple[Features, Part | None, str]]]  # set, position, blocks (features, heading, gold)


def samples(folders: list[Path]) -> list[Sample]:
    """Every handout's blocks with their features, the heading right above them and their gold part."""
    seen = _capture()
    out: list[Sample] = []
    for pos, (_, gold, units, span) in enumerate(handouts(folders, seen)):
        blocks: list[tuple[Features, Part | None, str]] = []
        heading: Part | None = None
        for unit in units:
            if isinstance(unit, Heading):
                heading = unit.kind
            elif isinstance(unit, Separator) and unit.line.role == Role.HEADING:
                heading = None
            elif isinstance(unit, Block):
                blocks.append((features(unit), heading, block_gold(unit, gold, span)))
                heading = None
        out.append((gold["set"], pos, blocks))
    return out


def agreement(data: list[Sample], w: Weights) -> dict[str, tuple[int, int]]:
    """(blocks in their gold part, blocks with a gold part) per set, and for the fitting and the other half."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, pos, blocks in data:
        path = best_roles([with_heading(role_scores(f, w), h) for f, h, _ in blocks])
        for (_, _, gold), got in zip(blocks, path, strict=True):
            if gold == OTHER:
                continue
            for key in (name, "fit half" if pos % 2 == 0 else "other half"):
                counts[key][0] += got == gold
                counts[key][1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def search(data: list[Sample], w: Weights) -> Weights:
    """One pass of trying each weight at other values; a change stays when the fitting half gains and the other does not lose."""
    def score(x: Weights) -> tuple[int, int]:
        a = agreement(data, x)
        return a["fit half"][0], a["other half"][0]

    best_fit, best_other = score(w)
    for field in fields(Weights):
        base = getattr(w, field.name)
        for value in sorted({0.0, base * 0.5, base * 0.75, base * 1.25, base * 1.5, base * 2, base - 0.5, base + 0.5}):
            trial = replace(w, **{field.name: round(value, 2)})
            fit, other = score(trial)
            if fit > best_fit and other >= best_other:
                w, best_fit, best_other = trial, fit, other
    return w


def main(argv: list[str] | None = None) -> int:
    """Print the agreement per set (and the weights a search finds)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, action="append", default=None)
    parser.add_argument("--search", action="store_true")
    args = parser.parse_args(argv)
    data = samples(args.dir or list(DEVELOPMENT))
    weights = search(data, WEIGHTS) if args.search else WEIGHTS
    before, after = agreement(data, WEIGHTS), agreement(data, weights)
    for key in sorted(before):
        (a, n), (b, _) = before[key], after[key]
        print(f"{key:12s} {n:5d} blocks  scoring.WEIGHTS {a / n:6.1%}" + (f"  searched {b / n:6.1%}" if args.search else ""))
    if args.search:
        print(json.dumps({k: v for k, v in asdict(weights).items() if v != getattr(WEIGHTS, k)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
