"""Student mode's one key table: what each key does on the reading tab, and the `?` sheet that lists them."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

Key = Qt.Key


@dataclass(frozen=True, slots=True)
class StudentKey:
    """Keys, how the sheet names them, what they do, and the intent they call (on `target`)."""

    keys: tuple[Key, ...]
    names: str
    does: str
    target: str  # "controller" (turns pages) or "narrator" (reads aloud)
    intent: str


KEYS: tuple[StudentKey, ...] = (
    StudentKey((Key.Key_Right, Key.Key_PageDown), "→  Page Down", "next page", "controller", "next"),
    StudentKey((Key.Key_Left, Key.Key_PageUp), "←  Page Up", "previous page", "controller", "previous"),
    StudentKey((Key.Key_Home,), "Home", "first page", "controller", "first"),
    StudentKey((Key.Key_End,), "End", "last page", "controller", "last"),
    StudentKey((Key.Key_N, Key.Key_Space), "N  Space", "read aloud / pause", "narrator", "toggle"),
    StudentKey((Key.Key_BracketLeft,), "[", "previous sentence", "narrator", "previous_sentence"),
    StudentKey((Key.Key_BracketRight,), "]", "next sentence", "narrator", "next_sentence"),
    StudentKey((Key.Key_Backslash,), "\\", "say the sentence again", "narrator", "repeat"),
    StudentKey((Key.Key_X,), "X", "stop reading", "narrator", "stop"),
)
HELP_KEYS = (Key.Key_Question,)
OTHER_HELP = (("Click a word", "hear it"), ("Click a sentence", "hear it again"),
              ("Ctrl+Tab", "next tab: Words, Questions"), ("?", "show or hide this list"))


def lookup(key: int) -> StudentKey | None:
    """The table's entry for a key code, if any."""
    return next((k for k in KEYS if any(key == q for q in k.keys)), None)


def keys_html(with_narration: bool = True) -> str:
    """The key sheet as an HTML table."""
    rows = [(k.names, k.does) for k in KEYS if with_narration or k.target != "narrator"] + list(OTHER_HELP)
    cells = "".join(f"<tr><td style='padding:2px 14px 2px 0'><b>{escape(n)}</b></td><td>{escape(d)}</td></tr>"
                    for n, d in rows)
    return f"<h3>Keys</h3><table>{cells}</table>"


class KeysSheet(QDialog):
    """The keys of student mode, shown by `?` and closed by `?` or Esc (not modal: reading goes on)."""

    def __init__(self, with_narration: bool, parent: QWidget | None = None) -> None:
        """List the keys (the reading-aloud ones only when there is a narrator)."""
        super().__init__(parent)
        self.setWindowTitle("Keys")
        self.text = QLabel(keys_html(with_narration))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setStyleSheet("font-size: 16px;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """`?` closes the sheet as it opened it."""
        if event.key() in HELP_KEYS:
            self.hide()
        else:
            super().keyPressEvent(event)
