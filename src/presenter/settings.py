"""Every user setting, declared once with its default; stores read and write through this table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

THEME_NAMES = ("light", "dark", "contrast")


@dataclass(frozen=True, slots=True)
class Setting:
    """A setting's key, default and type."""

    key: str
    default: Any
    kind: type
    help: str
    per_lesson: bool = False


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("theme", "light", str, "colour theme: " + ", ".join(THEME_NAMES)),
    Setting("text_scale", 1.0, float, "text size; 1.0 is 1/24 of the screen height"),
    Setting("easy_reading", False, bool, "wider letter and line spacing"),
    Setting("show_marks", True, bool, "mark the lesson's vocabulary in the reading"),
    Setting("recent_lessons", [], list, "lessons opened lately, newest first"),
    Setting("timer_autostart", False, bool, "start a slide's countdown (and a game round's) when it appears"),
    Setting("click_to_advance", False, bool, "a click on a slide away from its words turns it (left third: back)"),
    Setting("audience_screen", "", str, "the screen the audience view goes to"),
    Setting("class_list", "", str, "the class list file for the student picker (only its path is kept)"),
    Setting("warmup_skip", False, bool, "skip the vocabulary warm-up", per_lesson=True),
    Setting("warmup_shuffle", False, bool, "shuffle the flashcards", per_lesson=True),
    Setting("known_terms", [], list, "terms the class knows: their cards are hidden", per_lesson=True),
    Setting("narration_speed", 1.0, float, "narration speed: 0.6, 0.8, 1.0 or 1.2", per_lesson=True),
    Setting("narration_voice", "", str, "narration voice id ('' = the lesson's or the system's)", per_lesson=True),
    Setting("volume", 1.0, float, "narration volume, 0 to 1"),
    Setting("speaker_voices", [], list, "voices for a transcript's speakers, as speaker=voice-id", per_lesson=True),
)}


def coerce(key: str, value: Any) -> Any:
    """A stored value turned back into the setting's type; the default when it cannot be."""
    setting = SETTINGS[key]
    try:
        if setting.kind is bool:
            if isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return bool(value)
        if setting.kind is list:
            if value is None:
                return []
            return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
        result = setting.kind(value)
        if key == "theme" and result not in THEME_NAMES:
            return setting.default
        return result
    except (TypeError, ValueError):
        return setting.default
