"""Fill reading slides with whole sentences, given a function that measures text.

The one pagination every view uses: the projector, screenshots, the console and the PDF
pass in their own `measure`, so what fits is decided by the same rules everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from presenter.deck.reading import IndexedParagraph, ReadingIndex

# measure(text, speaker, font_px) -> height in pixels of that text laid out at the body width.
Measure = Callable[[str, "str | None", int], float]



@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive sentences of one paragraph shown together on a slide."""

    paragraph: int
    speaker: str | None
    first: int
    last: int
    text: str
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    """The text of one reading slide."""

    section: int
    chunks: tuple[Chunk, ...]
    font_px: int

    @property
    def first_sentence(self) -> int:
        """The index of the first sentence on this page."""
        return self.chunks[0].first

    @property
    def last_sentence(self) -> int:
        """The index of the last sentence on this page."""
        return self.chunks[-1].last

    @property
    def text(self) -> str:
        """The page's text, paragraphs separated by blank lines, speakers before their words."""
        parts = [f"{c.speaker}: {c.text}" if c.speaker else c.text for c in self.chunks]
        return "\n\n".join(parts)


def _chunk(index: ReadingIndex, para: IndexedParagraph, first: int, last: int) -> Chunk:
    sentences = index.sentences
    text = para.text[sentences[first].start : sentences[last].end]
    return Chunk(para.index, para.speaker, first, last, text, continued=first > para.first_sentence)


class _Filler:
    """Greedy filling of pages for one reading at one size."""

    def __init__(self, index: ReadingIndex, measure: Measure, height: float, gap: float, font_px: int,
                 min_font_px: int) -> None:
        self.index, self.measure, self.height, self.gap, self.font_px = index, measure, height, gap, font_px
        self.min_font_px = min_font_px
        self.pages: list[Page] = []
        self.chunks: list[Chunk] = []
        self.used = 0.0
        self.section = 0

    def flush(self) -> None:
        if self.chunks:
            self.pages.append(Page(self.section, tuple(self.chunks), self.font_px))
        self.chunks, self.used = [], 0.0

    def add_paragraph(self, para: IndexedParagraph) -> None:
        first, end = para.first_sentence, para.first_sentence + para.sentence_count
        i = first
        while i < end:
            gap = self.gap if self.chunks else 0.0
            fit = self._longest_fit(para, i, end, self.height - self.used - gap)
            if fit is None:
                if self.chunks:
                    self.flush()
                    continue
                self._overflow(para, i)
                i += 1
                continue
            last, h = fit
            self.chunks.append(_chunk(self.index, para, i, last))
            self.used += gap + h
            i = last + 1
            if i < end:
                self.flush()

    def _longest_fit(self, para: IndexedParagraph, first: int, end: int, room: float) -> tuple[int, float] | None:
        """The last sentence that still fits with `first`, and the height; None if not even one fits."""
        best: tuple[int, float] | None = None
        for last in range(first, end):
            h = self.measure(_chunk(self.index, para, first, last).text, para.speaker, self.font_px)
            if h > room:
                break
            best = (last, h)
        return best

    def _overflow(self, para: IndexedParagraph, i: int) -> None:
        """A sentence taller than an empty slide: shrink its slide's font until it fits, not below the floor."""
        chunk = _chunk(self.index, para, i, i)
        font = self.font_px
        while font > self.min_font_px and self.measure(chunk.text, para.speaker, font) > self.height:
            font = max(int(font * 0.94), self.min_font_px)
        self.pages.append(Page(self.section, (chunk,), font))


def paginate(index: ReadingIndex, measure: Measure, height: float, font_px: int, gap: float = 0.0,
             min_font_px: int | None = None) -> list[Page]:
    """Split the reading into pages of whole sentences that fit `height` at `font_px`.

    Sections always start a new page; a paragraph marked with a slide break too. A sentence
    too tall for a slide of its own gets a smaller font on that slide, down to `min_font_px`.
    """
    filler = _Filler(index, measure, height, gap, font_px, min_font_px or font_px)
    for para in index.paragraphs:
        if para.section != filler.section or para.slide_break_before:
            filler.flush()
            filler.section = para.section
        filler.add_paragraph(para)
    filler.flush()
    return filler.pages


def page_of_sentence(pages: list[Page], sentence: int) -> int:
    """The index of the page that shows `sentence` (the last page if it is past the end)."""
    for i, page in enumerate(pages):
        if page.first_sentence <= sentence <= page.last_sentence:
            return i
    return max(len(pages) - 1, 0)
