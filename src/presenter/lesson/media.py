"""Pictures and clips named by a lesson: the path rules (inside the lesson's folder) and the file checks."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from presenter.lesson.model import Lesson, Media, MediaKind
from presenter.lesson.problems import Problem, Severity

Report = Callable[[int, str, str], None]

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".svg")
VIDEO_SUFFIXES = (".mp4", ".m4v", ".webm", ".mkv", ".mov", ".ogv", ".avi")
AUDIO_SUFFIXES = (".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac")
MAX_BYTES: dict[MediaKind, int] = {"image": 50 * 2**20, "video": 2 * 2**30, "audio": 2 * 2**30}
MAX_URL_CHARS = 1000  # a longer address gives a QR code too dense to scan across a classroom
_URL = re.compile(r"(?i)https?://\S+")
_BARE_URL = re.compile(r"(?i)www\.[^/\s]+\.[a-z]{2,}(/\S*)?")
_DRIVE = re.compile(r"^[A-Za-z]:")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)>]*?)>?\s*\)")
_MAGIC: tuple[tuple[str, Callable[[bytes], bool]], ...] = (
    ("JPEG", lambda b: b.startswith(b"\xff\xd8\xff")),
    ("PNG", lambda b: b.startswith(b"\x89PNG\r\n\x1a\n")),
    ("WebP", lambda b: b[:4] == b"RIFF" and b[8:12] == b"WEBP"),
    ("SVG", lambda b: b"<svg" in b[:4096].lower()),
)


def picture_suffix(head: bytes) -> str | None:
    """The file suffix of a picture the app can show, told by its first bytes; None for anything else."""
    for (_, test), suffix in zip(_MAGIC, (".jpg", ".png", ".webp", ".svg")):
        if test(head):
            return suffix
    return None


def split_markdown_image(value: str) -> tuple[str, str]:
    """(path, alt text) of `![alt](path)`, or the value itself as a path."""
    if m := _MD_IMAGE.fullmatch(value.strip()):
        return m.group(2).strip(), m.group(1).strip()
    return value.strip(), ""


def reference(raw: str, line: int, report: Report, *, alt: str = "", clip: bool = False) -> Media | None:
    """The Media a lesson line names, or None after reporting why it cannot be used.

    Paths are relative to the lesson file and must stay inside its folder; a clip may also be a
    web address (shown as a QR code and the address: the app never fetches).
    """
    what = "clip" if clip else "picture"
    path = raw.strip().replace("\\", "/")
    if not path:
        report(line, "error", f"the {what} has no file name; write it like images/photo.jpg")
        return None
    if clip and _BARE_URL.fullmatch(path):
        path = "https://" + path  # "www.youtube.com/watch?v=…" as teachers copy it
    if _URL.fullmatch(path):
        if clip and len(path) > MAX_URL_CHARS:
            report(line, "error", f"the video's address is {len(path):,} characters, too long for a QR code a class "
                                  f"can scan; use a shorter link (at most {MAX_URL_CHARS:,} characters)")
            return None
        if clip:
            return Media(path, "link", alt, line)
        report(line, "error", f'the picture "{path[:80]}" is a web address; the app never fetches: '
                              "save the picture into the lesson's folder and name that file")
        return None
    if path.startswith("/") or _DRIVE.match(path) or path.startswith("~"):
        report(line, "error", f'the {what} "{path[:80]}" is an absolute path; put the file in the '
                              "lesson's folder and write its path from there, like images/photo.jpg")
        return None
    normal = posixpath.normpath(path)
    if normal == ".." or normal.startswith("../"):
        report(line, "error", f'the {what} "{path[:80]}" is outside the lesson\'s folder; copy it into '
                              "the folder (or a folder inside it) and write that path")
        return None
    suffix = posixpath.splitext(normal)[1].lower()
    kinds: dict[str, MediaKind] = {s: "image" for s in IMAGE_SUFFIXES}
    if clip:
        kinds = {**dict.fromkeys(VIDEO_SUFFIXES, "video"), **dict.fromkeys(AUDIO_SUFFIXES, "audio")}
    if suffix not in kinds:
        known = ", ".join(IMAGE_SUFFIXES if not clip else (*VIDEO_SUFFIXES, *AUDIO_SUFFIXES))
        report(line, "error", f'the {what} "{path[:80]}" is not a kind of file the app shows; use {known}')
        return None
    return Media(normal, kinds[suffix], alt, line)


def located(lesson: Lesson, media: Media) -> Path | None:
    """The file `media` names, if it is inside the lesson's folder once links are followed; else None."""
    if media.kind == "link" or lesson.path is None:
        return None
    folder = lesson.path.resolve().parent
    target = (folder / media.path).resolve()
    return target if target.is_relative_to(folder) else None


def media_problems(lesson: Lesson) -> list[Problem]:
    """Missing, unreadable, oversized or escaping media, each as a problem naming its line."""
    problems: list[Problem] = []
    for media in lesson.media:
        if media.kind == "link" or lesson.path is None:
            continue
        found = _check(lesson, media)
        if found is not None:
            problems.append(Problem(lesson.path, media.line, found[0], found[1]))
    return problems


def _check(lesson: Lesson, media: Media) -> tuple[Severity, str] | None:
    from presenter.fileio import FileProblem, open_regular

    assert lesson.path is not None
    written = lesson.path.parent / media.path
    if not os.path.lexists(written):
        return "warning", f'"{media.path}" is missing; put the file there (the slide shows its description instead)'
    path = located(lesson, media)
    if path is None:
        return "error", (f'"{media.path}" leads outside the lesson\'s folder (a symbolic link); '
                         "copy the file itself into the folder")
    try:
        with open_regular(path) as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(4096)
    except FileProblem as exc:
        return "warning", f'"{media.path}" cannot be read: {exc.reason}'
    limit = MAX_BYTES[media.kind]
    if size > limit:
        return "error", (f'"{media.path}" is {size / 2**20:,.0f} MB; a {media.kind} may be at most '
                         f"{limit // 2**20:,} MB: make it smaller")
    if media.kind == "image" and not any(test(head) for _, test in _MAGIC):
        return "warning", (f'"{media.path}" is not a picture the app can show; save it as '
                           + ", ".join(name for name, _ in _MAGIC))
    return None


def subtitles(path: Path) -> Path | None:
    """The `.srt` or `.vtt` file beside a clip, if there is one."""
    for suffix in (".vtt", ".srt"):
        candidate = path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None
