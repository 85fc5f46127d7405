"""A broken edit on the slides: a small mark in the top corner, not a banner over the reading.

The class keeps seeing the last good version; the teacher sees that the edit did not load and,
with a click (or hovering), why: file, line and what to do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

SHORT = "⚠ Edit not loaded: click for why"
HEADING_SHORT = "⚠ A heading is spelt wrong: click for which"


class ProblemMark(QLabel):
    """A small red mark in the top-right corner; a click shows (or folds away) the whole message."""

    def __init__(self, parent: QWidget) -> None:
        """Over `parent`, hidden until there is a problem."""
        super().__init__(parent)
        self.host = parent
        self.message, self.short = "", SHORT
        self.expanded = False
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def show_problem(self, message: str, short: str = SHORT) -> None:
        """Show that something went wrong (`message` says what), folded to `short`."""
        self.message, self.short = message, short
        self.setToolTip(message)
        self.expanded = False
        self._place()
        self.show()
        self.raise_()

    def clear(self) -> None:
        """No problem any more (the next good load)."""
        self.message = ""
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A click unfolds the whole message, another folds it again."""
        self.expanded = not self.expanded
        self._place()

    def _place(self) -> None:
        host = self.host
        px = max(12, host.height() // 60)  # small: 18 px at 1080p, about a third of the reading's text
        self.setStyleSheet(f"background: rgba(179, 38, 30, 225); color: white; font-size: {px}px;"
                           f" padding: {px // 3}px {px // 2}px; border-radius: {px // 3}px;")
        self.setText(self.message if self.expanded else self.short)
        self.setFixedWidth(int(host.width() * (0.6 if self.expanded else 0.3)))
        self.adjustSize()
        margin = px // 2
        self.move(host.width() - self.width() - margin, margin)


def problem_box(parent: QWidget, title: str, message: str, editable: bool) -> QMessageBox:
    """The dialog for a lesson that cannot be opened; with `editable`, an "Open in editor" button accepts it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Close, parent)
    if editable:
        box.addButton("Open in editor", QMessageBox.ButtonRole.AcceptRole)
    return box


def wants_editor(box: QMessageBox) -> bool:
    """Whether the teacher closed `box` with its "Open in editor" button."""
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
