"""The one tick of the live presentation: it asks the model to look at its countdowns."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from presenter.presenting.model import Presentation
from presenter.presenting.types import Change


class TimerTicker(QObject):
    """Ticks every countdown of `model` (questions, prompts, game rounds); the model tells views what changed.

    The tick only decides *when* to look; the numbers come from the model's monotonic clock, so a
    late tick shows the right time late, never a wrong time.
    """

    tick = Signal()  # a countdown is running: repaint
    time_up = Signal()  # a talk time has run out (the window rings the chime)

    def __init__(self, model: Presentation, interval_ms: int = 100, parent: QObject | None = None) -> None:
        """Tick `model` every `interval_ms`."""
        super().__init__(parent)
        self.model = model
        self.chimed = 0  # how many times a countdown ran out (tests read it)
        model.subscribe(self._changed)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _changed(self, change: Change) -> None:
        if change == Change.TIME_UP:
            self.chimed += 1
            self.time_up.emit()

    def poll(self) -> None:
        """One tick."""
        if self.model.tick():
            self.tick.emit()

    def stop(self) -> None:
        """Stop ticking (the lesson was closed)."""
        self._timer.stop()
