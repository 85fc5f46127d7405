"""Real pagination of the sample lesson with Qt's fonts, at every size and text size the issue names."""

import re
from pathlib import Path

import pytest

from presenter.deck.geometry import Geometry
from presenter.lesson import load_lesson
from presenter.ui.slides.render import make_deck
from presenter.ui.slides.textlayout import QtMeasure

SIZES = [(w, h) for w, h in [(800, 600), (1024, 768), (1280, 720), (1280, 800), (1366, 768), (1440, 900),
                             (1600, 900), (1680, 1050), (1920, 1080), (1920, 1200), (2560, 1440), (2560, 1600),
                             (3200, 1800), (3840, 2160), (800, 1280), (1080, 1920)]]
SCALES = [1.0, 1.5, 2.0]


def words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text).strip().split(" ")


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_sample_reading_paginates(qapp: object, sample_lesson_path: Path, width: int, height: int, scale: float) -> None:
    lesson = load_lesson(sample_lesson_path)
    g = Geometry(width, height, scale)
    deck = make_deck(lesson, g)
    measure = QtMeasure(g)
    pages = deck.reading_pages
    assert g.body_px >= min(height, width * 0.8) / 24
    # Nothing lost or repeated: the slides' text joined equals the reading.
    joined = " ".join(c.text for p in pages for c in p.chunks)
    assert words(joined) == words(" ".join(p.text for p in lesson.reading.paragraphs))
    for page in pages:
        # No text outside the slide.
        used = sum(measure(c.text, c.speaker, page.font_px) for c in page.chunks) + g.paragraph_gap * (len(page.chunks) - 1)
        assert used <= g.body_height + 0.5
        # A sentence too long for a slide at this text size gets a smaller font, never below 1/24.
        assert g.min_body_px <= page.font_px <= g.body_px
        assert page.font_px == g.body_px or len(page.chunks) == 1
        # No sentence split: every chunk is whole sentences of its paragraph.
        for c in page.chunks:
            s0, s1 = deck.index.sentences[c.first], deck.index.sentences[c.last]
            assert c.text == deck.index.paragraphs[c.paragraph].text[s0.start : s1.end]
    # The section break starts a new slide.
    second = next(p.index for p in deck.index.paragraphs if p.section == 1)
    assert any(p.chunks[0].paragraph == second and not p.chunks[0].continued for p in pages)
