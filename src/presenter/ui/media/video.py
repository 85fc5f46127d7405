"""The video slide's player: a pooled QMediaPlayer drawing its frames and the clip's subtitles into a widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QWidget

from presenter.ui.audio.media import Borrowed, give_back, take_player
from presenter.text.subtitles import Cue, cue_at, parse_subtitles

SEEK_MS = 5000  # ← and → inside the player, as in most players
MAX_SUBTITLE_BYTES = 4 * 2**20


class VideoPanel(QWidget):
    """Plays one local clip: Space-like toggle, seeking, the frame fitted to the widget, subtitles below."""

    positionChanged = Signal(int)  # ms
    frame_shown = Signal()  # a new frame: the console's preview shows it too

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty panel; `open()` gives it a clip."""
        super().__init__(parent)
        self._borrowed: Borrowed | None = None
        self._sink = QVideoSink(self)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._frame = QImage()
        self._cues: tuple[Cue, ...] = ()
        self.subtitle = ""
        self.error = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def frame(self) -> QImage:
        """The latest frame (null before the first one)."""
        return self._frame

    @property
    def player(self) -> QMediaPlayer | None:
        """The borrowed player while a clip is open."""
        return self._borrowed.player if self._borrowed is not None else None

    def open(self, path: Path, subtitles: Path | None = None) -> None:
        """Load `path` (paused at its start) and its subtitles, if any."""
        if self._borrowed is None:
            self._borrowed = take_player(self._on_status, self._on_error, owner=self)
            self._borrowed.player.setVideoSink(self._sink)
            self._borrowed.player.positionChanged.connect(self._on_position)
        self.error, self._frame = "", QImage()
        self._cues = self._read_cues(subtitles) if subtitles is not None else ()
        self._borrowed.player.setSource(QUrl.fromLocalFile(str(path)))

    @staticmethod
    def _read_cues(path: Path) -> tuple[Cue, ...]:
        from presenter.fileio import FileProblem, read_limited

        try:
            return parse_subtitles(read_limited(path, MAX_SUBTITLE_BYTES).decode("utf-8-sig", "replace"))
        except FileProblem:
            return ()  # no subtitles is better than no clip

    def toggle(self) -> None:
        """Play if paused, pause if playing."""
        if (player := self.player) is None:
            return
        if player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            player.pause()
        else:
            player.play()

    def pause(self) -> None:
        """Pause (never stop: a playing FFmpeg player can deadlock on stop())."""
        if (player := self.player) is not None:
            player.pause()

    def seek(self, delta_ms: int) -> None:
        """Move the clip by `delta_ms` (negative: back), within its length."""
        if (player := self.player) is not None:
            player.setPosition(max(0, min(player.position() + delta_ms, max(player.duration(), 0))))

    def release(self) -> None:
        """Pause and give the player back to the pool (never stopped, never destroyed)."""
        if self._borrowed is None:
            return
        player = self._borrowed.player
        player.positionChanged.disconnect(self._on_position)
        # Paused and emptied first, then the sink detached: detaching it with a frame in flight hung
        # (1 run in about 3 of this file alone, in VideoPanel.release).
        give_back(self._borrowed)
        player.setVideoSink(None)  # type: ignore[arg-type]  # Qt accepts no sink
        self._borrowed = None

    def _on_frame(self, frame: QVideoFrame) -> None:
        self._frame = frame.toImage()
        self.update()
        self.frame_shown.emit()

    def _on_position(self, ms: int) -> None:
        text = cue_at(self._cues, ms)
        if text != self.subtitle:
            self.subtitle = text
            self.update()
        self.positionChanged.emit(ms)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self.error = "this clip cannot be played"
            self.update()

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self.error = message or "this clip cannot be played"
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The latest frame fitted into the widget on black, the subtitle over its lower edge."""
        del event
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("black"))
        w, h = self.width(), self.height()
        if not self._frame.isNull():
            scale = min(w / self._frame.width(), h / self._frame.height())
            fw, fh = self._frame.width() * scale, self._frame.height() * scale
            p.drawImage(QRectF((w - fw) / 2, (h - fh) / 2, fw, fh), self._frame)
        text = self.error or self.subtitle
        if text:
            font = p.font()
            font.setPixelSize(max(12, round(h / 18)))  # subtitles stay readable from the back
            p.setFont(font)
            box = QRectF(w * 0.05, h * 0.72, w * 0.9, h * 0.25)
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap)
            band = p.boundingRect(box, flags, text).adjusted(-8, -4, 8, 4)
            p.fillRect(band, QColor(0, 0, 0, 180))  # readable over any picture, white bars included
            p.setPen(QColor("white"))
            p.drawText(box, flags, text)
        p.end()
