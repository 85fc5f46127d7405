"""The predict grid: few terms are centred and large; many still fit the slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson.parser import parse_lesson
from presenter.ui.slides.render import make_deck, save_slide
from presenter.ui.slides.theme import theme_named
from presenter.ui.slides.warmup_painter import grid_layout


def _terms(n: int) -> list[str]:
    return [f"term number {k}" if k % 2 else f"word{k}" for k in range(n)]


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 12, 30])
def test_grid_fits_and_few_terms_are_centred_and_large(qapp: object, width: int, height: int, count: int) -> None:
    g = Geometry(width, height)
    px, boxes = grid_layout(g, _terms(count))
    body = QRectF(g.margin_x, g.margin_top, g.body_width, g.body_height)
    assert len(boxes) == count and all(body.contains(b) for b in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    block = boxes[0]
    for b in boxes[1:]:
        block = block.united(b)
    # Centred both ways (within a row's height), whatever the count.
    assert abs(block.center().x() - body.center().x()) < g.body_px
    assert abs(block.center().y() - body.center().y()) < px * 1.4
    if count <= 5:
        assert px >= 1.5 * g.body_px  # a short list is read from the back of the room


def test_predict_slide_with_three_terms_renders_centred(qapp: object, tmp_path: Path) -> None:
    text = ("---\ntitle: Few\n---\n\n# Vocabulary\n\n- **ban** — forbid\n- **score** — points\n- **no longer** — not now\n\n"
            "# Reading\n\nThey ban it. The score is high. It is no longer true.\n")
    lesson, problems = parse_lesson(text)
    assert lesson is not None, problems
    deck = make_deck(lesson, Geometry(1920, 1080))
    index = next(i for i, s in enumerate(deck.slides) if s.kind == SlideKind.PREDICT)
    out = tmp_path / "predict.png"
    save_slide(deck, theme_named("light"), index, out)
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    background = image.pixelColor(5, image.height() // 2)
    ink_rows = [y for y in range(0, image.height(), 4)
                if any(image.pixelColor(x, y) != background for x in range(200, image.width() - 200, 6))]
    body_ink = [y for y in ink_rows if 150 < y < image.height() - 60]  # below the title, above the progress bar
    assert body_ink and abs((body_ink[0] + body_ink[-1]) / 2 - image.height() / 2) < image.height() * 0.12
