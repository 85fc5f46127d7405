"""A short note over the slide's corner (the reading speed just chosen, say) that goes by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

NOTICE_MS = 1800  # long enough to read from the back, short enough not to cover the reading


class SlideNotice(QLabel):
    """A small dark label in the slide's bottom-right corner, hidden after NOTICE_MS."""

    def __init__(self, parent: QWidget) -> None:
        """Over `parent`; hidden until `say`."""
        super().__init__(parent)
        self.host = parent
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str) -> None:
        """Show `text` for a moment (again from the start if it is already showing)."""
        host = self.host
        px = max(14, host.height() // 28)
        self.setStyleSheet(f"background: rgba(20, 20, 20, 215); color: white; font-size: {px}px;"
                           f" padding: {px // 2}px {px}px; border-radius: {px // 2}px;")
        self.setText(text)
        self.adjustSize()
        margin = host.height() // 30
        self.move(host.width() - self.width() - margin, host.height() - self.height() - margin)
        self.show()
        self.raise_()
        self._timer.start(NOTICE_MS)


def notify(host: QWidget, text: str) -> None:
    """Say `text` for a moment in `host`'s bottom-right corner (one notice per host, made on first use)."""
    notice = host.findChild(SlideNotice)
    (notice if notice is not None else SlideNotice(host)).say(text)
