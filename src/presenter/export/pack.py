"""Lesson packs: one zip with the lesson file and its recorded narration, for students (no Qt).

A student's computer replays the teacher's chosen voice from the pack without any speech
engine. Layout of a pack (format 1):

    pack.json          the manifest (below), UTF-8 JSON
    <lesson file>      the lesson exactly as the teacher wrote it, e.g. lesson.md
    audio/0001.wav     one 16-bit mono WAV per sentence of the reading, in reading order
    images/…, clip.mp4 the lesson's pictures and clip, at the paths the lesson names (issue 20)

The manifest:

    {"format": "presenter-lesson-pack", "format_version": 1, "app_version": "0.1.0",
     "created": "2025-01-31T10:00:00Z", "lesson_file": "lesson.md", "lesson_sha256": "…",
     "title": "…", "voice": "gmw/en-us", "rate": 150, "engine_version": "espeak-ng-sync/1.51",
     "sentences": [{"index": 0, "text": "…", "voice": "gmw/en-us", "wav": "audio/0001.wav",
                    "sha256": "…", "bytes": 123456, "duration_ms": 2712, "sample_rate": 22050,
                    "timing_source": "measured",
                    "words": [{"text": "By", "start_ms": 0, "end_ms": 149,
                               "char_start": 0, "char_end": 2}, …]}, …]}

`words[].char_start/char_end` index into the sentence's `text` (end exclusive). Readers ignore
keys they do not know; a reader refuses a `format_version` newer than its own (see
presenter.student.unpack). WAVs are stored uncompressed: speech barely deflates, and stored
members can be checked for size before a byte is unpacked.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from presenter.export.errors import ExportError
from presenter.fileio import atomic_output
from presenter.export.narration_files import Narration
from presenter.lesson.model import Lesson, Media
from presenter.narration.cache import clip_to_json
from presenter.version import version

FORMAT = "presenter-lesson-pack"
FORMAT_VERSION = 1
MANIFEST = "pack.json"
AUDIO_DIR = "audio"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # member times tell nothing useful; fixed, packs differ only in content


class PackWriteError(ExportError):
    """The pack could not be made; `message` says why."""


@dataclass(frozen=True, slots=True)
class PackSummary:
    """What write_pack wrote."""

    path: Path
    sentences: int
    duration_ms: int
    bytes: int


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def lesson_file_name(lesson: Lesson) -> str:
    """The lesson's name inside the pack: its own file name when that is a plain, safe one."""
    name = lesson.path.name if lesson.path is not None else ""
    safe = name.endswith(".md") and name not in (".md", MANIFEST) and all(
        c.isalnum() or c in "-_. " for c in name) and not name.startswith(".")
    return name if safe else "lesson.md"


def build_manifest(lesson: Lesson, lesson_name: str, lesson_bytes: bytes, narration: Narration) -> dict[str, object]:
    """The manifest for a lesson and its narration (WAV names as they will be in the zip)."""
    sentences = []
    for s in narration.sentences:
        entry = clip_to_json(s.clip, f"{AUDIO_DIR}/{s.index + 1:04d}.wav")
        entry.update(index=s.index, voice=s.voice, sha256=sha256_file(s.clip.wav_path),
                     bytes=s.clip.wav_path.stat().st_size)
        sentences.append(entry)
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "lesson_file": lesson_name, "lesson_sha256": hashlib.sha256(lesson_bytes).hexdigest(),
        "title": lesson.title, "voice": narration.voice, "rate": narration.rate,
        "engine_version": narration.engine_version, "sentences": sentences,
    }


def pack_media(lesson: Lesson, video: bool = True) -> list[tuple[Media, Path]]:
    """The lesson's pictures (and clip, unless `video` is False) to pack: each file once, missing ones left out."""
    from presenter.lesson.media import located

    found: dict[str, tuple[Media, Path]] = {}
    for media in lesson.media:
        if media.kind == "link" or (media.kind != "image" and not video) or media.path in found:
            continue
        path = located(lesson, media)
        if path is None:
            raise PackWriteError(f"{lesson.path}:{media.line}: {media.path} is outside the lesson's folder")
        if path.is_file():
            found[media.path] = (media, path)
    return list(found.values())


def media_bytes(lesson: Lesson, video: bool = True) -> int:
    """How many bytes of pictures and clips a pack of the lesson carries (shown before export)."""
    return sum(path.stat().st_size for _, path in pack_media(lesson, video))


def write_pack(lesson: Lesson, out: Path, narration: Narration, video: bool = True) -> PackSummary:
    """Write the lesson file and its narration to the zip `out` (atomically: all or nothing)."""
    if lesson.path is None:
        raise PackWriteError("the lesson has no file to pack; save it first")
    try:
        lesson_bytes = lesson.path.read_bytes()
    except OSError as exc:
        raise PackWriteError(f"cannot read {lesson.path}: {exc.strerror or exc}") from exc
    from presenter.deck.reading import ReadingIndex

    if [s.text for s in narration.sentences] != [s.text for s in ReadingIndex.build(lesson.reading).sentences]:
        raise PackWriteError("the narration is of another version of the lesson; render it again")
    name = lesson_file_name(lesson)
    manifest = build_manifest(lesson, name, lesson_bytes, narration)
    media = pack_media(lesson, video)
    manifest["media"] = [{"path": m.path, "kind": m.kind, "sha256": sha256_file(p), "bytes": p.stat().st_size}
                         for m, p in media]
    with atomic_output(out) as raw, zipfile.ZipFile(raw, "w") as zf:
        # The manifest first: a reader can check it before it reads anything else.
        _add(zf, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"), True)
        _add(zf, name, lesson_bytes, True)
        for m, p in media:  # streamed: a clip is never held in memory whole
            info = zipfile.ZipInfo(m.path, _FIXED_TIME)
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED if p.suffix.lower() == ".svg" else zipfile.ZIP_STORED
            with p.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        for s in narration.sentences:
            _add(zf, f"{AUDIO_DIR}/{s.index + 1:04d}.wav", s.clip.wav_path.read_bytes(), False)
    return PackSummary(out, len(narration.sentences), narration.duration_ms, out.stat().st_size)


def _add(zf: zipfile.ZipFile, name: str, data: bytes, deflate: bool) -> None:
    """One regular file (mode 0644, fixed time) in the zip."""
    info = zipfile.ZipInfo(name, _FIXED_TIME)
    info.external_attr = 0o100644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    zf.writestr(info, data)
