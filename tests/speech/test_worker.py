"""SpeechWorker and SyncWorker: results, errors, cancelling and time-outs, never a freeze."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from presenter.speech.fake import FakeEngine
from presenter.speech.model import (
    Clip,
    SpeechCancelled,
    SpeechEngine,
    SpeechError,
    SpeechTimeout,
    SpeechUnavailable,
    Voice,
)
from presenter.speech.worker import SpeechWorker, SyncWorker
from speech_support import seed_sentences  # noqa: F401  (pytest fixtures)

WAIT_S = 5.0


class Collector:
    """An on_done that records outcomes and the thread they arrived on."""

    def __init__(self) -> None:
        self.outcomes: list[Clip | Exception] = []
        self.threads: list[str] = []
        self.event = threading.Event()

    def __call__(self, outcome: Clip | Exception) -> None:
        self.outcomes.append(outcome)
        self.threads.append(threading.current_thread().name)
        self.event.set()


class HangingEngine:
    """An engine whose synthesize blocks until released, ignoring cancel (a hung driver)."""

    engine_version = "hang/1"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.cancel_calls = 0

    def voices(self) -> list[Voice]:
        return []

    def synthesize(self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int) -> Clip:
        if text.startswith("hang"):
            self.release.wait(WAIT_S * 4)
        return Clip(text, out_wav, 1, 22050, (), "estimated")

    def cancel(self) -> None:
        self.cancel_calls += 1


@pytest.fixture
def worker() -> SpeechWorker:
    w = SpeechWorker(lambda: FakeEngine(word_ms=50))
    yield w  # type: ignore[misc]
    assert w.close(WAIT_S)


def test_results_arrive_in_order_on_the_worker_thread(worker: SpeechWorker, tmp_path: Path) -> None:
    got = Collector()
    jobs = [worker.submit(f"sentence number {i}", tmp_path / f"{i}.wav", None, 175, got)
            for i in range(5)]
    assert all(isinstance(job.wait(WAIT_S), Clip) for job in jobs)
    assert [c.text for c in got.outcomes if isinstance(c, Clip)] == [
        f"sentence number {i}" for i in range(5)]
    assert set(got.threads) == {"speech-engine"}
    assert all(job.done() for job in jobs)
    assert worker.engine_version(WAIT_S) == "fake/1"
    assert [v.id for v in worker.voices(WAIT_S)] == ["fake/en-us", "fake/en"]


def test_engine_errors_are_delivered_and_the_worker_goes_on(tmp_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=50, fail_on="boom"))
    got = Collector()
    bad = worker.submit("boom here", tmp_path / "b.wav", None, 175, got)
    good = worker.submit("fine here", tmp_path / "g.wav", None, 175, got)
    assert isinstance(bad.wait(WAIT_S), SpeechError)
    assert isinstance(good.wait(WAIT_S), Clip)
    assert worker.close(WAIT_S)


def test_a_failing_callback_does_not_kill_the_worker(worker: SpeechWorker, tmp_path: Path) -> None:
    def explode(outcome: Clip | Exception) -> None:
        raise RuntimeError("callback bug")

    worker.submit("one", tmp_path / "1.wav", None, 175, explode).wait(WAIT_S)
    assert isinstance(worker.submit("two", tmp_path / "2.wav", None, 175).wait(WAIT_S), Clip)


def test_missing_engine_is_reported_to_every_job(tmp_path: Path) -> None:
    def no_engine() -> SpeechEngine:
        raise SpeechUnavailable("eSpeak NG is not installed; install the espeak-ng package")

    worker = SpeechWorker(no_engine)
    got = Collector()
    first = worker.submit("a", tmp_path / "a.wav", None, 175, got)
    assert isinstance(first.wait(WAIT_S), SpeechUnavailable)
    later = worker.submit("b", tmp_path / "b.wav", None, 175, got)
    outcome = later.wait(WAIT_S)
    assert isinstance(outcome, SpeechUnavailable) and "espeak-ng" in str(outcome)
    with pytest.raises(SpeechUnavailable):
        worker.engine_version(WAIT_S)
    assert worker.close(WAIT_S)


class SlowOnSlow(FakeEngine):
    """A fake engine that takes 2 s (or until cancelled) on texts starting with "slow"."""

    def synthesize(self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int) -> Clip:
        self.delay_s = 2.0 if text.startswith("slow") else 0.0
        return super().synthesize(text, out_wav, voice=voice, rate_wpm=rate_wpm)


def test_cancel_a_queued_and_a_running_job(tmp_path: Path) -> None:
    worker = SpeechWorker(lambda: SlowOnSlow(word_ms=50))
    got = Collector()
    running = worker.submit("slow one", tmp_path / "1.wav", None, 175, got)
    queued = worker.submit("slow two", tmp_path / "2.wav", None, 175, got)
    time.sleep(0.2)
    start = time.monotonic()
    assert queued.cancel() and running.cancel()
    assert isinstance(queued.wait(0), SpeechCancelled)
    assert isinstance(running.wait(0), SpeechCancelled)
    assert not running.cancel()  # already finished: nothing more happens
    after = worker.submit("next", tmp_path / "3.wav", None, 175)
    assert after.wait(1.5) is not None  # the engine was told to stop, not left running 2 s
    assert time.monotonic() - start < 1.5
    assert len(got.outcomes) == 2  # on_done exactly once per job
    assert worker.close(WAIT_S)


def test_hung_engine_times_out_then_the_worker_gives_up_without_freezing(tmp_path: Path) -> None:
    engine = HangingEngine()
    worker = SpeechWorker(lambda: engine, job_timeout_s=0.3, grace_s=0.3)
    got = Collector()
    start = time.monotonic()
    stuck = worker.submit("hang here", tmp_path / "h.wav", None, 175, got)
    waiting = worker.submit("after", tmp_path / "a.wav", None, 175, got)
    assert isinstance(stuck.wait(WAIT_S), SpeechTimeout)
    assert engine.cancel_calls >= 1  # it was asked to stop
    outcome = waiting.wait(WAIT_S)
    assert isinstance(outcome, SpeechError) and "stopped responding" in str(outcome)
    assert time.monotonic() - start < 2.0
    # While hung, new jobs fail at once instead of queueing forever.
    refused = worker.submit("more", tmp_path / "m.wav", None, 175)
    assert isinstance(refused.wait(0), SpeechError)
    # When the engine comes back, the worker takes jobs again.
    engine.release.set()
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        job = worker.submit("ok", tmp_path / "ok.wav", None, 175)
        if isinstance(job.wait(WAIT_S), Clip):
            break
        time.sleep(0.05)
    else:
        pytest.fail("the worker did not recover")
    assert len([o for o in got.outcomes]) == 2
    assert worker.close(WAIT_S)


def test_engine_that_never_starts_is_a_timeout(tmp_path: Path) -> None:
    gate = threading.Event()

    def slow_factory() -> SpeechEngine:
        gate.wait(WAIT_S * 4)
        return FakeEngine()

    worker = SpeechWorker(slow_factory, start_timeout_s=0.3)
    job = worker.submit("a", tmp_path / "a.wav", None, 175)
    assert isinstance(job.wait(WAIT_S), SpeechTimeout)
    with pytest.raises(SpeechTimeout):
        worker.engine_version(0.1)
    gate.set()
    worker.close(WAIT_S)


def test_closed_worker_refuses_and_cancels_queue(tmp_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=50, delay_s=0.5))
    first = worker.submit("one", tmp_path / "1.wav", None, 175)
    second = worker.submit("two", tmp_path / "2.wav", None, 175)
    time.sleep(0.1)
    assert worker.close(WAIT_S)
    assert isinstance(second.wait(0), SpeechCancelled)
    assert first.wait(0) is not None
    late = worker.submit("three", tmp_path / "3.wav", None, 175)
    assert isinstance(late.wait(0), SpeechError)


def test_sync_worker_runs_inline(tmp_path: Path) -> None:
    worker = SyncWorker(lambda: FakeEngine(word_ms=50, fail_on="bad"))
    got = Collector()
    job = worker.submit("hello there", tmp_path / "h.wav", None, 175, got)
    assert job.done() and isinstance(got.outcomes[0], Clip)
    assert got.threads == [threading.current_thread().name]
    assert isinstance(worker.submit("bad one", tmp_path / "b.wav", None, 175).wait(0), SpeechError)
    assert worker.engine_version() == "fake/1" and worker.voices()
    assert worker.close()


def test_worker_with_the_real_engine(tmp_path: Path, seed_sentences: tuple[str, ...]) -> None:
    # A worker of its own makes its own EspeakEngine on its thread; the library is shared and
    # serialised, so this is safe next to the session's engine.
    worker = SpeechWorker()
    outcome = worker.submit(seed_sentences[0], tmp_path / "r.wav", "gmw/en-us", 175).wait(WAIT_S)
    assert isinstance(outcome, Clip) and outcome.timing_source == "measured"
    assert len(outcome.words) == 16
    assert worker.close(WAIT_S)


@pytest.mark.parametrize("make", [SpeechWorker, SyncWorker])
def test_a_sentence_too_long_to_speak_never_reaches_the_engine(make: type, tmp_path: Path) -> None:
    engine = FakeEngine(word_ms=1)
    worker = make(lambda: engine)
    try:
        start = time.monotonic()
        huge = worker.submit("word " * 100_000, tmp_path / "huge.wav", None, 150)
        refused = huge.wait(WAIT_S)
        assert isinstance(refused, SpeechError) and "too long to narrate as one sentence" in str(refused)
        ok = worker.submit("word " * 250, tmp_path / "ok.wav", None, 150)
        assert isinstance(ok.wait(WAIT_S), Clip)
        assert time.monotonic() - start < WAIT_S
        assert len(engine.calls) == 1 and not (tmp_path / "huge.wav").exists()
    finally:
        worker.close()
