"""Cutting a sentence into parts spoken one after another, so a sentence not yet rendered sounds at once.

A slow engine (Piper: about 60 ms of work a word on 2 cores) renders a short head first; it plays
while the rest renders. Cuts fall at a clause's punctuation where one is near, else between two
plain words (never inside "Mr. Smith" or "1.4 billion"), and each part may be a few times longer
than the one before it: it renders while the earlier parts play.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from presenter.speech.model import Clip
from presenter.speech.timings import word_spans

HEAD_WORDS = 4  # about 1.3 s of speech, rendered in about 0.25 s
MAX_HEAD_WORDS = 7  # a clause ending this soon is a better cut than word 4
MIN_TAIL_WORDS = 3  # a tail shorter than this is not worth a seam
GROWTH = 3  # a part may be this many times as long as the part before it
_CLAUSE = frozenset(",;:—–")
# Words that start a phrase: a cut before one sounds like a breath, a cut elsewhere like a stumble.
_STARTERS = frozenset("""and but or so because if when while where who which that as to for with from in on at by of
after before until since than is are was were will would can could should may might""".split())
_LEADING = frozenset("a an the my your his her its our their this that these those".split())  # never end a part


@dataclass(frozen=True, slots=True)
class ClipPart:
    """One part of a sentence's audio, its words placed in the whole sentence."""

    clip: Clip  # text: the whole sentence; words' char offsets: in the whole sentence; times: in this part
    index: int
    last: bool
    before_ms: int = 0  # how long the earlier parts sounded


def _plain(word: str) -> bool:
    return all(ch.isalpha() or ch in "'’" for ch in word)


def parts(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans to render one after another; one span when no cut is worth it."""
    spans = word_spans(text)
    if len(spans) < HEAD_WORDS + MIN_TAIL_WORDS:
        return [(0, len(text))]
    # cuts[i]: the kind of cut possible after word i ("clause", "phrase", "plain" or None)
    cuts: list[str | None] = []
    for i in range(len(spans) - 1):
        gap = text[spans[i][1]:spans[i + 1][0]]
        if any(ch in _CLAUSE for ch in gap):
            cuts.append("clause")
        elif gap.isspace() and _plain(word := text[slice(*spans[i])]) and word.lower() not in _LEADING \
                and _plain(nxt := text[slice(*spans[i + 1])]):
            cuts.append("phrase" if nxt.lower() in _STARTERS else "plain")
        else:
            cuts.append(None)
    out: list[tuple[int, int]] = []
    first, size = 0, HEAD_WORDS
    while True:
        cut = _cut(cuts, first, size, len(spans))
        if cut is None:
            out.append((spans[first][0] if out else 0, len(text)))
            return out
        out.append((spans[first][0] if out else 0, spans[cut + 1][0]))
        size = (cut + 1 - first) * GROWTH
        first = cut + 1


def _cut(cuts: list[str | None], first: int, size: int, words: int) -> int | None:
    """The word after which the part starting at `first` ends, or None to take the rest."""
    if words - first <= size + MIN_TAIL_WORDS or (first and words - first <= size * 3 // 2):
        return None
    # A clause's end is the better cut, even a little past the size (later parts have time to spare).
    limit = min(words - MIN_TAIL_WORDS, first + (MAX_HEAD_WORDS if first == 0 else size * 3 // 2)) - 1
    clauses = [i for i in range(first + 1, limit + 1) if cuts[i] == "clause"]
    if clauses:
        return clauses[0] if first == 0 else clauses[-1]
    target = first + size - 1
    near = range(max(first, target - 2), min(limit, target + 2) + 1)
    for kind in ("phrase", "plain"):
        if found := [i for i in near if cuts[i] == kind]:
            return min(found, key=lambda i: abs(i - target))
    return None


def placed(clip: Clip, text: str, start: int) -> Clip:
    """A part's clip as part of `text`: the words' characters moved by `start`, its times kept."""
    words = tuple(replace(w, char_start=w.char_start + start, char_end=w.char_end + start) for w in clip.words)
    return replace(clip, text=text, words=words)
