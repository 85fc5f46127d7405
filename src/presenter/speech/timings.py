"""Pure functions that place written words in time: splitting, estimating, and event alignment."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence

from presenter.speech.model import WordTiming

# Dashes, slashes and ellipses separate words even without spaces ("trustworthy—and",
# "buy/bought"); hyphens and apostrophes stay inside a word ("non-smoking", "it’s").
_TOKEN = re.compile(r"[^\s\u2013\u2014\u2015/\u2026]+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")

# Extra weight (in syllables) for the pause a punctuation mark brings after a word.
_PAUSE_WEIGHT = {",": 0.8, ";": 1.0, ":": 1.0, ".": 1.5, "!": 1.5, "?": 1.5, "\u2014": 0.8}


def _in_word(ch: str) -> bool:
    """Letters, digits, and combining marks (the accent of a decomposed "é")."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _tokens(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Each token (start, end) between spaces and dashes, with the word inside it if any."""
    found: list[tuple[int, int, tuple[int, int] | None]] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        a, z = start, end
        while a < z and not text[a].isalnum():
            a += 1
        while z > a and not _in_word(text[z - 1]):
            z -= 1
        found.append((start, end, (a, z) if a < z else None))
    return found


def word_spans(text: str) -> list[tuple[int, int]]:
    """The written words of `text` as (start, end) character offsets, end exclusive.

    A word is a run without spaces or dashes, trimmed of leading and trailing punctuation,
    that holds at least one letter or digit; a lone "—", "…" or emoji is not a word.
    """
    return [word for _, _, word in _tokens(text) if word is not None]


def syllables(word: str) -> float:
    """A rough count of the syllables `word` is spoken with (numbers read aloud count more)."""
    lower = word.lower()
    digits = sum(ch.isdigit() for ch in lower)
    if digits:
        # "2020" is "twenty twenty", "1.4" is "one point four": about 1.5 syllables a digit.
        return 1.5 * digits + lower.count(".") + lower.count(",")
    latin = "".join(ch for ch in lower if "a" <= ch <= "z")
    if not latin:
        # Other scripts: about one syllable every two characters.
        return max(1.0, len(lower) / 2)
    count = len(_VOWEL_GROUPS.findall(latin))
    if latin.endswith("e") and not latin.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: "behave", "score"
    return float(max(1, count))


def _weight(text: str, span: tuple[int, int], next_start: int) -> float:
    """How long a word lasts relative to others: its syllables plus the pause after it."""
    start, end = span
    weight = syllables(text[start:end])
    trailing = text[end:next_start]
    pause = max((_PAUSE_WEIGHT.get(ch, 0.0) for ch in trailing), default=0.0)
    return weight + pause


def weights(text: str, spans: Sequence[tuple[int, int]]) -> list[float]:
    """The relative duration of each word span in `text`, pauses included."""
    nexts = [s for s, _ in spans[1:]] + [len(text)]
    return [_weight(text, span, nxt) for span, nxt in zip(spans, nexts)]


def _split(start_ms: int, end_ms: int, parts: Sequence[float]) -> list[int]:
    """Start times that cut [start_ms, end_ms] in proportion to `parts` (first is start_ms)."""
    total = sum(parts) or 1.0
    span = max(0, end_ms - start_ms)
    starts: list[int] = []
    acc = 0.0
    for part in parts:
        starts.append(start_ms + round(span * acc / total))
        acc += part
    return starts


def estimate_word_timings(
    text: str, duration_ms: int, *, lead_ms: int = 0, tail_ms: int = 0
) -> tuple[WordTiming, ...]:
    """ESTIMATED timings: spread the words over the clip in proportion to their syllables.

    Speech is taken to run from `lead_ms` to `duration_ms - tail_ms`; words follow one another
    without gaps (a word ends where the next begins), the first starts at the speech start and
    the last ends at the speech end. Used where the engine gives no usable word events.
    """
    spans = word_spans(text)
    if not spans:
        return ()
    duration_ms = max(0, duration_ms)
    begin = min(max(0, lead_ms), duration_ms)
    finish = max(begin, duration_ms - max(0, tail_ms))
    starts = _split(begin, finish, weights(text, spans))
    ends = starts[1:] + [finish]
    return tuple(
        WordTiming(text[a:z], s, e, a, z) for (a, z), s, e in zip(spans, starts, ends)
    )


