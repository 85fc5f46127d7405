"""A picture beside its paragraph when both fit, else a slide of its own; it never splits (Qt-free, fake measures)."""

from __future__ import annotations

from presenter.deck.beside import SideMeasure, columns, fits_beside
from presenter.deck.deck import build_deck
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson import parse_lesson
from presenter.lesson.model import Lesson, Media

G = Geometry(1920, 1080)
CHAR_PX = 0.5  # a character is half the font size wide


def measure(text: str, speaker: str | None, font_px: int, width: float | None = None) -> float:
    """Lines of `text` at `width` (the body's by default), each 1.4 font sizes tall."""
    per_line = max(int((width or G.body_width) / (font_px * CHAR_PX)), 1)
    return (-(-len(text) // per_line)) * font_px * 1.4


def lesson(body: str) -> Lesson:
    parsed, problems = parse_lesson("---\ntitle: Beside\n---\n\n# Reading\n\n" + body)
    assert parsed is not None, problems
    return parsed


def sizes(**by_name: tuple[int, int]) -> SideMeasure:
    return SideMeasure(measure, lambda media: by_name.get(media.path.split("/")[-1].split(".")[0]))


def test_a_tall_picture_fits_beside_a_wide_one_does_not() -> None:
    for g in (Geometry(1920, 1080), Geometry(1024, 768), Geometry(1280, 800)):
        assert fits_beside(g, (800, 1000)) and fits_beside(g, (600, 1200))
        assert fits_beside(g, (1000, 1000)) == (g.width / g.height > 1.5)  # a square: beside on a wide screen only
        assert not fits_beside(g, (3000, 1200)) and not fits_beside(g, (1920, 1080))
        text_w, x, side = columns(g)
        assert text_w + g.body_px + side == g.body_width and x + side == g.margin_x + g.body_width


def test_the_picture_goes_beside_the_paragraph_before_it_and_only_there() -> None:
    text = "One two three. Four five.\n\n![a tall one](tall.png)\n\nSix seven. Eight nine.\n\n![a wide one](wide.png)\n\nTen.\n"
    deck = build_deck(lesson(text), G, measure, side=sizes(tall=(800, 1000), wide=(3000, 1200)))
    shown = [(s.kind, s.text[:3], [m.path for m in s.media]) for s in deck.slides[1:-1]]
    assert shown == [(SlideKind.READING, "One", ["tall.png"]), (SlideKind.READING, "Six", []),
                     (SlideKind.IMAGE, "a w", ["wide.png"])]
    # Every sentence is on exactly one reading slide, in order; each picture on exactly one slide.
    sentences = [n for s in deck.slides if s.page is not None for n in range(s.page.first_sentence, s.page.last_sentence + 1)]
    assert sentences == list(range(len(deck.index.sentences)))
    pictures = [m.path for s in deck.slides for m in s.media]
    assert sorted(pictures) == ["tall.png", "wide.png"]


def test_a_paragraph_too_long_for_the_column_sends_the_picture_to_its_own_slide() -> None:
    long = " ".join(["A sentence of some length that goes on."] * 40)
    deck = build_deck(lesson(f"{long}\n\n![a tall one](tall.png)\n"), G, measure, side=sizes(tall=(800, 1000)))
    assert [s.kind for s in deck.slides if s.media] == [SlideKind.IMAGE]


def test_a_missing_picture_or_no_measure_keeps_the_slide_of_its_own() -> None:
    text = "One two three.\n\n![gone](gone.png)\n\nFour.\n"
    assert [s.kind for s in build_deck(lesson(text), G, measure, side=sizes()).slides if s.media] == [SlideKind.IMAGE]
    assert [s.kind for s in build_deck(lesson(text), G, measure).slides if s.media] == [SlideKind.IMAGE]


def test_the_paragraph_beside_leaves_its_page_and_the_rest_keep_their_order() -> None:
    text = "Alpha one.\n\nBeta two.\n\n![a tall one](tall.png)\n\nGamma three.\n"
    deck = build_deck(lesson(text), G, measure, side=sizes(tall=(800, 1000)))
    pages = [(s.text, [m.path for m in s.media]) for s in deck.slides if s.kind == SlideKind.READING]
    assert pages == [("Alpha one.", []), ("Beta two.", ["tall.png"]), ("Gamma three.", [])]
    assert Media("tall.png", "image", "a tall one", 11) == deck.slides[2].media[0]
