"""The natural voice (Piper) in the real window: page turns, 0.6×, mixed voices, a voice that will not load."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.speech import SpeechWorker
from presenter.speech.factory import create_engine
from ui_support import narrated_window

pytestmark = pytest.mark.slow
NATURAL = "piper:en_US-joe-medium"


@pytest.fixture(scope="module")
def voices_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A voices folder holding one cut-short voice (a third of the real model)."""
    from presenter.speech.piper_voices import package_voices

    folder = tmp_path_factory.mktemp("voices")
    good = package_voices()[0][0]
    data = good.model.read_bytes()
    (folder / "en_US-cut-medium.onnx").write_bytes(data[: len(data) // 3])
    (folder / "en_US-cut-medium.onnx.json").write_bytes(good.config.read_bytes())
    return folder


@pytest.fixture(scope="module")
def worker(voices_dir: Path):  # type: ignore[no-untyped-def]
    """One worker for the module: the natural voice loads once."""
    w = SpeechWorker(lambda: create_engine(voices_dir))
    yield w
    w.close()


def record_words(narrator) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """Every (sentence, char_start, char_end) the highlight shows, in order, as it changes."""
    seen: list[tuple[int, int, int]] = []
    model = narrator.deck.model

    def record() -> None:
        word = model.highlight.word
        if word is not None and (not seen or seen[-1] != tuple(word)):
            seen.append(tuple(word))

    narrator.deck.state_changed.connect(record)
    return seen


def open_with_natural_voice(qtbot: QtBot, tmp_path: Path, lesson: Path, worker: SpeechWorker):  # type: ignore[no-untyped-def]
    w, stage = narrated_window(qtbot, tmp_path, lesson, worker)
    narrator = w.narrator
    assert narrator is not None
    qtbot.waitUntil(lambda: narrator.voice is not None, timeout=20000)
    assert narrator.voice == NATURAL  # the default where a natural voice for the language is installed
    assert w.narration_bar.voice.currentData() == NATURAL
    return w, narrator


def test_highlight_follows_the_natural_voice_across_a_page_turn(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path, worker: SpeechWorker) -> None:
    w, narrator = open_with_natural_voice(qtbot, tmp_path, sample_lesson_path, worker)
    deck = narrator.deck
    deck.goto(deck.deck.first_reading_slide)
    page = deck.deck.slides[deck.current].page
    assert page is not None
    first = deck.current
    seen = record_words(narrator)
    narrator.play(page.last_sentence)
    qtbot.waitUntil(lambda: deck.current == first + 1 and len([s for s in seen if s[0] > page.last_sentence]) >= 3,
                    timeout=40000)
    narrator.stop()
    index = deck.deck.index
    for sentence in (page.last_sentence, page.last_sentence + 1):
        spans = [(a, z) for s, a, z in seen if s == sentence]
        text = index.sentences[sentence].text
        clip = narrator.source.cached(narrator.request_for(sentence))
        assert clip is not None and clip.timing_source == "measured"
        words = [(x.char_start, x.char_end) for x in clip.words]
        assert spans == sorted(spans) and all(s in words for s in spans), text
        assert spans[0] == words[0]  # from the first word
    ends = [s for s, _, _ in seen]
    assert ends == sorted(ends)  # the highlight never went back


def lit_at(narrator) -> list[tuple[object, int, tuple[int, int, int]]]:  # type: ignore[no-untyped-def]
    """(clip playing, player position, word) each time a word lights up."""
    at: list[tuple[object, int, tuple[int, int, int]]] = []
    model = narrator.deck.model
    narrator.deck.state_changed.connect(lambda: model.highlight.word is not None and (
        not at or at[-1][2] != tuple(model.highlight.word)) and at.append(
        (narrator._clip, narrator.position_ms(), tuple(model.highlight.word))))
    return at


def assert_lit_on_time(at, sentence: int) -> int:  # type: ignore[no-untyped-def]
    """Each word of `sentence` lit while the clip (or part) playing was at that very word; how many were checked."""
    checked = [(clip, p, w) for clip, p, w in at if w[0] == sentence and p > 0]
    for clip, position, (_, a, z) in checked:
        word = next(x for x in clip.words if (x.char_start, x.char_end) == (a, z))
        assert word.start_ms - 150 <= position <= word.end_ms + 300, (word, position)
    return len(checked)


def test_speed_0_6_is_a_longer_clip_and_the_highlight_keeps_to_its_words(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path, worker: SpeechWorker) -> None:
    w, narrator = open_with_natural_voice(qtbot, tmp_path, sample_lesson_path, worker)
    deck = narrator.deck
    deck.goto(deck.deck.first_reading_slide)
    sentence = deck.deck.slides[deck.current].page.first_sentence  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: narrator.source.cached(narrator.request_for(sentence)) is not None, timeout=30000)
    normal = narrator.source.cached(narrator.request_for(sentence))
    narrator.set_speed(0.6)
    seen = record_words(narrator)
    at = lit_at(narrator)
    narrator.play(sentence)
    qtbot.waitUntil(lambda: len({s for s in seen if s[0] == sentence}) >= 6, timeout=30000)
    qtbot.waitUntil(lambda: narrator.source.cached(narrator.request_for(sentence)) is not None, timeout=30000)
    slow = narrator.source.cached(narrator.request_for(sentence))
    narrator.stop()
    assert normal is not None and slow is not None and slow.wav_path != normal.wav_path
    assert 1.4 < slow.duration_ms / normal.duration_ms < 1.9  # re-synthesized slower, not stretched
    words = [(x.char_start, x.char_end) for x in slow.words]
    shown = [(a, z) for s, a, z in seen if s == sentence]
    assert shown == words[: len(shown)]  # each word in turn, none skipped, none repeated
    assert assert_lit_on_time(at, sentence) >= 5


def test_a_transcript_mixing_a_natural_and_an_espeak_voice_plays_through(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path, worker: SpeechWorker) -> None:
    w, narrator = open_with_natural_voice(qtbot, tmp_path, sample_lesson_path, worker)
    index = narrator.deck.deck.index
    speakers = {index.paragraphs[s.paragraph].speaker for s in index.sentences} - {None}
    journalist = next(s.index for s in index.sentences if index.paragraphs[s.paragraph].speaker == "Journalist")
    other = next(s.index for s in index.sentences[journalist:] if index.paragraphs[s.paragraph].speaker != "Journalist")
    narrator.speaker_voices = {"Journalist": "gmw/en-us"}
    assert len(speakers) >= 2
    seen = record_words(narrator)
    narrator.deck.goto(narrator.deck.deck.slide_of_sentence(other - 1))
    narrator.play(other - 1)  # the Journalist's last sentence, then the next speaker's
    qtbot.waitUntil(lambda: any(s[0] == other for s in seen) and narrator._clip is not None
                    and narrator._clip.text == index.sentences[other].text, timeout=40000)
    played = narrator._clip
    narrator.stop()
    first = narrator.source.cached(narrator.request_for(other - 1))
    assert narrator.request_for(other - 1).voice == "gmw/en-us" and narrator.request_for(other).voice == NATURAL
    assert first is not None and first.wav_path != played.wav_path and played.timing_source == "measured"
    assert {s[0] for s in seen} >= {other - 1, other}  # both voices highlighted their words


def test_a_voice_that_will_not_load_says_so_and_espeak_reads_instead(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path, worker: SpeechWorker) -> None:
    w, narrator = open_with_natural_voice(qtbot, tmp_path, sample_lesson_path, worker)
    messages: list[str] = []
    narrator.message.connect(messages.append)
    narrator.set_voice("piper:en_US-cut-medium")
    narrator.deck.goto(narrator.deck.deck.first_reading_slide)
    narrator.play()
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=20000)
    narrator.stop()
    assert any("en_US-cut-medium.onnx could not be loaded" in m and "eSpeak NG" in m for m in messages)


