"""The real eSpeak NG engine (libespeak-ng in synchronous mode) on the seed sentences."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest

from presenter.speech.model import Clip, SpeechCancelled, SpeechEngine, SpeechError
from presenter.speech.timings import word_spans
from presenter.speech.wav import frame_rms, read_samples
from speech_support import espeak_engine, seed_sentences  # noqa: F401  (pytest fixtures)

SRC = Path(__file__).resolve().parents[2] / "src"

SILENCE_RMS = 200.0  # 16-bit samples; eSpeak's speech frames are in the thousands


def silence_profile(clip: Clip) -> tuple[int, int, int, float]:
    """(leading silence ms, trailing silence ms, longest inner silence ms, voiced share)."""
    samples, rate = read_samples(clip.wav_path)
    silent = [r < SILENCE_RMS for r in frame_rms(samples, rate, 20)]
    assert not all(silent), "no speech energy at all"
    lead = silent.index(False)
    tail = silent[::-1].index(False)
    longest = run = 0
    for quiet in silent[lead : len(silent) - tail]:
        run = run + 1 if quiet else 0
        longest = max(longest, run)
    return lead * 20, tail * 20, longest * 20, 1 - sum(silent) / len(silent)


@pytest.mark.parametrize("index", [0, 1])
def test_seed_sentence_gives_a_wav_with_one_timing_per_word(
    espeak_engine: SpeechEngine, tmp_path: Path, seed_sentences: tuple[str, ...], index: int
) -> None:
    sentence = seed_sentences[index]
    out = tmp_path / "clip.wav"
    clip = espeak_engine.synthesize(sentence, out, voice="gmw/en-us", rate_wpm=175)

    assert clip.wav_path == out and out.is_file()
    with wave.open(str(out), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (22050, 1, 2)
        assert abs(wav.getnframes() * 1000 / 22050 - clip.duration_ms) <= 1
    assert clip.sample_rate == 22050 and clip.timing_source == "measured"

    # About 175 words a minute, give or take numbers and pauses.
    expected_ms = len(word_spans(sentence)) / 175 * 60_000
    assert 0.6 * expected_ms < clip.duration_ms < 1.8 * expected_ms

    lead, tail, inner, voiced = silence_profile(clip)
    assert lead <= 200 and tail <= 800, "silence only at the edges, and short"
    assert inner <= 400, "no long gap inside the sentence (comma pauses are ~150-250 ms)"
    assert voiced > 0.7

    assert [sentence[w.char_start : w.char_end] for w in clip.words] == [
        sentence[a:z] for a, z in word_spans(sentence)]
    assert all(w.text == sentence[w.char_start : w.char_end] for w in clip.words)
    starts = [w.start_ms for w in clip.words]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert all(a.end_ms == b.start_ms for a, b in zip(clip.words, clip.words[1:]))
    assert clip.words[0].start_ms <= 50
    assert clip.words[-1].start_ms < clip.words[-1].end_ms <= clip.duration_ms


def test_numbers_and_curly_apostrophe_map_to_the_written_tokens(
    espeak_engine: SpeechEngine, tmp_path: Path, seed_sentences: tuple[str, ...]
) -> None:
    sentence = seed_sentences[1]
    clip = espeak_engine.synthesize(sentence, tmp_path / "n.wav", voice=None, rate_wpm=175)
    by_text = {w.text: w for w in clip.words}
    assert {"2020", "1.4", "it’s", "billion"} <= by_text.keys()
    # "2020" is several spoken words: it lasts much longer than "By" or "China".
    assert by_text["2020"].end_ms - by_text["2020"].start_ms > 600
    assert sentence[by_text["it’s"].char_start : by_text["it’s"].char_end] == "it’s"


def test_non_ascii_positions_count_characters(espeak_engine: SpeechEngine, tmp_path: Path) -> None:
    # eSpeak's text_position counts code points from 1, also after “ ” é and astral characters.
    sentence = "Café “naïve” 𝔸 résumé, then 🙂 bus."
    clip = espeak_engine.synthesize(sentence, tmp_path / "u.wav", voice=None, rate_wpm=175)
    assert [w.text for w in clip.words] == ["Café", "naïve", "𝔸", "résumé", "then", "bus"]
    starts = [w.start_ms for w in clip.words]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    # The emoji's spoken name belongs to "then", not to "bus".
    then = clip.words[4]
    assert then.end_ms - then.start_ms > 700


def test_rate_changes_duration(
    espeak_engine: SpeechEngine, tmp_path: Path, seed_sentences: tuple[str, ...]
) -> None:
    sentence = seed_sentences[0]
    slow = espeak_engine.synthesize(sentence, tmp_path / "s.wav", voice=None, rate_wpm=120)
    fast = espeak_engine.synthesize(sentence, tmp_path / "f.wav", voice=None, rate_wpm=300)
    assert slow.duration_ms > 2 * fast.duration_ms
    assert slow.words[-1].start_ms > 2 * fast.words[-1].start_ms


def test_voices_list_american_english(espeak_engine: SpeechEngine) -> None:
    voices = {v.id: v for v in espeak_engine.voices()}
    assert "gmw/en-us" in voices
    assert voices["gmw/en-us"].language == "en-us"
    assert "English" in voices["gmw/en-us"].name
    assert "gmw/en" in voices


def test_voice_changes_audio_and_unknown_voice_is_an_error(
    espeak_engine: SpeechEngine, tmp_path: Path
) -> None:
    us = espeak_engine.synthesize("Tomato.", tmp_path / "us.wav", voice="gmw/en-us", rate_wpm=175)
    gb = espeak_engine.synthesize("Tomato.", tmp_path / "gb.wav", voice="gmw/en", rate_wpm=175)
    assert us.wav_path.read_bytes() != gb.wav_path.read_bytes()
    with pytest.raises(SpeechError, match="no voice"):
        espeak_engine.synthesize("Hello.", tmp_path / "x.wav", voice="zz/nope", rate_wpm=175)
    # The engine still works, with the voice it had.
    again = espeak_engine.synthesize("Hello.", tmp_path / "ok.wav", voice=None, rate_wpm=175)
    assert len(again.words) == 1


def test_empty_text_gives_a_short_silent_clip(espeak_engine: SpeechEngine, tmp_path: Path) -> None:
    clip = espeak_engine.synthesize("  ", tmp_path / "e.wav", voice=None, rate_wpm=175)
    assert clip.words == () and clip.duration_ms >= 100 and clip.wav_path.is_file()


def test_engine_version_names_espeak(espeak_engine: SpeechEngine) -> None:
    assert espeak_engine.engine_version.startswith("espeak-ng-sync/1.")


def test_cancel_from_another_thread_aborts(
    espeak_engine: SpeechEngine, tmp_path: Path, seed_sentences: tuple[str, ...]
) -> None:
    import threading

    long_text = " ".join([seed_sentences[0]] * 40)
    timer = threading.Timer(0.01, espeak_engine.cancel)
    timer.start()
    with pytest.raises(SpeechCancelled):
        espeak_engine.synthesize(long_text, tmp_path / "c.wav", voice=None, rate_wpm=80)
    timer.join()
    ok = espeak_engine.synthesize("Still here.", tmp_path / "ok.wav", voice=None, rate_wpm=175)
    assert [w.text for w in ok.words] == ["Still", "here"]


def run_python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter (libespeak-ng state is per process)."""
    import os

    full_env = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, env=full_env)


