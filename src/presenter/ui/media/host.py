"""The video slide in the audience window: the player over the slide's frame while that slide is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from presenter.deck.kinds import SlideKind
from presenter.deck.transcript import Transcript
from presenter.lesson.media import located, subtitles
from presenter.ui.media.video import SEEK_MS, VideoPanel
from presenter.ui.slides.controller import DeckController
from presenter.ui.media.transcript import TranscriptPanel
from presenter.ui.slides.pictures import transcript_rect, video_frame


class VideoHost(QObject):
    """Puts a VideoPanel on the slide view's video frame when the class sees a local clip's slide; pauses it otherwise."""

    def __init__(self, view: QWidget, controller: DeckController) -> None:
        """Watch `controller` and place the player on `view`."""
        super().__init__(view)
        self.view, self.controller = view, controller
        self.panel = VideoPanel(view)
        self.panel.hide()
        self.transcript = TranscriptPanel(controller, view)
        self.transcript.hide()
        self.panel.positionChanged.connect(self._on_position)
        self._opened: Path | None = None
        self._deck: object = None
        for signal in (controller.audience_changed, controller.deck_changed, controller.blank_changed):
            signal.connect(self.update)
        view.installEventFilter(self)
        self.update()

    def intents(self) -> dict[str, Callable[[], object]]:
        """The key router's intents on a video slide (Space, ←, →)."""
        return {"video-play": self.panel.toggle, "video-back": lambda: self.panel.seek(-SEEK_MS),
                "video-forward": lambda: self.panel.seek(SEEK_MS)}

    def clip(self) -> Path | None:
        """The local clip of the slide the class sees, if it is a video slide whose file is there."""
        c = self.controller
        slide = c.deck.slides[c.audience_index]
        if slide.kind != SlideKind.VIDEO or not slide.media or c.blank:
            return None
        path = located(c.deck.lesson, slide.media[0])
        return path if path is not None and path.is_file() else None

    def update(self, *_: object) -> None:
        """Show and place the player on a clip's slide, or pause and hide it."""
        path = self.clip()
        if path is None:
            if self.panel.isVisible():
                self.panel.pause()
                self.panel.hide()
            self.transcript.hide()
            return
        deck = self.controller.deck
        if deck is not self._deck:  # a new deck (resized, reloaded): its reading may have new stamps
            self._deck = deck
            self.transcript.follow(Transcript.build(deck.lesson.reading, deck.index))
        if path != self._opened:
            self.panel.open(path, subtitles(path))
            self._opened = path
        following = self.transcript.transcript is not None
        self.panel.setGeometry(video_frame(deck.geometry, following).toRect())
        self.panel.show()
        if following:
            self.transcript.setGeometry(transcript_rect(deck.geometry).toAlignedRect())
            self.transcript.show()
            self.transcript.update()  # the theme may have changed
            if (player := self.panel.player) is not None:
                self._on_position(player.position())

    def _on_position(self, ms: int) -> None:
        player = self.panel.player
        self.transcript.set_position(ms, player.duration() if player is not None else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the view's size: the frame is part of the slide's layout."""
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.update()
        return False
