"""The shape of the code: no import cycle in src/, ui/ files under 300 lines, every ui module importable on its own."""

from __future__ import annotations

import os
import subprocess
import sys

import grimp
import pytest

from repo_paths import REPO

UI = REPO / "src" / "presenter" / "ui"


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph.find_modules_directly_imported_by(module):
            if not other.startswith("presenter"):
                continue
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module.startswith("presenter") and module not in index:
            visit(module)
    return found


def ui_modules() -> list[str]:
    return sorted("presenter." + ".".join(p.relative_to(UI.parent).with_suffix("").parts).removesuffix(".__init__")
                  for p in UI.rglob("*.py"))


def test_no_import_cycles() -> None:
    assert cycles(grimp.build_graph("presenter")) == []


def test_ui_files_stay_short() -> None:
    long = {str(p.relative_to(UI)): n for p in UI.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300}
    assert long == {}


@pytest.mark.slow
def test_every_ui_module_imports_on_its_own() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    failed = {}
    for module in ui_modules():
        result = subprocess.run([sys.executable, "-c", f"import {module}"], env=env, capture_output=True, text=True)
        if result.returncode:
            failed[module] = result.stderr.strip().splitlines()[-1]
    assert failed == {}
