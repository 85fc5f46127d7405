"""Shared fixtures for the speech tests (not a conftest.py: tests/test_cli.py imports the root
one as `conftest`, and a second one would shadow it). Import the fixtures into a test module."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from presenter.speech.model import SpeechUnavailable

SEED_SENTENCES = (
    "Nearly eleven million Chinese people can no longer fly, and four million are barred "
    "from trains.",
    "By 2020, China plans to give all it’s 1.4 billion citizens a personal score based on how "
    "they behave.",
)
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture(scope="session")
def seed_sentences() -> tuple[str, ...]:
    """The two seed sentences: plain words; numbers and a curly apostrophe."""
    return SEED_SENTENCES


@pytest.fixture(scope="session")
def espeak_engine():  # type: ignore[no-untyped-def]
    """The real eSpeak NG engine; libespeak-ng is process-wide, so one for the whole session."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the synchronous eSpeak engine is the Linux engine")
    from presenter.speech.espeak import EspeakEngine

    try:
        return EspeakEngine()
    except SpeechUnavailable as exc:
        pytest.fail(f"eSpeak NG is part of the Linux set-up (dev.sh installs it): {exc}")
