"""`presenter --self-test`: show a slide and narrate a sentence offscreen, and say what worked.

Meant for a freshly unpacked bundle (and for CI): it loads the sample lesson, renders a reading
slide, finds the lesson's terms, synthesizes the first sentence and plays it to the end. Every
file it makes goes into one temporary folder, removed at the end; the user's own cache and
config folders are pointed there too, so that Qt, fontconfig and the audio client libraries
write nothing outside it. One line per check: "ok: ..." or "FAILED: ..."; exit 0 or 1.
"""

from __future__ import annotations

import math
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from presenter.lesson.model import Lesson
    from presenter.speech.model import Clip, SpeechEngine

# The image must not be blank: body text at 1280x720 inks a few percent of a reading slide.
MIN_INK_FRACTION = 0.005
# eSpeak NG speaks at roughly -10 dBFS; a silent or broken WAV is far below this RMS.
MIN_SPEECH_RMS = 300.0
MIN_SPEECH_MS = 500
# Playback runs in real time (even with no audio device): the clip's length plus start-up slack.
PLAYBACK_SLACK_S = 15.0
SLIDE_SIZE = (1280, 720)

# Folders that libraries write to on their own (font caches, audio cookies, Qt's caches).
_USER_DIRS = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


class CheckFailed(Exception):
    """A check found a problem; the message says what, in words a teacher can pass on."""


