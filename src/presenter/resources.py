"""Where the app's own files are: from a source checkout or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `assets/` and `lessons/`: the bundle's data folder, or the repository."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


ASSETS = app_root() / "assets"
LESSONS = app_root() / "lessons"
SAMPLE_LESSON = LESSONS / "social-credit-1" / "lesson.md"


def asset(name: str) -> Path:
    """The path of a file in `assets/`."""
    return ASSETS / name
