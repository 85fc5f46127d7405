"""The playing clip in the console's preview: the class's frame, the lit transcript and the time, not a black box."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtMultimedia import QMediaPlayer

from presenter.ui.media.host import VideoHost
from presenter.ui.slides.pictures import transcript_rect, video_frame
from presenter.ui.slides.theme import slide_font
from presenter.ui.slides.transcriptbox import paint_transcript


def paint_clip(painter: QPainter, host: VideoHost, index: int) -> None:
    """Over slide `index` (in slide coordinates): what the class sees of its clip, if that slide is the clip's."""
    c = host.controller
    if index != c.audience_index or host.clip() is None:
        return
    g = c.deck.geometry
    following = host.transcript.transcript is not None
    frame = video_frame(g, following)
    painter.fillRect(frame, QColor("black"))
    image = host.panel.frame
    if not image.isNull():
        scale = min(frame.width() / image.width(), frame.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        painter.drawImage(QRectF(frame.x() + (frame.width() - w) / 2, frame.y() + (frame.height() - h) / 2, w, h), image)
    if following and host.transcript.transcript is not None:
        paint_transcript(painter, g, c.renderer.theme, c.deck.index, host.transcript.place, transcript_rect(g),
                         host.transcript.transcript.stretches[0].first)
    player = host.panel.player
    if player is not None:
        _paint_time(painter, frame, g.small_px, player)


def _paint_time(painter: QPainter, frame: QRectF, px: int, player: QMediaPlayer) -> None:
    """The teacher's strip along the frame's foot: playing or paused, time and length, a progress line."""
    playing = player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    duration = max(player.duration(), 0)
    strip = QRectF(frame.x(), frame.bottom() - px * 1.5, frame.width(), px * 1.5)
    painter.fillRect(strip, QColor(0, 0, 0, 170))
    if duration:
        painter.fillRect(QRectF(strip.x(), strip.bottom() - px * 0.2, strip.width() * player.position() / duration,
                                px * 0.2), QColor("#ffcf3f"))
    painter.setFont(slide_font(px))
    painter.setPen(QColor("white"))
    text = f"{'▶' if playing else '❚❚'}  {_clock(player.position())} / {_clock(duration)}"
    painter.drawText(strip.adjusted(px * 0.5, 0, -px * 0.5, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


def _clock(ms: int) -> str:
    s = max(ms, 0) // 1000
    return f"{s // 60}:{s % 60:02d}"
