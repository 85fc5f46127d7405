"""The windows of a lesson in progress: the audience view, the optional console, and their screens."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from presenter.ui.clipsource import ClipSource
from presenter.ui.console import ConsoleWindow
from presenter.ui.controller import DeckController
from presenter.ui.narrator import Narrator
from presenter.ui.screens import ScreenManager
from presenter.ui.settings_store import SettingsStore
from presenter.ui.window import PresentationWindow


class Stage(QObject):
    """Opens the console when asked (or when a projector is there) and keeps windows on their screens."""

    def __init__(self, window: PresentationWindow, settings: SettingsStore, *, console_on_two_screens: bool = True,
                 clips: ClipSource | None = None) -> None:
        """Manage `window` and, when there are two screens, a console beside it; narrate with `clips`."""
        super().__init__(window)
        self.window, self.settings, self.clips = window, settings, clips
        self.console: ConsoleWindow | None = None
        self.console_on_two_screens = console_on_two_screens
        self.screens = ScreenManager(window, None, str(settings.get("audience_screen")), parent=self)
        self.screens.placed.connect(self._placed)
        window.console_requested.connect(self.toggle_console)
        window.presented.connect(self._presented)

    def _presented(self, controller: DeckController) -> None:
        if self.clips is not None:
            self._give_voice(controller, self.clips)
        had_console = self.console is not None
        self._close_console()
        two_screens = len(self.screens._screens()) > 1
        if had_console or (two_screens and self.console_on_two_screens):
            self.open_console(controller)
        self.screens.place()

    def _give_voice(self, controller: DeckController, clips: ClipSource) -> None:
        """A narrator for the lesson, with the speed and voice chosen for it last time."""
        narrator = Narrator(controller, clips, parent=controller)
        path = controller.lesson.path
        if path is not None:
            narrator.speed = float(self.settings.get("narration_speed", path))
            narrator.voice = str(self.settings.get("narration_voice", path)) or controller.lesson.voice
            narrator.set_volume(float(self.settings.get("volume")))
            remember = self.settings.set
            narrator.speed_changed.connect(lambda v: remember("narration_speed", v, path))
            narrator.voice_changed.connect(lambda v: remember("narration_voice", v or "", path))
            narrator.volume_changed.connect(lambda v: remember("volume", v))
        clips.progress.connect(lambda done, total: self.window.narration_bar.show_message(
            f"Narration ready: {done} / {total} sentences" if done < total else "Narration ready"))
        self.window.set_narrator(narrator)
        # Pre-render after the first slide is up: the class sees the lesson first.
        QTimer.singleShot(800, narrator, narrator.prerender)

    def open_console(self, controller: DeckController) -> ConsoleWindow:
        """Show the console for `controller`."""
        self.console = ConsoleWindow(controller, self.window.handle_key)
        if self.window.narrator is not None and self.window.narrator.deck is controller:
            self.console.attach_narrator(self.window.narrator)
        self.screens.console = self.console
        self.console.show()
        return self.console

    def toggle_console(self) -> None:
        """Open the console, or close it again (one screen: it is a window of its own)."""
        if self.console is not None:
            self._close_console()
        elif self.window.controller is not None:
            self.open_console(self.window.controller)
            self.screens.place()

    def _close_console(self) -> None:
        if self.console is not None:
            self.console.close()
            self.console.deleteLater()
            self.console = None
            self.screens.console = None

    def _placed(self, name: str) -> None:
        if name:
            self.settings.set("audience_screen", name)
