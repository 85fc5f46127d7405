"""Which paragraph and sentence of a stamped reading the clip is at (Qt-free)."""

from __future__ import annotations

from presenter.deck.reading import ReadingIndex
from presenter.deck.transcript import CHARS_PER_SECOND, Transcript
from presenter.lesson import parse_lesson
from presenter.lesson.model import Reading

HEAD = "---\ntitle: Watch\nvideo: clip.mp4\n---\n\n# Reading\n\n"


def transcript(body: str) -> tuple[Transcript | None, ReadingIndex]:
    lesson, _ = parse_lesson(HEAD + body)
    assert lesson is not None
    index = ReadingIndex.build(lesson.reading)
    return Transcript.build(lesson.reading, index), index


def test_no_stamps_no_transcript() -> None:
    assert transcript("One. Two.\n\nThree.\n")[0] is None
    assert Transcript.build(Reading(()), ReadingIndex.build(Reading(()))) is None


def test_each_stamp_starts_its_paragraph_and_unstamped_ones_follow_the_stretch_before() -> None:
    t, index = transcript("Before the clip talks.\n\n[00:02] One one one. Two two two.\n\nThree three three.\n\n"
                          "[00:10] Four four four.\n")
    assert t is not None
    assert t.at(0) is None and t.at(1999) is None  # before the first stamp: nothing lit
    place = t.at(2000)
    assert place is not None and (place.paragraph, place.sentence) == (1, 1)
    # 2 s to 10 s spread by length over "One…", "Two…" (paragraph 1) and "Three…" (paragraph 2).
    sentences = [t.at(ms) for ms in range(2000, 10_000, 250)]
    said = [p.sentence for p in sentences if p is not None]
    assert said == sorted(said) and set(said) == {1, 2, 3}
    lengths = {1: len("One one one.") + 1, 2: len("Two two two.") + 1, 3: len("Three three three.") + 1}
    for sentence, length in lengths.items():  # each sentence's share of the stretch is its share of the text
        assert abs(said.count(sentence) - len(said) * length / sum(lengths.values())) <= 1, sentence
    last = t.at(10_000)
    assert last is not None and (last.paragraph, last.sentence) == (3, index.last_sentence(3))


def test_seeking_back_goes_back() -> None:
    t, _ = transcript("[00:00] A first one.\n\n[00:05] A second one.\n\n[00:09] A third one.\n")
    assert t is not None
    forward = [t.at(ms) for ms in (9500, 6000, 100)]
    assert [p.paragraph for p in forward if p is not None] == [2, 1, 0]


def test_the_last_stretch_ends_with_the_clip_or_at_reading_speed() -> None:
    t, index = transcript("[00:00] Aaaa aaaa. Bbbb bbbb.\n")
    assert t is not None
    assert [t.at(ms, 4000).sentence for ms in (0, 1900, 2100, 3999, 60_000)] == [0, 0, 1, 1, 1]  # type: ignore[union-attr]
    chars = sum(len(s.text) + 1 for s in index.sentences)
    half = round(chars / CHARS_PER_SECOND * 1000 / 2)
    assert t.at(half - 50).sentence == 0 and t.at(half + 100).sentence == 1  # type: ignore[union-attr]


def test_a_stamp_out_of_order_joins_the_stretch_before() -> None:
    t, _ = transcript("[00:10] One.\n\n[00:05] Two.\n\n[00:20] Three.\n")
    assert t is not None
    assert [(s.start_ms, s.first, s.last) for s in t.stretches] == [(10_000, 0, 1), (20_000, 2, 2)]
    assert t.at(19_000).paragraph == 1  # type: ignore[union-attr]
