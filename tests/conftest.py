"""Test set-up shared by every test: Qt runs offscreen, before any QApplication exists."""

import os
import sys
from pathlib import Path

import pytest

# Tests import shared paths with `from repo_paths import ...`, whichever folder they are in.
sys.path.insert(0, str(Path(__file__).parent))
from repo_paths import REPO, SAMPLE_LESSON, SEEDS  # noqa: E402

# pytest-qt aborts with no display unless the platform is chosen before the QApplication is made.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

__all__ = ["REPO", "SAMPLE_LESSON", "SEEDS"]


@pytest.fixture
def sample_lesson_path() -> Path:
    """The sample lesson shipped in lessons/."""
    return SAMPLE_LESSON
