"""Student mode: the narrated reading at one's own pace, and the lesson's words as self-study cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from presenter.deck.kinds import SlideKind
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.keys import VIDEO_KEYS
from presenter.ui.audio.narration_bar import NarrationBar, wire_narration_bar
from presenter.ui.audio.narrator import Narrator
from presenter.ui.slides.slideview import SlideView

if TYPE_CHECKING:
    from presenter.ui.media.host import VideoHost


class StudentWindow(QMainWindow):
    """Two tabs, no timers and no teacher controls: "Read and listen" and "Words"."""

    position_changed = Signal(int)  # the sentence reached, for the progress store

    def __init__(self, controller: DeckController, narrator: Narrator | None, words: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        """Show `controller`'s student deck, read by `narrator`; `words` is the cards tab."""
        super().__init__(parent)
        self.controller, self.narrator = controller, narrator
        self.setWindowTitle(f"{controller.lesson.title} — at home")
        self.resize(1100, 720)
        self.tabs = QTabWidget()
        self.view = SlideView(controller)
        self.tabs.addTab(self.view, "Read and listen")
        if words is not None:
            self.tabs.addTab(words, "Words")
        self.setCentralWidget(self.tabs)
        self.bar = NarrationBar(self)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        if narrator is not None:
            wire_narration_bar(self.bar, narrator)
            self.view.word_clicked.connect(narrator.say)
            # One click on a sentence replays it: at home there is no class to click past.
            self.view.sentence_clicked.connect(narrator.play)
            self.view.sentence_single_click = True
            narrator.sentence_changed.connect(self.position_changed)
        self.video: VideoHost | None = None
        if any(s.kind == SlideKind.VIDEO for s in controller.deck.slides):
            from presenter.ui.media.host import VideoHost  # QtMultimedia's video only for a lesson with a clip

            self.video = VideoHost(self.view, controller)
        self.view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the window stops the reading (it must not go on, unseen, in the background)."""
        if self.narrator is not None:
            self.narrator.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Arrows and Space turn slides; N reads aloud or pauses; [ ] step sentences."""
        key, n = event.key(), self.narrator
        if self.video is not None and self.controller.deck.slides[self.controller.current].kind == SlideKind.VIDEO:
            if (video := VIDEO_KEYS.get(int(key))) is not None and self.tabs.currentWidget() is self.view:
                self.video.intents()[video]()  # Space, ← and → work the clip, as in the classroom
                return
        actions = {
            Qt.Key.Key_Right: self.controller.next, Qt.Key.Key_PageDown: self.controller.next,
            Qt.Key.Key_Left: self.controller.previous, Qt.Key.Key_PageUp: self.controller.previous,
            Qt.Key.Key_Home: self.controller.first, Qt.Key.Key_End: self.controller.last,
        }
        if n is not None:
            actions.update({Qt.Key.Key_N: n.toggle, Qt.Key.Key_Space: n.toggle, Qt.Key.Key_BracketLeft: n.previous_sentence,
                            Qt.Key.Key_BracketRight: n.next_sentence, Qt.Key.Key_Backslash: n.repeat, Qt.Key.Key_X: n.stop})
        try:
            action = actions.get(Qt.Key(key))
        except ValueError:  # a key code Qt has no name for
            action = None
        if action is not None and self.tabs.currentWidget() is self.view:
            action()
        else:
            super().keyPressEvent(event)
