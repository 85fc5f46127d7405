"""The video slide in the audience window: the player over the slide's frame while that slide is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from presenter.deck.kinds import SlideKind
from presenter.lesson.media import located, subtitles
from presenter.ui.media.video import SEEK_MS, VideoPanel
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.pictures import video_frame


class VideoHost(QObject):
    """Puts a VideoPanel on the slide view's video frame when the class sees a local clip's slide; pauses it otherwise."""

    def __init__(self, view: QWidget, controller: DeckController) -> None:
        """Watch `controller` and place the player on `view`."""
        super().__init__(view)
        self.view, self.controller = view, controller
        self.panel = VideoPanel(view)
        self.panel.hide()
        self._opened: Path | None = None
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
            return
        if path != self._opened:
            self.panel.open(path, subtitles(path))
            self._opened = path
        self.panel.setGeometry(video_frame(self.controller.deck.geometry).toRect())
        self.panel.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the view's size: the frame is part of the slide's layout."""
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.update()
        return False
