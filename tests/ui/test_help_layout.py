"""The key help fits every screen from 1024x768 up: no row cut off, text large enough to read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from presenter.ui.slides.helplayout import help_layout
from presenter.ui.slides.keys import HELP
from presenter.ui.slides.overlays import HelpOverlay
from presenter.ui.slides.theme import slide_font

SIZES = [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)]


def _needed(rect: QRectF, text: str, px: int, bold: bool) -> QRectF:
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    return QFontMetricsF(slide_font(px, bold=bold)).boundingRect(QRectF(0, 0, rect.width(), 10_000), flags, text)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_row_fits_inside_the_window(qapp: object, width: int, height: int) -> None:
    layout = help_layout(width, height)
    assert len(layout.rows) == len(HELP)
    # At least 1/56 of the screen height (14 px at 768, 19 px at 1080; the cut-off one-column help had 14 px at 1080).
    assert layout.px >= height / 56
    window = QRectF(0, 0, width, height)
    for (keys, does), (key_rect, does_rect) in zip(HELP, layout.rows, strict=True):
        assert window.contains(key_rect) and window.contains(does_rect), keys
        assert _needed(key_rect, keys, layout.px, True).width() <= key_rect.width() + 0.5, keys
        need = _needed(does_rect, does, layout.px, False)
        assert need.width() <= does_rect.width() + 0.5 and need.height() <= does_rect.height() + 1, does
    # No two rows overlap.
    rects = [r for pair in layout.rows for r in pair]
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1:])


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_help_overlay_screenshot_shows_every_row(qtbot: QtBot, tmp_path: Path, width: int, height: int) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(width, height)
    overlay = HelpOverlay(host)
    overlay.setGeometry(host.rect())
    overlay.show()
    image = overlay.grab().toImage()
    out = tmp_path / f"help-{width}x{height}.png"
    assert image.save(str(out))
    layout = help_layout(width, height)
    # The last row of each column is painted: light pixels inside its rectangle on the dark panel.
    # (Columns are balanced by height: a column's last row is the one before the next row starts a new column.)
    starts = [r[0].left() for r in layout.rows]
    lasts = [i for i in range(len(starts)) if i == len(starts) - 1 or starts[i + 1] != starts[i]]
    assert len(lasts) == layout.columns
    for last in lasts:
        rect = layout.rows[last][1].toRect()
        lit = sum(1 for x in range(rect.left(), rect.right(), 2) for y in range(rect.top(), rect.bottom(), 2)
                  if image.pixelColor(x, y).lightness() > 128)
        assert lit > 10, HELP[last]
    # Nothing is painted in the bottom margin (no row ran past the window).
    bottom = height - 3
    assert all(image.pixelColor(x, bottom).lightness() < 60 for x in range(0, width, 4))
