"""Rendering the narration to files (the helper every recorded export shares), with the fake engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from presenter.deck.reading import ReadingIndex
from presenter.export.narration_files import NarrationError, render_narration
from presenter.export.pack import PackWriteError, write_pack
from presenter.lesson import load_lesson
from presenter.narration.cache import ClipCache, clip_key
from presenter.speech.fake import FakeEngine
from presenter.speech.worker import SpeechWorker, SyncWorker

REPO = Path(__file__).resolve().parents[2]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"


def test_every_sentence_in_order_with_speakers_and_sections(tmp_path: Path) -> None:
    lesson = load_lesson(SAMPLE_LESSON)
    engine = FakeEngine()
    worker = SpeechWorker(lambda: engine)
    try:
        narration = render_narration(lesson, tmp_path, None, 120, worker, speaker_voices={"Journalist": "fake/en"})
    finally:
        worker.close()
    index = ReadingIndex.build(lesson.reading)
    assert [s.text for s in narration.sentences] == [s.text for s in index.sentences]
    assert narration.voice == "fake/en-us" and narration.rate == 120 and narration.engine_version == "fake/1"
    assert [s.clip.wav_path.name for s in narration.sentences][:2] == ["0001.wav", "0002.wav"]
    journalist = {s.index for s in index.sentences if index.paragraphs[s.paragraph].speaker == "Journalist"}
    assert journalist and all((s.voice == "fake/en") == (s.index in journalist) for s in narration.sentences)
    assert [s.section for s in narration.sentences] == [index.paragraphs[s.paragraph].section for s in index.sentences]
    assert narration.duration_ms == sum(s.clip.duration_ms for s in narration.sentences)


def test_cached_clips_are_copied_not_rendered(tmp_path: Path) -> None:
    lesson = load_lesson(SAMPLE_LESSON)
    first = render_narration(lesson, tmp_path / "a", None, None, SyncWorker(FakeEngine))
    cache = ClipCache(tmp_path / "cache")
    for s in first.sentences:
        key = clip_key(s.text, s.voice, first.rate, first.engine_version)
        tmp = cache.temp_wav(key)
        tmp.write_bytes(s.clip.wav_path.read_bytes())
        cache.store(key, type(s.clip)(s.text, tmp, s.clip.duration_ms, s.clip.sample_rate, s.clip.words, "measured"))
    engine = FakeEngine()
    again = render_narration(lesson, tmp_path / "b", None, None, SyncWorker(lambda: engine), cache=cache)
    assert engine.calls == []
    assert all(s.clip.wav_path.parent == tmp_path / "b" for s in again.sentences)
    assert [s.clip.words for s in again.sentences] == [s.clip.words for s in first.sentences]


def test_a_failing_sentence_is_named(tmp_path: Path) -> None:
    lesson = load_lesson(SAMPLE_LESSON)
    with pytest.raises(NarrationError, match=r"sentence 3 .*could not be spoken: fake failure"):
        render_narration(lesson, tmp_path, None, None, SyncWorker(lambda: FakeEngine(fail_on="Nearly eleven")))


def test_no_engine_is_a_clear_error(tmp_path: Path) -> None:
    from presenter.speech.model import SpeechUnavailable

    def broken() -> FakeEngine:
        raise SpeechUnavailable("install espeak-ng")

    worker = SpeechWorker(broken)
    try:
        with pytest.raises(NarrationError, match="no speech engine to narrate with: install espeak-ng"):
            render_narration(load_lesson(SAMPLE_LESSON), tmp_path, "x", None, worker)
    finally:
        worker.close()


def test_a_slow_but_steady_engine_is_waited_for_and_a_stuck_one_is_reported(tmp_path: Path) -> None:
    lesson = load_lesson(SAMPLE_LESSON)
    sentences = len(ReadingIndex.build(lesson.reading).sentences)
    steady = SpeechWorker(lambda: FakeEngine(delay_s=0.03))
    try:  # the whole reading takes longer than the allowance, but a sentence ends well within it
        narration = render_narration(lesson, tmp_path / "steady", None, None, steady, timeout_s=0.03 * sentences / 3)
        assert len(narration.sentences) == sentences
    finally:
        steady.close()
    stuck = SpeechWorker(lambda: FakeEngine(delay_s=30), job_timeout_s=60)
    try:
        with pytest.raises(NarrationError, match=rf"finished no sentence for .*\(0 of {sentences} sentences done\)"):
            render_narration(lesson, tmp_path / "stuck", None, None, stuck, timeout_s=0.3)
    finally:
        stuck.close()


def test_a_pack_refuses_a_narration_of_another_lesson(tmp_path: Path) -> None:
    lesson = load_lesson(SAMPLE_LESSON)
    narration = render_narration(lesson, tmp_path, None, None, SyncWorker(FakeEngine))
    shorter = type(narration)(narration.voice, narration.rate, narration.engine_version, narration.sentences[:-1])
    with pytest.raises(PackWriteError, match="another version"):
        write_pack(lesson, tmp_path / "p.zip", shorter)
    assert not (tmp_path / "p.zip").exists() and not list(tmp_path.glob(".p.zip*"))
