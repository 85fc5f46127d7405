"""Headless rendering: decks measured with Qt fonts, slides painted to images."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication

from presenter.deck.beside import SideMeasure
from presenter.deck.deck import Deck, WarmupOptions, build_deck
from presenter.deck.geometry import Geometry
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Lesson
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
from presenter.ui.slides.textlayout import QtMeasure
from presenter.ui.slides.theme import Theme


def ensure_gui(offscreen: bool = True) -> QGuiApplication:
    """The running Qt application, made offscreen if none exists yet and no display is wanted."""
    app = QGuiApplication.instance()
    if app is None:
        if offscreen:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
        # PySide deletes a QApplication whose last Python reference goes away, and Qt then
        # aborts on the next font lookup: keep the one we made alive for the process.
        _KEEP_ALIVE.append(app)
    assert isinstance(app, QGuiApplication)
    return app


_KEEP_ALIVE: list[QGuiApplication] = []


def make_deck(lesson: Lesson, geometry: Geometry, index: ReadingIndex | None = None,
              warmup: WarmupOptions | None = None, student: bool = False) -> Deck:
    """The lesson's deck at `geometry`, measured with the slide font."""
    from presenter.ui.slides.pictures import picture_size

    measure = QtMeasure(geometry)
    return build_deck(lesson, geometry, measure, index, warmup, student,
                      SideMeasure(measure.at_width, lambda media: picture_size(lesson, media)))


def render_slide(renderer: SlideRenderer, index: int, state: PaintState | None = None) -> QImage:
    """Paint one slide into an image of the deck's size."""
    g = renderer.geometry
    image = QImage(g.width, g.height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        renderer.paint(painter, index, state or PaintState(progress=index / max(len(renderer.deck.slides) - 1, 1)))
    finally:
        painter.end()
    return image


def save_slide(deck: Deck, theme: Theme, index: int, out: Path, state: PaintState | None = None) -> None:
    """Render slide `index` of `deck` to a PNG file."""
    image = render_slide(SlideRenderer(deck, theme), index, state)
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")
