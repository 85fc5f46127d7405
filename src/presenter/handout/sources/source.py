"""Read a handout file from disk safely: regular files only, never more than the size limit."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from presenter.handout.sources.decode import MAX_BYTES
from presenter.handout.errors import ImportFailed

_SUFFIXES = (".txt", ".text", ".docx", ".md")  # what a one-line text must end with to be taken as a file name

MAX_LINES = 20_000  # about 400 pages; a longer "handout" is not one, and would only take minutes


def read_handout_file(path: Path) -> bytes:
    """The file's bytes; ImportFailed for a folder, a pipe or device, or a file over MAX_BYTES.

    The file is opened without blocking (a FIFO with no writer would otherwise hang) and checked
    with fstat on the open descriptor, so a link swapped after the check cannot lead elsewhere;
    at most MAX_BYTES + 1 bytes are ever read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise ImportFailed(f"cannot read {path}: it does not exist") from exc
        if exc.errno == errno.EISDIR:
            raise ImportFailed(f"cannot read {path}: it is a folder, not a file") from exc
        raise ImportFailed(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ImportFailed(f"{path} is {not_regular(mode)}, not a regular file; save the handout as a file "
                               "and import that")
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ImportFailed(f"cannot read {path}: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if size > MAX_BYTES:
        raise ImportFailed(f"{path} is over {MAX_BYTES // 2**20} MB; a handout must be smaller")
    return b"".join(chunks)


def not_regular(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def names_a_file(text: str) -> bool:
    """Whether a one-line text names an existing handout file (a dialog may pass a file's name as text)."""
    if "\n" in text or len(text) > 4096 or not text.lower().endswith(_SUFFIXES):
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False
