"""A pack's members unpacked one by one: the pictures and clip it lists, each sentence's WAV checked against the manifest."""

from __future__ import annotations

import wave
import zipfile
import zlib
from pathlib import Path

from presenter.narration.cache import clip_from_json
from presenter.speech.wav import MAX_SAMPLE_RATE, MIN_SAMPLE_RATE
from presenter.student.zipsafe import PackError, extract_member, unsafe_name

DURATION_SLACK_MS = 5  # rounding between the manifest's ms and the WAV's frame count


def extract_media(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], manifest: dict[str, object], folder: Path) -> None:
    """Unpack the pictures and clip the manifest lists; a damaged one is left out (the slide says it is missing)."""
    listed = manifest.get("media")
    for entry in listed if isinstance(listed, list) else []:
        name = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(name, str):
            continue
        if (problem := unsafe_name(name)) is not None:
            raise PackError(problem)
        if (info := files.get(name)) is None or (folder / name).exists():
            continue
        target = folder / name
        try:
            digest = extract_member(zf, info, target)
        except (zipfile.BadZipFile, zlib.error, EOFError):
            digest = ""
        if digest != entry.get("sha256"):
            target.unlink(missing_ok=True)


def extract_wav(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], entry: dict[str, object],
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
    problem = check_wav(target, entry, folder, digest)
    if problem:
        target.unlink(missing_ok=True)  # a rejected file is not kept on the student's disk
    return problem


def check_wav(target: Path, entry: dict[str, object], folder: Path, digest: str) -> str:
    """Whether an unpacked WAV matches its manifest entry: "" when good, else why not."""
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
    if not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        return f"its recording has an impossible sample rate ({rate} Hz)"
    try:
        clip = clip_from_json(entry, folder)
    except (KeyError, ValueError, TypeError, OverflowError):
        return "its word timings are damaged"
    if abs(round(frames * 1000 / rate) - clip.duration_ms) > DURATION_SLACK_MS or clip.sample_rate != rate:
        return "its recording does not match its timings"
    if not all(0 <= w.start_ms <= w.end_ms <= clip.duration_ms + DURATION_SLACK_MS
               and 0 <= w.char_start <= w.char_end <= len(clip.text) for w in clip.words):
        return "its word timings are damaged"
    return ""
