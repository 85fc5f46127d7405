"""Word times from a Piper voice's phoneme durations, mapped back to the written words (pure).

eSpeak's phonemizer (inside Piper) does not keep one phoneme group per written word: numbers
split ("1.4" is "one point four"), short words merge ("of the" is "ʌvðə"), abbreviations end
sentences ("Mr."). So each written word is phonemized on its own as well, and the sentence's
phoneme stream is aligned to those words letter by letter (difflib); each word then starts at
its first phoneme in the stream and ends at its last one.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from presenter.speech.model import WordTiming
from presenter.speech.timings import word_spans

# Marks that carry no sound of their own in the comparison: stress, spaces, punctuation and the
# palatal glide eSpeak inserts between vowels ("ʲ").
# The space before a word carries its onset (the glide into it), measured against pocketsphinx
# forced alignment over the sample reading: a word starts up to 60 ms into the space before it.
SPACE_CAP_MS = 60
_MARKS = frozenset("^$_ˈˌ ʲ.,;:!?¡¿—–…\"'()-")


def _letters(phonemes: Sequence[str]) -> list[int]:
    """Indexes of the phonemes that take part in the comparison."""
    return [i for i, p in enumerate(phonemes) if p not in _MARKS and not p.isspace()]


def tag_phonemes(sentence: Sequence[str], words: Sequence[Sequence[str]]) -> list[int | None]:
    """For each phoneme of the sentence, the written word it belongs to (None: a mark or a pause)."""
    keep = _letters(sentence)
    a = [sentence[i] for i in keep]
    b: list[str] = []
    owner: list[int] = []
    for w, phonemes in enumerate(words):
        for i in _letters(phonemes):
            b.append(phonemes[i])
            owner.append(w)
    tags: list[int | None] = [None] * len(sentence)
    if not a or not b:
        return tags
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        for k in range(a0, a1):
            if op == "delete":
                continue  # only in the sentence: given to a neighbour below
            # equal: one to one; replace: spread the sentence's letters over the words' letters.
            j = b0 + (k - a0) * (b1 - b0) // max(1, a1 - a0)
            tags[keep[k]] = owner[min(j, b1 - 1)]
    last: int | None = None
    for k in keep:  # letters only in the sentence belong to the word before them
        if tags[k] is None:
            tags[k] = last
        last = tags[k]
    # Tags must never go back (a word heard before the one before it): keep the running maximum.
    best = -1
    for k in keep:
        t = tags[k]
        if t is not None:
            best = max(best, t)
            tags[k] = best
    return tags


def word_timings(
    text: str,
    sentence: Sequence[str],
    samples: Sequence[int],
    words: Sequence[Sequence[str]],
    sample_rate: int,
) -> tuple[WordTiming, ...]:
    """One timing per written word of `text`, MEASURED from per-phoneme sample counts.

    `sentence` is the phoneme stream that was spoken (start and end symbols included) and
    `samples[i]` the number of audio samples of phoneme i; `words`
    holds each written word's phonemes on its own, in the order of `word_spans(text)`. A stress
    mark just before a word's first letter belongs to the word. Words with no phoneme of their
    own (rare) share the time of their neighbours.
    """
    spans = word_spans(text)
    if not spans:
        return ()
    starts_at: list[int] = []
    total = 0
    for n in samples:
        starts_at.append(total)
        total += int(n)
    tags = tag_phonemes(sentence, words)
    first: list[int | None] = [None] * len(spans)
    last: list[int | None] = [None] * len(spans)
    for k, tag in enumerate(tags):
        if tag is None or tag >= len(spans):
            continue
        if first[tag] is None:
            j = k
            while j > 0 and sentence[j - 1] in "ˈˌ":
                j -= 1
            first[tag] = j
        last[tag] = k
    ms = [round(s * 1000 / sample_rate) for s in starts_at] + [round(total * 1000 / sample_rate)]
    onsets: list[int | None] = []
    for f in first:
        if f is None:
            onsets.append(None)
        elif f > 0 and sentence[f - 1] == " ":
            onsets.append(ms[f] - min(ms[f] - ms[f - 1], SPACE_CAP_MS))
        else:
            onsets.append(ms[f])
    begins = _fill(onsets, ms[0], ms[-1])
    ends: list[int] = []
    for i, end_k in enumerate(last):
        nxt = begins[i + 1] if i + 1 < len(begins) else ms[-1]
        end = ms[end_k + 1] if end_k is not None else nxt
        ends.append(max(begins[i], min(end, nxt) if i + 1 < len(begins) else end))
    return tuple(WordTiming(text[a:z], s, e, a, z) for (a, z), s, e in zip(spans, begins, ends))


def _fill(known: Sequence[int | None], start: int, stop: int) -> list[int]:
    """Start times with the missing ones spread evenly between their known neighbours."""
    out: list[int] = []
    i = 0
    n = len(known)
    while i < n:
        if known[i] is not None:
            out.append(max(known[i] or 0, out[-1] if out else 0))
            i += 1
            continue
        j = i
        while j < n and known[j] is None:
            j += 1
        lo = out[-1] if out else start
        hi = known[j] if j < n else stop
        assert hi is not None or j == n
        hi_ms = max(lo, hi if hi is not None else stop)
        gap = j - i + (1 if out else 0)
        for m in range(i, j):
            step = m - i + (1 if out else 0)
            out.append(lo + (hi_ms - lo) * step // max(1, gap))
        i = j
    return out
