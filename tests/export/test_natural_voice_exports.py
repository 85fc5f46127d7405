"""Exports (pack, EPUB read-along, whole audio) and student mode speak with the class's natural voice (Piper)."""

from __future__ import annotations

import json
import wave
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.cli import main
from presenter.speech.factory import create_engine, system_engine

pytestmark = pytest.mark.slow
NATURAL, ESPEAK = "piper:en_US-joe-medium", "gmw/en-us"
LESSON = """---
title: The natural voice at home
language: en-US
level: B1
rate: 150
---

# Vocabulary

- **fare** (n.) — the money paid for a journey

# Reading

The train fare went up again this spring. Many students now walk to school instead.

# Questions

1. Why do students walk to school?
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lesson exported once, through the command line, as a pack, an EPUB and one WAV."""
    folder = tmp_path_factory.mktemp("natural")
    (folder / "lesson.md").write_text(LESSON, encoding="utf-8")
    assert main(["export", str(folder / "lesson.md"), "--pack", str(folder / "pack.zip"),
                 "--epub", str(folder / "book.epub"), "--audio", str(folder / "all.wav")]) == 0
    return folder


def pcm(data: bytes) -> bytes:
    """The samples of a WAV file's bytes."""
    import io

    with wave.open(io.BytesIO(data)) as w:
        return w.readframes(w.getnframes())


def test_the_pack_records_and_holds_the_natural_voice(exported: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported / "pack.zip") as z:
        manifest = json.loads(z.read("pack.json"))
        first = z.read(manifest["sentences"][0]["wav"])
    assert manifest["voice"] == NATURAL and "piper-tts" in manifest["engine_version"]
    assert {s["voice"] for s in manifest["sentences"]} == {NATURAL}
    assert {s["timing_source"] for s in manifest["sentences"]} == {"measured"}
    # The clip sounds like Piper's rendering of the sentence, not eSpeak NG's (Piper is not bit-exact: compare lengths).
    text = manifest["sentences"][0]["text"]
    piper = create_engine().synthesize(text, tmp_path / "p.wav", voice=NATURAL, rate_wpm=150).duration_ms
    espeak = system_engine().synthesize(text, tmp_path / "e.wav", voice=ESPEAK, rate_wpm=150).duration_ms
    packed = manifest["sentences"][0]["duration_ms"]
    assert abs(len(pcm(first)) / 2 / manifest["sentences"][0]["sample_rate"] * 1000 - packed) < 5  # that clip's length
    assert abs(packed - piper) < abs(packed - espeak) and abs(packed - piper) < 0.2 * piper, (packed, piper, espeak)


def test_the_epub_and_the_whole_audio_are_the_packs_natural_voice(exported: Path) -> None:
    with zipfile.ZipFile(exported / "book.epub") as z:
        opf = z.read("EPUB/package.opf").decode("utf-8")
    assert f">{NATURAL} (" in opf and "piper-tts" in opf  # media:narrator names the voice and its engine
    with zipfile.ZipFile(exported / "pack.zip") as z:
        manifest = json.loads(z.read("pack.json"))
        clips = [pcm(z.read(s["wav"])) for s in manifest["sentences"]]
    whole = pcm((exported / "all.wav").read_bytes())
    assert all(clip in whole for clip in clips)  # the very same recordings, one after another


def test_student_mode_speaks_with_the_packs_voice(qtbot: QtBot, exported: Path, tmp_path: Path) -> None:
    from presenter.speech import SpeechWorker
    from presenter.ui.audio.clipsource import Request
    from presenter.ui.student.session import StudentSession

    worker = SpeechWorker()
    try:
        session = StudentSession(exported / "pack.zip", worker, tmp_path / "cache", tmp_path / "data")
        qtbot.addWidget(session.window)
        narrator = session.narrator
        assert narrator.voice == NATURAL  # what the pack was recorded with, though the lesson names no voice
        narrator.play(0)
        qtbot.waitUntil(lambda: narrator.state == "playing", timeout=10000)
        assert narrator._clip is not None and (tmp_path / "data" / "packs") in narrator._clip.wav_path.parents
        narrator.say("fare")  # a word card: said live, in the pack's voice
        qtbot.waitUntil(lambda: narrator.state == "playing", timeout=60000)
        said = narrator.source.cached(Request("fare", NATURAL, narrator._rate()))
        assert said is not None and narrator._clip is not None and narrator._clip.wav_path == said.wav_path
        narrator.stop()
    finally:
        worker.close()
