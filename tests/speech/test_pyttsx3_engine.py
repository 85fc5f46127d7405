"""The pyttsx3 save_to_file engine (the Windows/macOS path), run here on pyttsx3's eSpeak driver."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from presenter.speech.model import SpeechError, SpeechTimeout
from speech_support import seed_sentences  # noqa: F401  (pytest fixtures)

SRC = Path(__file__).resolve().parents[2] / "src"


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Fresh interpreter: pyttsx3's eSpeak driver and the sync engine cannot share a process."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="runs pyttsx3's eSpeak driver")
def test_save_to_file_path_runs_with_estimated_timings(
    tmp_path: Path, seed_sentences: tuple[str, ...]
) -> None:
    result = run_python(f"""
        import json, sys, time, wave
        from pathlib import Path
        from presenter.speech.pyttsx3_engine import Pyttsx3Engine
        engine = Pyttsx3Engine()
        out = []
        for i, text in enumerate({list(seed_sentences)!r}):
            for rate in (120, 250):
                start = time.monotonic()
                clip = engine.synthesize(text, Path({str(tmp_path)!r}) / f"{{i}}-{{rate}}.wav",
                                         voice="gmw/en-us", rate_wpm=rate)
                with wave.open(str(clip.wav_path)) as w:
                    frames, hz = w.getnframes(), w.getframerate()
                out.append(dict(text=text, rate=rate, seconds=time.monotonic() - start,
                    size=clip.wav_path.stat().st_size, frames=frames, hz=hz,
                    duration=clip.duration_ms, source=clip.timing_source,
                    version=engine.engine_version,
                    words=[[w.text, w.start_ms, w.end_ms, w.char_start, w.char_end]
                           for w in clip.words]))
        voices = [v.id for v in engine.voices()]
        print(json.dumps(dict(clips=out, has_us="gmw/en-us" in voices)))
    """)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])  # pyttsx3 prints "Audio saved"
    assert report["has_us"]
    clips = report["clips"]
    for clip in clips:
        text = clip["text"]
        assert clip["size"] > 44 and clip["hz"] == 22050
        assert clip["source"] == "estimated" and clip["version"].startswith("pyttsx3-espeak/")
        assert clip["seconds"] < 10
        words = clip["words"]
        assert [text[a:z] for _, _, _, a, z in words] == [w for w, *_ in words]
        assert len(words) == (16 if "Nearly" in text else 19)
        assert words[0][1] >= 0 and words[-1][2] <= clip["duration"]
        assert all(a[2] == b[1] and a[1] < a[2] for a, b in zip(words, words[1:]))
    # Rate is honoured: the slow clip is much longer than the fast one.
    assert clips[0]["duration"] > 1.6 * clips[1]["duration"]


def test_the_two_espeak_users_refuse_to_share_a_process() -> None:
    result = run_python("""
        from presenter.speech.espeak import EspeakEngine
        from presenter.speech.pyttsx3_engine import Pyttsx3Engine
        from presenter.speech.model import SpeechError
        EspeakEngine()
        try:
            Pyttsx3Engine()
        except SpeechError as exc:
            print("refused:", exc)
    """)
    assert "refused:" in result.stdout, result.stderr
    result = run_python("""
        from presenter.speech.espeak import EspeakEngine
        from presenter.speech.pyttsx3_engine import Pyttsx3Engine
        from presenter.speech.model import SpeechError
        Pyttsx3Engine()
        try:
            EspeakEngine()
        except SpeechError as exc:
            print("refused:", exc)
    """)
    assert "refused:" in result.stdout, result.stderr


def test_driver_without_save_to_file_is_an_error(tmp_path: Path) -> None:
    from presenter.speech.pyttsx3_engine import Pyttsx3Engine

    engine = Pyttsx3Engine("dummy", timeout_s=5)
    with pytest.raises(SpeechError, match="pyttsx3 failed"):
        engine.synthesize("Hello there.", tmp_path / "d.wav", voice=None, rate_wpm=175)


def test_driver_that_writes_nothing_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pyttsx3.drivers.dummy import DummyDriver

    from presenter.speech.pyttsx3_engine import Pyttsx3Engine

    monkeypatch.setattr(DummyDriver, "save_to_file", lambda self, text, name: None, raising=False)
    engine = Pyttsx3Engine("dummy", timeout_s=0.5)
    with pytest.raises(SpeechTimeout, match="no file"):
        engine.synthesize("Hello there.", tmp_path / "d.wav", voice=None, rate_wpm=175)
    assert not (tmp_path / "d.wav").exists()


def test_header_only_file_is_not_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wave

    from pyttsx3.drivers.dummy import DummyDriver

    from presenter.speech.pyttsx3_engine import Pyttsx3Engine

    def empty_wav(self: object, text: str, name: str) -> None:
        with wave.open(name, "wb") as w:  # what SAPI5 leaves when a queued file fails
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(22050)

    monkeypatch.setattr(DummyDriver, "save_to_file", empty_wav, raising=False)
    engine = Pyttsx3Engine("dummy", timeout_s=0.5)
    with pytest.raises(SpeechTimeout, match="empty header"):
        engine.synthesize("Hello there.", tmp_path / "d.wav", voice=None, rate_wpm=175)
