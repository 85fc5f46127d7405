"""Narration on real widgets with the real engine (eSpeak NG) and QtMultimedia playback."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.lesson import load_lesson
from presenter.narration.cache import ClipCache
from presenter.speech import SpeechWorker
from presenter.speech.factory import create_engine
from presenter.ui.audio.clipsource import ClipSource
from presenter.ui.slides.controller import DeckController
from presenter.ui.audio.narrator import Narrator


@pytest.fixture
def worker():  # type: ignore[no-untyped-def]
    w = SpeechWorker(lambda: create_engine(neural=False))  # eSpeak NG: the Piper voice has tests of its own
    yield w
    w.close()


@pytest.fixture
def narrator(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path, worker: SpeechWorker) -> Narrator:
    deck = DeckController(load_lesson(sample_lesson_path), Geometry(1280, 720))
    source = ClipSource(worker, ClipCache(tmp_path / "clips"))
    n = Narrator(deck, source)
    deck.goto(deck.deck.first_reading_slide)
    return n


def test_play_highlights_words_in_order_and_pause_holds(qtbot: QtBot, narrator: Narrator) -> None:
    seen: list[tuple[int, int, int]] = []
    def record() -> None:
        state = narrator.deck.model.highlight
        if state.word is not None and (not seen or seen[-1] != state.word):
            seen.append(state.word)

    narrator.deck.state_changed.connect(record)
    narrator.play()
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=5000)
    qtbot.waitUntil(lambda: len(seen) >= 6, timeout=10000)
    assert all(s[0] == 0 for s in seen)  # the first sentence
    starts = [s[1] for s in seen]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)  # in order, each once
    sentence = narrator.deck.deck.index.sentences[0].text
    assert sentence[seen[0][1]:seen[0][2]] == "By"
    narrator.pause()
    state = narrator.deck.model
    held = state.highlight.word
    position = narrator.position_ms()
    qtbot.wait(600)
    assert narrator.state == "paused" and state.highlight.word == held and abs(narrator.position_ms() - position) < 50
    narrator.play()
    qtbot.waitUntil(lambda: state.highlight.word != held, timeout=5000)
    narrator.stop()
    assert state.highlight.word is None and state.highlight.sentence is None


def test_slide_turns_at_the_end_of_its_sentences(qtbot: QtBot, narrator: Narrator) -> None:
    deck = narrator.deck
    page = deck.deck.slides[deck.current].page
    assert page is not None
    first_slide = deck.current
    narrator.play(page.last_sentence)
    qtbot.waitUntil(lambda: deck.current == first_slide + 1, timeout=20000)
    assert narrator.sentence == page.last_sentence + 1
    assert deck.model.highlight.sentence == page.last_sentence + 1
    narrator.stop()
