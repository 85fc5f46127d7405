"""A cache of parsed lessons, keyed by the file's bytes: a lesson opened again skips parsing.

Like Python's own .pyc files: the key is a fingerprint of the content and of the loader's
version (presenter.fingerprint), so an edited file or a new loader simply misses. It lives in
the user's cache folder, which only this user writes, so unpickling it is as safe as the
user's own files.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from presenter.fingerprint import fingerprint

# The model, pickle and dataclasses are imported where a lesson is read or written: the app
# reads an entry's heading (title, level, source) before its first slide, and needs nothing else.
if TYPE_CHECKING:
    from presenter.lesson.model import Lesson
    from presenter.lesson.problems import Problem

# Bump when the model or the parser's output changes, so old entries are never read.
FORMAT_VERSION = "3"
MAX_ENTRIES = 200  # lessons are a few kB parsed: a term's worth of lessons and their edits

Result = tuple["Lesson | None", "list[Problem]"]


class LessonCache:
    """Parsed lessons stored as pickles in one folder."""

    def __init__(self, folder: Path) -> None:
        """Keep entries under `folder` (created when first written)."""
        self.folder = folder

    def _file(self, data: bytes, suffix: str = ".pickle") -> Path:
        name = fingerprint(FORMAT_VERSION.encode() + b"\0" + data)
        return self.folder / f"{name}{suffix}"

    def heading(self, data: bytes) -> tuple[str, str, str] | None:
        """The title, level and source of the lesson with these bytes, if a good parse of it is stored.

        Kept in a small file beside the entry, so that the app can paint the title slide before
        it loads the lesson model (presenter.ui.slides.titlecard).
        """
        try:
            # Bytes, not text mode: a "\r" in a title must come back as it went in.
            fields = self._file(data, ".title").read_bytes().decode("utf-8", "surrogatepass").split("\0")
        except (OSError, UnicodeDecodeError):
            return None
        return (fields[0], fields[1], fields[2]) if len(fields) == 3 else None

    def _store_heading(self, data: bytes, lesson: Lesson) -> None:
        """Write the entry's heading file; a problem only means no title card for this lesson."""
        fields = (lesson.title, lesson.level, lesson.source)
        if any("\0" in f for f in fields):
            return  # cannot be stored apart (NUL separates the fields): the lesson opens the long way
        from presenter.fileio import write_atomic

        try:
            # "surrogatepass": YAML lets a title hold lone surrogates ("\ud83d"), which plain
            # UTF-8 refuses. Not fsynced: a cache entry lost in a power cut is only a miss.
            write_atomic(self._file(data, ".title"), "\0".join(fields).encode("utf-8", "surrogatepass"), durable=False)
        except (OSError, ValueError):
            pass

    def lookup(self, data: bytes, path: Path) -> Result | None:
        """The stored result for these bytes, with `path` put back in; None on a miss."""
        import dataclasses
        import pickle

        try:
            with self._file(data).open("rb") as f:
                lesson, problems = pickle.load(f)
            if lesson is not None:
                lesson = dataclasses.replace(lesson, path=path)
            result = lesson, [dataclasses.replace(p, path=path) for p in problems]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError):
            return None  # a missing, stale or damaged entry (an older model's, say) is just a miss
        if lesson is not None and not self._file(data, ".title").exists():
            self._store_heading(data, lesson)  # an entry stored before headings were kept
        try:
            # Used now: pruning keeps the entries in use, not only the newest edits.
            os.utime(self._file(data))
        except OSError:
            pass
        return result

    def store(self, data: bytes, result: Result) -> None:
        """Remember a result; failures to write are ignored (the cache is only a speed-up)."""
        import dataclasses
        import pickle

        lesson, problems = result
        plain = (dataclasses.replace(lesson, path=None) if lesson is not None else None,
                 [dataclasses.replace(p, path=None) for p in problems])
        from presenter.fileio import atomic_output

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with atomic_output(self._file(data), durable=False) as f:
                pickle.dump(plain, f, protocol=pickle.HIGHEST_PROTOCOL)
            if lesson is not None:
                self._store_heading(data, lesson)
            self._prune()
        except OSError:
            pass

    def _prune(self) -> None:
        """Keep the MAX_ENTRIES entries last used: every edit of a lesson leaves a new one behind."""
        entries = sorted(self.folder.glob("*.pickle"), key=_mtime, reverse=True)
        for old in entries[MAX_ENTRIES:]:
            old.unlink(missing_ok=True)
        day_ago = time.time() - 86400
        for stray in self.folder.glob("*.t*"):  # headings without their entry, files of crashed writes
            if (stray.suffix == ".title" and not stray.with_suffix(".pickle").exists()) or (
                    stray.suffix == ".tmp" and _mtime(stray) < day_ago):
                stray.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    """When `path` was last written or used; 0 for a file another process just removed."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
