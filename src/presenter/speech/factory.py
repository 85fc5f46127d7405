"""Choosing the speech engine for this platform."""

from __future__ import annotations

import os
import sys

from presenter.speech.model import SpeechEngine, SpeechUnavailable


def create_engine() -> SpeechEngine:
    """The best engine here: eSpeak NG (measured timings) on Linux, else pyttsx3 (estimated).

    ESPEAK_DATA_PATH, when set, names the folder that holds espeak-ng-data (and may hold a
    bundled libespeak-ng); the packaged app sets it. Raises SpeechUnavailable, whose message
    says what to install, when no engine can run. Call it on the thread that will use the
    engine (SpeechWorker does).
    """
    if os.environ.get("PRESENTER_NO_SPEECH"):
        # Turned off on purpose (tests of packs on a machine "without" speech, or a user's choice).
        raise SpeechUnavailable("speech is turned off (PRESENTER_NO_SPEECH is set)")
    if sys.platform.startswith("linux"):
        from presenter.speech.espeak import EspeakEngine

        # On Linux pyttsx3 drives the same libespeak-ng: if this fails, it would fail too.
        return EspeakEngine()
    from presenter.speech.pyttsx3_engine import Pyttsx3Engine

    return Pyttsx3Engine()
