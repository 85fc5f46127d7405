"""Every symbol the app's screens write is in the fonts it has (the pause sign was an empty box)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics

import presenter.ui
from presenter.ui.slides.theme import slide_font


def _ui_strings() -> dict[str, set[str]]:
    """Non-ASCII characters in the string literals of the ui package, by file."""
    found: dict[str, set[str]] = {}
    for path in Path(presenter.ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                chars = {c for c in node.value if ord(c) > 127}
                if chars:
                    found.setdefault(path.name, set()).update(chars)
    return found


def test_every_symbol_in_the_ui_has_a_glyph(qapp: object) -> None:
    strings = _ui_strings()
    assert strings  # the check looks at something: the UI does use symbols (arrows, ×, …)
    for font in (slide_font(24), QFont()):  # the slides' font, and the widgets' (toolbar, console)
        metrics = QFontMetrics(font)
        missing = {name: "".join(sorted(c for c in chars if not metrics.inFontUcs4(ord(c))))
                   for name, chars in strings.items()}
        assert {k: v for k, v in missing.items() if v} == {}, font.family()
