"""The presentation window's menu bar: its titles at once, its items once the first slide is up."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from presenter.settings import MARK_STYLES, THEME_NAMES

Shortcut = str | QKeySequence.StandardKey | None  # strings become QKeySequences when the menus fill
# (menu, text, intent, shortcut): the items ask the window for intents by name, as keys do.
ITEMS: tuple[tuple[str, str, str, Shortcut], ...] = (
    ("file", "&Open lesson…", "browse", QKeySequence.StandardKey.Open),
    ("file", "Open in &editor", "edit", "Ctrl+E"),
    ("file", "&Import handout…", "import", "Ctrl+I"),
    ("file", "&Paste handout", "paste", "Ctrl+Shift+V"),
    ("file", "&Student mode (self-study)…", "student", None),
    ("file", "&Quit", "quit", QKeySequence.StandardKey.Quit),
    *(("view", f"{name.capitalize()} theme", f"theme:{name}", None) for name in THEME_NAMES),
    ("view", "Easy reading (wider spacing)", "easy-reading", None),
    *(("view", f"Vocabulary marks: {name}", f"mark-style:{name}", None) for name in MARK_STYLES),
    ("view", "Full screen (F)", "fullscreen", None),
    ("view", "Presenter console (C)", "console", None),
    ("view", "Keys (?)", "help", None),
    ("narration", "Read aloud / pause (N)", "narrate", None),
    ("narration", "Stop (X)", "narration-stop", None),
    ("narration", "Voices for the speakers…", "voices", None),
    ("narration", "Add voice…", "add-voice", None),
    ("class", "Edit class list…", "class-edit", None),
    ("class", "Use a class list file…", "class-list", None),
    ("class", "Pick the next student (J)", "pick", None),
    ("class", "Hide the picked name (Shift+J)", "unpick", None),
    ("class", "Random pairs or groups (Shift+G)", "groups", None),
    ("class", "Start timers and game rounds when their slide appears", "autostart", None),
    ("warmup", "Skip the warm-up", "warmup-skip", None),
    ("warmup", "Show the warm-up", "warmup-show", None),
    ("warmup", "Shuffle the cards", "shuffle", None),
    ("warmup", "Cards in lesson order", "cards-in-order", None),
    ("warmup", "10 random cards", "cards:10", None),
    ("warmup", "20 random cards", "cards:20", None),
    ("warmup", "All the cards", "cards:0", None),
    ("warmup", "Show the hidden cards again (Shift+K)", "unhide", None),
    ("help", "&About presenter and its components", "about", "F1"),
)


class WindowMenus:
    """The window's menus; each item asks the window for something (its signals and intent methods).

    The items come later than the titles: the ~25 actions with their shortcuts take ~5 ms to
    make, which start-up would spend before the lesson's first slide, while the titles alone
    give the bar its final height. The window fills them when a slide (or the start screen) is
    first shown, and a menu fills them as it opens.
    """

    def __init__(self, window: QMainWindow, act: Callable[[str], None]) -> None:
        """The menu titles of `window`'s menu bar; an item calls `act(intent)`."""
        self.window, self.act = window, act
        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {name: bar.addMenu(title) for name, title in (
            ("file", "&File"), ("view", "&View"), ("narration", "&Narration"), ("class", "&Class"),
            ("warmup", "&Warm-up"), ("help", "&Help"))}
        self.filled = False
        for menu in self.menus.values():
            menu.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """Put the items (and their shortcuts) in the menus, once."""
        if self.filled:
            return
        self.filled = True
        for menu, text, intent, shortcut in ITEMS:
            self._add(self.menus[menu], text, partial(self.act, intent), shortcut)
            if intent == "student":
                self.menus[menu].addSeparator()

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action
