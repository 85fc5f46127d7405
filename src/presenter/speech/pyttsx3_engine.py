"""The Windows/macOS engine: pyttsx3's save_to_file, with word times ESTIMATED by syllables."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path
from typing import Any

from presenter.speech import _libespeak
from presenter.speech.model import (
    Clip,
    SpeechCancelled,
    SpeechError,
    SpeechTimeout,
    SpeechUnavailable,
    Voice,
)
from presenter.speech.timings import estimate_word_timings
from presenter.speech.wav import (
    HEADER_BYTES,
    read_samples,
    speech_end_ms,
    speech_start_ms,
    write_wav,
)

_POLL_S = 0.02
_DRIVER_HINTS = {
    "win32": "Windows speech (SAPI5) could not start; reinstall the app or install pywin32",
    "darwin": "macOS speech could not start; reinstall the app or install pyobjc",
}


def _speech_bounds(path: Path) -> tuple[int, int]:
    """(first, last) non-silent ms of a WAV, to place the estimate on the speech itself."""
    samples, rate = read_samples(path)
    return speech_start_ms(samples, rate), speech_end_ms(samples, rate)


def _complete_wav(path: Path) -> bool:
    """Whether `path` is a finished WAV: audio beyond the bare header, header matching the size."""
    try:
        size = path.stat().st_size
        if size <= HEADER_BYTES:
            return False
        with wave.open(str(path), "rb") as wav:
            expected = wav.getnframes() * wav.getsampwidth() * wav.getnchannels()
        return expected > 0 and size >= HEADER_BYTES + expected
    except (OSError, EOFError, wave.Error):
        return False


def _to_wav(path: Path) -> None:
    """Make `path` a 16-bit WAV: macOS's synthesizer writes AIFF whatever the name says."""
    with path.open("rb") as raw:
        magic = raw.read(4)
    if magic == b"RIFF":
        return
    tool = shutil.which("afconvert")
    if magic != b"FORM" or tool is None:
        raise SpeechError(f"{path}: the speech engine wrote a file that is not WAV")
    converted = path.with_name(path.name + ".conv.wav")
    subprocess.run([tool, "-f", "WAVE", "-d", "LEI16", str(path), str(converted)],
                   check=True, timeout=60, capture_output=True)
    converted.replace(path)


