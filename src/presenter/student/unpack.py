"""Opening a lesson pack on a student's computer: check it, unpack it, hand over its clips (no Qt).

Nothing here needs a speech engine: the clips come from the pack. The pack is unpacked into a
hidden ".incoming-*" folder under `dest_root`, checked there, and only then renamed to its own
new folder, so a half-unpacked pack is never used and no pack's files are ever overwritten.
A damaged sentence recording is not fatal: that sentence is listed in `missing` and the app
reads it with the computer's own voice instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
import wave
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from presenter.deck.reading import ReadingIndex
from presenter.export.pack import FORMAT, FORMAT_VERSION, MANIFEST
from presenter.lesson import Lesson, LessonError, Problem, read_lesson
from presenter.lesson.decoding import MAX_BYTES as MAX_LESSON_BYTES
from presenter.narration.cache import clip_from_json
from presenter.speech.model import Clip
from presenter.student.zipsafe import PackError, check_members, extract_member, unsafe_name

MAX_MANIFEST_BYTES = 16 * 1024 * 1024
STALE_INCOMING_S = 3600  # an ".incoming-*" folder this old is left over from a crash
DURATION_SLACK_MS = 5  # rounding between the manifest's ms and the WAV's frame count
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
    """Check and unpack a lesson pack into a new folder under `dest_root`; raises PackError."""
    try:
        dest_root.mkdir(parents=True, exist_ok=True)
        _remove_stale(dest_root)
        incoming = Path(tempfile.mkdtemp(dir=dest_root, prefix=".incoming-"))
    except OSError as exc:
        raise PackError(f"cannot unpack lesson packs into {dest_root}: {exc.strerror or exc}") from exc
    try:
        manifest, lesson_name, good, damaged = _unpack(zip_path, incoming)
        final = _publish(incoming, dest_root, zip_path.stem)
    except OSError as exc:  # writing failed (disk full, no permission): not the pack's fault
        shutil.rmtree(incoming, ignore_errors=True)
        raise PackError(f"cannot unpack the pack into {dest_root}: {exc.strerror or exc}") from exc
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise
    try:
        lesson, warnings = read_lesson(final / lesson_name)  # parsed once already in `incoming`
    except LessonError as exc:  # only if the file changed under us since
        shutil.rmtree(final, ignore_errors=True)
        raise PackError(f"the lesson in this pack cannot be opened: {exc}") from exc
    return _opened(final, lesson, tuple(warnings), manifest, good, damaged)


def _unpack(zip_path: Path, folder: Path) -> tuple[dict[str, object], str, list[dict[str, object]], dict[str, str]]:
    """Unpack into `folder`: the manifest, the lesson's name, the good entries, damaged text -> why."""
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise PackError(f"there is no file {zip_path}") from exc
        raise PackError(f"“{zip_path.name}” is not a lesson pack: it is not a zip file, or it was cut short "
                        "(download it again)") from exc
    with zf:
        files = check_members(zf)
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
        try:
            read_lesson(folder / lesson_name)
        except LessonError as exc:
            first = next((p for p in exc.problems if p.severity == "error"), exc.problems[0])
            raise PackError(f"the lesson in this pack cannot be opened: {lesson_name}:{first.line}: {first.message}") from exc
        good: list[dict[str, object]] = []
        damaged: dict[str, str] = {}
        for entry in _entries(manifest):
            problem = _extract_wav(zf, files, entry, folder)
            if problem:
                damaged[str(entry.get("text", ""))] = problem
            else:
                good.append(entry)
    return manifest, lesson_name, good, damaged


def _manifest(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo]) -> dict[str, object]:
    """The manifest, parsed and checked for what every reader needs."""
    info = files.get(MANIFEST)
    if info is None:
        raise PackError(f"this zip file is not a lesson pack: it has no {MANIFEST}")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackError(f"this pack's {MANIFEST} is too large ({info.file_size // (1024 * 1024)} MB)")
    try:
        with zf.open(info) as f:
            data = json.loads(f.read(MAX_MANIFEST_BYTES + 1).decode("utf-8"))
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise PackError(f"this pack's list of contents ({MANIFEST}) is damaged; ask for the pack again") from exc
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


def _extract_wav(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], entry: dict[str, object],
                 folder: Path) -> str:
    """Unpack and check one sentence's WAV; "" when good, else why it cannot be used."""
    name = entry.get("wav")
    if not isinstance(name, str) or not name.endswith(".wav"):
        return "its recording is not named in the pack"
    if (problem := unsafe_name(name)) is not None:
        raise PackError(problem)
    info = files.get(name)
    if info is None:
        return "its recording is not in the pack"
    target = folder / name
    try:
        digest = extract_member(zf, info, target)
    except FileExistsError:
        return "its recording is named twice in the pack"
    except (zipfile.BadZipFile, zlib.error, EOFError):  # bad data; a failed write is an OSError, raised
        target.unlink(missing_ok=True)
        return "its recording is damaged"
    if digest != entry.get("sha256"):
        return "its recording is damaged (it is not the file that was packed)"
    try:
        with wave.open(str(target), "rb") as w:
            frames, rate, width = w.getnframes(), w.getframerate(), w.getsampwidth()
            complete = len(w.readframes(frames)) == frames * width * w.getnchannels()
    except (EOFError, wave.Error, OSError):
        return "its recording is not a WAV file"
    if not complete or frames == 0 or width != 2:
        return "its recording is cut short or empty"
    try:
        clip = clip_from_json(entry, folder)
    except (KeyError, ValueError, TypeError):
        return "its word timings are damaged"
    if abs(round(frames * 1000 / rate) - clip.duration_ms) > DURATION_SLACK_MS or clip.sample_rate != rate:
        return "its recording does not match its timings"
    if not all(0 <= w.start_ms <= w.end_ms <= clip.duration_ms + DURATION_SLACK_MS
               and 0 <= w.char_start <= w.char_end <= len(clip.text) for w in clip.words):
        return "its word timings are damaged"
    return ""


def _publish(incoming: Path, dest_root: Path, stem: str) -> Path:
    """Rename the checked folder to a new name; a rename never replaces a non-empty folder."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:40] or "pack"
    for n in range(1, 1000):
        final = dest_root / (f"{slug}-{int(time.time())}" + (f"-{n}" if n > 1 else ""))
        try:
            os.rename(incoming, final)  # fails if `final` exists, on POSIX (non-empty) and Windows
            return final
        except OSError:
            if not final.exists():
                raise
    raise PackError(f"cannot find a free folder name for this pack in {dest_root}")


def _remove_stale(dest_root: Path) -> None:
    """Delete ".incoming-*" folders left by a crash (old ones only: another unpack may be running)."""
    now = time.time()
    for old in dest_root.glob(".incoming-*"):
        try:
            if now - old.stat().st_mtime > STALE_INCOMING_S:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass


def _opened(folder: Path, lesson: Lesson, warnings: tuple[Problem, ...], manifest: dict[str, object],
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
    return OpenedPack(
        folder=folder, lesson=lesson, warnings=warnings, voice=voice if isinstance(voice, str) else None,
        rate=rate if isinstance(rate, int) else lesson.rate, engine_version=str(manifest.get("engine_version", "")),
        app_version=str(manifest.get("app_version", "")), format_version=int(str(manifest["format_version"])),
        clips=clips, sentence_clips=by_index, missing=missing, notice=notice)

