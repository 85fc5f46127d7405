"""Class ▸ Edit class list: names typed or pasted in the app, one class per file in the app's data folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from presenter.fileio import write_atomic
from presenter.timing.picker import parse_class_list, tidy_class_list

NEW_CLASS = "New class…"
_UNSAFE = re.compile(r"[^\w \-]+")


def class_file(folder: Path, name: str) -> Path:
    """Where the class called `name` is kept (a file name every system accepts)."""
    stem = " ".join(_UNSAFE.sub(" ", name).split())[:60] or "My class"
    return folder / f"{stem}.txt"


def saved_classes(folder: Path) -> list[Path]:
    """The classes kept in `folder`, by name."""
    try:
        return sorted((p for p in folder.glob("*.txt") if p.is_file()), key=lambda p: p.stem.casefold())
    except OSError:
        return []


class ClassListDialog(QDialog):
    """Choose a kept class or make one; the names are typed or pasted, one a line. No file browser."""

    chosen = Signal(Path)  # the class file to pick from, saved

    def __init__(self, folder: Path, current: Path | None, parent: QWidget | None = None) -> None:
        """Edit the classes kept in `folder`, starting with `current` (if it is one of them)."""
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle("Class list")
        self.classes = QComboBox()
        self.name = QLineEdit()
        self.name.setPlaceholderText("for example 3B Tuesday")
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText("One name a line (paste a column from a spreadsheet).\n"
                                      "# before a name: away today (not picked, not in groups).")
        self.message = QLabel()
        form = QFormLayout()
        form.addRow("Class", self.classes)
        form.addRow("Name", self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.names)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self._files = saved_classes(folder)
        self.classes.addItems([p.stem for p in self._files] + [NEW_CLASS])
        self.classes.currentIndexChanged.connect(self._show_class)
        start = next((i for i, p in enumerate(self._files) if current is not None and p == current), len(self._files))
        self.classes.setCurrentIndex(start)
        self._show_class(start)
        self.resize(420, 480)

    def _show_class(self, index: int) -> None:
        if 0 <= index < len(self._files):
            path = self._files[index]
            self.name.setText(path.stem)
            try:
                self.names.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
            except OSError as exc:
                self.message.setText(f"Cannot read {path.name}: {exc.strerror or exc}")
        else:
            self.name.setText("")
            self.names.setPlainText("")

    def save(self) -> None:
        """Keep the class (replacing it under the same name) and use it; say what is missing instead."""
        names = parse_class_list(self.names.toPlainText())
        if not names:
            self.message.setText("Write one name a line.")
            return
        path = class_file(self.folder, self.name.text() or "My class")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(path, tidy_class_list(self.names.toPlainText()).encode("utf-8"))
        except OSError as exc:
            self.message.setText(f"Cannot save {path}: {exc.strerror or exc}")
            return
        self.chosen.emit(path)
        self.accept()
