"""The window's narration toolbar: made on first use, shown with a lesson out of full screen, one per narrator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from presenter.ui.audio.narration_bar import NarrationBar
    from presenter.ui.audio.narrator import Narrator


class NarrationDock:
    """Keeps `window`'s narration bar at the bottom; the narration bar module loads on first use."""

    def __init__(self, window: QMainWindow) -> None:
        """No bar yet."""
        self.window = window
        self._bar: NarrationBar | None = None

    @property
    def made(self) -> bool:
        """Whether the bar exists yet."""
        return self._bar is not None

    @property
    def bar(self) -> NarrationBar:
        """The bar, made (hidden) on first use."""
        if self._bar is None:
            self._bar = self._new()
            self._bar.hide()
        return self._bar

    def _new(self) -> NarrationBar:
        from presenter.ui.audio.narration_bar import NarrationBar

        bar = NarrationBar(self.window)
        self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        return bar

    def reserve(self) -> None:
        """Show the bar while the voice loads, so the slides keep their size when it comes.

        Not with the title card: making the bar costs ~12 ms, longer than the card takes to paint;
        so in a window (not full screen) the card's slide grows a bar when the slides take over.
        """
        bar = self.bar
        bar.show_message("Preparing the voice…")
        bar.setEnabled(False)  # `attach` replaces it with a working bar
        bar.setVisible(not self.window.isFullScreen())

    def attach(self, narrator: Narrator) -> None:
        """A fresh bar driving `narrator` (the old one's connections go with the old bar)."""
        from presenter.ui.audio.narration_bar import wire_narration_bar

        if self._bar is not None:
            self.window.removeToolBar(self._bar)
            self._bar.deleteLater()
        self._bar = bar = self._new()
        bar.setVisible(not self.window.isFullScreen())
        wire_narration_bar(bar, narrator)

    def follow_window(self, lesson: bool) -> None:
        """Hidden in full screen (the class watches) and without a lesson."""
        if self._bar is not None:
            self._bar.setVisible(not self.window.isFullScreen() and lesson)
