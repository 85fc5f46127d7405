"""The start screen: the lessons on this computer, recent ones, and Open…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class StartView(QWidget):
    """Lists lessons; emits open_requested(path) or browse_requested()."""

    open_requested = Signal(Path)
    browse_requested = Signal()

    def __init__(self, folders: list[Path], recent: list[Path], parent: QWidget | None = None) -> None:
        """Show the `.md` lessons under `folders` and the `recent` ones."""
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
        for label, paths in (("Recent", [p for p in recent if p.exists()]), ("Lessons", self.find_lessons(folders))):
            if not paths:
                continue
            header = QListWidgetItem(label)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for path in paths:
                item = QListWidgetItem(f"   {path.parent.name}/{path.name}")
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(str(path))
                self.list.addItem(item)
        buttons = QHBoxLayout()
        open_button = QPushButton("Open…")
        open_button.clicked.connect(self.browse_requested)
        buttons.addWidget(open_button)
        hint = QLabel("or drop a lesson file on this window")
        buttons.addWidget(hint, 1)
        layout.addLayout(buttons)

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
