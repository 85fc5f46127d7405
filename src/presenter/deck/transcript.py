"""A transcript that follows the clip: which paragraph and sentence are being said at a time in it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Reading

CHARS_PER_SECOND = 15.0  # about 150 words a minute: the last stamped stretch when the clip's length is unknown


@dataclass(frozen=True, slots=True)
class Stretch:
    """Paragraphs `first`..`last` said from `start_ms` until the next stamp."""

    start_ms: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Place:
    """Where the clip is in the reading: a paragraph, and the index (in the reading) of a sentence of it."""

    paragraph: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Transcript:
    """The reading's stamped stretches: a paragraph without a stamp goes on the stretch before it."""

    index: ReadingIndex
    stretches: tuple[Stretch, ...]

    @classmethod
    def build(cls, reading: Reading, index: ReadingIndex) -> Transcript | None:
        """The transcript of a reading whose paragraphs carry stamps, or None if none does."""
        kept: list[tuple[int, int]] = []  # (paragraph, ms) of each stamp in order; one out of order is ignored
        for i, p in enumerate(reading.paragraphs):
            if p.start_ms is not None and (not kept or p.start_ms > kept[-1][1]):
                kept.append((i, p.start_ms))
        ends = [first - 1 for first, _ in kept[1:]] + [len(index.paragraphs) - 1]
        stretches = [Stretch(ms, first, last) for (first, ms), last in zip(kept, ends)]
        return cls(index, tuple(stretches)) if stretches else None

    def at(self, ms: int, duration_ms: int = 0) -> Place | None:
        """The sentence being said `ms` into the clip (None before the first stamp), spread by length over its stretch."""
        k = bisect_right([s.start_ms for s in self.stretches], ms) - 1
        if k < 0:
            return None
        stretch = self.stretches[k]
        sentences = [s for p in range(stretch.first, stretch.last + 1) for s in self.index.paragraph_sentences(p)]
        if not sentences:
            return None
        lengths = [len(s.text) + 1 for s in sentences]
        if k + 1 < len(self.stretches):
            end = self.stretches[k + 1].start_ms
        elif duration_ms > stretch.start_ms:
            end = duration_ms
        else:
            end = stretch.start_ms + round(sum(lengths) / CHARS_PER_SECOND * 1000)
        said = (ms - stretch.start_ms) / max(end - stretch.start_ms, 1) * sum(lengths)
        for sentence, length in zip(sentences, lengths):
            if said < length:
                return Place(sentence.paragraph, sentence.index)
            said -= length
        last = sentences[-1]
        return Place(last.paragraph, last.index)
