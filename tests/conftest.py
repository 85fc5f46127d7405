"""Test set-up shared by every test: Qt runs offscreen, before any QApplication exists."""

import os
from pathlib import Path

import pytest

# pytest-qt aborts with no display unless the platform is chosen before the QApplication is made.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

REPO = Path(__file__).resolve().parents[1]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture
def sample_lesson_path() -> Path:
    """The sample lesson shipped in lessons/."""
    return SAMPLE_LESSON
