"""Each block's gold part, derived from the gold files, against the part the importer and the scores give it.

The gold files say where the reading starts and ends, and which terms and questions a handout
holds; a block's gold part is the part its lines belong to by that (reading between the two
ends, a line that holds a gold question or starts with a gold term, else "other"). Prints, per
set, how many blocks the importer's segmentation and the scoring model alone put in their gold
part, and with --show the blocks they miss. --dump FILE writes every block's features, scores
and gold part (JSON) for fitting the scoring weights.

    .venv/bin/python benchmarks/block_gold.py [--dir FOLDER] [--set NAME] [--show NAME] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import Any

from bench_import_corpus import DEVELOPMENT, norm, source_of

import presenter.handout.importer as importer
from presenter.handout import ImportFailed, import_handout
from presenter.handout.lines import Line, letter_label, num_label, strip_bullet
from presenter.handout.roles import Part
from presenter.handout.scoring import features, role_scores
from presenter.handout.scoring import plan_of
from presenter.handout.units import Block, Unit

OTHER = "other"


def _body(text: str) -> str:
    text = strip_bullet(text)
    return norm((num_label(text) or letter_label(text) or ("", text))[1])


def _holds(line: str, want: str) -> bool:
    """Whether a line holds (the start of) a gold string, or is the start of one (a wrapped line)."""
    if not line or not want:
        return False
    return want[:30] in line or len(line) >= 12 and want.startswith(line)


def _reading_span(lines: list[Line], gold: dict[str, Any]) -> tuple[int, int]:
    first, last = norm(gold["reading_first"]), norm(gold["reading_last"])
    texts = [norm(ln.text) for ln in lines]
    start = next((i for i, t in enumerate(texts) if _holds(t, first)), -1)
    end = next((i for i in range(len(texts) - 1, -1, -1) if texts[i] and (
        last[-30:] in texts[i] or len(texts[i]) >= 12 and last.endswith(texts[i]))), -1)
    return lines[start].no if start >= 0 else -1, lines[end].no if end >= 0 else -1


def gold_part(line: Line, gold: dict[str, Any], span: tuple[int, int]) -> str:
    """The part a line belongs to by the gold file."""
    if span[0] <= line.no <= span[1]:
        return Part.READING
    body = _body(line.text)
    kinds = {"comprehension": Part.QUESTIONS, "discussion": Part.DISCUSSION, "warmup": Part.WARMUP}
    for kind, part in kinds.items():
        if any(_holds(body, norm(q)) for q in gold["questions"][kind]):
            return part
    for e in gold.get("exercises", []):
        if e["kind"] != "matching" and _holds(body, norm(e["text"])):
            return Part.QUESTIONS
    if any(body == norm(t) or body.startswith(norm(t) + " ") for t in gold["terms"]):
        return Part.VOCABULARY
    return OTHER


def block_gold(block: Block, gold: dict[str, Any], span: tuple[int, int]) -> str:
    """A block's gold part: the most common gold part of its lines ("other" only when none has one)."""
    parts = Counter(gold_part(ln, gold, span) for ln in block.lines)
    placed = [(n, p) for p, n in parts.items() if p != OTHER]
    return max(placed)[1] if placed else OTHER


def _capture() -> list[list[Unit]]:
    """Wrap the importer's segmentation to keep the units it was given."""
    seen: list[list[Unit]] = []
    original = importer.regions_of

    def wrapped(units: list[Unit]) -> Any:
        seen.append(units)
        return original(units)

    importer.regions_of = wrapped  # type: ignore[assignment]
    return seen


def handouts(folders: Iterable[Path], seen: list[list[Unit]], only: str = ""
             ) -> Iterator[tuple[Path, dict[str, Any], list[Unit], tuple[int, int]]]:
    """Each handout's gold file, its gold, the units the importer cut it into, and the reading's gold line span."""
    for gold_path in [g for f in folders for g in sorted(f.glob("*.gold.json"))]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if only and gold["set"] != only:
            continue
        seen.clear()
        try:
            import_handout(source_of(gold_path))
        except ImportFailed:
            pass
        if seen:
            units = seen[-1]
            lines = [ln for u in units if isinstance(u, Block) for ln in u.lines]
            yield gold_path, gold, units, _reading_span(lines, gold)


def main(argv: list[str] | None = None) -> int:
    """Print the agreement table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, action="append", default=None)
    parser.add_argument("--set", default="")
    parser.add_argument("--show", default="", help="print the blocks missed in handouts whose name contains this")
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args(argv)
    seen = _capture()
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    rows: list[dict[str, Any]] = []
    for gold_path, gold, units, span in handouts(args.dir or DEVELOPMENT, seen, args.set):
        plan = plan_of(units)
        read_from = min((u.lines[0].no for u in units if isinstance(u, Block) and block_gold(u, gold, span) == Part.READING),
                        default=0)
        for unit in units:
            if not isinstance(unit, Block):
                continue
            want = block_gold(unit, gold, span)
            got = Counter(str(ln.extra.get("part", OTHER)) for ln in unit.lines).most_common(1)[0][0]
            _, scores, scored = plan[id(unit)]
            if got == Part.DISCUSSION and unit.lines[0].no < read_from:
                got = Part.WARMUP  # talk before the text is the warm-up (the importer says so when it builds the lesson)
            t = totals[gold["set"]]
            t["blocks"] += 1
            t["placed"] += want != OTHER
            t["importer"] += got == want and want != OTHER
            t["scores"] += scored == want and want != OTHER
            rows.append({"handout": gold_path.name, "set": gold["set"], "gold": want, "importer": got,
                         "scored": str(scored), "features": asdict(features(unit)),
                         "scores": {str(k): v for k, v in scores.items()}, "first": unit.lines[0].text[:70]})
            if args.show and args.show in gold_path.name and want != OTHER and (got != want or scored != want):
                print(f"{gold_path.name[:28]:28s} line {unit.lines[0].no:3d} gold {want:10s} importer {got:10s} "
                      f"scores {scored!s:10s} {unit.lines[0].text[:60]!r}")
    print(f"{'set':10s} blocks  gold-placed  importer  scores-alone")
    for name, t in totals.items():
        placed = max(1, t["placed"])
        print(f"{name:10s} {t['blocks']:6d} {t['placed']:12d}  {t['importer'] / placed:7.0%}  {t['scores'] / placed:11.0%}")
    if args.dump:
        args.dump.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
