"""Every user setting, declared once with its default and bounds; stores read and write through this table."""

from __future__ import annotations

import argparse
import logging
import math
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any

THEME_NAMES = ("light", "dark", "contrast")
MARK_STYLES = ("underline", "background", "bold", "off")  # ui.slides.marks.MarkStyle's values
MAX_TEXT_CHARS = 4096  # a path or a screen name; more is not a value we wrote
MAX_LIST_ITEMS = 1000

_log = logging.getLogger(__name__)
_noticed: set[tuple[str, str]] = set()


@dataclass(frozen=True, slots=True)
class Setting:
    """A setting's key, default, type and the values it may take."""

    key: str
    default: Any
    kind: type
    help: str
    per_lesson: bool = False
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()

    def check(self, value: Any) -> Any:
        """`value` as this setting's type; raise ValueError saying why when it is not one it may take."""
        if self.kind is bool:
            if isinstance(value, str) and value.lower() in ("1", "true", "yes", "0", "false", "no", ""):
                return value.lower() in ("1", "true", "yes")
            if isinstance(value, (bool, int)) and value in (0, 1):
                return bool(value)
            raise ValueError("not true or false")
        if self.kind is list:
            items = [] if value is None else list(value) if isinstance(value, (list, tuple)) else [value]
            if len(items) > MAX_LIST_ITEMS:
                raise ValueError(f"more than {MAX_LIST_ITEMS} entries")
            return [self._text(v) for v in items]
        if self.kind is float:
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                raise ValueError("not a number")
            try:
                number = float(value)
            except ValueError:
                raise ValueError("not a number") from None
            low = -math.inf if self.low is None else self.low
            high = math.inf if self.high is None else self.high
            if not math.isfinite(number) or not low <= number <= high:
                raise ValueError(f"not a number from {self.low} to {self.high}")
            return number
        text = self._text(value)
        if self.choices and text not in self.choices:
            raise ValueError(f"not one of {', '.join(self.choices)}")
        return text

    @staticmethod
    def _text(value: Any) -> str:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise ValueError("not text")
        text = str(value)
        if len(text) > MAX_TEXT_CHARS:
            raise ValueError(f"longer than {MAX_TEXT_CHARS} characters")
        return text


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("theme", "light", str, "colour theme: " + ", ".join(THEME_NAMES), choices=THEME_NAMES),
    Setting("text_scale", 1.0, float, "text size; 1.0 is 1/24 of the screen height", low=1.0, high=2.0),
    Setting("easy_reading", False, bool, "wider letter and line spacing"),
    Setting("show_marks", True, bool, "mark the lesson's vocabulary in the reading"),
    Setting("mark_style", "underline", str, "how vocabulary marks look: " + ", ".join(MARK_STYLES),
            choices=MARK_STYLES),
    Setting("recent_lessons", [], list, "lessons opened lately, newest first"),
    Setting("timer_autostart", False, bool, "start a slide's countdown (and a game round's) when it appears"),
    Setting("click_to_advance", False, bool, "a click on a slide away from its words turns it (left third: back)"),
    Setting("audience_screen", "", str, "the screen the audience view goes to"),
    Setting("import_folder", "", str, "the folder imported handouts were last saved in"),
    Setting("class_list", "", str, "the class list file for the student picker (only its path is kept)"),
    Setting("warmup_skip", False, bool, "skip the vocabulary warm-up", per_lesson=True),
    Setting("warmup_shuffle", False, bool, "shuffle the flashcards", per_lesson=True),
    Setting("warmup_cards", 0.0, float, "how many flashcards, drawn at random (0: all)", per_lesson=True,
            low=0, high=1000),
    Setting("known_terms", [], list, "terms the class knows: their cards are hidden", per_lesson=True),
    Setting("narration_speed", 1.0, float, "narration speed: 0.6, 0.8, 1.0 or 1.2", per_lesson=True,
            low=0.5, high=1.5),
    Setting("narration_voice", "", str, "narration voice id ('' = the lesson's or the system's)", per_lesson=True),
    Setting("volume", 1.0, float, "narration volume, 0 to 1", low=0.0, high=1.0),
    Setting("speaker_voices", [], list, "voices for a transcript's speakers, as speaker=voice-id", per_lesson=True),
)}


def setting_arg(key: str) -> Callable[[str], Any]:
    """An argparse type for a command-line option that sets `key`: the same bounds as the settings file."""

    def parse(text: str) -> Any:
        try:
            return SETTINGS[key].check(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{text!r} is {exc}") from None

    return parse


def coerce(key: str, value: Any) -> Any:
    """A stored value checked against its declaration; the default, with a notice, when it fails."""
    setting = SETTINGS[key]
    try:
        return setting.check(value)
    except (TypeError, ValueError, OverflowError) as exc:
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        if (key, shown) not in _noticed:  # once per value: settings are read many times
            _noticed.add((key, shown))
            _log.warning("settings: %s = %s is %s; using the default, %r", key, shown.encode("ascii", "backslashreplace").decode(), exc, setting.default)
        return setting.default
