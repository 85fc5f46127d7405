"""Pagination logic with a simple measure: whole sentences, sections apart, nothing lost."""

from hypothesis import given, settings
from hypothesis import strategies as st

from presenter.deck.pagination import paginate
from presenter.deck.reading import ReadingIndex
from presenter.lesson.model import Paragraph, Reading, Section


def char_measure(width_chars: int, line_px: int):  # type: ignore[no-untyped-def]
    """A monospace measure: lines of `width_chars` characters, `line_px` tall."""
    def measure(text: str, speaker: str | None, font_px: int) -> float:
        lines = -(-len(text) // width_chars)
        return (lines + (1 if speaker else 0)) * line_px * font_px / 20
    return measure


SENTENCE = st.from_regex(r"[A-Z][a-z]{1,8}( [a-z]{1,8}){0,14}[.?!]", fullmatch=True)
PARAGRAPH = st.builds(lambda ss, sp, br: Paragraph(" ".join(ss), sp, 0, br),
                      st.lists(SENTENCE, min_size=1, max_size=6), st.sampled_from([None, "Ann", "Ken Dewoskin, Economist"]),
                      st.booleans())
READING = st.builds(lambda secs: Reading(tuple(Section(tuple(ps)) for ps in secs)),
                    st.lists(st.lists(PARAGRAPH, min_size=1, max_size=6), min_size=1, max_size=4))


@settings(max_examples=150, deadline=None)
@given(READING, st.integers(20, 80), st.integers(100, 900))
def test_pages_hold_whole_sentences_and_lose_nothing(reading: Reading, width: int, height: int) -> None:
    index = ReadingIndex.build(reading)
    measure = char_measure(width, 20)
    pages = paginate(index, measure, height, 20, gap=10)
    seen = [s for p in pages for c in p.chunks for s in range(c.first, c.last + 1)]
    # Nothing lost, in order; a sentence too long for any slide is repeated once per piece.
    assert sorted(set(seen)) == list(range(len(index.sentences))) and seen == sorted(seen)
    pieces: dict[int, str] = {}
    for page in pages:
        for c in page.chunks:
            sentences = index.sentences[c.first : c.last + 1]
            whole = index.paragraphs[c.paragraph].text[sentences[0].start : sentences[-1].end]
            if seen.count(c.first) > 1:
                assert len(page.chunks) == 1 and c.first == c.last
                pieces[c.first] = pieces.get(c.first, "") + c.text
            else:
                assert c.text == whole and c.start == sentences[0].start
        used = sum(measure(c.text, c.speaker, page.font_px) for c in page.chunks) + 10 * (len(page.chunks) - 1)
        assert used <= height or len(page.chunks[0].text) == 1  # only a lone character may overflow
    for sentence, text in pieces.items():
        assert text == index.sentences[sentence].text  # the pieces make up the sentence exactly
        assert len({index.paragraphs[c.paragraph].section for c in page.chunks}) == 1
    # A section or a forced break always starts a page.
    starts = {p.chunks[0].paragraph for p in pages if not p.chunks[0].continued}
    for para in index.paragraphs:
        if para.slide_break_before or para.index == 0 or index.paragraphs[para.index - 1].section != para.section:
            assert para.index in starts


@given(READING)
def test_sentences_are_numbered_in_order(reading: Reading) -> None:
    index = ReadingIndex.build(reading)
    assert [s.index for s in index.sentences] == list(range(len(index.sentences)))
    for p in index.paragraphs:
        assert [s.paragraph for s in index.paragraph_sentences(p.index)] == [p.index] * p.sentence_count
