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
# Text is measured in prefixes growing fourfold from this many characters: a prefix that is
# already too tall settles it, so no measure costs more than a few slides' worth of text
# (a 2 MB "word" was laid out whole at every font size tried: 55 s).
PROBE_CHARS = 1024


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive sentences of one paragraph shown together on a slide."""

    paragraph: int
    speaker: str | None
    first: int
    last: int
    text: str
    continued: bool = False
    start: int = 0  # where `text` starts in the paragraph's text


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
    start = sentences[first].start
    text = para.text[start : sentences[last].end]
    return Chunk(para.index, para.speaker, first, last, text, continued=first > para.first_sentence, start=start)


class _Filler:
    """Greedy filling of pages for one reading at one size."""

    def __init__(self, index: ReadingIndex, measure: Measure, height: float, gap: float, font_px: int,
                 min_font_px: int) -> None:
        self.index, self.measure, self.height, self.gap, self.font_px = index, measure, height, gap, font_px
        self.min_font_px = min_font_px
        self.last_count = 0  # sentences in the last chunk placed
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
            self.last_count = last - i + 1
            self.chunks.append(_chunk(self.index, para, i, last))
            self.used += gap + h
            i = last + 1
            if i < end:
                self.flush()

    def _height(self, text: str, speaker: str | None, font_px: int, room: float) -> float | None:
        """The height of `text` if it fits in `room`, else None; measuring at most about 4 times what fits."""
        size = PROBE_CHARS
        while size < len(text):
            # A prefix is never taller than the whole: if it overflows, so does the text.
            if self.measure(text[:size], speaker, font_px) > room:
                return None
            size *= 4
        h = self.measure(text, speaker, font_px)
        return h if h <= room else None

    def _longest_fit(self, para: IndexedParagraph, first: int, end: int, room: float) -> tuple[int, float] | None:
        """The last sentence that still fits with `first`, and the height; None if not even one fits.

        Galloping, then bisecting: a few measures per slide however many short sentences it holds.
        The count that filled the slide before is tried first: slides of like text fill alike.
        """
        def fit(last: int) -> float | None:
            return self._height(_chunk(self.index, para, first, last).text, para.speaker, self.font_px, room)

        h = fit(first)
        if h is None:
            return None
        best, step = (first, h), 1
        guess = first + self.last_count - 1
        if first < guess < end and (h := fit(guess)) is not None:
            best = (guess, h)
            if guess + 1 >= end or fit(guess + 1) is None:
                return best
        while best[0] + step < end and (h := fit(best[0] + step)) is not None:
            best, step = (best[0] + step, h), step * 2
        low, high = best[0] + 1, min(best[0] + step, end) - 1  # the answer lies in best..high
        while low <= high:
            mid = (low + high) // 2
            if (h := fit(mid)) is None:
                high = mid - 1
            else:
                best, low = (mid, h), mid + 1
        return best

    def _overflow(self, para: IndexedParagraph, i: int) -> None:
        """A sentence taller than an empty slide: a smaller font, not below the floor; then pieces that fit."""
        chunk = _chunk(self.index, para, i, i)
        font = self.font_px
        while font > self.min_font_px and self._height(chunk.text, para.speaker, font, self.height) is None:
            font = max(int(font * 0.94), self.min_font_px)
        if self._height(chunk.text, para.speaker, font, self.height) is not None:
            self.pages.append(Page(self.section, (chunk,), font))
            return
        # Too long even at the floor (a 2 MB "word"): slides of consecutive pieces, never one huge layout.
        pos, end, size = chunk.start, chunk.start + len(chunk.text), 0
        while pos < end:
            size = self._piece(para.text, pos, end, para.speaker, font, size)
            piece = Chunk(para.index, para.speaker, i, i, para.text[pos : pos + size],
                          continued=pos > chunk.start or chunk.continued, start=pos)
            self.pages.append(Page(self.section, (piece,), font))
            pos += size

    def _piece(self, text: str, pos: int, end: int, speaker: str | None, font: int, hint: int = 0) -> int:
        """How many characters from `pos` fill a slide at `font`: cut at a space when there is one.

        `hint`, the size of the piece before, is tried first: runs of like text fill slides alike.
        """
        def fits(size: int) -> bool:
            return self._height(text[pos : pos + size], speaker, font, self.height) is not None

        if 0 < hint < end - pos and fits(hint) and not fits(hint + 1):
            return hint
        low, high = 1, min(end - pos, PROBE_CHARS)
        while high < end - pos and fits(high):
            high = min(high * 2, end - pos)
        while low < high:  # the longest prefix that fits (at least one character, to move on)
            mid = (low + high + 1) // 2
            if fits(mid):
                low = mid
            else:
                high = mid - 1
        space = text.rfind(" ", pos, pos + low)
        return space - pos + 1 if pos + low < end and space > pos + low // 2 else low


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
