"""The corpus of 45 handouts in 15 site styles: all import, and the check set meets the issue's bar."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from import_cli import run
from repo_paths import REPO


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_import_corpus", REPO / "benchmarks" / "bench_import_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
SOURCES = sorted(p for p in BENCH.CORPUS.iterdir() if p.suffix in (".txt", ".docx"))


def test_corpus_is_large_and_varied() -> None:
    golds = sorted(BENCH.CORPUS.glob("*.gold.json"))
    assert len(golds) >= 40 and len(SOURCES) == len(golds)
    scores = BENCH.run()
    styles = {BENCH.json.loads(g.read_text(encoding="utf-8"))["style"] for g in golds}
    assert len(styles) >= 15 and all(scores[s].n for s in styles)
    assert scores["check"].n * 3 == scores["check"].n + scores["tuning"].n == len(golds)


def test_held_out_handouts_are_in_layouts_of_their_own() -> None:
    golds = sorted(BENCH.HELD_OUT.glob("*.gold.json")) + sorted(BENCH.FRESH.glob("*.gold.json"))
    styles = [BENCH.json.loads(g.read_text(encoding="utf-8"))["style"] for g in golds]
    corpus = {BENCH.json.loads(g.read_text(encoding="utf-8"))["style"] for g in BENCH.CORPUS.glob("*.gold.json")}
    assert len(golds) >= 15 and len(set(styles)) == len(styles) and not corpus & set(styles)


def test_check_set_meets_the_bar() -> None:
    check = BENCH.run(only="check")["check"]
    assert check.imported == check.n
    assert check.terms.f1() >= 0.95
    assert check.questions.f1() >= 0.90
    assert check.title / check.n >= 0.9
    assert check.bounds / check.n >= 0.9


@pytest.mark.parametrize("source", SOURCES[::4], ids=lambda p: p.stem)
def test_corpus_handouts_import_on_the_command_line(source: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(source), "--out", str(tmp_path / "lesson.md"), "--explain"]) == 0
    out = capsys.readouterr().out
    explained = out.split("line  role", 1)[1].splitlines()[1:]
    # --explain prints every source line, numbered, with its role and, for most, why.
    assert [int(line.split()[0]) for line in explained if line.strip()] == list(range(1, len(explained) + 1))
    roles = [line.split()[1] for line in explained if len(line.split()) > 1]
    assert "title" in roles and "reading" in roles and "question" in roles
    assert any("(names a " in line for line in explained)
