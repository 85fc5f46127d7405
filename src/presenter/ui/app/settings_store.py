"""User settings persisted with QSettings, typed by the declarations in presenter.settings."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from presenter.settings import SETTINGS, coerce

if TYPE_CHECKING:
    from presenter.deck.deck import WarmupOptions
    from presenter.presenting.types import Options


@dataclass(frozen=True, slots=True)
class NarrationChoices:
    """How a lesson was last narrated: speed, voice ("" for the lesson's), volume, the speakers' voices."""

    speed: float
    voice: str
    volume: float
    speaker_voices: dict[str, str]


@dataclass(frozen=True, slots=True)
class Look:
    """How slides look: the theme, the text scale and easy-reading spacing."""

    theme: str
    text_scale: float
    easy_reading: bool


class SettingsStore:
    """Reads and writes the declared settings; unknown keys are a programming error."""

    def __init__(self, path: Path | None = None) -> None:
        """Use the user's settings, or an INI file at `path` (tests, portable use)."""
        if path is None:
            self._q = QSettings("presenter", "presenter")
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def data_folder(self) -> Path:
        """The folder the settings file is in (class lists are kept there too)."""
        return Path(self._q.fileName()).parent

    @staticmethod
    def _key(key: str, lesson: Path | None) -> str:
        setting = SETTINGS[key]  # raises KeyError for an undeclared setting
        if not setting.per_lesson:
            return key
        if lesson is None:
            raise ValueError(f"setting {key!r} is kept per lesson: name the lesson")
        # Per lesson, keyed by the file's full path: the same lesson in two folders is two lessons.
        # hashlib (it loads OpenSSL) is imported here, not at start-up: per-lesson settings are
        # first read when the lesson's slides are built, after its title card is on screen.
        import hashlib

        # os.fsencode: a name that is not valid UTF-8 keeps its own bytes (str.encode() raised).
        digest = hashlib.sha1(os.fsencode(lesson.resolve())).hexdigest()[:16]
        return f"lessons/{digest}/{key}"

    def get(self, key: str, lesson: Path | None = None) -> Any:
        """The setting's value (for `lesson` if it is kept per lesson), or its declared default."""
        full = self._key(key, lesson)
        if not self._q.contains(full):
            return SETTINGS[key].default
        return coerce(key, self._q.value(full))

    def set(self, key: str, value: Any, lesson: Path | None = None) -> None:
        """Store a setting's value."""
        self._q.setValue(self._key(key, lesson), value)
        self._q.sync()

    # --- what presenting a lesson reads and writes, in one place ------------------------------
    def presenting_options(self) -> Options:
        """The teacher's choices the presentation model decides with."""
        from presenter.presenting.types import Options  # loaded with the slides, after the title card

        return Options(autostart=bool(self.get("timer_autostart")), click_to_advance=bool(self.get("click_to_advance")))

    def warmup_options(self, lesson: Path) -> WarmupOptions:
        """The warm-up as the teacher left it for `lesson` (skipped, shuffled, cards hidden as known)."""
        from presenter.deck.deck import SHUFFLE_SEED, WarmupOptions  # loaded with the slides, after the title card

        return WarmupOptions(skip=bool(self.get("warmup_skip", lesson)),
                             shuffle_seed=SHUFFLE_SEED if self.get("warmup_shuffle", lesson) else None,
                             hidden=frozenset(t.lower() for t in self.get("known_terms", lesson)),
                             card_limit=int(self.get("warmup_cards", lesson)), card_seed=random.randrange(1 << 30))

    def remember_warmup(self, lesson: Path, options: WarmupOptions) -> None:
        """Keep the warm-up options for `lesson`."""
        self.set("warmup_skip", options.skip, lesson)
        self.set("warmup_shuffle", options.shuffle_seed is not None, lesson)
        self.set("known_terms", sorted(options.hidden), lesson)
        self.set("warmup_cards", float(options.card_limit), lesson)

    def look(self) -> Look:
        """The slides' theme, text size and spacing."""
        return Look(str(self.get("theme")), float(self.get("text_scale")), bool(self.get("easy_reading")))

    def audience_screen(self) -> str:
        """The screen the slides were last shown on ("" for none chosen)."""
        return str(self.get("audience_screen"))

    def remember_audience_screen(self, name: str) -> None:
        """The slides went to screen `name`."""
        self.set("audience_screen", name)

    def narration(self, lesson: Path) -> NarrationChoices:
        """How `lesson` was narrated last time (the volume is the same for every lesson)."""
        pairs = (str(x).split("=", 1) for x in self.get("speaker_voices", lesson))
        return NarrationChoices(float(self.get("narration_speed", lesson)), str(self.get("narration_voice", lesson)),
                                float(self.get("volume")), {p[0]: p[1] for p in pairs if len(p) == 2})

    def remember_speed(self, lesson: Path, speed: float) -> None:
        """Keep `lesson`'s narration speed."""
        self.set("narration_speed", speed, lesson)

    def remember_voice(self, lesson: Path, voice: str | None) -> None:
        """Keep `lesson`'s narration voice (None: the lesson's own)."""
        self.set("narration_voice", voice or "", lesson)

    def remember_volume(self, volume: float) -> None:
        """Keep the narration volume."""
        self.set("volume", volume)

    def remember_speaker_voices(self, lesson: Path, voices: dict[str, str]) -> None:
        """Keep the voice given to each speaker of `lesson`'s transcript."""
        self.set("speaker_voices", [f"{k}={v}" for k, v in voices.items()], lesson)

    def recent_lessons(self) -> list[Path]:
        """The lessons opened last, newest first."""
        return [Path(p) for p in self.get("recent_lessons")]

    def add_recent(self, path: Path, keep: int = 8) -> None:
        """Put a lesson first in the recent list."""
        recent = [p for p in self.get("recent_lessons") if p != str(path)]
        self.set("recent_lessons", [str(path), *recent][:keep])
