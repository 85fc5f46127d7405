"""Where the repository's test inputs are (imported by tests; conftest.py files are for fixtures)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"
SEEDS = REPO.parent / "shared" / "seeds"
