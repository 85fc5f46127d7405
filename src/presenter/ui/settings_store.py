"""User settings persisted with QSettings, typed by the declarations in presenter.settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from presenter.settings import SETTINGS, coerce


class SettingsStore:
    """Reads and writes the declared settings; unknown keys are a programming error."""

    def __init__(self, path: Path | None = None) -> None:
        """Use the user's settings, or an INI file at `path` (tests, portable use)."""
        if path is None:
            self._q = QSettings("presenter", "presenter")
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        """The setting's value, or its declared default."""
        setting = SETTINGS[key]
        if not self._q.contains(key):
            return setting.default
        return coerce(key, self._q.value(key))

    def set(self, key: str, value: Any) -> None:
        """Store a setting's value."""
        SETTINGS[key]  # noqa: B018 - raises KeyError for an undeclared setting
        self._q.setValue(key, value)
        self._q.sync()

    def add_recent(self, path: Path, keep: int = 8) -> None:
        """Put a lesson first in the recent list."""
        recent = [p for p in self.get("recent_lessons") if p != str(path)]
        self.set("recent_lessons", [str(path), *recent][:keep])
