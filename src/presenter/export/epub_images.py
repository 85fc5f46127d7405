"""The lesson's pictures in the EPUB: files under EPUB/images/, and the figures that show them (with alt text)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from presenter.lesson.media import MAX_BYTES, located
from presenter.lesson.model import Lesson, Media

MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp",
               ".svg": "image/svg+xml"}


def book_pictures(lesson: Lesson) -> dict[str, tuple[str, Path, str]]:
    """Lesson path -> (href in the book, file, media type) for each picture that is there; missing ones are left out."""
    found: dict[str, tuple[str, Path, str]] = {}
    for media in lesson.media:
        if media.kind != "image" or media.path in found:
            continue
        path = located(lesson, media)
        kind = MEDIA_TYPES.get(Path(media.path).suffix.lower())
        if path is None or kind is None or not path.is_file() or path.stat().st_size > MAX_BYTES["image"]:
            continue
        # One flat name per picture: the lesson's folders need not exist in the book.
        found[media.path] = (f"images/{len(found) + 1:03d}{Path(media.path).suffix.lower()}", path, kind)
    return found


def figure(media: Media | None, pictures: dict[str, tuple[str, Path, str]], caption: bool = True) -> str:
    """An XHTML figure for `media` ('' if it is not in the book); the alt text is the lesson's description."""
    if media is None or media.path not in pictures:
        return ""
    href = pictures[media.path][0]
    alt = escape(media.alt or "")
    cap = f"<figcaption>{alt}</figcaption>" if caption and media.alt else ""
    return f'<figure class="picture"><img src="{href}" alt="{alt}"/>{cap}</figure>'


CSS = "figure.picture { margin: 1em 0; text-align: center; }\nfigure.picture img { max-width: 100%; max-height: 60vh; }\n"
