"""The end-of-countdown chime, and the tick that rings it.

`Chime` plays assets/chime.wav if it can, and never raises.

QSoundEffect goes into its error state when there is no audio device, so it is not used:
QMediaPlayer + QAudioOutput plays the WAV with or without a device (docs: platform facts).
Whatever happens here, the slide still shows "Time's up": the sound is a courtesy.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from presenter.resources import asset
from presenter.timing.slide import TimedSlides

log = logging.getLogger(__name__)

try:  # QtMultimedia needs libpulse0 on Linux; without it the app still runs, silently
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

    _IMPORT_ERROR = ""
except ImportError as exc:  # pragma: no cover - depends on the machine
    _IMPORT_ERROR = f"QtMultimedia is not available: {exc}"


class Chime(QObject):
    """Plays the chime; `play()` says whether it could, `error` says why not."""

    finished = Signal()  # the chime played to its end, or failed while playing

    def __init__(self, path: Path | None = None, volume: float = 0.8, parent: QObject | None = None) -> None:
        """Load `path` (assets/chime.wav by default) so the first chime starts at once."""
        super().__init__(parent)
        self.path = path or asset("chime.wav")
        self._error = _IMPORT_ERROR
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        if self._error:
            return
        if not self.path.is_file():
            self._error = f"the chime file is missing: {self.path}"
            return
        # Broad on purpose: a broken audio stack must cost the chime, never the lesson.
        try:
            self._output = QAudioOutput(self)
            self._output.setVolume(min(max(volume, 0.0), 1.0))
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            self._player.errorOccurred.connect(self._on_error)
            self._player.mediaStatusChanged.connect(self._on_status)
            self._player.setSource(QUrl.fromLocalFile(str(self.path)))
        except Exception as exc:  # noqa: BLE001
            self._fail(f"cannot set up audio: {exc}")

    @property
    def error(self) -> str:
        """Why the chime cannot play, or "" when it can."""
        return self._error

    @property
    def available(self) -> bool:
        """Whether a play() can be attempted at all."""
        return self._player is not None and not self._error

    @staticmethod
    def has_audio_device() -> bool:
        """Whether the system reports an audio output (without one the chime plays silently)."""
        if _IMPORT_ERROR:
            return False
        try:
            return bool(QMediaDevices.audioOutputs())
        except Exception:  # noqa: BLE001
            return False

    @property
    def playing(self) -> bool:
        """Whether the chime is sounding now."""
        try:
            return self._player is not None and self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        except Exception:  # noqa: BLE001
            return False

    def play(self) -> bool:
        """Start the chime from its beginning; True if playback started, False (never an exception) if not."""
        if not self.available or self._player is None:
            return False
        try:
            self._player.stop()
            self._player.setPosition(0)
            self._player.play()
        except Exception as exc:  # noqa: BLE001
            self._fail(f"cannot play the chime: {exc}")
            return False
        return not self._error

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self._fail(message or "the audio player failed")
        self.finished.emit()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.finished.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(f"the chime file cannot be played: {self.path}")
            self.finished.emit()

    def _fail(self, message: str) -> None:
        self._error = message
        log.warning("chime: %s", message)


class TimerTicker(QObject):
    """Ticks the lesson's countdowns: asks for a repaint while one runs, and chimes when one runs out.

    The tick only decides *when* to look; the numbers come from the monotonic clock, so a late
    tick shows the right time late, never a wrong time.
    """

    tick = Signal()  # a countdown is running: repaint the slide
    time_up = Signal()  # a talk time has run out (the chime was asked to play)

    def __init__(self, slides: TimedSlides, chime: Chime | None = None, interval_ms: int = 100,
                 parent: QObject | None = None) -> None:
        """Tick `slides` every `interval_ms`; `chime` None means a silent end."""
        super().__init__(parent)
        self.slides, self.chime = slides, chime
        self.chimed = 0  # how many times the chime was asked for (the view can test it)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def poll(self) -> None:
        """One tick: chime for each countdown that ran out, repaint if anything runs."""
        ran_out = self.slides.reached_zero()
        for _ in ran_out[:1]:  # two at once (rare) is still one chime
            self.chimed += 1
            if self.chime is not None:
                self.chime.play()
        if ran_out:
            self.time_up.emit()
        if ran_out or self.slides.any_running():
            self.tick.emit()

    def stop(self) -> None:
        """Stop ticking (the lesson was closed)."""
        self._timer.stop()
