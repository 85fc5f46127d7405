"""Where the app's own files are: from a source checkout or inside a PyInstaller bundle."""

from __future__ import annotations

import importlib.util
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


def lemminflect_data() -> Path:
    """The folder of LemmInflect's data files (infl_lu.csv.gz, ...), read by `presenter.text.lexicon`.

    The package is found without being imported: its `__init__` imports numpy, which the app
    does without (`find_spec` of a top-level package only locates it). The bundle carries just
    the data files, where PyInstaller's `collect_data_files` puts them.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "lemminflect" / "resources"
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("LemmInflect is not installed: its data files are needed to find the lesson's terms")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"
