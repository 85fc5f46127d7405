"""One narration clip at a time through a pooled QMediaPlayer, its position polled while it plays."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

POLL_MS = 30


class ClipPlayer(QObject):
    """Plays WAV clips; reports the position (for the word highlight), the end of a clip, and failures.

    QtMultimedia loads on the first clip (a lesson without sound need not pay for it). The player is
    borrowed from the pool (presenter.ui.audio.media says why) and never `stop()`ped: stopping a
    playing QMediaPlayer (FFmpeg backend) was seen to deadlock the GUI thread; a new source replaces it.
    """

    position = Signal(int)  # ms into the clip, every POLL_MS while playing
    ended = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        """No player until the first clip."""
        super().__init__(parent)
        self.volume = 1.0
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(lambda: self.position.emit(self.position_ms()))

    def _ensure(self) -> QMediaPlayer:
        if self._player is None:
            from presenter.ui.audio.media import take_player  # QtMultimedia: on first use

            borrowed = take_player(self._on_status, self._on_error, owner=self)
            borrowed.output.setVolume(self.volume)
            self._player, self._audio = borrowed.player, borrowed.output
        return self._player

    def play(self, wav: Path, rate: float = 1.0) -> None:
        """Play `wav` from its start at playback `rate`."""
        player = self._ensure()
        player.setSource(QUrl.fromLocalFile(str(wav)))
        player.setPosition(0)  # the same clip again (repeat) must start from its beginning
        player.setPlaybackRate(rate)
        player.play()
        self._poll.start()

    def resume(self) -> None:
        """Go on where `pause` stopped."""
        if self._player is not None:
            self._player.play()
            self._poll.start()

    def pause(self) -> None:
        """Pause (also how the narrator stops: see the class's note)."""
        self._poll.stop()
        if self._player is not None:
            self._player.pause()

    def set_rate(self, rate: float) -> None:
        """Playback speed of the clip playing now."""
        if self._player is not None:
            self._player.setPlaybackRate(rate)

    def set_volume(self, volume: float) -> None:
        """Volume from 0 to 1."""
        self.volume = volume
        if self._audio is not None:
            self._audio.setVolume(volume)

    def position_ms(self) -> int:
        """Where the player is in the current clip."""
        return int(self._player.position()) if self._player is not None else 0

    def _on_status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._poll.stop()
            self.ended.emit()

    def _on_error(self, _error: object, text: str) -> None:
        self._poll.stop()
        self.failed.emit(text)
