"""The tick that repaints running countdowns and rings the chime when one runs out (no QtMultimedia here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from presenter.timing.slide import TimedSlides

if TYPE_CHECKING:
    from presenter.ui.chime import Chime


class TimerTicker(QObject):
    """Ticks the lesson's countdowns: asks for a repaint while one runs, and chimes when one runs out.

    The tick only decides *when* to look; the numbers come from the monotonic clock, so a late
    tick shows the right time late, never a wrong time.
    """

    tick = Signal()  # a countdown is running: repaint the slide
    time_up = Signal()  # a talk time has run out (the chime was asked to play)

    def __init__(self, slides: TimedSlides, chime: Chime | None = None, interval_ms: int = 100,
                 parent: QObject | None = None) -> None:
        """Tick `slides` every `interval_ms`; `chime` None means a silent end."""
        super().__init__(parent)
        self.slides, self.chime = slides, chime
        self.chimed = 0  # how many times the chime was asked for (the view can test it)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def poll(self) -> None:
        """One tick: chime for each countdown that ran out, repaint if anything runs."""
        ran_out = self.slides.reached_zero()
        for _ in ran_out[:1]:  # two at once (rare) is still one chime
            self.chimed += 1
            if self.chime is not None:
                self.chime.play()
        if ran_out:
            self.time_up.emit()
        if ran_out or self.slides.any_running():
            self.tick.emit()

    def stop(self) -> None:
        """Stop ticking (the lesson was closed)."""
        self._timer.stop()
