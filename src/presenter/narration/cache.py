"""Narration clips kept on disk, keyed by text, voice, rate and engine version.

The engine version names every engine and, for each Piper voice, a hash of its files: a voice
replaced under the same name is never heard from old clips.

A lesson opened again narrates at once: each sentence's WAV and word timings are found here.
Entries are written atomically (the JSON last), so a crash never leaves a clip without timings.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from presenter.fileio import write_atomic
from presenter.speech.model import Clip, WordTiming

MIN_WAV_BYTES = 45  # a bare header is 44 bytes: anything that size or smaller has no sound


def clip_key(text: str, voice: str | None, rate: int, engine_version: str) -> str:
    """A name for a clip that changes whenever anything that changes the audio does."""
    raw = json.dumps([text, voice or "", rate, engine_version], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def clip_to_json(clip: Clip, wav_name: str) -> dict[str, object]:
    """A clip's timings as JSON data (the WAV is referred to by file name; a fallback's note kept)."""
    note = {"note": clip.note} if clip.note else {}
    return {**note,
        "text": clip.text, "wav": wav_name, "duration_ms": clip.duration_ms, "sample_rate": clip.sample_rate,
        "timing_source": clip.timing_source,
        "words": [{"text": w.text, "start_ms": w.start_ms, "end_ms": w.end_ms, "char_start": w.char_start,
                   "char_end": w.char_end} for w in clip.words],
    }


def clip_from_json(data: dict[str, object], folder: Path) -> Clip:
    """A clip back from its JSON data; raises ValueError/KeyError/TypeError when it is damaged."""
    words = data["words"]
    if not isinstance(words, list):
        raise ValueError("words must be a list")
    source = data.get("timing_source", "measured")
    return Clip(
        text=str(data["text"]), wav_path=folder / str(data["wav"]), duration_ms=int(str(data["duration_ms"])),
        sample_rate=int(str(data["sample_rate"])),
        words=tuple(WordTiming(str(w["text"]), int(w["start_ms"]), int(w["end_ms"]), int(w["char_start"]),
                               int(w["char_end"])) for w in words),
        timing_source="estimated" if source == "estimated" else "measured",
        note=str(data.get("note", "")),
    )


class ClipCache:
    """WAV + JSON pairs in one folder."""

    def __init__(self, folder: Path) -> None:
        """Keep clips under `folder` (created on first use)."""
        self.folder = folder

    def wav_path(self, key: str) -> Path:
        """Where the engine should write the WAV for `key` (via a temporary name: see `temp_wav`)."""
        return self.folder / f"{key}.wav"

    def temp_wav(self, key: str) -> Path:
        """A fresh temporary file beside the final WAV; `store` renames it into place."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.folder, prefix=f".{key}.", suffix=".wav")
        os.close(fd)
        return Path(name)

    def get(self, key: str) -> Clip | None:
        """The cached clip, or None when it is missing or damaged."""
        try:
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            clip = clip_from_json(data, self.folder)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        try:
            if clip.wav_path.stat().st_size < MIN_WAV_BYTES:
                return None
        except OSError:
            return None
        return clip

    def store(self, key: str, clip: Clip) -> Clip:
        """Move the clip's WAV into the cache and write its timings; returns the cached clip."""
        final = self.wav_path(key)
        os.replace(clip.wav_path, final)
        data = clip_to_json(clip, final.name)
        # The project's one atomic writer; not fsynced: a clip lost in a power cut is only a miss.
        write_atomic(self.folder / f"{key}.json", json.dumps(data, ensure_ascii=False).encode("utf-8"), durable=False)
        return clip_from_json(data, self.folder)
