"""The end-of-countdown chime.

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
            from presenter.ui.audio.media import take_player

            # A shared player, given back when this chime goes (presenter.ui.audio.media says why).
            borrowed = take_player(self._on_status, self._on_error, owner=self)
            self._player, self._output = borrowed.player, borrowed.output
            self._output.setVolume(min(max(volume, 0.0), 1.0))
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
            # pause(), not stop(): stopping a playing QMediaPlayer (FFmpeg backend) can deadlock.
            self._player.pause()
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
