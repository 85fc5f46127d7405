"""Speech: voices, synthesis of sentences to clips with word timings, and the engines.

Plain Python (no Qt). Engines: EspeakEngine (Linux, measured timings), Pyttsx3Engine
(Windows/macOS, estimated timings), FakeEngine (tests). Run an engine through SpeechWorker so
the GUI thread never waits on it.
"""

from presenter.speech.factory import create_engine
from presenter.speech.fake import FakeEngine
from presenter.speech.model import (
    Clip,
    SpeechCancelled,
    SpeechEngine,
    SpeechError,
    SpeechTimeout,
    SpeechUnavailable,
    Voice,
    WordTiming,
)
from presenter.speech.timings import estimate_word_timings, word_spans
from presenter.speech.jobs import SpeechJob
from presenter.speech.worker import SpeechWorker, SyncWorker

__all__ = [
    "Clip",
    "FakeEngine",
    "SpeechCancelled",
    "SpeechEngine",
    "SpeechError",
    "SpeechJob",
    "SpeechTimeout",
    "SpeechUnavailable",
    "SpeechWorker",
    "SyncWorker",
    "Voice",
    "WordTiming",
    "create_engine",
    "estimate_word_timings",
    "word_spans",
]
