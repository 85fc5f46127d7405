"""The import preview's tick list of suggested words and definitions (Space ticks, Accept makes them the teacher's)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from presenter.ui.app.suggestions import Kind, Suggestion

_ROLE = Qt.ItemDataRole.UserRole


class _Items(QListWidget):
    """The list itself: Enter opens the current suggestion rather than reaching the dialog's Save button."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter: ask for the current suggestion's line; other keys as a list does (Space ticks)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SuggestionList(QWidget):
    """Each suggestion with a tick box: ticked is in the lesson (marked suggested), unticked is left out."""

    toggled = Signal(object, bool)  # (Suggestion, ticked): the teacher ticked or unticked one
    accept_requested = Signal(list)  # the ticked suggestions, to become the teacher's own
    show_requested = Signal(object)  # Enter or a double-click: the Suggestion's line in the lesson, to correct it

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty and hidden until suggestions arrive."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.items = _Items()
        self.items.setWordWrap(True)  # a long definition wraps rather than hiding behind a scroll bar
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.itemChanged.connect(self._changed)
        self.items.itemDoubleClicked.connect(lambda item: self.show_requested.emit(item.data(_ROLE)))
        self.items.enter_pressed.connect(self._show_current)
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.tick_all = QPushButton("Tick all")
        self.tick_all.clicked.connect(lambda: self._tick_all(True))
        self.untick_all = QPushButton("Untick all")
        self.untick_all.clicked.connect(lambda: self._tick_all(False))
        self.accept_button = QPushButton("Accept the ticked ones")
        self.accept_button.setToolTip("They become your own words and definitions: no longer marked suggested")
        self.accept_button.clicked.connect(lambda: self.accept_requested.emit(self.ticked()))
        for button in (self.tick_all, self.untick_all):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        self._quiet = False  # set while the list follows the lesson's text, so no toggle is echoed back
        self.hide()

    def suggestions(self) -> list[tuple[Suggestion, bool]]:
        """Every suggestion shown, and whether it is ticked."""
        return [(self._at(i), self.items.item(i).checkState() == Qt.CheckState.Checked) for i in range(self.items.count())]

    def ticked(self) -> list[Suggestion]:
        """The ticked suggestions."""
        return [s for s, on in self.suggestions() if on]

    def add(self, suggestions: list[Suggestion], ticked: bool) -> None:
        """Show `suggestions`, ticked or not (without telling the dialog: the text already agrees)."""
        self._quiet = True
        for s in suggestions:
            item = QListWidgetItem(s.label)
            item.setData(_ROLE, s)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip("Tick to keep it in the lesson, untick to leave it out; Enter or a double-click to correct it")
            self.items.addItem(item)
        self._quiet = False
        self._update()
        if self.items.count() and self.items.currentRow() < 0:
            self.items.setCurrentRow(0)

    def remove(self, gone: list[Suggestion]) -> None:
        """Take accepted (or vanished) suggestions off the list."""
        for i in reversed(range(self.items.count())):
            if self._at(i) in gone:
                self.items.takeItem(i)
        self._update()

    def follow(self, present: set[str]) -> None:
        """Tick exactly the suggestions whose line is in the lesson (after Ctrl+Z or an edit by hand)."""
        self._quiet = True
        for i in range(self.items.count()):
            on = self._at(i).lines[0] in present
            self.items.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._quiet = False
        self._update()

    def _at(self, row: int) -> Suggestion:
        found = self.items.item(row).data(_ROLE)
        assert isinstance(found, Suggestion)
        return found

    def _show_current(self) -> None:
        if self.items.currentItem() is not None:
            self.show_requested.emit(self._at(self.items.currentRow()))

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.items.count()):
            self.items.item(i).setCheckState(state)  # each one edits the lesson through `toggled`

    def _changed(self, item: QListWidgetItem) -> None:
        if not self._quiet:
            found = item.data(_ROLE)
            self.toggled.emit(found, item.checkState() == Qt.CheckState.Checked)
        self._update()

    def _update(self) -> None:
        shown = self.suggestions()
        self.setVisible(bool(shown))
        words = sum(1 for s, _ in shown if s.kind == Kind.WORD)
        ticked = sum(1 for _, on in shown if on)
        what = (f"{words} words suggested from the reading (rarest first)" if words
                else f"{len(shown)} definitions suggested from the dictionary")
        self.heading.setText(f"<b>{what}</b>: tick the ones to keep ({ticked} ticked), check the meanings, "
                             "then Accept. Unticked ones are not saved.")
        self.accept_button.setEnabled(ticked > 0)
