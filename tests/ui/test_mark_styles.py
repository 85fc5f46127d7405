"""Vocabulary marks seen from the back of the room: each style measured on rendered slides (size and contrast)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.lesson import load_lesson
from presenter.ui.app.window import PresentationWindow
from presenter.ui.slides.marks import MarkStyle, span_rects, tint
from presenter.ui.slides.render import make_deck, render_slide
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer, term_marks
from presenter.ui.slides.theme import THEMES, Theme

SIZES = [(1024, 768), (1920, 1080)]


def _luminance(c: QColor) -> float:
    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _render(sample_lesson_path: Path, size: tuple[int, int], theme: Theme, style: MarkStyle,
            show: bool = True) -> tuple[QImage, SlideRenderer, int, PaintState]:
    lesson = load_lesson(sample_lesson_path)
    deck = make_deck(lesson, Geometry(*size))
    renderer = SlideRenderer(deck, theme)
    state = PaintState(marks=term_marks(lesson), mark_style=style, show_marks=show)
    index = next(i for i in range(deck.first_reading_slide, len(deck.slides))
                 if any(state.marks.get(c.paragraph) for c in deck.slides[i].page.chunks))  # type: ignore[union-attr]
    return render_slide(renderer, index, state), renderer, index, state


def _boxes(renderer: SlideRenderer, index: int, state: PaintState) -> list[QRect]:
    boxes = []
    for block in renderer.reading_blocks(index):
        spans = [(m.start - block.offset, m.end - m.start) for m in state.marks.get(block.paragraph, [])]
        boxes += [r.toRect() for r, _ in span_rects(block.laid.layout, QPointF(block.x, block.y), spans)]
    return boxes


def _count(image: QImage, box: QRect, test: object) -> int:
    return sum(1 for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom() + 1)
               if test(image.pixelColor(x, y)))  # type: ignore[operator]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_each_mark_style_is_large_and_contrasted(qapp: object, tmp_path: Path, sample_lesson_path: Path,
                                                 size: tuple[int, int], theme: Theme) -> None:
    off, renderer, index, state = _render(sample_lesson_path, size, theme, MarkStyle.OFF)
    hidden, *_ = _render(sample_lesson_path, size, theme, MarkStyle.UNDERLINE, show=False)
    assert off == hidden  # "off" is the same as marks hidden with M
    boxes = _boxes(renderer, index, state)
    assert boxes
    background, mark, text = theme.color("background"), theme.color("mark"), theme.color("text")
    images = {style: _render(sample_lesson_path, size, theme, style)[0] for style in MarkStyle if style != MarkStyle.OFF}
    for style, image in images.items():
        image.save(str(tmp_path / f"marks-{style.value}-{theme.name}-{size[0]}x{size[1]}.png"))
        assert image != off, style

    # Underline: a solid bar in the mark colour, at least 3 px thick (the old dotted line was 1 px, broken).
    under = images[MarkStyle.UNDERLINE]
    below = [QRect(b.left(), b.top(), b.width(), b.height() + 8) for b in boxes]
    thickest = max(_run(under, b, mark) for b in below)
    assert thickest >= max(3, size[1] // 300)
    assert contrast(mark, background) >= 3.0  # WCAG's minimum for graphics
    # Background: the tint fills each mark's box, and the text on it keeps a reading contrast.
    back = images[MarkStyle.BACKGROUND]
    filled = sum(_count(back, b, lambda c: c == tint(theme)) for b in boxes)
    assert filled >= 0.4 * sum(b.width() * b.height() for b in boxes)
    assert contrast(text, tint(theme)) >= 4.5
    # Bold: more ink in the mark colour than the same words unmarked, and that colour reads on the background.
    bold = images[MarkStyle.BOLD]
    ink_off = sum(_count(off, b, lambda c: c != background) for b in boxes)
    ink_bold = sum(_count(bold, b, lambda c: c != background) for b in boxes)
    assert ink_bold >= 1.15 * ink_off
    assert contrast(mark, background) >= 4.5


def _run(image: QImage, box: QRect, color: QColor) -> int:
    """The longest vertical run of `color` in any column of `box`."""
    best = 0
    for x in range(box.left(), box.right()):
        run = 0
        for y in range(max(box.top(), 0), min(box.bottom() + 1, image.height())):
            run = run + 1 if image.pixelColor(x, y) == color else 0
            best = max(best, run)
    return best


def test_the_view_menu_sets_the_style_and_it_is_remembered(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    assert c.paint_state.mark_style == MarkStyle.UNDERLINE  # the visible default
    with qtbot.waitSignal(window.setting_changed) as changed:
        window.act("mark-style:background")
    assert c.paint_state.mark_style == MarkStyle.BACKGROUND and c.paint_state.show_marks
    settings = window.session.settings  # type: ignore[attr-defined]
    assert settings.get("mark_style") == "background"
    assert changed.args is not None
