"""The natural voice (Piper) for real: the whole sample reading, word spans, speeds, broken voices."""

from __future__ import annotations

import json
import shutil
import statistics
from pathlib import Path

import pytest

from presenter.speech.mixed import MixedEngine
from presenter.speech.piper_engine import PiperEngine
from presenter.speech.piper_voices import folder_voices
from presenter.speech.timings import word_spans
from presenter.speech.wav import frame_rms, read_samples
from alignment_support import aligned_starts
from piper_support import phonemizer, piper_engine, piper_reading  # noqa: F401
from speech_support import espeak_engine  # noqa: F401

pytestmark = pytest.mark.slow

QUIET = 200.0  # RMS of a 20 ms frame below this is silence
# Piper draws its phoneme durations with noise, so a render's pauses vary: over the sample reading
# rendered 3 times here the longest pause inside a clip was 380-560 ms and the longest tail 220-240 ms,
# and runs elsewhere saw a 600 ms comma pause and a 780 ms tail. The bounds leave room for that noise
# while still catching a clip that holds two sentences or trails seconds of silence.
LONGEST_PAUSE_MS = 800
LONGEST_TAIL_MS = 1000


def silent_runs(path: Path) -> tuple[int, int, int]:
    """Leading silence, the longest silence between sounds, and trailing silence (ms)."""
    samples, rate = read_samples(path)
    loud = [r >= QUIET for r in frame_rms(samples, rate, 20)]
    first, last = loud.index(True), len(loud) - 1 - loud[::-1].index(True)
    longest = run = 0
    for flag in loud[first:last + 1]:
        run = 0 if flag else run + 1
        longest = max(longest, run)
    return first * 20, longest * 20, (len(loud) - 1 - last) * 20


def test_the_whole_reading_is_narrated_in_order_with_exact_word_spans(piper_reading) -> None:  # type: ignore[no-untyped-def]
    from presenter.deck.reading import ReadingIndex
    from presenter.lesson import load_lesson
    from repo_paths import SAMPLE_LESSON

    sentences = [s.text for s in ReadingIndex.build(load_lesson(SAMPLE_LESSON).reading).sentences]
    assert [c.text for c in piper_reading] == sentences
    for clip in piper_reading:
        assert clip.timing_source == "measured"
        assert [(w.char_start, w.char_end) for w in clip.words] == word_spans(clip.text)
        assert all(clip.text[w.char_start:w.char_end] == w.text for w in clip.words)
        starts = [w.start_ms for w in clip.words]
        assert starts == sorted(starts) and clip.words[-1].end_ms <= clip.duration_ms
        lead, pause, tail = silent_runs(clip.wav_path)
        assert lead < 300 and tail < LONGEST_TAIL_MS, clip.text  # speech from edge to edge
        assert pause < LONGEST_PAUSE_MS, clip.text  # no silence in the middle
        assert clip.words[0].start_ms <= lead + 60 and clip.words[-1].end_ms >= clip.duration_ms - tail - 60


def test_word_starts_agree_with_forced_alignment_over_the_whole_reading(piper_reading, piper_engine) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("sox") is None:
        pytest.skip("needs sox to resample")
    pytest.importorskip("pocketsphinx")
    phonemize = phonemizer(piper_engine)
    differences: list[int] = []
    for clip in piper_reading:
        found = aligned_starts(clip, phonemize)
        differences += [abs(w.start_ms - s) for w, s in zip(clip.words, found)]
    differences.sort()
    median, p95 = statistics.median(differences), differences[int(0.95 * (len(differences) - 1))]
    print(f"Piper vs pocketsphinx: {len(differences)} words, median {median:.0f} ms, p95 {p95} ms")
    assert len(differences) == sum(len(c.words) for c in piper_reading)  # every word, none skipped
    assert median <= 50 and p95 <= 150


