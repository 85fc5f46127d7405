"""The poll chart: rows where clicks land, bars as long as the votes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from presenter.timing.poll import Tally
from presenter.ui.slides.poll import paint_poll, poll_layout, poll_option_at
from presenter.ui.slides.theme import THEMES

OPTIONS = ("completely support", "support", "in the middle", "yes and no", "partially support", "against",
           "totally against", "no opinion", "other", "an option too long to fit beside its bar, so it is elided")
RECT = QRectF(100, 150, 1700, 850)


@contextmanager
def painting(image: QImage) -> Iterator[QPainter]:
    """A painter on `image`, ended even when a paint raises (an open painter crashes the GC)."""
    painter = QPainter(image)
    try:
        yield painter
    finally:
        painter.end()


def bar_length(image: QImage, colour: str, y: float) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    return int((pixels[round(y)] == (QColor(colour).rgb() & 0xFFFFFFFF)).sum())


def test_bars_follow_the_votes_and_clicks_find_rows(qtbot: QtBot) -> None:
    theme = THEMES["light"]
    tally = Tally(OPTIONS)
    for option, votes in ((0, 2), (1, 4), (2, 1)):
        for _ in range(votes):
            tally.add(option)
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(QColor(theme.background))
    with painting(image) as painter:
        paint_poll(painter, RECT, tally, theme, 45)
    rows = poll_layout(RECT, len(OPTIONS), 45).rows
    lengths = [bar_length(image, theme.accent, row.center().y()) for row in rows]
    assert lengths[1] > lengths[0] > lengths[2] > 0 and lengths[3] == 0
    assert abs(lengths[0] / lengths[1] - 0.5) < 0.03  # scaled to the leading option
    for i, row in enumerate(rows):
        assert poll_option_at(RECT, tally, 45, row.center()) == i
    assert poll_option_at(RECT, tally, 45, QPointF(5, 5)) is None


def test_rows_fit_and_text_stays_readable(qtbot: QtBot) -> None:
    layout = poll_layout(RECT, 7, 45)
    assert layout.rows[-1].bottom() <= RECT.bottom() and layout.px == 45
    crowded = poll_layout(QRectF(0, 0, 1000, 300), 9, 45)
    assert crowded.rows[-1].bottom() <= 300 and crowded.px < 45


def test_empty_poll_paints(qtbot: QtBot) -> None:
    for theme in THEMES.values():
        image = QImage(800, 600, QImage.Format.Format_RGB32)
        with painting(image) as painter:
            paint_poll(painter, QRectF(0, 0, 800, 600), Tally(("yes", "no")), theme, 30)
