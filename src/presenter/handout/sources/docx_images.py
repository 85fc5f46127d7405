"""Pictures of a Word handout: read with their alt text, placed in the imported reading, saved beside the lesson."""

from __future__ import annotations

import io
import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from presenter.handout.picture import HandoutPicture
from presenter.handout.result import ImportResult, ImportWarning
from presenter.lesson.media import MAX_BYTES, picture_suffix
from presenter.lesson.model import Lesson, Media, ReadingImage
from presenter.lesson.parser import parse_lesson
from presenter.lesson.writer import write_lesson_markdown

MAX_PICTURES = 100  # a handout has a handful; a document of hundreds is not a handout
FOLDER = "images"  # beside the lesson file, as the lesson format's examples have it
_NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
       "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
       "v": "urn:schemas-microsoft-com:vml"}
_AUTO_ALT = re.compile(r"\s*(?:\n|\s)*Description automatically generated.*$", re.I | re.S)  # Word's own suggestion


def docx_pictures(data: bytes) -> tuple[list[HandoutPicture], list[ImportWarning]]:
    """The handout's pictures in document order, and a warning for each one left out (and why)."""
    import docx  # python-docx: its parser never resolves entities (no XXE) and docx_to_text checked the sizes

    document = docx.Document(io.BytesIO(data))
    parts = document.part.related_parts
    pictures: list[HandoutPicture] = []
    warnings: list[ImportWarning] = []
    texts: list[str] = []  # the paragraphs seen so far, in order
    waiting: list[tuple[bytes, str, str]] = []  # pictures alone in their paragraph: they wait for the next text
    used: set[str] = set()
    for block in document.element.body:
        text = " ".join("".join(t.text or "" for t in block.iter(f"{{{_NS['w']}}}t")).split())
        if block.tag.endswith("}tbl"):
            if _blips(block):
                warnings.append(ImportWarning(0, "a picture inside a table was left out; add it to the lesson by hand"))
        else:
            found: list[tuple[bytes, str, str]] = []
            for rid, alt in _blips(block):
                if len(pictures) + len(waiting) + len(found) >= MAX_PICTURES:
                    warnings.append(ImportWarning(0, f"the handout has over {MAX_PICTURES} pictures; the rest were left out"))
                    break
                if (picture := _bytes(parts, rid, alt or f"picture {len(pictures) + len(found) + 1}", warnings)) is not None:
                    found.append((*picture, alt))
            if text:
                pictures.extend(_picture(*w, texts, text, used) for w in waiting)
                waiting = []
                texts.append(text)
                # A picture inside a paragraph of text goes after that paragraph.
                pictures.extend(_picture(*f, texts, "", used) for f in found)
            else:
                waiting.extend(found)
            continue
        if text:
            texts.append(text)
    pictures.extend(_picture(*w, texts, "", used) for w in waiting)
    return pictures, warnings


def _blips(element: Any) -> list[tuple[str, str]]:
    """(relationship id, alt text) of each picture in `element`, embedded ones only (a linked one is never fetched)."""
    found: list[tuple[str, str]] = []
    for drawing in element.iter(f"{{{_NS['w']}}}drawing", f"{{{_NS['w']}}}pict"):
        doc_pr = next(drawing.iter(f"{{{_NS['wp']}}}docPr"), None)
        alt = (doc_pr.get("descr") or doc_pr.get("title") or "") if doc_pr is not None else ""
        alt = " ".join(_AUTO_ALT.sub("", alt).split())[:300]
        for blip in drawing.iter(f"{{{_NS['a']}}}blip", f"{{{_NS['v']}}}imagedata"):
            rid = blip.get(f"{{{_NS['r']}}}embed") or blip.get(f"{{{_NS['r']}}}id")
            if rid:
                found.append((rid, alt))
                break  # one picture per drawing (a group's first)
    return found


def _bytes(parts: Any, rid: str, name: str, warnings: list[ImportWarning]) -> tuple[bytes, str] | None:
    """The picture's bytes and suffix, or None after a warning saying why it was left out."""
    part = parts.get(rid)
    blob = getattr(part, "blob", None)
    if not isinstance(blob, bytes):
        warnings.append(ImportWarning(0, f'"{name}" is not inside the Word file (a linked picture); '
                                         "it was left out: insert the picture itself and import again"))
        return None
    if len(blob) > MAX_BYTES["image"]:
        warnings.append(ImportWarning(0, f'"{name}" is over {MAX_BYTES["image"] // 2**20} MB; it was left out'))
        return None
    suffix = picture_suffix(blob[:4096])
    if suffix is None:
        warnings.append(ImportWarning(0, f'"{name}" is not a JPEG, PNG, WebP or SVG picture; it was left out: '
                                         "save it as PNG and add it to the lesson by hand"))
        return None
    return blob, suffix


