"""Checks a zip from someone else must pass before a byte of it is unpacked (no Qt).

The limits, chosen for lesson packs (one lesson file, a manifest and one WAV per sentence):

- MAX_MEMBERS 10,000 files: a 50,000-word reading (the largest we benchmark) has about 3,000
  sentences.
- MAX_MEMBER_BYTES 64 MiB for one file: a sentence WAV is 44 kB per second of speech, so this
  is 25 minutes for one sentence.
- MAX_TOTAL_BYTES 2 GiB unpacked: that 50,000-word reading narrated is about 5.5 hours, 870 MB.
- MAX_RATIO 100:1 for every file (plus RATIO_ALLOWANCE, 4 kB, for tiny ones): packs store WAVs
  uncompressed and text deflates about 3:1, while a zip bomb's members deflate 1000:1 and more.
- MAX_EXPANSION: the whole pack unpacks to at most 10 times its own size (plus EXPANSION_ALLOWANCE,
  32 MiB): a real pack unpacks to little more than its size (its WAVs are stored), while 1,500
  members of 1 MiB of zeros, each under a per-file check, made 1.5 GB from a 1.9 MB zip.
- Names of at most MAX_NAME_CHARS (200) characters, MAX_PART_CHARS (120) between slashes: a longer
  one cannot be unpacked on every disk, and is refused as the pack's fault, not the folder's.
- The declared sizes are not trusted: extraction counts the bytes it really writes and stops at
  the declared size and at the limits. Members whose data overlap (the trick behind zips that
  unpack to terabytes from kilobytes) are refused.

Names must be plain relative paths with "/" between folders: no leading "/" or "\\", no drive
letter, no backslash, no "." or ".." part, no character or device name Windows cannot store
(":" would write to a hidden stream there), no two names that differ only in case. Links,
password-protected members and compression other than stored/deflated are refused too.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
# A lesson's clip or picture (issue 20) may be larger, when stored: stored, it takes as much room in
# the pack as unpacked, so it cannot be a bomb; the totals below still hold.
MAX_STORED_MEDIA_BYTES = 2 * 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_RATIO = 100
RATIO_ALLOWANCE = 4 * 1024
MAX_EXPANSION = 10
EXPANSION_ALLOWANCE = 32 * 1024 * 1024
MAX_NAME_CHARS = 200
MAX_PART_CHARS = 120
_LOCAL_HEADER = 30  # fixed part of a zip local file header
_DRIVE = re.compile(r"^[A-Za-z]:")
# Names Windows treats as devices whatever their extension ("con.wav" opens the console).
_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)] + [f"lpt{i}" for i in range(1, 10)])


class PackError(Exception):
    """A pack that is refused; `message` says what is wrong in a teacher's words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def unsafe_name(name: str) -> str | None:
    """Why a member name is unsafe to unpack anywhere, or None when it is a plain relative path."""
    if not name or "\x00" in name or any(ord(c) < 32 for c in name):
        return f"this pack contains a file with an unusable name: {name!r}"
    escape = f"this pack contains a file path that would escape its folder: {name}"
    # Backslashes are separators on Windows: "..\\x" escapes there even if not here.
    if name.startswith(("/", "\\")) or _DRIVE.match(name) or "\\" in name:
        return escape
    if any(c in '<>:"|?*' for c in name):  # ":" would even write to a hidden stream on Windows
        return f"this pack contains a file name that Windows cannot store: {name}"
    parts = name.rstrip("/").split("/")
    if len(name) > MAX_NAME_CHARS or any(len(p) > MAX_PART_CHARS for p in parts):
        return f"this pack contains a file name that is too long to unpack ({len(name)} characters): {name[:60]}…"
    if any(p in ("..", ".", "") for p in parts):
        return escape
    for part in parts:
        if part.split(".")[0].lower() in _WINDOWS_DEVICES or part.endswith((" ", ".")):
            return f"this pack contains a file name that Windows cannot store: {name}"
    return None


def is_symlink(info: zipfile.ZipInfo) -> bool:
    """Whether a member is a symbolic link (Unix mode in the high bits of external_attr)."""
    return (info.external_attr >> 16) & 0o170000 == 0o120000


