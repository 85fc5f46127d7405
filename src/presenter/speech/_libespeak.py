"""The one process-wide handle on libespeak-ng, through pyttsx3's private ctypes binding.

Measured with eSpeak NG 1.51 (see tests/speech): libespeak-ng keeps global state, so
- two threads synthesizing at once crash the whole process (SIGFPE): every call holds _LOCK;
- a second espeak_Initialize corrupts that state (a later espeak_Terminate hangs, and with no
  voice set again the audio comes out wrong): it is initialised once per process and never
  terminated;
- pyttsx3's own eSpeak driver initialises the same library in another mode (RETRIEVAL, with
  eSpeak's own thread): the two cannot share a process, so each side checks the other.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from presenter.speech.model import SpeechError, SpeechTimeout, SpeechUnavailable

INSTALL_HINT = (
    "eSpeak NG is not installed; install the espeak-ng package "
    "(Debian/Ubuntu: sudo apt install espeak-ng libespeak-ng1)"
)
_LIBRARY_NAMES = ("libespeak-ng.so.1", "libespeak-ng.1.dylib", "libespeak-ng.dll")

_LOCK = threading.RLock()
LOCK_TIMEOUT_S = 60.0  # far beyond any sentence (eSpeak speaks ~1000x faster than real time)
_sample_rate: int | None = None
_callback_ref: Any = None  # keeps the ctypes callback alive while C may call it

# (samples pointer, sample count, events pointer) -> 0 to go on, 1 to abort synthesis
SynthCallback = Callable[[Any, int, Any], int]


@contextmanager
def _locked() -> Iterator[None]:
    """Hold the library lock, or raise SpeechTimeout if another thread keeps it too long."""
    if not _LOCK.acquire(timeout=LOCK_TIMEOUT_S):
        raise SpeechTimeout("eSpeak NG stayed busy in another thread")
    try:
        yield
    finally:
        _LOCK.release()


def data_path() -> str | None:
    """The directory holding espeak-ng-data, from ESPEAK_DATA_PATH (a packaged app sets it)."""
    value = os.environ.get("ESPEAK_DATA_PATH", "").strip()
    return value or None


def _preload_bundled_library() -> None:
    """Load a libespeak-ng shipped next to espeak-ng-data, so the binding finds that one."""
    root = data_path()
    if root is None:
        return
    for folder in (Path(root), Path(root) / "lib"):
        for name in _LIBRARY_NAMES:
            candidate = folder / name
            if candidate.is_file():
                try:
                    # The binding asks for the library by soname; a loaded one is reused. Local,
                    # not global: piper's phonemizer (espeakbridge) carries its own eSpeak NG, and
                    # global symbols of this one would take over its calls (a crash, measured).
                    ctypes.CDLL(str(candidate), mode=ctypes.RTLD_LOCAL)
                except OSError:
                    continue
                return


def binding() -> ModuleType:
    """pyttsx3's ctypes binding of libespeak-ng, or SpeechUnavailable if eSpeak is missing."""
    _preload_bundled_library()
    try:
        from pyttsx3.drivers import _espeak
    except ImportError as exc:
        if "pyttsx3" in str(exc):
            raise SpeechUnavailable("pyttsx3 is not installed; install the pyttsx3 package") from exc
        raise SpeechUnavailable(INSTALL_HINT) from exc
    except (RuntimeError, OSError) as exc:  # the binding raises RuntimeError with no library
        raise SpeechUnavailable(INSTALL_HINT) from exc
    module: ModuleType = _espeak
    return module


def pyttsx3_driver_active() -> bool:
    """Whether pyttsx3's own eSpeak driver has initialised libespeak-ng in this process."""
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    return bool(getattr(getattr(driver, "EspeakDriver", None), "_moduleInitialized", False))


def sync_mode_active() -> bool:
    """Whether this module has initialised libespeak-ng (synchronous mode) in this process."""
    return _sample_rate is not None


def initialize() -> int:
    """Initialise libespeak-ng once in synchronous mode; returns its sample rate."""
    global _sample_rate
    with _locked():
        if _sample_rate is not None:
            return _sample_rate
        espeak = binding()
        if pyttsx3_driver_active():
            raise SpeechError(
                "pyttsx3's eSpeak driver already uses libespeak-ng in this process; "
                "use one eSpeak engine per process"
            )
        path = data_path()
        rate = int(
            espeak.Initialize(
                # 200 ms buffers: a quarter of the callbacks of the default, same audio.
                # espeakINITIALIZE_DONT_EXIT: without it a missing voice data folder makes
                # libespeak-ng call exit(1) and take the whole app down.
                espeak.AUDIO_OUTPUT_SYNCHRONOUS, 200, path.encode() if path else None, 0x8000
            )
        )
        if rate <= 0:
            where = f" (ESPEAK_DATA_PATH={path})" if path else ""
            raise SpeechUnavailable(
                f"eSpeak NG could not start: its espeak-ng-data folder was not found{where}; "
                "reinstall the espeak-ng-data package"
            )
        _sample_rate = rate
        return rate


def version() -> str:
    """The libespeak-ng version string, e.g. "1.51"."""
    raw = binding().Info(None)
    return raw.decode("ascii", "replace") if isinstance(raw, bytes) else str(raw)


def list_voices() -> list[tuple[str, str, str]]:
    """(identifier, name, language) of every installed voice; identifiers in lower case."""
    espeak = binding()
    with _locked():
        initialize()
        found: list[tuple[str, str, str]] = []
        for v in espeak.ListVoices(None):
            # languages is a priority byte, then the language name: b"\x02en-us".
            languages: bytes = v.languages or b"\x00"
            found.append(
                (
                    v.identifier.decode("utf-8", "replace").lower(),
                    v.name.decode("utf-8", "replace"),
                    languages[1:].decode("utf-8", "replace"),
                )
            )
        return found


_current_voice: str | None = None


def configure(voice_id: str, words_per_minute: int) -> bool:
    """Select a voice (by identifier or name) and a rate; False when there is no such voice.

    Loading a voice costs about 5 ms the first time, so it is only done when it changes; the
    rate is set every time because a voice change may reset it.
    """
    global _current_voice
    espeak = binding()
    with _locked():
        if voice_id != _current_voice:
            if int(espeak.SetVoiceByName(voice_id.encode("utf-8"))) != espeak.EE_OK:
                return False
            _current_voice = voice_id
        espeak.SetParameter(espeak.RATE, int(words_per_minute), 0)
        return True


def synthesize(text: str, on_audio: SynthCallback) -> int:
    """Run espeak_Synth on `text` (UTF-8, sentence pause at the end) feeding `on_audio`.

    Synchronous mode: the callback runs on this thread and the call returns when the audio
    is complete or the callback asked to abort. Returns eSpeak's status code.
    """
    global _callback_ref
    espeak = binding()
    data = text.encode("utf-8")
    with _locked():
        espeak.SetSynthCallback(on_audio)
        _callback_ref = espeak.SynthCallback
        flags = espeak.CHARS_UTF8 | espeak.ENDPAUSE
        return int(
            espeak.cSynth(data, len(data) + 1, 0, espeak.POS_CHARACTER, 0, flags, None, None)
        )


def event_list_terminated() -> int:
    """The event type that ends an event array."""
    return int(binding().EVENT_LIST_TERMINATED)


def event_word() -> int:
    """The event type of a WORD event."""
    return int(binding().EVENT_WORD)
