"""Cutting a sentence into parts: whole words, the right characters, sensible places."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from presenter.narration.parts import MAX_HEAD_WORDS, parts, placed
from presenter.speech.model import Clip, WordTiming
from presenter.speech.timings import word_spans

WORDS = ["the", "a", "Mr.", "Smith", "1.4", "billion", "it’s", "CEO", "“purify”", "and", "people", "who", "—",
         "travel,", "score;", "2,020", "with", "low", "scores", "cannot", "fly.", "U.S.", "e-mail", "(often)"]


def texts(spans: list[tuple[int, int]], text: str) -> list[str]:
    return [text[a:z] for a, z in spans]


def test_a_short_sentence_stays_whole() -> None:
    assert parts("Liu was a journalist.") == [(0, 21)]


def test_the_first_clause_is_the_head_when_it_ends_early() -> None:
    text = "As a result, people with low scores cannot buy plane tickets or ride the fast trains at all."
    assert texts(parts(text), text)[0] == "As a result, "


def test_no_cut_inside_a_name_a_number_or_after_an_article() -> None:
    text = "Yesterday Mr. Smith the banker paid 1.4 billion dollars to the small town council in Ohio."
    heads = [text[a:z].split()[-1] for a, z in parts(text)[:-1]]
    assert heads and all(h not in ("Mr.", "1.4", "the") for h in heads), heads


@settings(max_examples=300, deadline=1000)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_parts_cover_the_sentence_and_keep_every_word_whole(words: list[str]) -> None:
    text = " ".join(words) + "."
    spans = parts(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(z == a2 for (_, z), (a2, _) in zip(spans, spans[1:]))  # one after another, nothing left out
    whole = word_spans(text)
    moved = [(a + w0, a + w1) for a, z in spans for w0, w1 in word_spans(text[a:z].rstrip())]
    assert moved == whole  # each part's words, moved by its start, are the sentence's words
    if len(spans) > 1:
        assert len(word_spans(text[slice(*spans[0])])) <= MAX_HEAD_WORDS


def test_placed_moves_the_words_into_the_whole_sentence(tmp_path: Path) -> None:
    text = "So some people with low scores are punished."
    clip = Clip("with low scores are punished.", tmp_path / "p.wav", 900, 22050,
                (WordTiming("with", 10, 200, 0, 4), WordTiming("low", 200, 400, 5, 8)), "measured")
    moved = placed(clip, text, 15)
    assert moved.text == text and moved.duration_ms == 900 and moved.wav_path == clip.wav_path
    assert [(text[w.char_start:w.char_end], w.start_ms) for w in moved.words] == [("with", 10), ("low", 200)]
