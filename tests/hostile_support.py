"""Helpers for the hostile-input tests: a small real pack, file hashes before and after, the CLI under a time limit."""

from __future__ import annotations

import array
import hashlib
import math
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from presenter.deck.reading import ReadingIndex
from presenter.export.narration_files import NarratedSentence, Narration
from presenter.export.pack import write_pack
from presenter.lesson import load_lesson
from presenter.speech.model import Clip, WordTiming
from presenter.speech.wav import write_wav

SMALL_LESSON = """---
title: A small lesson
language: en-US
level: B1
---

# Vocabulary

- **cat** (n.) — a small animal

# Reading

The cat sat on the mat. It was happy.

# Questions

1. Where did the cat sit?

# Discussion

- Do you like cats?
"""
RATE = 22050


def make_pack(folder: Path, name: str = "small.zip") -> Path:
    """A real lesson pack (write_pack) of SMALL_LESSON with a tone per sentence and even word times."""
    folder.mkdir(parents=True, exist_ok=True)
    lesson_path = folder / "lesson.md"
    lesson_path.write_text(SMALL_LESSON, encoding="utf-8")
    lesson = load_lesson(lesson_path)
    sentences = []
    for s in ReadingIndex.build(lesson.reading).sentences:
        ms = 400 * len(s.text.split())
        samples = array.array("h", (int(3000 * math.sin(i / 8)) for i in range(RATE * ms // 1000)))
        wav = folder / f"{s.index + 1:04d}.wav"
        write_wav(wav, samples.tobytes(), RATE)
        words, pos = [], 0
        for i, w in enumerate(s.text.split()):
            start = s.text.index(w, pos)
            pos = start + len(w)
            words.append(WordTiming(w, 400 * i, 400 * i + 350, start, pos))
        clip = Clip(s.text, wav, ms, RATE, tuple(words), "measured")
        sentences.append(NarratedSentence(s.index, s.paragraph, 0, s.text, None, clip))
    return write_pack(lesson, folder / name, Narration(None, 150, "test/1", tuple(sentences))).path


def rezip(src: Path, dst: Path, replace: dict[str, bytes | None] | None = None,
          extra: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None) -> Path:
    """A copy of a zip with members replaced (None: removed) or added."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = replace.get(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)
        for name, data in extra or []:
            zout.writestr(name, data)
    return dst


def hashes(*roots: Path) -> dict[str, str]:
    """The SHA-256 of every regular file under (or at) `roots`: compare before and after."""
    out = {}
    for root in roots:
        for p in [root] if root.is_file() else sorted(root.rglob("*")):
            if p.is_file() and not p.is_symlink():
                out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def presenter(*args: str | Path, timeout: float = 60, cwd: Path | None = None) -> tuple[int, str, str, float]:
    """Run the real command line; returns exit code, stdout, stderr and seconds taken (killed at `timeout`)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "presenter", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start


NOT_A_FILE = {"fifo": "named pipe", "dev-zero": "device", "loop": "link loop", "folder": "folder"}  # kind -> message


def make_not_a_file(path: Path, kind: str) -> str:
    """Make `path` a FIFO, a link to /dev/zero, a link to itself or a folder; returns what the message must say."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "loop":
        path.symlink_to(path)
    else:
        path.mkdir()
    return NOT_A_FILE[kind]
