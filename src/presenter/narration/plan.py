"""Where the narration is: the word being spoken at a player position, speeds and voices."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from presenter.narration.speeds import SPEEDS
from presenter.speech.model import Voice, WordTiming

# Speeds a teacher picks for learners: multiples of the lesson's rate.
MIN_RATE, MAX_RATE = 80, 400


def rate_for(lesson_rate: int, speed: float) -> int:
    """Words per minute for a speed preset, kept within what engines accept."""
    return max(MIN_RATE, min(MAX_RATE, round(lesson_rate * speed)))


def word_at(words: Sequence[WordTiming], position_ms: int) -> int | None:
    """The index of the word being spoken at `position_ms` (the last one begun), or None before the first."""
    starts = [w.start_ms for w in words]
    i = bisect_right(starts, position_ms) - 1
    if i < 0:
        return None
    # Past the last word's end (trailing silence) nothing is being spoken.
    if i == len(words) - 1 and position_ms > words[i].end_ms + 250:
        return None
    return i


def voice_for(speaker: str | None, default: str | None, speaker_voices: dict[str, str]) -> str | None:
    """The voice for a paragraph: the speaker's own if the teacher gave one, else the lesson's."""
    if speaker and speaker in speaker_voices:
        return speaker_voices[speaker]
    return default


def repeat_gap_ms(duration_ms: int, factor: float = 1.0) -> int:
    """Repeat-after-me: time for the class to say the sentence, as long as the sentence itself."""
    return max(1000, round(duration_ms * factor))


def voices_for_language(voices: Sequence[Voice], language: str) -> list[Voice]:
    """The voices that speak the lesson's language: the exact variety first, then its relatives."""
    want = language.lower()
    primary = want.split("-")[0]
    exact = [v for v in voices if v.language.lower() == want]
    related = [v for v in voices if v not in exact and v.language.lower().split("-")[0] == primary]
    return exact + sorted(related, key=lambda v: len(v.language))


def pick_voice(voices: Sequence[Voice], language: str) -> Voice | None:
    """The best voice for a language (en-US: English (America)), or None if none speaks it."""
    found = voices_for_language(voices, language)
    return found[0] if found else None
