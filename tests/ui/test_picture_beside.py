"""A tall picture beside its paragraph on the real slide: inside the slide, off the text, the text still read and lit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from presenter.deck.beside import columns
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson import read_lesson
from presenter.ui.slides.render import make_deck, render_slide
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
from presenter.ui.slides.theme import THEMES
from test_picture_slides import _classify, photo

READING = ("By 2020, China plans to give all its 1.4 billion citizens a personal score, based on how they behave. "
           "Some cities are already testing it.\n\n![a jaywalker on a screen](images/tall.png)\n\n"
           "In Rongcheng, every citizen starts with 1,000 points.\n\n![the city](images/wide.png)\n\nThe end.\n")


@pytest.fixture
def lesson_path(tmp_path: Path, qapp: QApplication) -> Path:
    (tmp_path / "images").mkdir()
    photo(tmp_path / "images" / "tall.png", 800, 1000)
    photo(tmp_path / "images" / "wide.png", 3000, 1200)
    path = tmp_path / "lesson.md"
    path.write_text(f"---\ntitle: Beside\n---\n\n# Reading\n\n{READING}", encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_picture_sits_beside_its_paragraph_off_the_text(lesson_path: Path, tmp_path: Path,
                                                            size: tuple[int, int]) -> None:
    lesson, _ = read_lesson(lesson_path)
    g = Geometry(*size)
    deck = make_deck(lesson, g)
    kinds = [(s.kind, [m.path for m in s.media]) for s in deck.slides if s.media]
    assert kinds == [(SlideKind.READING, ["images/tall.png"]), (SlideKind.IMAGE, ["images/wide.png"])]
    index = next(i for i, s in enumerate(deck.slides) if s.kind == SlideKind.READING and s.media)
    renderer = SlideRenderer(deck, THEMES["light"])
    first = deck.index.paragraph_sentences(0)[0].index
    image = render_slide(renderer, index, PaintState())
    image.save(str(tmp_path / f"beside-{size[0]}.png"))
    body, text = _classify(image.copy(0, g.margin_top, g.width, g.body_height))  # below the slide's header
    assert body is not None
    box = body.translated(0, g.margin_top)
    text = [(x, y + g.margin_top) for x, y in text]
    text_w, column_x, column_w = columns(g)
    assert column_x - 3 <= box.left() and box.right() <= column_x + column_w + 3  # in its column, inside the slide
    assert box.top() >= g.margin_top - 3 and box.bottom() <= g.height - g.margin_bottom + 3
    assert box.width() * box.height() > 0.08 * g.width * g.height  # big enough to see from the back
    assert text and max(x for x, _ in text if g.margin_top < _ < box.bottom()) < box.left() - 4  # text stays left
    assert deck.slides[index].font_px >= g.height / 24
    # The narration's sentence is lit in the text column, and a click there finds it.
    image = render_slide(renderer, index, PaintState(sentence=first))
    lit = [x for x in range(g.margin_x, g.width - g.margin_x, 4)
           if image.pixelColor(x, g.margin_top + g.body_px) == QColor(THEMES["light"].sentence)]
    assert lit and max(lit) <= g.margin_x + text_w + 4
    hit = renderer.hit(index, g.margin_x + 20, g.margin_top + g.body_px * 0.8, PaintState())
    assert hit.sentence == first
