"""Class lists typed in the app: J without a list never opens a file browser on the projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from presenter.presenting.types import Layer
from presenter.ui.app.class_lists import ClassListDialog, class_file
from presenter.ui.app.window import PresentationWindow


def _save(qtbot: QtBot, dialog: ClassListDialog, name: str, names: str) -> None:
    dialog.name.setText(name)
    dialog.names.setPlainText(names)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)  # type: ignore[union-attr]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_j_without_a_list_asks_for_names_in_the_app(qtbot: QtBot, window: PresentationWindow,
                                                      no_file_dialog: list[str]) -> None:
    c = window.controller
    assert c is not None
    qtbot.keyClick(window, Qt.Key.Key_J)
    actions = window.lesson_actions
    dialog = actions.class_dialog
    assert dialog is not None and dialog.isVisible()
    assert no_file_dialog == []
    assert Layer.PICKED not in c.model.layers
    _save(qtbot, dialog, "3B Tuesday", "- Ann\n2. Bob\n\nCleo\n")
    assert not dialog.isVisible()
    assert c.model.picked in ("Ann", "Bob", "Cleo") and Layer.PICKED in c.model.layers
    kept = class_file(actions.classes_folder, "3B Tuesday")
    assert kept.read_text(encoding="utf-8") == "Ann\nBob\nCleo\n"
    assert window.session.settings.get("class_list") == str(kept)  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_J)  # the list is there now: a name, no dialog
    assert c.model.picked in ("Ann", "Bob", "Cleo")
    assert no_file_dialog == []


def test_several_classes_are_kept_and_one_chosen(qtbot: QtBot, window: PresentationWindow,
                                                 no_file_dialog: list[str]) -> None:
    actions = window.lesson_actions
    window.act("class-edit")
    assert actions.class_dialog is not None
    _save(qtbot, actions.class_dialog, "Monday", "Dana\nEli\n")
    window.act("class-edit")
    first = actions.class_dialog
    assert first.classes.currentText() == "Monday" and "Dana" in first.names.toPlainText()
    first.classes.setCurrentIndex(first.classes.count() - 1)  # "New class…"
    assert first.names.toPlainText() == ""
    _save(qtbot, first, "Friday", "Fay\n")
    window.act("class-edit")
    again = actions.class_dialog
    assert [again.classes.itemText(i) for i in range(again.classes.count() - 1)] == ["Friday", "Monday"]
    assert again.classes.currentText() == "Friday"
    again.classes.setCurrentIndex(1)
    _save(qtbot, again, "Monday", again.names.toPlainText())
    assert window.lesson_actions.class_list.path == class_file(actions.classes_folder, "Monday")
    qtbot.keyClick(window, Qt.Key.Key_J)
    assert window.controller is not None and window.controller.model.picked in ("Dana", "Eli")
    assert no_file_dialog == []


def test_an_empty_class_is_not_saved(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ClassListDialog(tmp_path / "classes", None)
    qtbot.addWidget(dialog)
    dialog.show()
    _save(qtbot, dialog, "Empty", "\n  \n# nobody\n")
    assert dialog.isVisible() and "one name a line" in dialog.message.text()
    assert not (tmp_path / "classes").exists()