def test_two_threads_sharing_the_library_do_not_crash() -> None:
    # Unguarded, two threads in espeak_Synth at once kill the process with SIGFPE.
    result = run_python("""
        import threading
        from pathlib import Path
        from tempfile import mkdtemp
        from presenter.speech.espeak import EspeakEngine
        out = Path(mkdtemp())
        engines = [EspeakEngine(), EspeakEngine()]
        def run(n):
            for i in range(15):
                engines[n].synthesize("The quick brown fox jumps over the lazy dog.",
                                      out / f"{n}-{i}.wav", voice=None, rate_wpm=175)
        threads = [threading.Thread(target=run, args=(n,)) for n in (0, 1)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        print("ok")
    """)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_espeak_data_path_is_honoured(tmp_path: Path) -> None:
    result = run_python("""
        import ctypes
        from pathlib import Path
        from presenter.speech import _libespeak
        from presenter.speech.espeak import EspeakEngine
        engine = EspeakEngine()
        espeak = _libespeak.binding()
        info = ctypes.CFUNCTYPE(ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p))(
            ("espeak_Info", espeak.dll))
        where = ctypes.c_char_p()
        info(ctypes.byref(where))
        print(where.value.decode())
    """, env={"ESPEAK_DATA_PATH": str(_bundle(tmp_path))})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "espeak-ng-data")


def _bundle(tmp_path: Path) -> Path:
    """A folder laid out like the packaged app's: espeak-ng-data inside (here a link)."""
    found = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True)
    data = Path(found.stdout.split("Data at:")[1].strip())
    (tmp_path / "espeak-ng-data").symlink_to(data, target_is_directory=True)
    return tmp_path
