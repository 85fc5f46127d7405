"""The lesson's pictures in the printed handout: at most about 10 x 8 cm, read at print size (never full size)."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImageReader, QTextDocument

from presenter.lesson.media import MAX_BYTES, located
from presenter.lesson.model import Lesson, Media

BOX = QSize(400, 300)  # px at the handout's 96 dpi: 10.6 x 7.9 cm
PRINT_SCALE = 3  # pixels per layout pixel: about 300 dpi on paper


def _size(lesson: Lesson, media: Media) -> QSize | None:
    """The picture's printed size (its header only is read), or None if it cannot be printed."""
    path = located(lesson, media)
    if media.kind != "image" or path is None or not path.is_file() or path.stat().st_size > MAX_BYTES["image"]:
        return None
    natural = QImageReader(str(path)).size()
    if not natural.isValid():
        return None
    scale = min(BOX.width() / natural.width(), BOX.height() / natural.height(), 1.0)
    return QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))


def _url(media: Media) -> str:
    return "picture/" + media.path


def picture_html(lesson: Lesson, media: Media | None) -> str:
    """A centred picture with its description under it ('' when it is missing or unreadable)."""
    size = _size(lesson, media) if media is not None else None
    if media is None or size is None:
        return ""
    alt = html.escape(media.alt)
    caption = f"<p class='meta' align='center'>{alt}</p>" if media.alt else ""
    return (f"<p align='center'><img src='{html.escape(_url(media))}' width='{size.width()}' height='{size.height()}' "
            f"alt='{alt}'/></p>{caption}")


def add_pictures(doc: QTextDocument, lesson: Lesson) -> None:
    """Give `doc` the lesson's pictures, each decoded once at print resolution."""
    for media in lesson.media:
        size = _size(lesson, media)
        path = located(lesson, media)
        if size is None or path is None:
            continue
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        reader.setScaledSize(QSize(size.width() * PRINT_SCALE, size.height() * PRINT_SCALE)
                             if size.width() * PRINT_SCALE < reader.size().width() else reader.size())
        image = reader.read()
        if not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_url(media)), image)
