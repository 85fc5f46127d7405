"""The self-test's checks of the app itself: version, the sample lesson, a rendered slide, its terms."""

from __future__ import annotations

import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from presenter.selftest.state import CheckFailed, State

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# The image must not be blank: body text at 1280x720 inks a few percent of a reading slide.
MIN_INK_FRACTION = 0.005
SLIDE_SIZE = (1280, 720)


def _check_version(state: State) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from presenter.version import version

    v = version()
    if v == "unknown":
        raise CheckFailed("presenter's package metadata is missing, so its version is unknown")
    where = f"bundle at {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else "source"
    return f"presenter {v} ({where}), Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}"


def _check_lesson(state: State) -> str:
    from presenter.lesson import LessonError, read_lesson
    from presenter.resources import SAMPLE_LESSON

    try:
        state.lesson, _warnings = read_lesson(SAMPLE_LESSON)
    except LessonError as exc:
        raise CheckFailed(f"the sample lesson does not load: {exc.problems[0] if exc.problems else exc}") from exc
    lesson = state.lesson
    return (f"sample lesson {SAMPLE_LESSON.parent.name}/{SAMPLE_LESSON.name} loaded: {lesson.title!r}, "
            f"{len(lesson.reading.paragraphs)} paragraphs, {len(lesson.vocabulary)} terms")


def _check_slide(state: State) -> str:
    from PySide6.QtGui import QImage

    from presenter.deck.geometry import Geometry
    from presenter.ui.slides.render import ensure_gui, make_deck, render_slide
    from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
    from presenter.ui.slides.theme import THEMES

    assert state.lesson is not None
    ensure_gui(offscreen=True)
    deck = make_deck(state.lesson, Geometry(*SLIDE_SIZE))
    index = deck.first_reading_slide
    image = render_slide(SlideRenderer(deck, THEMES["light"]), index, PaintState())
    ink = ink_fraction(image)
    if ink < MIN_INK_FRACTION:
        raise CheckFailed(f"reading slide {index + 1} came out blank ({ink:.2%} of pixels differ from the background)")
    png = state.tmp / "slide.png"
    if not image.save(str(png)):
        raise CheckFailed(f"cannot write the slide as PNG to {png}")
    again = QImage(str(png))
    if again.size() != image.size():
        raise CheckFailed("the PNG written for the slide does not read back")
    width, height = SLIDE_SIZE
    return (f"reading slide {index + 1} of {len(deck.slides)} rendered offscreen at {width}x{height}, "
            f"{ink:.1%} of pixels inked, saved as PNG")


def ink_fraction(image: QImage) -> float:
    """The fraction of pixels whose grey level differs from the top-left (background) pixel."""
    from PySide6.QtGui import QImage

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = grey.width(), grey.height()
    if width == 0 or height == 0:
        return 0.0
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()  # rows are padded to 4 bytes: count within the used part only
    background = data[0]
    inked = sum(width - data[y * stride : y * stride + width].count(background) for y in range(height))
    return inked / (width * height)


def _check_terms(state: State) -> str:
    from presenter.text.occurrences import occurrences

    assert state.lesson is not None
    found = occurrences(state.lesson)  # LemmInflect's tables, read by presenter.text.lexicon
    hits = sum(len(v) for v in found.values())
    terms = sum(1 for v in found.values() if v)
    if state.lesson.vocabulary and hits == 0:
        raise CheckFailed("none of the lesson's terms was found in the reading (lemminflect's data missing?)")
    return f"{terms} of {len(state.lesson.vocabulary)} terms found in the reading, {hits} occurrences"