def _picture(raw: bytes, suffix: str, alt: str, texts: list[str], after: str, used: set[str]) -> HandoutPicture:
    """A picture named from its description (safe: letters, digits and hyphens only), unique in the lesson."""
    stem = _slug(alt) or "picture"
    name, n = f"{stem}{suffix}", 1
    while name in used:
        n += 1
        name = f"{stem}-{n}{suffix}"
    used.add(name)
    return HandoutPicture(f"{FOLDER}/{name}", raw, alt, tuple(reversed(texts[-30:])), after)


def _slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, at most 40 characters: no path, no dot, nothing a file system minds."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))[:40].strip("-")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _paragraph_of(text: str, paragraphs: list[list[str]]) -> int | None:
    """The reading paragraph `text` became (its last words found in it; a short text must be the whole), if any."""
    words = _words(text)
    key = words[-8:]
    if not key:
        return None
    for k, para in enumerate(paragraphs):
        if len(words) < 4:  # a heading such as "Reading" is no paragraph that happens to hold the word
            if para == words:
                return k
        elif any(para[i : i + len(key)] == key for i in range(len(para) - len(key) + 1)):
            return k
    return None


def place_pictures(lesson: Lesson, pictures: list[HandoutPicture]) -> tuple[Lesson, list[HandoutPicture], list[ImportWarning]]:
    """The lesson with each picture after the reading paragraph it followed (or before the one it preceded)."""
    paragraphs = [_words(p.text) for p in lesson.reading.paragraphs]
    placed: list[ReadingImage] = []
    kept: list[HandoutPicture] = []
    warnings: list[ImportWarning] = []
    for picture in pictures:
        after = next((k + 1 for text in picture.before if (k := _paragraph_of(text, paragraphs)) is not None), None)
        if after is None and picture.after and (k := _paragraph_of(picture.after, paragraphs)) is not None:
            after = k
        if after is None:
            warnings.append(ImportWarning(0, f'the picture "{picture.alt or picture.path}" is not beside the reading; '
                                             "it was left out"))
            continue
        placed.append(ReadingImage(Media(picture.path, "image", picture.alt), after))
        kept.append(picture)
    placed.sort(key=lambda r: r.after)  # stable: pictures between the same paragraphs keep their order
    reading = replace(lesson.reading, images=tuple(placed))
    return replace(lesson, reading=reading), kept, warnings


def with_pictures(result: ImportResult, data: bytes) -> ImportResult:
    """The import of a Word handout with its pictures placed in the reading and listed for saving."""
    pictures, warnings = docx_pictures(data)
    if not pictures and not warnings:
        return result
    placed, kept, more = place_pictures(result.lesson, pictures)
    lesson, markdown = result.lesson, result.markdown
    if kept:
        markdown = write_lesson_markdown(placed)
        lesson = parse_lesson(markdown)[0] or placed  # read back, as the importer does: lines as in the file
    return replace(result, lesson=lesson, markdown=markdown, pictures=tuple(kept),
                   warnings=(*result.warnings, *warnings, *more))


def save_pictures(pictures: tuple[HandoutPicture, ...], lesson_path: Path, markdown: str) -> str:
    """Write the pictures beside the lesson file, never over a different file; the Markdown naming what was written.

    A name already taken by the same bytes is used as it is; by other bytes, the picture gets a new name
    ("crowd-2.png") and the Markdown's reference follows.
    """
    from presenter.fileio import write_atomic

    folder = lesson_path.parent
    if pictures and not (folder / FOLDER).resolve().is_relative_to(folder.resolve()):
        raise OSError(f"{folder / FOLDER} leads outside the lesson's folder (a link); the pictures were not written")
    for picture in pictures:
        stem, suffix = picture.path.rsplit(".", 1)
        path, n = picture.path, 1
        while True:
            target = folder / path
            if not os.path.lexists(target):
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(target, picture.data, replace=False)
                break
            if target.is_file() and not target.is_symlink() and target.stat().st_size == len(picture.data) \
                    and target.read_bytes() == picture.data:
                break
            n += 1
            path = f"{stem}-{n}.{suffix}"
        if path != picture.path:
            markdown = markdown.replace(f"]({picture.path})", f"]({path})")
    return markdown
