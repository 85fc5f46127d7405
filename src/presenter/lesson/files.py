"""Reading lesson files: from the parsed-lesson cache when it has them, else through the parser.

Kept apart from the parser so that opening a lesson the cache knows (the usual case on the day)
does not load the parser and its Markdown and YAML libraries before the first slide is shown.
"""

from __future__ import annotations

from pathlib import Path

from presenter.fileio import FileProblem, TooLarge, read_limited
from presenter.lesson.cache import LessonCache
from presenter.lesson.limits import MAX_BYTES
from presenter.lesson.model import Lesson
from presenter.lesson.problems import LessonError, Problem


def read_lesson(path: Path, cache: LessonCache | None = None) -> tuple[Lesson, list[Problem]]:
    """Load a lesson file; return it with its warnings, or raise LessonError naming file and line."""
    lesson, problems = check_file(path, cache)
    if lesson is None:
        raise LessonError(problems)
    return lesson, problems


def check_file(path: Path, cache: LessonCache | None = None) -> tuple[Lesson | None, list[Problem]]:
    """Read and parse a lesson file (or take it from `cache`); never raises for a bad file, only reports."""
    try:
        # A regular file only (a FIFO would block, a link to /dev/zero never end), read only up
        # to the limit: its size is checked before reading, and a size that lies is caught too.
        data = read_limited(path, MAX_BYTES)
    except TooLarge as exc:
        return None, [Problem(path, 1, "error", f"the file is over {MAX_BYTES // (1024 * 1024)} MB "
                              f"({exc.size / 1e6:.1f} MB or more); a lesson file must be under "
                              f"{MAX_BYTES // (1024 * 1024)} MB (is this the right file?)")]
    except FileProblem as exc:
        return None, [Problem(path, 0, "error", f"cannot read the file: {exc.reason}")]
    result = cache.lookup(data, path) if cache is not None else None
    if result is None:
        result = _check_bytes(data, path)
        if cache is not None:
            cache.store(data, result)
    return _with_media(*result)


def _with_media(lesson: Lesson | None, problems: list[Problem]) -> tuple[Lesson | None, list[Problem]]:
    """Add the problems of the lesson's pictures and clips: files change without the lesson changing."""
    if lesson is None or not lesson.media:
        return lesson, problems
    from presenter.lesson.media import media_problems

    found = media_problems(lesson)
    if not found:
        return lesson, problems
    problems = sorted([*problems, *found], key=lambda p: p.line)
    return (None if any(p.severity == "error" for p in found) else lesson), problems


def _check_bytes(data: bytes, path: Path) -> tuple[Lesson | None, list[Problem]]:
    # Imported here: only a cache miss needs the decoder and the parser.
    from presenter.lesson.decoding import DecodeError, decode_lesson_bytes
    from presenter.lesson.parser import parse_lesson

    try:
        decoded = decode_lesson_bytes(data)
    except DecodeError as exc:
        return None, [Problem(path, exc.line, "error", str(exc))]
    lesson, problems = parse_lesson(decoded.text, path)
    if decoded.warning:
        problems.insert(0, Problem(path, decoded.warning_line, "warning", decoded.warning))
    return lesson, problems


def load_lesson(path: Path) -> Lesson:
    """Load a lesson file, ignoring warnings; raise LessonError if it cannot be opened."""
    return read_lesson(path)[0]