def align_word_events(
    text: str,
    events: Sequence[tuple[int, int]],
    *,
    speech_end_ms: int,
    duration_ms: int,
) -> tuple[WordTiming, ...]:
    """MEASURED timings: turn eSpeak WORD events into one timing per written word.

    `events` are (text_position, audio_position_ms) pairs in the order eSpeak sent them,
    text_position counting characters from 1. eSpeak's quirks, measured with eSpeak NG 1.51:
    - a number gives one event per spoken part ("2020", "1.4", "176" give three): merged;
    - events at position 0, and events jumping back to an earlier position at a clause end,
      are spurious: dropped;
    - an event inside a word's token belongs to that word, even on its punctuation ("$3.50",
      "“naïve”"); events on spaces or on tokens that are no word (an emoji's spoken name
      gives several, some on the following space) are dropped, so the word before lasts on;
    - short words can have no event of their own ("on the list", "was a journalist"), or an
      event in the previous word ("no longer" gives two in "no"): the time is then shared
      by syllables between the words, or the stray event is handed on.
    """
    tokens = _tokens(text)
    spans = [word for _, _, word in tokens if word is not None]
    if not spans:
        return ()
    token_ends = [end for _, end, _ in tokens]
    word_index: list[int | None] = []  # token number -> word number
    count = 0
    for _, _, word in tokens:
        word_index.append(None if word is None else count)
        count += word is not None
    hits: list[list[int]] = [[] for _ in spans]
    last_pos = -1
    last_ms = 0
    for text_position, audio_ms in events:
        pos = text_position - 1
        if pos < 0 or pos < last_pos:
            continue
        t = bisect.bisect_right(token_ends, pos)  # first token ending after pos
        if t == len(tokens) or pos < tokens[t][0] or word_index[t] is None:
            continue  # on a space, after the last word, or on an emoji or a lone dash
        index = word_index[t]
        assert index is not None
        last_pos = pos
        last_ms = max(last_ms, audio_ms)
        hits[index].append(last_ms)
    _hand_on_strays(text, spans, hits)
    speech_end = min(max(speech_end_ms, 0), duration_ms) if duration_ms > 0 else speech_end_ms
    starts = _fill_starts(text, spans, [h[0] if h else None for h in hits], speech_end)
    finish = max(speech_end, starts[-1])
    if finish <= starts[-1]:
        finish = max(duration_ms, starts[-1])
    word_ends = starts[1:] + [finish]
    return tuple(
        WordTiming(text[a:z], s, e, a, z)
        for (a, z), s, e in zip(spans, starts, word_ends)
    )


def _hand_on_strays(text: str, spans: Sequence[tuple[int, int]], hits: list[list[int]]) -> None:
    """Give a word with no event the extra event of the word before it, when that is a word."""
    for i in range(1, len(spans)):
        before = hits[i - 1]
        a, z = spans[i - 1]
        if not hits[i] and len(before) > 1 and not any(ch.isdigit() for ch in text[a:z]):
            hits[i].append(before.pop())


def _fill_starts(
    text: str,
    spans: Sequence[tuple[int, int]],
    known: Sequence[int | None],
    speech_end_ms: int,
) -> list[int]:
    """Start times for every word: measured ones kept, missing ones shared out by syllables."""
    w = weights(text, spans)
    starts: list[int] = []
    i = 0
    n = len(spans)
    while i < n:
        anchor = known[i]
        if anchor is None and i == 0:
            anchor = 0  # no event before the first word: it starts with the clip
        assert anchor is not None
        j = i + 1
        while j < n and known[j] is None:
            j += 1
        stop = known[j] if j < n else max(speech_end_ms, anchor)
        assert stop is not None
        starts.extend(_split(anchor, max(anchor, stop), w[i:j]))
        i = j
    return starts
