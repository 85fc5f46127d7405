"""Picture, word-card and clip slides: painted at projector sizes, inside the slide, never over text."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication

from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson import read_lesson
from presenter.ui.slides import pictures
from presenter.ui.slides.render import make_deck, render_slide
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
from presenter.ui.slides.theme import THEMES

sys.path.insert(0, str(Path(__file__).parents[1] / "lesson"))
from test_media import LESSON  # noqa: E402


def photo(path: Path, width: int, height: int) -> None:
    """A saturated picture (a gradient with a yellow block): no pixel of it is a neutral text colour."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    p = QPainter(image)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor("#c0392b"))
    gradient.setColorAt(1, QColor("#2980b9"))
    p.fillRect(QRectF(0, 0, width, height), gradient)
    p.fillRect(QRectF(width * 0.3, height * 0.3, width * 0.4, height * 0.4), QColor("#f1c40f"))
    p.end()
    assert image.save(str(path))


@pytest.fixture
def media_lesson(tmp_path: Path, qapp: QApplication) -> Path:
    (tmp_path / "images").mkdir()
    for name, size in {"cover": (1600, 900), "jaywalker": (800, 1000), "crowd": (3000, 2000)}.items():
        photo(tmp_path / "images" / f"{name}.png", *size)
    (tmp_path / "clip.mp4").write_bytes(b"\0\0\0\x18ftypmp42")
    path = tmp_path / "lesson.md"
    path.write_text(LESSON, encoding="utf-8")
    return path


def _classify(image: QImage, step: int = 3) -> tuple[QRectF | None, list[tuple[int, int]]]:
    """The bounding box of saturated (picture) pixels, and the dark neutral (text) pixels."""
    xs: list[int] = []
    ys: list[int] = []
    text: list[tuple[int, int]] = []
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            if max(r, g, b) - min(r, g, b) > 60 and not (b > r and b > g and r < 40):  # not the accent blue
                xs.append(x)
                ys.append(y)
            elif max(r, g, b) < 90 and max(r, g, b) - min(r, g, b) < 12:
                text.append((x, y))
    box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)) if xs else None
    return box, text


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
@pytest.mark.parametrize("kind", [SlideKind.IMAGE, SlideKind.CARD, SlideKind.TITLE])
def test_a_picture_sits_inside_the_slide_and_off_the_text(media_lesson: Path, size: tuple[int, int], kind: SlideKind,
                                                          tmp_path: Path) -> None:
    lesson, _ = read_lesson(media_lesson)
    g = Geometry(*size)
    deck = make_deck(lesson, g)
    index = next(i for i, s in enumerate(deck.slides) if s.kind == kind)
    image = render_slide(SlideRenderer(deck, THEMES["light"]), index, PaintState())
    image.save(str(tmp_path / f"{kind}-{size[0]}.png"))
    box, text = _classify(image)
    assert box is not None, "the picture is not on the slide"
    assert box.left() >= g.margin_x - 3 and box.right() <= g.width - g.margin_x + 3
    assert box.top() >= 0 and box.bottom() <= g.height - g.margin_bottom + 3
    assert box.width() * box.height() > 0.04 * g.width * g.height  # big enough to see from the back
    inside = [(x, y) for x, y in text if box.adjusted(-4, -4, 4, 4).contains(x, y)]
    assert not inside, f"text painted over the picture at {inside[:3]}"
    assert len(text) > 50, "the slide's text is missing"
    assert min(s.font_px for s in deck.slides) >= g.min_body_px >= g.height / 24


def test_a_clip_slide_shows_its_frame_and_how_to_play(media_lesson: Path, qapp: QApplication) -> None:
    lesson, _ = read_lesson(media_lesson)
    g = Geometry(1024, 768)
    deck = make_deck(lesson, g)
    index = next(i for i, s in enumerate(deck.slides) if s.kind == SlideKind.VIDEO)
    image = render_slide(SlideRenderer(deck, THEMES["dark"]), index, PaintState())
    frame = pictures.video_frame(g)
    assert frame.bottom() + g.small_px * 1.6 <= g.height - g.margin_bottom + 1
    centre = image.pixelColor(int(frame.center().x() - frame.width() / 4), int(frame.center().y()))
    assert centre == QColor("black")


def test_a_photo_is_scaled_once_and_reused(media_lesson: Path) -> None:
    lesson, _ = read_lesson(media_lesson)
    deck = make_deck(lesson, Geometry(1920, 1080))
    renderer = SlideRenderer(deck, THEMES["light"])
    index = next(i for i, s in enumerate(deck.slides) if s.kind == SlideKind.IMAGE)
    pictures._scaled.cache_clear()
    render_slide(renderer, index)
    first = pictures._scaled.cache_info()
    started = time.perf_counter()
    render_slide(renderer, index)
    assert pictures._scaled.cache_info().misses == first.misses == 1
    assert pictures._scaled.cache_info().hits == first.hits + 1
    assert time.perf_counter() - started < 1.0
    media = deck.slides[index].media[0]
    scaled = pictures.picture(lesson, media, pictures.QSize(800, 800))
    assert (scaled.width(), scaled.height()) == (800, 533)  # read at the size shown, not 3000 x 2000


@pytest.mark.slow
def test_a_40_megapixel_photo_pages_within_400_mb() -> None:
    """The benchmark's own process: a 7744x5168 JPEG on three slides, paged through three times."""
    import json
    import subprocess

    bench = Path(__file__).parents[2] / "benchmarks" / "bench_pictures.py"
    out = subprocess.run([sys.executable, str(bench), "--json"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["peak_mb"] < 400
    # Read once at the size shown: the photo at full size alone would be 160 MB of pixels.
    assert figures["peak_mb"] < 160 + 64