def test_an_uncached_sentence_sounds_from_its_first_words_and_the_highlight_stays_right(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path, worker: SpeechWorker) -> None:
    from presenter.speech.timings import word_spans

    w, narrator = open_with_natural_voice(qtbot, tmp_path, sample_lesson_path, worker)
    source, index = narrator.source, narrator.deck.deck.index
    source.prerender([])  # nothing rendered ahead: the sentence below is heard before it is whole
    narrator.say("Good morning.")  # the voice's speed is measured on what it says
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=30000)
    narrator.stop()
    sentence = next(s.index for s in index.sentences[5:] if len(word_spans(s.text)) >= 15)
    text = index.sentences[sentence].text
    assert source.cached(narrator.request_for(sentence)) is None
    narrator.deck.goto(narrator.deck.deck.slide_of_sentence(sentence))
    seen, at = record_words(narrator), lit_at(narrator)
    narrator.play(sentence)
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=30000)
    first = narrator._clip
    assert first is not None and first.text == text
    assert source.cached(narrator.request_for(sentence)) is None  # sounding before the whole sentence is rendered
    expected = word_spans(text)
    assert 2 <= len(first.words) < len(expected) // 2  # its first few words
    qtbot.waitUntil(lambda: any(s[0] == sentence + 1 for s in seen), timeout=60000)  # on to the next sentence
    narrator.stop()
    shown = [(a, z) for s, a, z in seen if s == sentence]
    assert shown[0] == expected[0] and shown[-1] == expected[-1]  # from its first word to its last
    assert shown == sorted(shown) and set(shown) <= set(expected) and len(shown) >= len(expected) - 2
    assert len({id(clip) for clip, _, word in at if word[0] == sentence}) >= 2  # heard in parts
    assert assert_lit_on_time(at, sentence) >= len(expected) // 2  # each part's words lit as that part says them
