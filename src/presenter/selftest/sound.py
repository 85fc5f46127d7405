"""The self-test's checks of sound: a sentence spoken with measured word times, played, and checked by ear."""

from __future__ import annotations

import math
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from presenter.selftest.state import CheckFailed, State

if TYPE_CHECKING:
    from presenter.lesson.model import Lesson
    from presenter.speech.model import Clip, SpeechEngine

# eSpeak NG speaks at roughly -10 dBFS; a silent or broken WAV is far below this RMS.
MIN_SPEECH_RMS = 300.0
MIN_SPEECH_MS = 500
# Playback runs in real time (even with no audio device): the clip's length plus start-up slack.
PLAYBACK_SLACK_S = 15.0


def _first_sentence(lesson: Lesson) -> str:
    from presenter.text.sentences import sentences

    for paragraph in lesson.reading.paragraphs:
        for sentence in sentences(paragraph.text):
            if any(c.isalpha() for c in sentence):
                return sentence
    raise CheckFailed("the sample lesson's reading has no sentence to speak")


def _check_speech(state: State) -> str:
    from presenter.speech.factory import create_engine
    from presenter.speech.model import SpeechUnavailable
    from presenter.speech.wav import read_samples

    assert state.lesson is not None
    text = _first_sentence(state.lesson)
    data = os.environ.get("ESPEAK_DATA_PATH")
    phontab = Path(data or ".") / "espeak-ng-data" / "phontab"
    if sys.platform.startswith("linux") and data and not phontab.is_file():
        # Checked here because libespeak-ng's espeak_Initialize exits the whole process when
        # its data is missing (unless asked not to): the report would just stop.
        raise CheckFailed(f"eSpeak NG's voice data is missing: there is no {phontab}")
    try:
        engine = create_engine()
    except SpeechUnavailable as exc:
        raise CheckFailed(f"no speech engine: {exc.message}") from exc
    wav = state.tmp / "sentence.wav"
    started = time.perf_counter()
    clip = engine.synthesize(text, wav, voice=state.lesson.voice, rate_wpm=state.lesson.rate)
    took = time.perf_counter() - started
    if not wav.is_file():
        raise CheckFailed(f"{engine.engine_version} wrote no WAV file")
    samples, rate = read_samples(wav)
    duration_ms = round(len(samples) * 1000 / rate) if rate else 0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0
    if duration_ms < MIN_SPEECH_MS or rms < MIN_SPEECH_RMS:
        raise CheckFailed(f"the WAV from {engine.engine_version} holds no speech "
                          f"({duration_ms} ms, RMS {rms:.0f}; expected RMS >= {MIN_SPEECH_RMS:.0f})")
    voice = _check_word_times(engine, clip, text)
    state.clip = clip
    return (f"{voice} [{engine.engine_version}]{_espeak_origin()} spoke {len(text.split())} words in {took:.2f} s: "
            f"{duration_ms / 1000:.1f} s of audio at {rate} Hz, RMS {rms:.0f}, {len(clip.words)} measured word times")


def _check_word_times(engine: SpeechEngine, clip: Clip, text: str) -> str:
    """The voice that spoke: the natural one wherever piper-tts is part of the build; its word times sound."""
    import importlib.util

    from presenter.speech.timings import word_spans

    first = engine.voices()[0] if engine.voices() else None
    natural = importlib.util.find_spec("piper") is not None
    if natural and (first is None or first.engine != "piper" or clip.note):
        raise CheckFailed(f"the natural voice did not speak: {clip.note or 'no Piper voice is installed'}")
    if clip.timing_source != "measured" and sys.platform.startswith("linux"):
        raise CheckFailed("the word times were estimated, not measured")
    spans = [(w.char_start, w.char_end) for w in clip.words]
    starts = [w.start_ms for w in clip.words]
    if spans != word_spans(text) or any(text[a:z] != w.text for (a, z), w in zip(spans, clip.words)):
        raise CheckFailed("the word times do not point at the sentence's words")
    if starts != sorted(starts) or not clip.words or clip.words[-1].end_ms > clip.duration_ms or starts[0] > 1000:
        raise CheckFailed(f"the word times are out of order or outside the clip: {starts[:5]}…")
    return first.id if natural and first is not None else "the system voice"


def _espeak_origin() -> str:
    """On Linux: which libespeak-ng file this process loaded, and the data folder it uses."""
    if not sys.platform.startswith("linux"):
        return ""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split(maxsplit=5)[5].strip() for line in maps if "libespeak-ng" in line}
    except (OSError, IndexError):
        return ""
    data = os.environ.get("ESPEAK_DATA_PATH") or "eSpeak's built-in default"
    return f" (library {', '.join(sorted(paths)) or 'not loaded'}; data {data})"


def _check_playback(state: State) -> str:
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

    from presenter.ui.slides.render import ensure_gui

    assert state.clip is not None
    ensure_gui(offscreen=True)
    device = QMediaDevices.defaultAudioOutput()
    where = f"on {device.description()!r}" if not device.isNull() else "silently (no audio device)"
    output = QAudioOutput()
    player = QMediaPlayer()
    player.setAudioOutput(output)
    loop = QEventLoop()
    errors: list[str] = []
    ended: list[bool] = []

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            ended.append(True)
            loop.quit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            errors.append("the player cannot read the WAV")
            loop.quit()

    def on_error(_error: QMediaPlayer.Error, message: str) -> None:
        errors.append(message or "the player failed")
        loop.quit()

    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    limit_s = state.clip.duration_ms / 1000 + PLAYBACK_SLACK_S
    QTimer.singleShot(round(limit_s * 1000), loop.quit)
    started = time.perf_counter()
    player.setSource(QUrl.fromLocalFile(str(state.clip.wav_path)))
    player.play()
    loop.exec()
    took = time.perf_counter() - started
    position_ms = player.position()
    player.stop()
    player.setSource(QUrl())  # let go of the file before the temporary folder is removed
    if errors:
        raise CheckFailed(f"playback failed: {errors[0]}")
    if not ended:
        raise CheckFailed(f"playback did not reach the end within {limit_s:.0f} s (at {position_ms} ms "
                          f"of {state.clip.duration_ms} ms)")
    return f"played {state.clip.duration_ms / 1000:.1f} s of speech to the end in {took:.1f} s, {where}"


def _check_practice(state: State) -> str:
    """The reading check (pocketsphinx and its model, bundled) hears the narrated sentence as read."""
    from presenter.practice import Mark, SphinxChecker

    assert state.clip is not None
    started = time.perf_counter()
    result = SphinxChecker().check(state.clip.text, state.clip.wav_path)
    took = time.perf_counter() - started
    judged = [w for w in result.words if w.mark is not Mark.UNCHECKED]
    read = sum(w.mark is Mark.READ for w in judged)
    if read * 2 < len(judged):
        raise CheckFailed(f"the reading check heard only {read} of {len(judged)} words of the narrated sentence")
    return f"reading check: {read} of {len(judged)} words of the narrated sentence read, in {took:.2f} s"