class Pyttsx3Engine:
    """Speech through pyttsx3 (SAPI5, NSSpeechSynthesizer, or eSpeak); timings ESTIMATED.

    pyttsx3's word callbacks do not follow the audio written to a file, so the words are
    spread over the clip's speech in proportion to their syllables (estimate_word_timings).
    One file per runAndWait: several queued files can come out empty (SAPI5).
    """

    def __init__(self, driver_name: str | None = None, timeout_s: float = 30.0) -> None:
        if _libespeak.sync_mode_active() and driver_name in (None, "espeak") and \
                sys.platform.startswith("linux"):
            raise SpeechError("libespeak-ng is already used in synchronous mode in this process")
        try:
            from pyttsx3.engine import Engine
        except ImportError as exc:
            raise SpeechUnavailable("pyttsx3 is not installed; install the pyttsx3 package") from exc
        try:
            # An engine of our own, not pyttsx3.init()'s shared one: its queue and busy state
            # are ours alone (a shared one left idle makes the next runAndWait loop forever).
            self._engine: Any = Engine(driver_name)
        except Exception as exc:  # ImportError (comtypes, pyobjc), RuntimeError (no eSpeak)...
            hint = _DRIVER_HINTS.get(sys.platform, _libespeak.INSTALL_HINT)
            raise SpeechUnavailable(f"{hint} ({exc})") from exc
        self.timeout_s = timeout_s
        self.engine_version = f"pyttsx3-{self._engine.driver_name}/{_pyttsx3_version()}"
        self._finished = threading.Event()
        self._errors: list[BaseException] = []
        self._cancel = threading.Event()
        self._engine.connect("finished-utterance", self._on_finished)
        self._engine.connect("error", self._on_error)

    def _on_finished(self, name: object = None, completed: bool = True) -> None:
        """pyttsx3 callback (eSpeak's or the OS's thread): the file has been written."""
        self._finished.set()

    def _on_error(self, name: object = None, exception: BaseException | None = None) -> None:
        """pyttsx3 callback: the driver failed."""
        self._errors.append(exception or SpeechError("pyttsx3 reported an error"))
        self._finished.set()

    def voices(self) -> list[Voice]:
        """The voices the pyttsx3 driver lists."""
        found: list[Voice] = []
        for v in self._engine.getProperty("voices"):
            langs = getattr(v, "languages", None) or [""]
            lang = langs[0].decode("ascii", "replace") if isinstance(langs[0], bytes) else str(langs[0])
            found.append(Voice(str(v.id), str(v.name or v.id), lang, engine="system", source="the system's voices",
                               timing="estimated"))
        return found

    def cancel(self) -> None:
        """Stop waiting for the synthesis in progress; it is reported as cancelled."""
        self._cancel.set()

    def synthesize(self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int) -> Clip:
        """Speak `text` into `out_wav` through pyttsx3; word timings are ESTIMATED."""
        if not text.strip():
            write_wav(out_wav, bytes(2 * 2205), 22050)  # pyttsx3 refuses empty text
            return Clip(text, out_wav, 100, 22050, (), "estimated")
        out_wav.parent.mkdir(parents=True, exist_ok=True)
        tmp = out_wav.with_name(f".{out_wav.stem}.pyttsx3.wav")
        tmp.unlink(missing_ok=True)
        self._finished.clear()
        self._cancel.clear()
        self._errors.clear()
        try:
            if voice:
                self._engine.setProperty("voice", voice)
            self._engine.setProperty("rate", int(rate_wpm))
            self._settle()
            self._engine.save_to_file(text, str(tmp))
            self._engine.runAndWait()  # returns at once with eSpeak, after the file with SAPI5
        except Exception as exc:  # drivers raise anything: KeyError, COMError, AttributeError
            raise SpeechError(f"pyttsx3 failed: {exc!r}") from exc
        try:
            self._wait_for(tmp)
            _to_wav(tmp)
            tmp.replace(out_wav)
        finally:
            tmp.unlink(missing_ok=True)
        with wave.open(str(out_wav), "rb") as wav:
            rate = wav.getframerate()
            duration_ms = round(wav.getnframes() * 1000 / rate)
        lead, end = _speech_bounds(out_wav)
        words = estimate_word_timings(
            text, duration_ms, lead_ms=lead, tail_ms=max(0, duration_ms - end) if end else 0
        )
        return Clip(text, out_wav, duration_ms, rate, words, "estimated")

    def _settle(self) -> None:
        """With pyttsx3's eSpeak driver, wait until eSpeak has applied the queued settings.

        That driver runs libespeak-ng asynchronously: a new rate is a command in eSpeak's
        queue, and runAndWait starts by calling espeak_Cancel whenever eSpeak is busy, which
        throws the rate away (measured: the clip keeps the previous rate about half the time).
        """
        if self._engine.driver_name != "espeak":
            return
        espeak = _libespeak.binding()
        deadline = time.monotonic() + 1.0
        while espeak.IsPlaying() and time.monotonic() < deadline:
            time.sleep(0.002)

    def _wait_for(self, path: Path) -> None:
        """Wait, at most timeout_s, for finished-utterance or a complete, settled file."""
        deadline = time.monotonic() + self.timeout_s
        last_size = -1
        while True:
            if self._errors:
                raise SpeechError(f"pyttsx3 failed: {self._errors[0]!r}")
            if self._cancel.is_set():
                self._engine.stop()
                raise SpeechCancelled("cancelled")
            if self._finished.is_set() and _complete_wav(path):
                return
            # Some drivers (SAPI5 writing to a file) never send finished-utterance: a complete
            # WAV whose size holds still over one poll is taken as done.
            size = path.stat().st_size if path.exists() else -1
            if size == last_size and _complete_wav(path) and not self._finished.is_set():
                return
            last_size = size
            if time.monotonic() > deadline:
                detail = "only an empty header" if 0 <= size <= HEADER_BYTES else "no file"
                raise SpeechTimeout(f"pyttsx3 wrote {detail} within {self.timeout_s:g} s")
            if self._finished.is_set():
                time.sleep(_POLL_S)  # notified, but the file is not complete yet
            else:
                self._finished.wait(_POLL_S)


def _pyttsx3_version() -> str:
    """pyttsx3's installed version, for cache keys."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pyttsx3")
    except PackageNotFoundError:
        return "unknown"