@dataclass
class _State:
    """What the checks hand on to each other."""

    tmp: Path
    lesson: Lesson | None = None
    clip: Clip | None = None
    failed: set[str] = field(default_factory=set)


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run every check, printing one line each to `out`; return 0 if all passed, else 1."""
    saved_environment = dict(os.environ)
    try:
        return _run_checks(out)
    finally:
        # Called in-process (tests), the caller gets its environment back.
        os.environ.clear()
        os.environ.update(saved_environment)


def _run_checks(out: TextIO) -> int:
    """Run the checks in a fresh temporary folder; 0 if all passed, else 1."""
    with tempfile.TemporaryDirectory(prefix="presenter-self-test-", ignore_cleanup_errors=True) as tmp:
        state = _State(Path(tmp))
        _isolate(state.tmp)
        checks: list[tuple[str, tuple[str, ...], Callable[[_State], str]]] = [
            ("version", (), _check_version),
            ("lesson", (), _check_lesson),
            ("slide", ("lesson",), _check_slide),
            ("terms", ("lesson",), _check_terms),
            ("speech", ("lesson",), _check_speech),
            ("playback", ("speech",), _check_playback),
            ("practice", ("speech",), _check_practice),
        ]
        for name, needs, check in checks:
            missing = [n for n in needs if n in state.failed]
            if missing:
                state.failed.add(name)
                _say(out, f"FAILED: {name}: not tried, it needs {', '.join(missing)}")
                continue
            try:
                _say(out, f"ok: {name}: {check(state)}")
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
                state.failed.add(name)
                detail = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
                _say(out, f"FAILED: {name}: {detail}")
        _say(out, "self-test passed" if not state.failed else f"self-test FAILED: {', '.join(sorted(state.failed))}")
    return 1 if state.failed else 0


def _say(out: TextIO, line: str) -> None:
    print(line, file=out)
    out.flush()  # a check that hangs or crashes the process must not swallow the lines before it


def _isolate(tmp: Path) -> None:
    """Point this process at the temporary folder for everything it might write on its own."""
    # Offscreen before any QApplication exists: the self-test needs no display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # FFmpeg and the audio back ends are chatty on stderr; the check lines are the report.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    cookie = config / "pulse" / "cookie"
    if cookie.is_file() and "PULSE_COOKIE" not in os.environ:
        # Still reach the user's sound server: libpulse looks for its cookie under the config
        # folder redirected below (it only reads it).
        os.environ["PULSE_COOKIE"] = str(cookie)
    for var in _USER_DIRS:
        folder = tmp / "user" / var.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder)
    if not os.environ.get("XDG_RUNTIME_DIR"):
        # With no session (CI, ssh), libpulse would make and leave a /tmp/pulse-* folder.
        # With a session, the runtime folder is where the sound server's socket is: kept.
        runtime = tmp / "user" / "runtime"
        runtime.mkdir(mode=0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def _check_version(state: _State) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from presenter.version import version

    v = version()
    if v == "unknown":
        raise CheckFailed("presenter's package metadata is missing, so its version is unknown")
    where = f"bundle at {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else "source"
    return f"presenter {v} ({where}), Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}"


def _check_lesson(state: _State) -> str:
    from presenter.lesson import LessonError, read_lesson
    from presenter.resources import SAMPLE_LESSON

    try:
        state.lesson, _warnings = read_lesson(SAMPLE_LESSON)
    except LessonError as exc:
        raise CheckFailed(f"the sample lesson does not load: {exc.problems[0] if exc.problems else exc}") from exc
    lesson = state.lesson
    return (f"sample lesson {SAMPLE_LESSON.parent.name}/{SAMPLE_LESSON.name} loaded: {lesson.title!r}, "
            f"{len(lesson.reading.paragraphs)} paragraphs, {len(lesson.vocabulary)} terms")


def _check_slide(state: _State) -> str:
    from PySide6.QtGui import QImage

    from presenter.deck.geometry import Geometry
    from presenter.ui.slides.render import ensure_gui, make_deck, render_slide
    from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
    from presenter.ui.slides.theme import THEMES

    assert state.lesson is not None
    ensure_gui(offscreen=True)
    deck = make_deck(state.lesson, Geometry(*SLIDE_SIZE))
    index = deck.first_reading_slide
    image = render_slide(SlideRenderer(deck, THEMES["light"]), index, PaintState())
    ink = _ink_fraction(image)
    if ink < MIN_INK_FRACTION:
        raise CheckFailed(f"reading slide {index + 1} came out blank ({ink:.2%} of pixels differ from the background)")
    png = state.tmp / "slide.png"
    if not image.save(str(png)):
        raise CheckFailed(f"cannot write the slide as PNG to {png}")
    again = QImage(str(png))
    if again.size() != image.size():
        raise CheckFailed("the PNG written for the slide does not read back")
    width, height = SLIDE_SIZE
    return (f"reading slide {index + 1} of {len(deck.slides)} rendered offscreen at {width}x{height}, "
            f"{ink:.1%} of pixels inked, saved as PNG")


def _ink_fraction(image: QImage) -> float:
    """The fraction of pixels whose grey level differs from the top-left (background) pixel."""
    from PySide6.QtGui import QImage

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = grey.width(), grey.height()
    if width == 0 or height == 0:
        return 0.0
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()  # rows are padded to 4 bytes: count within the used part only
    background = data[0]
    inked = sum(width - data[y * stride : y * stride + width].count(background) for y in range(height))
    return inked / (width * height)


def _check_terms(state: _State) -> str:
    from presenter.text.occurrences import occurrences

    assert state.lesson is not None
    found = occurrences(state.lesson)  # LemmInflect's tables, read by presenter.text.lexicon
    hits = sum(len(v) for v in found.values())
    terms = sum(1 for v in found.values() if v)
    if state.lesson.vocabulary and hits == 0:
        raise CheckFailed("none of the lesson's terms was found in the reading (lemminflect's data missing?)")
    return f"{terms} of {len(state.lesson.vocabulary)} terms found in the reading, {hits} occurrences"


def _first_sentence(lesson: Lesson) -> str:
    from presenter.text.sentences import sentences

    for paragraph in lesson.reading.paragraphs:
        for sentence in sentences(paragraph.text):
            if any(c.isalpha() for c in sentence):
                return sentence
    raise CheckFailed("the sample lesson's reading has no sentence to speak")


def _check_speech(state: _State) -> str:
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


def _check_playback(state: _State) -> str:
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


def _check_practice(state: _State) -> str:
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
