"""A checked reading on the slide, seen from the back of the room: each mark's colour, contrast and underline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from presenter.deck.geometry import Geometry
from presenter.lesson import load_lesson
from presenter.practice.model import Mark
from presenter.text.sentences import word_spans
from presenter.ui.slides.marks import span_rects, underline_px
from presenter.ui.slides.readmarks import READ_COLOURS, ReadMarks, read_colour
from presenter.ui.slides.render import make_deck, render_slide
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
from presenter.ui.slides.theme import THEMES, Theme
from test_mark_styles import contrast

MARKS = (Mark.READ, Mark.UNCLEAR, Mark.MISSED, Mark.UNCHECKED)


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_every_mark_colour_reads_on_the_slide_and_on_the_lit_sentence(theme: Theme) -> None:
    assert set(READ_COLOURS) == set(THEMES)
    colours = [read_colour(theme.name, m) for m in MARKS]
    assert len(set(colours)) == len(colours)  # each mark its own colour
    for colour in colours:
        for under in (theme.background, theme.sentence):  # the narrator may have the sentence lit
            assert contrast(QColor(colour), QColor(under)) >= 4.5, (colour, under)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_a_checked_sentence_is_painted_word_by_word(qapp: object, sample_lesson_path: Path, size: tuple[int, int], theme: Theme) -> None:
    deck = make_deck(load_lesson(sample_lesson_path), Geometry(*size))
    renderer = SlideRenderer(deck, theme)
    index = deck.first_reading_slide
    page = deck.slides[index].page
    assert page is not None
    sentence = deck.index.sentences[page.first_sentence]
    spans = word_spans(sentence.text)[:4]
    read = ReadMarks(sentence.index, tuple((s.start, s.end, m) for s, m in zip(spans, MARKS)))
    image = render_slide(renderer, index, PaintState(read=read, sentence=sentence.index))
    plain = render_slide(renderer, index, PaintState(sentence=sentence.index))
    block = renderer.reading_blocks(index)[0]
    at = sentence.start - block.offset
    for (start, end, mark) in read.words:
        rect, ascent = span_rects(block.laid.layout, QPointF(block.x, block.y), [(at + start, end - start)])[0]
        box = rect.toRect()
        ink = sum(1 for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom())
                  if image.pixelColor(x, y).name() == read_colour(theme.name, mark))
        assert ink > 0.02 * box.width() * box.height(), mark  # the glyphs themselves carry the colour
        below, thick = round(box.top() + ascent), round(underline_px(page.font_px))
        column = [image.pixelColor(box.center().x(), y).name() for y in range(below, below + 3 * thick)]
        bar = sum(1 for c in column if c == read_colour(theme.name, mark))
        if mark in (Mark.UNCLEAR, Mark.MISSED):  # not read well: underlined as thick as a vocabulary mark
            assert bar >= thick >= 3, (mark, column)
        else:
            assert bar == 0 or column == [plain.pixelColor(box.center().x(), y).name() for y in range(below, below + len(column))]
