"""A picture beside its paragraph when both fit the screen, rather than on a slide of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from presenter.deck.geometry import Geometry
from presenter.deck.pagination import Chunk, Page
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Media, ReadingImage

SIDE_SHARE = 0.4  # the picture's column, of the body's width
KEEP = 0.6  # beside the text a picture must keep this share of the size it has on a slide of its own


@dataclass(frozen=True, slots=True)
class SideMeasure:
    """What deciding needs from the toolkit: a text's height at a width, and a picture's size in pixels."""

    text_height: Callable[[str, "str | None", int, float], float]
    picture_size: Callable[[Media], "tuple[int, int] | None"]


def columns(g: Geometry) -> tuple[float, float, float]:
    """(text column width, picture column x, picture column width) on a slide with a picture beside the text."""
    gap = g.body_px
    side = g.body_width * SIDE_SHARE
    return g.body_width - side - gap, g.margin_x + g.body_width - side, side


def fits_beside(g: Geometry, size: tuple[int, int]) -> bool:
    """Whether a picture of `size` loses little (keeps KEEP of its own slide's scale) in the side column."""
    w, h = max(size[0], 1), max(size[1], 1)
    own = min(g.body_width / w, (g.body_height - g.small_px * 1.6) / h)
    side = min(columns(g)[2] / w, g.body_height / h)
    return side >= KEEP * own


def place_beside(pages: list[Page], pictures: list[ReadingImage], index: ReadingIndex, g: Geometry,
                 side: SideMeasure) -> tuple[list[Page], dict[int, Media], list[ReadingImage]]:
    """Pages with each chosen paragraph on its own page, {paragraph: its picture}, and the pictures left for slides.

    A picture goes beside the paragraph before it (the first one, for a picture at the reading's start)
    when that paragraph is whole on one page, fits the text column at the page's size, and the picture
    fits the screen beside it; it never splits (it is on that one slide, or on a slide of its own).
    """
    whole = {c.paragraph: (c, p.font_px) for p in pages for c in p.chunks
             if c.first == index.paragraphs[c.paragraph].first_sentence and c.last == index.last_sentence(c.paragraph)}
    beside: dict[int, Media] = {}
    left: list[ReadingImage] = []
    width = columns(g)[0]
    for picture in pictures:
        paragraph = max(picture.after - 1, 0)
        found = whole.get(paragraph)
        size = side.picture_size(picture.media) if found is not None and paragraph not in beside else None
        if (found is None or size is None or not fits_beside(g, size)
                or side.text_height(found[0].text, found[0].speaker, found[1], width) > g.body_height):
            left.append(picture)
            continue
        beside[paragraph] = picture.media
    return [part for page in pages for part in _split(page, set(beside))], beside, left


def _split(page: Page, alone: set[int]) -> list[Page]:
    """`page` with each paragraph in `alone` on a page of its own (the others keep their order)."""
    if not alone.intersection(c.paragraph for c in page.chunks):
        return [page]
    out: list[Page] = []
    run: list[Chunk] = []
    for chunk in page.chunks:
        if chunk.paragraph in alone:
            if run:
                out.append(Page(page.section, tuple(run), page.font_px))
                run = []
            out.append(Page(page.section, (chunk,), page.font_px))
        else:
            run.append(chunk)
    if run:
        out.append(Page(page.section, tuple(run), page.font_px))
    return out
