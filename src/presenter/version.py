"""The app's version, read from one place: the package metadata (pyproject.toml)."""

from __future__ import annotations

from importlib import metadata


def version() -> str:
    """The installed package's version, or "unknown" when run from a bare source tree."""
    try:
        return metadata.version("presenter")
    except metadata.PackageNotFoundError:
        return "unknown"
