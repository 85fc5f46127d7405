"""Pictures on slides: read once at the size they are shown (never full size at each paint), then cached."""

from __future__ import annotations

import os
from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter

from presenter.deck.beside import columns
from presenter.deck.geometry import Geometry
from presenter.deck.reading import ReadingIndex
from presenter.deck.transcript import Transcript
from presenter.lesson.media import MAX_BYTES, located
from presenter.lesson.model import Lesson, Media
from presenter.ui.slides import slidebase
from presenter.ui.slides.theme import Theme, slide_font
from presenter.ui.slides.transcriptbox import box_height, paint_transcript
from presenter.ui.slides.weblink import paint_link_slide

CACHED_PICTURES = 24  # scaled copies kept: a lesson's pictures at the audience's and the console's sizes


def fitted(width: int, height: int, box: QSize) -> QSize:
    """`width` x `height` scaled to fit inside `box`, keeping its shape (never enlarged past 2x)."""
    scale = min(box.width() / max(width, 1), box.height() / max(height, 1), 2.0)
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


@lru_cache(maxsize=CACHED_PICTURES)
def _scaled(path: str, stamp: tuple[int, int], width: int, height: int) -> QImage:
    """The picture at `path` read straight to fit `width` x `height` (a JPEG is decoded at that size)."""
    del stamp  # part of the key only: an edited file is read again
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone photo's EXIF rotation
    size = reader.size()
    if not size.isValid():
        return QImage()
    reader.setScaledSize(fitted(size.width(), size.height(), QSize(width, height)))
    image = reader.read()
    return image if not image.isNull() else QImage()


def picture(lesson: Lesson, media: Media, box: QSize) -> QImage:
    """The picture `media` names, fitted to `box`; a null image if it is missing, unreadable or outside the folder."""
    path = located(lesson, media)
    if path is None or media.kind != "image":
        return QImage()
    try:
        st = os.stat(path)
    except OSError:
        return QImage()
    if not os.path.isfile(path) or st.st_size > MAX_BYTES["image"]:
        return QImage()
    return _scaled(str(path), (st.st_mtime_ns, st.st_size), box.width(), box.height())


def picture_size(lesson: Lesson, media: Media) -> tuple[int, int] | None:
    """A picture's size in pixels, read from its header only (None if it cannot be shown)."""
    path = located(lesson, media)
    if path is None or media.kind != "image" or not path.is_file():
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return None
    turned = reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90
    return (size.height(), size.width()) if turned else (size.width(), size.height())


def paint_beside(painter: QPainter, g: Geometry, theme: Theme, lesson: Lesson, media: Media) -> None:
    """A picture in the column beside a paragraph (deck.beside), its description under it."""
    _, x, width = columns(g)
    caption_h = g.small_px * 2.8 if media.alt else 0.0
    placed = paint_picture(painter, g, theme, lesson, media, QRectF(x, g.margin_top, width, g.body_height - caption_h))
    if media.alt:
        slidebase.draw_text(painter, g, theme, media.alt, g.small_px,
                            QRectF(x, placed.bottom() + g.small_px * 0.2, width, caption_h),
                            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "muted")


def paint_picture(painter: QPainter, g: Geometry, theme: Theme, lesson: Lesson, media: Media, rect: QRectF) -> QRectF:
    """Paint `media` centred in `rect`, or its description in a frame if it cannot be shown; return where it went."""
    image = picture(lesson, media, QSize(int(rect.width()), int(rect.height())))
    if image.isNull():
        painter.setPen(theme.color("muted"))
        painter.drawRect(rect)
        slidebase.draw_text(painter, g, theme, media.alt or media.path, g.small_px, rect,
                            Qt.AlignmentFlag.AlignCenter, "muted")
        return rect
    w, h = image.width(), image.height()
    target = QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h)
    painter.drawImage(target.topLeft(), image)
    return target


def paint_picture_slide(painter: QPainter, g: Geometry, theme: Theme, lesson: Lesson, media: Media) -> None:
    """A picture of the reading on a slide of its own, its description below it."""
    caption_h = g.small_px * 1.6 if media.alt else 0.0
    rect = QRectF(g.margin_x, g.margin_top, g.body_width, g.body_height - caption_h)
    placed = paint_picture(painter, g, theme, lesson, media, rect)
    if media.alt:
        slidebase.draw_text(painter, g, theme, media.alt, g.small_px,
                            QRectF(g.margin_x, placed.bottom() + g.small_px * 0.2, g.body_width, g.small_px * 1.4),
                            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "muted")


def video_frame(g: Geometry, transcript: bool = False) -> QRectF:
    """Where a clip plays on its slide: the largest 16:9 frame in the body (the player widget goes there too).

    With a stamped transcript, the frame leaves room under it for the transcript box.
    """
    hint_h = g.small_px * 1.6 + (box_height(g) + g.small_px * 0.5 if transcript else 0.0)
    w = min(g.body_width, (g.body_height - hint_h) * 16 / 9)
    h = w * 9 / 16
    return QRectF(g.margin_x + (g.body_width - w) / 2, g.margin_top, w, h)


def transcript_rect(g: Geometry) -> QRectF:
    """Where the transcript goes: under the clip's frame, the body's width (the transcript widget goes there too)."""
    frame = video_frame(g, transcript=True)
    return QRectF(g.margin_x, frame.bottom() + g.small_px * 0.5, g.body_width, box_height(g))


def paint_media_slide(painter: QPainter, g: Geometry, theme: Theme, lesson: Lesson, slide_kind: str, media: Media,
                      index: ReadingIndex | None = None) -> None:
    """A picture slide, or a clip's slide before it plays: the frame, the transcript's start, and how to start it."""
    if slide_kind != "video":
        paint_picture_slide(painter, g, theme, lesson, media)
        return
    if media.kind == "link":
        # Classrooms are often offline: the address is shown for phones and the teacher's browser, never fetched.
        paint_link_slide(painter, g, theme, media)
        return
    transcript = Transcript.build(lesson.reading, index) if index is not None else None
    frame = video_frame(g, transcript is not None)
    painter.fillRect(frame, Qt.GlobalColor.black)
    found = located(lesson, media)
    message = "▶" if found is not None and found.is_file() else f'"{media.path}" is missing'
    _on_black(painter, g, message, g.title_px, frame)
    hint_top = frame.bottom() + g.small_px * 0.3
    if transcript is not None and index is not None:
        box = transcript_rect(g)
        paint_transcript(painter, g, theme, index, None, box, transcript.stretches[0].first)
        hint_top = box.bottom() + g.small_px * 0.3
    slidebase.draw_text(painter, g, theme, f"Space: play / pause  ·  ← →: 5 s  ·  PageDown: next  ·  {media.alt or media.path}", g.small_px,
                        QRectF(g.margin_x, hint_top, g.body_width, g.small_px * 1.4),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "muted")


def _on_black(painter: QPainter, g: Geometry, text: str, px: int, rect: QRectF) -> None:
    painter.setFont(slide_font(px, letter_spacing=g.letter_spacing))
    painter.setPen(QColor("white"))  # on the black frame in every theme
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
