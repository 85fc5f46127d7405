"""The presentation window's menu bar: its titles at once, its items once the first slide is up."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from presenter.settings import THEME_NAMES

if TYPE_CHECKING:
    from presenter.ui.window import PresentationWindow


class WindowMenus:
    """The window's menus; each item asks the window for something (its signals and intent methods).

    The items come later than the titles: the ~25 actions with their shortcuts take ~5 ms to
    make, which start-up would spend before the lesson's first slide, while the titles alone
    give the bar its final height. The window fills them when a slide (or the start screen) is
    first shown, and a menu fills them as it opens.
    """

    def __init__(self, window: PresentationWindow) -> None:
        """The menu titles of `window`'s menu bar."""
        self.window = window
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
        w, m, add = self.window, self.menus, self._add
        add(m["file"], "&Open lesson…", w.browse_requested.emit, QKeySequence.StandardKey.Open)
        add(m["file"], "Open in &editor", w.edit_requested.emit, QKeySequence("Ctrl+E"))
        add(m["file"], "&Import handout…", w.import_requested.emit, QKeySequence("Ctrl+I"))
        add(m["file"], "&Paste handout", w.paste_requested.emit, QKeySequence("Ctrl+Shift+V"))
        add(m["file"], "&Student mode (self-study)…", w.student_requested.emit)
        m["file"].addSeparator()
        add(m["file"], "&Quit", w.close, QKeySequence.StandardKey.Quit)
        for name in THEME_NAMES:
            add(m["view"], f"{name.capitalize()} theme", partial(w.set_theme, name))
        add(m["view"], "Easy reading (wider spacing)", w.toggle_easy_reading)
        add(m["view"], "Full screen (F)", w.toggle_full_screen)
        add(m["view"], "Presenter console (C)", w.console_requested.emit)
        add(m["view"], "Keys (?)", lambda: w.toggle_help() if w.view else None)
        add(m["narration"], "Read aloud / pause (N)", lambda: w.act("narrate"))
        add(m["narration"], "Stop (X)", lambda: w.act("narration-stop"))
        add(m["narration"], "Voices for the speakers…", w.speaker_voices_requested.emit)
        add(m["narration"], "Add voice…", w.add_voice_requested.emit)
        add(m["class"], "Choose the class list…", w.choose_class_list)
        add(m["class"], "Pick a student (J)", w.pick_student)
        add(m["class"], "Start timers when their slide appears", w.toggle_timer_autostart)
        add(m["warmup"], "Skip the warm-up", lambda: w.change_warmup(skip=True))
        add(m["warmup"], "Show the warm-up", lambda: w.change_warmup(skip=False))
        add(m["warmup"], "Shuffle the cards", w.shuffle_cards)
        add(m["warmup"], "Cards in lesson order", lambda: w.change_warmup(shuffle_seed=None))
        add(m["warmup"], "Show all cards again (forget known words)", lambda: w.change_warmup(hidden=frozenset()))
        add(m["help"], "&About presenter and its components", w.show_about, QKeySequence("F1"))

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object],
             shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action
