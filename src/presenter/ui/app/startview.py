"""The start screen: the lessons on this computer by title and level (recent ones first), Open, Import, New."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

_HEAD_BYTES = 4096  # the front matter is at the top: the title is read without parsing the lesson
_FIELD = re.compile(r"^(title|level)\s*:\s*(.+?)\s*$", re.MULTILINE)


def lesson_label(path: Path) -> str | None:
    """ "Title  ·  B1" from a lesson's front matter; None for a Markdown file that is no lesson (a README)."""
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD_BYTES).decode("utf-8", errors="replace").lstrip("\ufeff")
    except OSError:
        return None
    if not head.startswith("---"):
        return None
    end = head.find("\n---", 3)
    fields: dict[str, str] = {m.group(1): m.group(2) for m in _FIELD.finditer(head[: end if end > 0 else len(head)])}
    title = fields.get("title", "").strip("'\"")
    if not title:
        return None
    level = fields.get("level", "").strip("'\"")
    return f"{title}  ·  {level}" if level else title


class StartView(QWidget):
    """Lists lessons; emits open_requested(path), browse_requested(), import_requested() or new_requested()."""

    open_requested = Signal(Path)
    browse_requested = Signal()
    import_requested = Signal()
    new_requested = Signal()

    def __init__(self, folders: list[Path], recent: list[Path], parent: QWidget | None = None) -> None:
        """Show the lessons under `folders` and the `recent` ones, each once."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        title = QLabel("Choose a lesson")
        title.setStyleSheet("font-size: 28px; font-weight: bold;")
        layout.addWidget(title)
        self.list = QListWidget()
        self.list.setStyleSheet("font-size: 18px;")
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        seen: set[Path] = set()
        for label, paths in (("Recent", [p for p in recent if p.is_file()]), ("Lessons", self.find_lessons(folders))):
            rows = []
            for path in paths:
                key = _key(path)
                name = lesson_label(path)
                if key in seen or name is None:
                    continue
                seen.add(key)
                rows.append((name, path))
            if rows:
                self._section(label, rows if label == "Recent" else sorted(rows, key=lambda r: r[0].casefold()))
        buttons = QHBoxLayout()
        for text, signal in (("Open…", self.browse_requested), ("Import handout…", self.import_requested),
                             ("New lesson…", self.new_requested)):
            button = QPushButton(text)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addWidget(QLabel("or drop a lesson file on this window"), 1)
        layout.addLayout(buttons)

    def _section(self, label: str, rows: list[tuple[str, Path]]) -> None:
        header = QListWidgetItem(label)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self.list.addItem(header)
        for name, path in rows:
            item = QListWidgetItem(f"   {name}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))  # the path is there for the teacher who wants it, not in the list
            self.list.addItem(item)

    @staticmethod
    def find_lessons(folders: list[Path]) -> list[Path]:
        """Every lesson file (`*.md`) under the folders, sorted."""
        found: list[Path] = []
        for folder in folders:
            if folder.is_dir():
                found.extend(sorted(p for p in folder.rglob("*.md") if p.is_file()))
        return found

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(Path(path))


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path