def member_limit(info: zipfile.ZipInfo) -> int:
    """The most one member may unpack to: 64 MiB, or 2 GiB for a stored clip or picture."""
    from presenter.lesson.media import AUDIO_SUFFIXES, IMAGE_SUFFIXES, VIDEO_SUFFIXES

    name = info.filename.lower()
    # Not WAVs: the narration's sentence clips keep the 64 MiB bound (25 minutes of speech each).
    media = name.endswith((*VIDEO_SUFFIXES, *AUDIO_SUFFIXES, *IMAGE_SUFFIXES)) and not name.endswith(".wav")
    stored = info.compress_type == zipfile.ZIP_STORED and info.compress_size == info.file_size
    return MAX_STORED_MEDIA_BYTES if media and stored else MAX_MEMBER_BYTES


def check_members(zf: zipfile.ZipFile, archive_bytes: int) -> dict[str, zipfile.ZipInfo]:
    """Every member's name, type and size checked (the zip is `archive_bytes` long); files by name. Raises PackError."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackError(f"this pack holds {len(infos)} files; a lesson pack holds at most {MAX_MEMBERS}")
    files: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if (problem := unsafe_name(name)) is not None:
            raise PackError(problem)
        if is_symlink(info):
            raise PackError(f"this pack contains a link to another file ({name}); lesson packs hold only plain files")
        if info.flag_bits & 0x1:
            raise PackError(f"this pack is password-protected ({name}); lesson packs never are")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(f"this pack uses a kind of compression that presenter does not read ({name})")
        # Two names that differ only in case are one file on Windows and macOS.
        if name.lower() in folded:
            raise PackError(f"this pack contains the file {name} twice")
        folded.add(name.lower())
        if info.is_dir():
            continue
        if info.file_size > member_limit(info):
            raise PackError(f"this pack contains a file that would unpack to {_mb(info.file_size)} "
                            f"(at most {_mb(member_limit(info))}): {name}")
        if info.file_size > RATIO_ALLOWANCE + MAX_RATIO * info.compress_size:
            raise PackError(f"this pack contains a file that is compressed {info.file_size // max(info.compress_size, 1)}"
                            f" times over, as only a “zip bomb” is: {name}")
        total += info.file_size
        files[name] = info
    if total > MAX_TOTAL_BYTES:
        raise PackError(f"this pack would unpack to {_mb(total)}; a lesson pack unpacks to at most {_mb(MAX_TOTAL_BYTES)}")
    if total > EXPANSION_ALLOWANCE + MAX_EXPANSION * archive_bytes:
        raise PackError(f"this pack would unpack to {_mb(total)} from {_mb(archive_bytes)}: no lesson pack grows "
                        f"{total // max(archive_bytes, 1)} times when unpacked, only a “zip bomb” does")
    _check_no_overlap(infos)
    return files


def _check_no_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse members whose data overlap: the trick that makes small zips unpack to terabytes."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for cur, nxt in zip(ordered, ordered[1:]):
        name_len = len(cur.orig_filename.encode("utf-8" if cur.flag_bits & 0x800 else "cp437", "replace"))
        if nxt.header_offset < cur.header_offset + _LOCAL_HEADER + name_len + cur.compress_size:
            raise PackError(f"this pack's files overlap inside the zip ({cur.filename}, {nxt.filename}); "
                            "it is damaged or made to harm")


def extract_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> str:
    """Copy one checked member to `target` (a new file), counting real bytes; returns its SHA-256.

    Raises PackError when it would write more than declared or allowed; zipfile.BadZipFile,
    zlib.error, EOFError or OSError when the data are damaged (the caller decides if that is fatal).
    """
    digest = hashlib.sha256()
    written = 0
    limit = min(info.file_size, member_limit(info))
    target.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(info) as src, target.open("xb") as dst:
        while chunk := src.read(1 << 16):
            written += len(chunk)
            if written > limit:
                raise PackError(f"this pack contains a file that unpacks to more than it says: {info.filename}")
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest()
