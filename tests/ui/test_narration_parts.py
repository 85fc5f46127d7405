"""A sentence not yet rendered is heard in parts when the voice is slow: the first words at once, the rest after."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.lesson import load_lesson
from presenter.narration.cache import ClipCache
from presenter.narration.parts import ClipPart
from presenter.speech import SpeechWorker
from presenter.speech.fake import FakeEngine
from presenter.speech.timings import word_spans
from presenter.ui.audio.clipsource import ClipSource
from presenter.ui.audio.narrator import Narrator
from presenter.ui.slides.controller import DeckController


def narrator_with(qtbot: QtBot, tmp_path: Path, lesson: Path, engine: FakeEngine) -> Narrator:
    """A narrator over `engine` that has said a short text (so the source knows how fast the voice is)."""
    worker = SpeechWorker(lambda: engine)
    deck = DeckController(load_lesson(lesson), Geometry(1280, 720))
    n = Narrator(deck, ClipSource(worker, ClipCache(tmp_path / "clips")))
    n.destroyed.connect(lambda: worker.close())
    n.say("Good morning.")
    qtbot.waitUntil(lambda: n.state == "playing", timeout=10000)
    n.stop()
    engine.calls.clear()
    return n


def long_sentence(narrator: Narrator) -> int:
    return next(s.index for s in narrator.deck.deck.index.sentences if len(word_spans(s.text)) >= 15)


def test_a_slow_voice_is_heard_in_parts_with_every_word_lit_in_turn(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    engine = FakeEngine(word_ms=200, delay_s=0.3)  # words long enough for a 30 ms poll
    narrator = narrator_with(qtbot, tmp_path, sample_lesson_path, engine)
    sentence = long_sentence(narrator)
    text = narrator.deck.deck.index.sentences[sentence].text
    parts: list[ClipPart] = []
    narrator.source.clip_ready.connect(lambda _rid, c: parts.append(c) if isinstance(c, ClipPart) else None)
    seen: list[tuple[int, int]] = []
    narrator.deck.state_changed.connect(lambda: (w := narrator.deck.model.highlight.word) is not None and w[0] == sentence
                                        and (not seen or seen[-1] != w[1:]) and seen.append(w[1:]))
    narrator.deck.goto(narrator.deck.deck.slide_of_sentence(sentence))
    narrator.play(sentence)
    qtbot.waitUntil(lambda: narrator.sentence == sentence + 1 or narrator.state == "stopped", timeout=20000)
    narrator.stop()
    assert len(parts) >= 2 and parts[0].index == 0 and parts[-1].last
    assert engine.calls[0] != text and text.startswith(engine.calls[0])  # the first words rendered on their own
    assert seen == word_spans(text)  # every word lit in turn, on its own characters, across the seams
    assert all(p.clip.text == text for p in parts)
    assert [p.before_ms for p in parts[1:]] == [sum(q.clip.duration_ms for q in parts[:i]) for i in range(1, len(parts))]


def test_a_fast_voice_renders_the_sentence_whole(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    engine = FakeEngine(word_ms=60)
    narrator = narrator_with(qtbot, tmp_path, sample_lesson_path, engine)
    sentence = long_sentence(narrator)
    narrator.play(sentence)
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=10000)
    narrator.stop()
    assert engine.calls == [narrator.deck.deck.index.sentences[sentence].text]


def test_another_sentence_asked_for_drops_the_parts_still_to_come(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    engine = FakeEngine(word_ms=60, delay_s=0.3)
    narrator = narrator_with(qtbot, tmp_path, sample_lesson_path, engine)
    sentence = long_sentence(narrator)
    narrator.play(sentence)
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=10000)
    narrator.play(0)
    other = narrator.deck.deck.index.sentences[0].text
    qtbot.waitUntil(lambda: narrator.state == "playing" and narrator._clip is not None and narrator._clip.text == other,
                    timeout=10000)
    played: list[str] = []
    narrator.player.ended.connect(lambda: played.append(narrator._clip.text if narrator._clip else ""))
    qtbot.waitUntil(lambda: narrator.sentence != 0 or narrator.state == "stopped", timeout=20000)
    narrator.stop()
    assert set(played) == {other}  # nothing of the first sentence came back once the teacher moved on


def test_an_urgent_sentence_stops_the_background_one_which_is_rendered_after(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    engine = FakeEngine(word_ms=100, delay_s=0.5)
    narrator = narrator_with(qtbot, tmp_path, sample_lesson_path, engine)
    source, first = narrator.source, narrator.deck.deck.index.sentences[0].text
    progress: list[tuple[int, int]] = []
    failed: list[object] = []
    source.progress.connect(lambda done, total: progress.append((done, total)))
    source.clip_failed.connect(lambda rid, _m: failed.append(rid))
    narrator.prerender()
    qtbot.waitUntil(lambda: engine.calls == [first], timeout=5000)  # the background is rendering sentence 0
    sentence = long_sentence(narrator)
    narrator.play(sentence)
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=5000)
    assert source.cached(narrator.request_for(0)) is None  # sounding before sentence 0 was done: it was stopped
    head = engine.calls[1]
    assert narrator.deck.deck.index.sentences[sentence].text.startswith(head) and head != first
    narrator.stop()
    qtbot.waitUntil(lambda: source.cached(narrator.request_for(0)) is not None, timeout=10000)  # rendered after all
    assert engine.calls.count(first) == 2 and not failed and progress[0] == (1, len(narrator.deck.deck.index.sentences))
    source.prerender([])