def test_numbers_abbreviations_and_contractions_keep_their_characters(piper_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. Lee’s CEO said it's 1.4 billion, not 2,020 or 176."
    clip = piper_engine.synthesize(text, tmp_path / "a.wav", voice=None, rate_wpm=150)
    assert [w.text for w in clip.words] == ["Mr", "Lee’s", "CEO", "said", "it's", "1.4", "billion", "not",
                                            "2,020", "or", "176"]
    assert all(text[w.char_start:w.char_end] == w.text for w in clip.words)
    spoken = {w.text: w.end_ms - w.start_ms for w in clip.words}
    assert spoken["1.4"] > 2 * spoken["said"] and spoken["2,020"] > 2 * spoken["said"]  # read out in full
    mr, lee = clip.words[0], clip.words[1]
    assert lee.start_ms - mr.end_ms < 100  # "Mr." is no sentence end: no full stop's pause after it


def test_slower_speed_is_resynthesized_longer_with_the_same_words(piper_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Four million people are barred from trains."
    normal = piper_engine.synthesize(text, tmp_path / "n.wav", voice=None, rate_wpm=150)
    slow = piper_engine.synthesize(text, tmp_path / "s.wav", voice=None, rate_wpm=90)  # 0.6×
    assert 1.4 < slow.duration_ms / normal.duration_ms < 1.9
    assert [w.text for w in slow.words] == [w.text for w in normal.words]
    # Measured from the first word: the silence before it is Piper's random duration noise (35-46 ms seen).
    for a, b in zip(normal.words[1:], slow.words[1:]):
        assert b.start_ms - slow.words[0].start_ms > a.start_ms - normal.words[0].start_ms


def broken_voices(folder: Path, good: Path) -> dict[str, str]:
    """A truncated model, a wrong JSON and a missing model in `folder`; names -> what is wrong."""
    folder.mkdir()
    model = good.read_bytes()
    config = (good.parent / (good.name + ".json")).read_text(encoding="utf-8")
    (folder / "en_US-cut-medium.onnx").write_bytes(model[: len(model) // 3])
    (folder / "en_US-cut-medium.onnx.json").write_text(config, encoding="utf-8")
    (folder / "en_US-json-medium.onnx").write_bytes(model)
    (folder / "en_US-json-medium.onnx.json").write_text('{"audio": ', encoding="utf-8")
    (folder / "en_US-lost-medium.onnx.json").write_text(config, encoding="utf-8")
    return {"cut": "could not be loaded", "json": "not a Piper voice config", "lost": "missing"}


def test_broken_voices_are_reported_and_narration_falls_back_to_espeak(  # type: ignore[no-untyped-def]
        piper_engine, espeak_engine, tmp_path: Path) -> None:
    good = next(iter(piper_engine._files.values())).model
    expected = broken_voices(tmp_path / "voices", good)
    found, problems = folder_voices(tmp_path / "voices")
    assert [v.voice.id for v in found] == ["piper:en_US-cut-medium"]  # looks whole until loaded
    assert any("en_US-json-medium.onnx.json" in p and expected["json"] in p for p in problems)
    assert any("en_US-lost-medium.onnx" in p and expected["lost"] in p for p in problems)
    engine = MixedEngine(espeak_engine, PiperEngine(found), problems)
    clip = engine.synthesize("Four million people.", tmp_path / "f.wav", voice="piper:en_US-cut-medium", rate_wpm=150)
    assert expected["cut"] in clip.note and "eSpeak NG" in clip.note
    assert clip.sample_rate == espeak_engine.sample_rate and [w.text for w in clip.words] == ["Four", "million", "people"]
    assert json.loads(json.dumps(clip.note))  # a plain message, ready for the window


def test_presenter_voices_lists_every_engine_and_names_each_broken_voice(piper_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    expected = broken_voices(tmp_path / "voices", next(iter(piper_engine._files.values())).model)
    run = subprocess.run([sys.executable, "-m", "presenter", "voices", "--voices-dir", str(tmp_path / "voices")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split()[:2] == ["piper:en_US-joe-medium", "en-us"] and "measured word times" in lines[0]
    assert any(line.startswith("gmw/en-us ") for line in lines)
    assert not any("en_US-cut" in line for line in lines)  # it does not load: not offered
    problems = run.stderr.splitlines()
    for name, why in expected.items():
        assert any(f"en_US-{name}-medium" in p and why in p for p in problems), (name, run.stderr)
    assert "Traceback" not in run.stderr


def test_cancel_stops_the_model_inside_its_run_and_the_next_sentence_speaks(  # type: ignore[no-untyped-def]
        piper_engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from presenter.speech.model import SpeechCancelled

    session = piper_engine.load(next(iter(piper_engine._files))).session  # the voice's interruptible session
    real_run = session._session.run
    finished: list[bool] = []

    def run_cancelled_from_another_thread(outputs, feeds, options):  # type: ignore[no-untyped-def]
        canceller = threading.Thread(target=piper_engine.cancel)  # as the speech worker's cancel() does
        canceller.start()
        canceller.join()  # the flag is set once the run has been asked for: onnxruntime must notice it
        result = real_run(outputs, feeds, options)
        finished.append(True)
        return result

    monkeypatch.setattr(session._session, "run", run_cancelled_from_another_thread, raising=False)
    with pytest.raises(SpeechCancelled):
        piper_engine.synthesize("Four million people are barred from trains.", tmp_path / "c.wav", voice=None,
                                rate_wpm=150)
    assert finished == [] and not (tmp_path / "c.wav").exists()  # the model run itself stopped: no audio
    monkeypatch.undo()
    clip = piper_engine.synthesize("And then it speaks again.", tmp_path / "n.wav", voice=None, rate_wpm=150)
    assert clip.duration_ms > 500 and len(clip.words) == 5  # a stopped run leaves the next one alone
