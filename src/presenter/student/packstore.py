"""The folder of unpacked lesson packs: one copy per pack content, published whole, kept within a size (no Qt).

A pack is unpacked into a hidden ".incoming-*" folder, checked there, given a record of what the
checks found (RECORD, written last), and only then renamed to "<name>-<hash>", where the hash is
of the pack file's bytes. Opening the same pack again reuses that folder instead of unpacking a
fresh copy; a folder without its record is a half-made one and is replaced. The least recently
opened copies are removed while the folder holds more than MAX_PACKS_BYTES (a student's progress
is kept apart, by lesson content, so nothing of theirs goes with them).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from pathlib import Path
from typing import BinaryIO

from presenter.fileio import read_limited, write_atomic

RECORD = ".checked.json"
MAX_RECORD_BYTES = 64 * 1024 * 1024
MAX_PACKS_BYTES = 3 * 1024 * 1024 * 1024  # more than one pack at its largest (zipsafe.MAX_TOTAL_BYTES)
STALE_INCOMING_S = 3600  # an ".incoming-*" folder this old is left over from a crash
KEY_CHARS = 16


def content_key(f: BinaryIO) -> str:
    """The hash naming a pack's unpacked copy: of the whole file, so any changed byte is a new copy."""
    digest = hashlib.sha256()
    f.seek(0)
    for block in iter(lambda: f.read(1 << 20), b""):
        digest.update(block)
    f.seek(0)
    return digest.hexdigest()[:KEY_CHARS]


def find_unpacked(root: Path, key: str) -> Path | None:
    """The checked copy of the pack with this key, if one is complete (marked used now)."""
    for folder in root.glob(f"*-{key}"):
        if (folder / RECORD).is_file():
            try:
                os.utime(folder)  # used now: pruning removes the copies opened longest ago
            except OSError:
                pass
            return folder
    return None


def read_record(folder: Path) -> bytes:
    """The bytes of a copy's record (the caller parses them); raises OSError."""
    return read_limited(folder / RECORD, MAX_RECORD_BYTES)


def write_record(folder: Path, data: bytes) -> None:
    """Write a copy's record: the last file written, so its presence means the copy is whole."""
    write_atomic(folder / RECORD, data)


def publish(incoming: Path, root: Path, stem: str, key: str) -> Path:
    """Rename the checked folder to its name; a half-made folder of that name is replaced."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:40] or "pack"
    final = root / f"{slug}-{key}"
    for _ in range(2):
        try:
            os.rename(incoming, final)  # fails if `final` exists, on POSIX (non-empty) and Windows
            return final
        except OSError:
            if not final.exists():
                raise
        if (final / RECORD).is_file():  # another window opened the same pack meanwhile
            shutil.rmtree(incoming, ignore_errors=True)
            return final
        shutil.rmtree(final, ignore_errors=True)
    raise OSError(f"cannot replace the folder {final}")


def remove_stale(root: Path) -> None:
    """Delete ".incoming-*" folders left by a crash (old ones only: another unpack may be running)."""
    now = time.time()
    for old in root.glob(".incoming-*"):
        try:
            if now - old.stat().st_mtime > STALE_INCOMING_S:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass


def prune(root: Path, keep: Path) -> None:
    """Remove the copies opened longest ago while the folder holds more than MAX_PACKS_BYTES (never `keep`)."""
    copies = []
    for folder in root.iterdir():
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            copies.append((folder.stat().st_mtime, size, folder))
        except OSError:
            continue
    total = sum(size for _, size, _ in copies)
    for _, size, folder in sorted(copies):
        if total <= MAX_PACKS_BYTES:
            break
        if folder != keep:
            shutil.rmtree(folder, ignore_errors=True)
            total -= size
