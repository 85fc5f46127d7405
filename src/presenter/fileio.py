"""The user's files: one atomic writer, bounded reads of regular files only, and plain messages for file errors.

Every module that writes a file goes through `staged` (or `write_atomic`/`atomic_output` on top
of it): the data go to a hidden temporary file in the same folder, created with the mode the
user's umask gives a new file, and are renamed over the target only when complete, so a crash,
a full disk or a power cut leaves the old file or the new one, never a mix.

Every read of a file someone else may have made goes through `read_limited`/`open_regular`: a
FIFO, a device (a link to /dev/zero) or a folder is refused before a byte is read, and no more
than the caller's limit is ever read.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO for reading must not wait for a writer
_BINARY = getattr(os, "O_BINARY", 0)


class FileProblem(OSError):
    """A file that cannot be read or written, with `message` in a teacher's words ("PATH: why; what to do")."""

    def __init__(self, path: Path, reason: str, code: int = 0) -> None:
        super().__init__(code, reason, str(path))
        self.path = path
        self.reason = reason
        self.message = f"{path}: {reason}"

    def __str__(self) -> str:
        return self.message


class TooLarge(FileProblem):
    """A file over the limit its reader sets; `size` is at least how large it is."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(path, f"the file is over {_size(limit)} (at least {_size(size)}); is this the right file?",
                         errno.EFBIG)
        self.size = size
        self.limit = limit


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a disk device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _reason(path: Path, exc: OSError, writing: bool) -> str:
    """Why `exc` happened, in words, and what to do about it."""
    code = exc.errno
    if code == errno.ENOENT:
        if writing:
            return f"the folder {path.parent} does not exist; create it first or choose another place"
        return "there is no such file"
    if code == errno.EISDIR:
        return "that is a folder; give a file name" + (" inside it" if writing else "")
    if code == errno.ENOTDIR:
        return "a part of this path is a file, not a folder"
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        kept = " (the earlier file is unchanged)" if writing and path.exists() else ""
        return f"the disk is full; nothing was written{kept}. Free some space or choose another disk"
    if code == errno.EROFS:
        return "the disk is read-only" + ("; choose another place" if writing else "")
    if code in (errno.EACCES, errno.EPERM):
        return ("no permission to write there (the folder is read-only or another user's); choose another place"
                if writing else "no permission to read this file")
    if code == errno.ENAMETOOLONG:
        return "the name is too long for this disk; choose a shorter one"
    if code == errno.ELOOP:
        return "this is a symbolic link that points back to itself (a link loop), not a file"
    return f"cannot {'write' if writing else 'read'} it: {exc.strerror or exc}"


def write_problem(path: Path, exc: OSError) -> FileProblem:
    """The FileProblem for an error met while writing `path`."""
    return exc if isinstance(exc, FileProblem) else FileProblem(path, _reason(path, exc, True), exc.errno or 0)


def read_problem(path: Path, exc: OSError) -> FileProblem:
    """The FileProblem for an error met while reading `path`."""
    return exc if isinstance(exc, FileProblem) else FileProblem(path, _reason(path, exc, False), exc.errno or 0)


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading in binary, refused (FileProblem) unless it is a regular file.

    The type is checked on the opened file, not the name, so a link to /dev/zero or a FIFO is
    refused without blocking and without reading a byte.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError as exc:
        raise read_problem(path, exc) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise FileProblem(path, f"this is {kind}, not a file; give the file itself", errno.EINVAL)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`; raises TooLarge past `limit` (never reading more than limit + 1)."""
    with open_regular(path) as f:
        try:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise TooLarge(path, size, limit)
            data = f.read(limit + 1)
        except FileProblem:
            raise
        except OSError as exc:
            raise read_problem(path, exc) from exc
    if len(data) > limit:  # the file grew, or its size lied
        raise TooLarge(path, len(data), limit)
    return data


def check_output_file(path: Path, force: bool) -> None:
    """Refuse (FileProblem) an output file that cannot be written or would replace a file without `force`."""
    if path.is_dir():
        raise FileProblem(path, "that is a folder; give a file name inside it", errno.EISDIR)
    parent = path.parent
    if not parent.exists():
        raise FileProblem(path, f"the folder {parent} does not exist; create it first or choose another place",
                          errno.ENOENT)
    if not parent.is_dir():
        raise FileProblem(path, f"{parent} is a file, not a folder", errno.ENOTDIR)
    if (path.exists() or path.is_symlink()) and not force:
        raise FileProblem(path, "the file exists; add --force to replace it", errno.EEXIST)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name[:100]}.{os.urandom(4).hex()}.tmp")


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable: without this a power cut may undo it (not possible everywhere: best effort)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _publish(tmp: Path, path: Path, replace: bool) -> None:
    if replace:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # fails if `path` appeared meanwhile: no overwrite even in a race
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT USB sticks): check, then rename
        if path.exists():
            raise FileExistsError(errno.EEXIST, "the file exists", str(path)) from None
        os.replace(tmp, path)


@contextlib.contextmanager
def staged(path: Path, *, replace: bool = True, durable: bool = True) -> Iterator[Path]:
    """A temporary path beside `path` to write; renamed to `path` when the block ends without error.

    The caller (or a library: Qt's PDF writer) writes that file, which exists, empty. On an error
    it is removed and `path` is untouched; an OSError comes out as a FileProblem saying what to do.
    With `replace` False an existing `path` raises FileExistsError and is kept.
    """
    tmp = _temp_name(path)
    try:
        # Created here, empty, with 0o666 for the OS to apply the user's umask (mkstemp would
        # give 0o600), and so that a folder one cannot write to is found before any work.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666))
        yield tmp
        if durable:
            with open(tmp, "rb") as f:  # noqa: PTH123 - fsync needs a descriptor
                os.fsync(f.fileno())  # the data are on disk before the rename makes them the file
        _publish(tmp, path, replace)
    except FileExistsError:
        raise
    except OSError as exc:
        raise write_problem(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    if durable:
        _fsync_dir(path.parent)


@contextlib.contextmanager
def atomic_output(path: Path, *, replace: bool = True, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write `path` through; see `staged`."""
    with staged(path, replace=replace, durable=durable) as tmp:
        with open(tmp, "wb") as f:  # noqa: PTH123 - the staged file, already created
            yield f


def write_atomic(path: Path, data: bytes, *, replace: bool = True, durable: bool = True) -> None:
    """Replace `path` with `data` (or create it, when `replace` is False); see `staged`."""
    with atomic_output(path, replace=replace, durable=durable) as f:
        f.write(data)

