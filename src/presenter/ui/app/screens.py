"""Which window goes on which screen: the audience view on the projector, the console on the laptop.

Screens come and go (a projector cable pulled mid-lesson): the windows are placed again on every
change, and the lesson goes on where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def choose_audience_screen(names: list[str], primary: str, preferred: str) -> str | None:
    """The projector's name: the one the teacher picked if present, else the first that is not primary."""
    if preferred and preferred in names and len(names) > 1:
        return preferred
    others = [n for n in names if n != primary]
    return others[0] if others else None


class ScreenManager(QObject):
    """Keeps the audience view full screen on the projector and the console on the laptop."""

    placed = Signal(str)  # the audience screen's name, or "" when there is only one screen

    def __init__(self, audience: QWidget, console: QWidget | None, preferred: str = "",
                 screens: Callable[[], list[QScreen]] | None = None,
                 primary: Callable[[], QScreen] | None = None, parent: QObject | None = None) -> None:
        """Manage these windows; `screens`/`primary` default to the application's (tests pass their own)."""
        super().__init__(parent)
        self.audience, self.console, self.preferred = audience, console, preferred
        self._screens = screens or QGuiApplication.screens
        self._primary = primary or QGuiApplication.primaryScreen
        self.audience_screen: str = ""
        # Whether the audience view is full screen because a projector was there: only then does
        # losing the projector make it a window again (full screen by the teacher's F key stays).
        self._full_screen_for_projector = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Deferred: Qt is still updating its screen list while these signals are delivered.
            app.screenAdded.connect(lambda _s: QTimer.singleShot(0, self.place))
            app.screenRemoved.connect(lambda _s: QTimer.singleShot(0, self.place))

    def place(self) -> None:
        """Put each window on its screen for the screens there are now."""
        screens = [s for s in self._screens() if s is not None]
        if not screens:
            return
        primary = self._primary() if self._primary() in screens else screens[0]
        name = choose_audience_screen([s.name() for s in screens], primary.name(), self.preferred)
        target = next((s for s in screens if s.name() == name), None)
        if target is not None:
            self._show_full_screen(self.audience, target)
            self._full_screen_for_projector = True
            if self.console is not None:
                self._show_maximized(self.console, primary)
            self.audience_screen = target.name()
        else:
            # One screen: the audience view stays a window there; the console steps aside.
            if self.audience.isFullScreen() and self._full_screen_for_projector:
                self.audience.showNormal()
            self._full_screen_for_projector = False
            self._move_to(self.audience, primary)
            self.audience.show()
            if self.console is not None and self.console.isVisible():
                self._move_to(self.console, primary)
            self.audience_screen = ""
        self.placed.emit(self.audience_screen)

    @staticmethod
    def _move_to(window: QWidget, screen: QScreen) -> None:
        handle = window.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        area = screen.availableGeometry()
        if not area.contains(window.geometry().center()):
            window.move(area.topLeft())

    def _show_full_screen(self, window: QWidget, screen: QScreen) -> None:
        if window.isVisible() and window.isFullScreen() and window.screen() is screen:
            return  # already there (placed before its first paint): leaving and re-entering would flicker
        if not window.isVisible():
            # Never shown yet: put it on the projector before it is first mapped, so it does not
            # appear on the laptop first.
            window.winId()  # makes the native window, whose screen can then be chosen
            handle = window.windowHandle()
            if handle is not None:
                handle.setScreen(screen)
            window.setGeometry(screen.geometry())
            window.showFullScreen()
            return
        window.showNormal()  # leave full screen on the old screen before moving
        self._move_to(window, screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()

    def _show_maximized(self, window: QWidget, screen: QScreen) -> None:
        self._move_to(window, screen)
        window.setGeometry(screen.availableGeometry())
        window.showMaximized()
