"""The random student picker on screen: the picked name, large, and choosing the class list file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

from presenter.timing.picker import Picker
from presenter.ui.slides.theme import Theme, slide_font

CLASS_LIST_FILTER = "Class lists (*.txt *.csv *.text);;All files (*)"


def choose_class_list(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask the teacher for a class list file (one name a line); None if they cancel."""
    name, _ = QFileDialog.getOpenFileName(parent, "Choose a class list (one name a line)",
                                          str(start or Path.home()), CLASS_LIST_FILTER)
    return Path(name) if name else None


def paint_picked(painter: QPainter, rect: QRectF, name: str, theme: Theme, picker: Picker | None = None) -> None:
    """The picked name as large as fits in `rect` on a panel, with how many are left this round."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = rect.height() * 0.08
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.sentence))
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(rect.height() * 0.12, rect.height() * 0.08, -rect.height() * 0.12, -rect.height() * 0.08)
    has_note = picker is not None and len(picker.names) > 1
    name_rect = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * (0.72 if has_note else 1.0))
    px = name_rect.height() * 0.7
    width = QFontMetricsF(slide_font(round(px), bold=True)).horizontalAdvance(name)
    if width > name_rect.width():
        px *= name_rect.width() / width
    painter.setFont(slide_font(max(round(px), 1), bold=True))
    painter.setPen(QColor(theme.text))
    painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignCenter), name)
    if picker is not None and has_note:
        left = len(picker.left)
        note = f"{left} still to go this round" if left else "everyone has had a turn"
        painter.setFont(slide_font(round(inner.height() * 0.14)))
        painter.setPen(QColor(theme.muted))
        painter.drawText(QRectF(inner.left(), name_rect.bottom(), inner.width(), inner.bottom() - name_rect.bottom()),
                         int(Qt.AlignmentFlag.AlignCenter), note)
    painter.restore()
