"""What the Class, View and Warm-up menus do to the lesson on screen, and which settings they change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from presenter.settings import MARK_STYLES, THEME_NAMES

CARD_LIMITS = (10, 20, 0)  # Warm-up > "10 random cards", "20 random cards", "All the cards"
from presenter.timing.picker import ClassList
from presenter.ui.slides.picker import choose_class_list

if TYPE_CHECKING:
    from presenter.ui.app.class_lists import ClassListDialog
    from presenter.ui.slides.controller import DeckController


class LessonActions:
    """Menu actions on the current lesson; each change the teacher makes is reported to `remember(key, value)`."""

    def __init__(self, parent: QWidget, controller: Callable[[], DeckController | None],
                 remember: Callable[[str, object], None]) -> None:
        """Act on `controller()` (None without a lesson); dialogs open over `parent`."""
        self.parent, self.controller, self.remember = parent, controller, remember
        self.timer_autostart = False
        self.class_list = ClassList()  # the path is set from the settings; read on the first J
        self.classes_folder = Path.home() / ".presenter-classes"  # the session puts it next to the settings
        self.class_dialog: ClassListDialog | None = None

    def intents(self) -> dict[str, Callable[[], object]]:
        """The menu intents by name."""
        return {
            "no-poll": self.say_why_no_poll, "class-list": self.choose_class_list, "class-edit": self.edit_class_list, "pick": self.pick_student, "groups": self.show_groups, "autostart": self.toggle_timer_autostart,
            "warmup-skip": lambda: self.change_warmup(skip=True), "warmup-show": lambda: self.change_warmup(skip=False),
            "shuffle": self.shuffle_cards, **{f"cards:{n}": partial(self.limit_cards, n) for n in CARD_LIMITS},
            "cards-in-order": lambda: self.change_warmup(shuffle_seed=None),
            "easy-reading": self.toggle_easy_reading, "about": self.show_about,
            **{f"theme:{name}": partial(self.set_theme, name) for name in THEME_NAMES},
            **{f"mark-style:{name}": partial(self.set_mark_style, name) for name in MARK_STYLES},
        }

    def say_why_no_poll(self) -> None:
        """P where there is nothing to poll: say why on the slide, rather than nothing happening."""
        from presenter.presenting.polls import why_no_poll

        c = self.controller()
        if c is not None:
            self._notify(why_no_poll(c.model))

    def _notify(self, text: str) -> None:
        """A short note in the slide's corner."""
        from presenter.ui.slides.notice import notify

        central = self.parent.centralWidget() if isinstance(self.parent, QMainWindow) else None
        notify(central or self.parent, text)

    def set_mark_style(self, name: str) -> None:
        """Vocabulary marks as a thick underline, a tinted background, bold, or none; remembered."""
        from presenter.ui.slides.marks import mark_style

        c = self.controller()
        if c is not None:
            c.paint_state.mark_style = mark_style(name)
            c.paint_state.show_marks = True
            c.refresh()
            self.remember("show_marks", True)
        self.remember("mark_style", name)

    def choose_class_list(self) -> None:
        """Ask for the class list file (one name a line); the names stay on this computer."""
        chosen = self.class_list.path
        path = choose_class_list(self.parent, chosen.parent if chosen else None)
        if path is not None:
            self._use_class(path, None)

    def pick_student(self) -> None:
        """J: the next student's name over the slide (nobody twice until everyone has had a turn).

        Without a list it asks for the names in a small box: never a file browser, which would show
        the teacher's folders to the class.
        """
        c = self.controller()
        if c is not None and not c.model.pick():  # no list yet, or it cannot be read any more
            self.edit_class_list(then=c.model.pick)

    def show_groups(self) -> None:
        """Shift+G: random pairs or groups of the students here; without a list, the names box (never a file browser)."""
        from presenter.presenting.groups import GroupsShown

        c = self.controller()
        if c is None:
            return
        shown = c.model.show_groups()
        if shown == GroupsShown.NO_LIST:
            self.edit_class_list(then=c.model.show_groups)
        elif shown == GroupsShown.NOT_HERE:
            self._notify("This prompt is for one student or the whole class: no groups")

    def edit_class_list(self, then: Callable[[], object] | None = None) -> None:
        """Class ▸ Edit class list: type or paste names, keep several classes, choose one."""
        from presenter.ui.app.class_lists import ClassListDialog

        if self.class_dialog is not None and self.class_dialog.isVisible():
            self.class_dialog.raise_()
            return
        self.class_dialog = ClassListDialog(self.classes_folder, self.class_list.path, self.parent)
        self.class_dialog.chosen.connect(lambda path: self._use_class(path, then))
        self.class_dialog.open()  # not modal to the slides: the class still sees the slide

    def _use_class(self, path: Path, then: Callable[[], object] | None) -> None:
        try:
            self.class_list.use(path)
        except ValueError as exc:
            QMessageBox.warning(self.parent, "Cannot use this class list", str(exc))
            return
        self.remember("class_list", str(path))
        if then is not None:
            then()  # what the teacher pressed before there was a list: J's name, Shift+G's groups

    def toggle_timer_autostart(self) -> None:
        """Start (or stop starting) countdowns and game rounds when their slide appears; remembered."""
        self.timer_autostart = not self.timer_autostart
        c = self.controller()
        if c is not None:
            c.model.options = replace(c.model.options, autostart=self.timer_autostart)
        self.remember("timer_autostart", self.timer_autostart)

    def show_about(self) -> None:
        """The version and the licences of the bundled components."""
        from presenter.ui.app.about import AboutDialog

        AboutDialog(self.parent).exec()

    def shuffle_cards(self) -> None:
        """Deal the warm-up's cards in the one shuffled order."""
        from presenter.deck.deck import SHUFFLE_SEED  # the deck module is not loaded before the first paint

        self.change_warmup(shuffle_seed=SHUFFLE_SEED)

    def limit_cards(self, count: int) -> None:
        """Warm-up with `count` cards drawn at random (a new draw each time), or all of them (0); remembered."""
        import random

        self.change_warmup(card_limit=count, card_seed=random.randrange(1 << 30))

    def change_warmup(self, **change: object) -> None:
        """Change the warm-up's options (skip, shuffle_seed, hidden) for this lesson."""
        c = self.controller()
        if c is not None:
            c.set_warmup(replace(c.warmup, **change))  # type: ignore[arg-type]

    def set_theme(self, name: str) -> None:
        """Show the slides in theme `name`, and remember it."""
        c = self.controller()
        if c is not None:
            c.set_theme(name)
        self.remember("theme", name)

    def toggle_easy_reading(self) -> None:
        """Wider letter and line spacing on, or off again; remembered."""
        c = self.controller()
        if c is not None:
            on = not c.deck.geometry.easy_reading
            c.set_easy_reading(on)
            self.remember("easy_reading", on)
