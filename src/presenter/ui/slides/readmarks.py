"""A checked reading on the slide: the sentence's words coloured by mark, the ones not read well underlined."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QPainter, QTextLayout

from presenter.practice.model import Mark
from presenter.ui.slides.marks import span_rects, underline_px
from presenter.ui.slides.textlayout import char_format, format_range

# Per theme, each at least 4.5:1 against both the slide and the lit sentence's background (tests/ui/test_read_marks.py),
# so the back row reads them; not-read words are also underlined, for readers who do not see red from green.
READ_COLOURS: dict[str, dict[Mark, str]] = {
    "light": {Mark.READ: "#17692f", Mark.UNCLEAR: "#7a4b00", Mark.MISSED: "#b3141b", Mark.UNCHECKED: "#555555"},
    "dark": {Mark.READ: "#7be495", Mark.UNCLEAR: "#ffc857", Mark.MISSED: "#ff8f87", Mark.UNCHECKED: "#c4c4c4"},
    "contrast": {Mark.READ: "#5cff8a", Mark.UNCLEAR: "#ffd24d", Mark.MISSED: "#ff8080", Mark.UNCHECKED: "#ffffff"},
}


@dataclass(frozen=True, slots=True)
class ReadMarks:
    """A checked sentence of the reading: each word's [start, end) within the sentence and its mark."""

    sentence: int
    words: tuple[tuple[int, int, Mark], ...]


def read_colour(theme: str, mark: Mark) -> str:
    """The colour of a word with `mark` in the theme called `theme`."""
    return READ_COLOURS.get(theme, READ_COLOURS["light"])[mark]


def read_ranges(theme: str, marks: ReadMarks, at: int, length: int) -> list[QTextLayout.FormatRange]:
    """The coloured words of a sentence that starts at `at` in a text of `length` characters."""
    ranges = []
    for start, end, mark in marks.words:
        a, b = max(0, at + start), min(length, at + end)
        if a < b:
            ranges.append(format_range(a, b - a, char_format(foreground=read_colour(theme, mark))))
    return ranges


def paint_unread(painter: QPainter, theme: str, layout: QTextLayout, origin: QPointF, marks: ReadMarks, at: int,
                 font_px: int) -> None:
    """Underline the words not read well in their colour, as thick as a vocabulary mark's underline."""
    thick = math.ceil(underline_px(font_px))
    length = len(layout.text())
    for start, end, mark in marks.words:
        a, b = max(0, at + start), min(length, at + end)
        if mark not in (Mark.UNCLEAR, Mark.MISSED) or a >= b:
            continue
        for rect, ascent in span_rects(layout, origin, [(a, b - a)]):
            y = round(rect.top() + ascent + thick * 0.9)
            painter.fillRect(QRect(round(rect.left()), y, round(rect.width()), thick), QColor(read_colour(theme, mark)))
