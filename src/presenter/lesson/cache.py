"""A cache of parsed lessons, keyed by the file's bytes: a lesson opened again skips parsing.

Like Python's own .pyc files: the key is a fingerprint of the content and of the loader's
version (presenter.fingerprint), so an edited file or a new loader simply misses. It lives in
the user's cache folder, which only this user writes, so unpickling it is as safe as the
user's own files.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
from pathlib import Path

from presenter.fingerprint import fingerprint
from presenter.lesson.model import Lesson
from presenter.lesson.problems import Problem

# Bump when the model or the parser's output changes, so old entries are never read.
FORMAT_VERSION = "1"

Result = tuple[Lesson | None, list[Problem]]


class LessonCache:
    """Parsed lessons stored as pickles in one folder."""

    def __init__(self, folder: Path) -> None:
        """Keep entries under `folder` (created when first written)."""
        self.folder = folder

    def _file(self, data: bytes) -> Path:
        name = fingerprint(FORMAT_VERSION.encode() + b"\0" + data)
        return self.folder / f"{name}.pickle"

    def lookup(self, data: bytes, path: Path) -> Result | None:
        """The stored result for these bytes, with `path` put back in; None on a miss."""
        try:
            with self._file(data).open("rb") as f:
                lesson, problems = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError):
            return None  # a missing, stale or damaged entry is just a miss
        if lesson is not None:
            lesson = dataclasses.replace(lesson, path=path)
        return lesson, [dataclasses.replace(p, path=path) for p in problems]

    def store(self, data: bytes, result: Result) -> None:
        """Remember a result; failures to write are ignored (the cache is only a speed-up)."""
        lesson, problems = result
        plain = (dataclasses.replace(lesson, path=None) if lesson is not None else None,
                 [dataclasses.replace(p, path=None) for p in problems])
        import tempfile  # only on a miss: opening a cached lesson need not load it

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(plain, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._file(data))
        except OSError:
            pass
