"""Opening a lesson pack on a student's computer: check it, unpack it, hand over its clips (no Qt).

Nothing here needs a speech engine: the clips come from the pack. The pack file must be a
regular file of at most MAX_PACK_BYTES; it is unpacked into a hidden folder, checked there, and
only then published (presenter.student.packstore), so a half-unpacked pack is never used; the
same pack opened again reuses its checked copy. A file that fails its check is deleted at once.
A damaged sentence recording is not fatal: that sentence is listed in `missing` and the app
reads it with the computer's own voice instead.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from presenter.deck.reading import ReadingIndex
from presenter.export.pack import FORMAT, FORMAT_VERSION, MANIFEST
from presenter.fileio import FileProblem, open_regular
from presenter.lesson import Lesson, LessonError, Problem, read_lesson
from presenter.lesson.decoding import MAX_BYTES as MAX_LESSON_BYTES
from presenter.lesson.frontmatter import MAX_RATE, MIN_RATE
from presenter.narration.cache import clip_from_json
from presenter.speech.model import Clip
from presenter.student import safejson
from presenter.student.members import extract_media, extract_wav
from presenter.student.packstore import content_key, find_unpacked, prune, publish, read_record, remove_stale, write_record
from presenter.student.zipsafe import MAX_TOTAL_BYTES, PackError, check_members, extract_member, unsafe_name

MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_PACK_BYTES = MAX_TOTAL_BYTES  # the zip file itself: its WAVs are stored, so it is about what it unpacks to
DISK_MARGIN = 64 * 1024 * 1024  # leave the computer some room after unpacking

__all__ = ["MissingSentence", "OpenedPack", "PackError", "open_pack"]


@dataclass(frozen=True, slots=True)
class MissingSentence:
    """A sentence of the reading with no usable recording, and why."""

    index: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class OpenedPack:
    """A checked, unpacked lesson pack: the lesson and the clips of its narration."""

    folder: Path
    lesson: Lesson
    warnings: tuple[Problem, ...]
    voice: str | None
    rate: int
    engine_version: str
    app_version: str
    format_version: int
    clips: dict[str, Clip]  # sentence text -> clip
    sentence_clips: tuple[Clip | None, ...]  # by sentence index of the pack's lesson
    missing: tuple[MissingSentence, ...]
    notice: str  # for the student, "" when every sentence has its recording


def open_pack(zip_path: Path, dest_root: Path) -> OpenedPack:
    """Check and unpack a lesson pack under `dest_root` (or reuse its checked copy); raises PackError."""
    try:
        archive = open_regular(zip_path)
    except FileProblem as exc:
        if exc.errno == errno.ENOENT:
            raise PackError(f"there is no file {zip_path}") from exc
        raise PackError(f"{zip_path.name}: {exc.reason}") from exc
    with archive:
        size = os.fstat(archive.fileno()).st_size
        if size > MAX_PACK_BYTES:
            raise PackError(f"“{zip_path.name}” is {size / 1e9:.1f} GB; a lesson pack is at most "
                            f"{MAX_PACK_BYTES / 1e9:.1f} GB (is this the right file?)")
        try:
            key = content_key(archive)
            dest_root.mkdir(parents=True, exist_ok=True)
            remove_stale(dest_root)
            if (copy := find_unpacked(dest_root, key)) is not None:
                if (reopened := _reopen(copy)) is not None:
                    return reopened
                shutil.rmtree(copy, ignore_errors=True)  # its files were changed since: unpack afresh
            incoming = Path(tempfile.mkdtemp(dir=dest_root, prefix=".incoming-"))
        except OSError as exc:
            raise PackError(f"cannot unpack lesson packs into {dest_root}: {exc.strerror or exc}") from exc
        try:
            record = _unpack(archive, size, zip_path, incoming)
            write_record(incoming, json.dumps(record, ensure_ascii=False).encode("utf-8"))
            final = publish(incoming, dest_root, zip_path.stem, key)
        except OSError as exc:  # writing failed (disk full, no permission): not the pack's fault
            shutil.rmtree(incoming, ignore_errors=True)
            raise PackError(f"cannot unpack the pack into {dest_root}: {exc.strerror or exc}") from exc
        except BaseException:
            shutil.rmtree(incoming, ignore_errors=True)
            raise
    prune(dest_root, keep=final)
    opened = _reopen(final)
    if opened is None:  # only if the files changed under us since
        shutil.rmtree(final, ignore_errors=True)
        raise PackError("the lesson in this pack cannot be opened (its unpacked files changed); open it again")
    return opened


def _reopen(folder: Path) -> OpenedPack | None:
    """The pack unpacked and checked earlier into `folder`, or None when that copy is unusable."""
    try:
        record = safejson.loads(read_record(folder))
        if not isinstance(record, dict):
            return None
        name, meta, good, damaged = (record.get(k) for k in ("lesson_file", "manifest", "good", "damaged"))
        if (not isinstance(name, str) or unsafe_name(name) or not isinstance(meta, dict) or not isinstance(good, list)
                or not isinstance(damaged, dict)):
            return None
        lesson, warnings = read_lesson(folder / name)
        return _opened(folder, lesson, tuple(warnings), meta, [e for e in good if isinstance(e, dict)],
                       {str(k): str(v) for k, v in damaged.items()})
    except (OSError, ValueError, KeyError, TypeError, LessonError):
        return None


def _unpack(archive: BinaryIO, size: int, zip_path: Path, folder: Path) -> dict[str, object]:
    """Unpack into `folder` and check; the record of what was found (lesson name, manifest, good and damaged)."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError(f"“{zip_path.name}” is not a lesson pack: it is not a zip file, or it was cut short "
                        "(download it again)") from exc
    with zf:
        files = check_members(zf, size)
        needed = sum(i.file_size for i in files.values())
        if shutil.disk_usage(folder).free < needed + DISK_MARGIN:
            raise PackError(f"there is not enough free disk space to open this pack ({needed / 1e6:.0f} MB needed)")
        manifest = _manifest(zf, files)
        lesson_name = _name(manifest, "lesson_file", ".md")
        info = files.get(lesson_name)
        if info is None:
            raise PackError(f"this pack has no lesson file (its list names {lesson_name}, which is not in it)")
        if info.file_size > MAX_LESSON_BYTES:
            raise PackError(f"the lesson file in this pack is too large ({info.file_size // 1024} kB)")
        try:
            extract_member(zf, info, folder / lesson_name)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise PackError(f"the lesson file in this pack is damaged ({lesson_name}); ask for the pack again") from exc
        extract_media(zf, files, manifest, folder)  # before the lesson is read: it checks its pictures' paths
        try:
            read_lesson(folder / lesson_name)
        except LessonError as exc:
            first = next((p for p in exc.problems if p.severity == "error"), exc.problems[0])
            raise PackError(f"the lesson in this pack cannot be opened: {lesson_name}:{first.line}: {first.message}") from exc
        good: list[dict[str, object]] = []
        damaged: dict[str, str] = {}
        for entry in _entries(manifest):
            problem = extract_wav(zf, files, entry, folder)
            if problem:
                damaged[str(entry.get("text", ""))] = problem
            else:
                good.append(entry)
    meta = {k: manifest.get(k) for k in ("voice", "rate", "engine_version", "app_version", "format_version")}
    return {"lesson_file": lesson_name, "manifest": meta, "good": good, "damaged": damaged}


def _manifest(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo]) -> dict[str, object]:
    """The manifest, parsed and checked for what every reader needs."""
    info = files.get(MANIFEST)
    if info is None:
        raise PackError(f"this zip file is not a lesson pack: it has no {MANIFEST}")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackError(f"this pack's {MANIFEST} is too large ({info.file_size // (1024 * 1024)} MB)")
    try:
        with zf.open(info) as f:
            raw = f.read(MAX_MANIFEST_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PackError(f"this pack's list of contents ({MANIFEST}) is damaged; ask for the pack again") from exc
    try:
        data = safejson.loads(raw)
    except ValueError as exc:
        raise PackError(f"this pack's list of contents ({MANIFEST}) is damaged ({exc}); ask for the pack again") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackError(f"this zip file is not a lesson pack: its {MANIFEST} is not a presenter pack's")
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise PackError(f"this pack's {MANIFEST} has no valid format version")
    if version > FORMAT_VERSION:
        raise PackError(f"this pack was made by a newer presenter (pack format {version}); "
                        "update presenter to open it")
    if not isinstance(data.get("sentences"), list):
        raise PackError(f"this pack's {MANIFEST} lists no sentences")
    return data


def _name(manifest: dict[str, object], key: str, suffix: str) -> str:
    """A file name from the manifest, refused when missing or unsafe."""
    name = manifest.get(key)
    if not isinstance(name, str) or not name.endswith(suffix):
        raise PackError(f"this pack's {MANIFEST} does not name its {key.replace('_', ' ')}")
    if (problem := unsafe_name(name)) is not None:
        raise PackError(problem)
    return name


def _entries(manifest: dict[str, object]) -> list[dict[str, object]]:
    """The manifest's sentence entries that are objects (others cannot even be named)."""
    sentences = manifest["sentences"]
    assert isinstance(sentences, list)  # checked by _manifest
    return [e for e in sentences if isinstance(e, dict)]


def _opened(folder: Path, lesson: Lesson, warnings: tuple[Problem, ...], manifest: dict[str, Any],
            good: list[dict[str, object]], damaged: dict[str, str]) -> OpenedPack:
    """Match the good recordings to the pack's lesson; every other sentence is missing."""
    clips = {c.text: c for c in (clip_from_json(e, folder) for e in good)}
    sentences = ReadingIndex.build(lesson.reading).sentences
    by_index = tuple(clips.get(s.text) for s in sentences)
    missing = tuple(MissingSentence(s.index, s.text, damaged.get(s.text, "it has no recording in the pack"))
                    for s, c in zip(sentences, by_index) if c is None)
    notice = ""
    if missing:
        first = missing[0]
        notice = (f"{len(missing)} of {len(sentences)} sentences have no usable recording in this pack "
                  f"(sentence {first.index + 1}: {first.reason}); the computer's own voice reads them.")
    rate = manifest.get("rate")
    voice = manifest.get("voice")
    version = manifest.get("format_version")
    return OpenedPack(
        folder=folder, lesson=lesson, warnings=warnings, voice=voice if _voice_id(voice) else None,
        rate=rate if isinstance(rate, int) and MIN_RATE <= rate <= MAX_RATE else lesson.rate, engine_version=str(manifest.get("engine_version", "")),
        app_version=str(manifest.get("app_version", "")), format_version=version if isinstance(version, int) else FORMAT_VERSION,
        clips=clips, sentence_clips=by_index, missing=missing, notice=notice)


def _voice_id(value: object) -> bool:
    """Whether a manifest's `voice` looks like a voice id (else the lesson's own voice is used)."""
    # Ids are short names such as "gmw/en-us" or "piper:en_US-joe-medium"; anything else is not asked for.
    return isinstance(value, str) and re.fullmatch(r"[\w.:+/@-]{1,100}", value) is not None

