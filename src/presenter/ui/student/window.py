"""Student mode: the narrated reading at one's own pace, and the lesson's words as self-study cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from presenter.deck.kinds import SlideKind
from presenter.ui.slides.controller import DeckController
from presenter.ui.audio.narration_bar import NarrationBar, wire_narration_bar
from presenter.ui.audio.narrator import Narrator
from presenter.ui.slides.keys import STUDENT_HELP, KeyRouter
from presenter.ui.slides.overlays import SlideOverlays
from presenter.ui.slides.slideview import SlideView

if TYPE_CHECKING:
    from presenter.ui.media.host import VideoHost


class StudentWindow(QMainWindow):
    """Tabs, no timers and no teacher controls: "Read and listen", "Words", "Questions"."""

    position_changed = Signal(int)  # the sentence reached, for the progress store

    def __init__(self, controller: DeckController, narrator: Narrator | None, words: QWidget | None = None,
                 parent: QWidget | None = None, questions: QWidget | None = None) -> None:
        """Show `controller`'s student deck, read by `narrator`; `words` is the cards tab, `questions` theirs."""
        super().__init__(parent)
        self.controller, self.narrator = controller, narrator
        self.setWindowTitle(f"{controller.lesson.title} — at home")
        self.resize(1100, 720)
        self.tabs = QTabWidget()
        self.view = SlideView(controller)
        self.tabs.addTab(self.view, "Read and listen")
        if words is not None:
            self.tabs.addTab(words, "Words")
        if questions is not None:
            self.tabs.addTab(questions, "Questions")
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
        model = controller.model
        self.overlays = SlideOverlays(self.view, controller, STUDENT_HELP)
        intents: dict[str, Callable[[], object]] = {
            "next": model.next, "previous": model.previous, "first": model.first, "last": model.last,
            "help": self.overlays.toggle_help}
        if narrator is not None:
            intents.update({"narrate": narrator.toggle, "narration-stop": narrator.stop, "sentence-again": narrator.repeat,
                            "sentence-previous": narrator.previous_sentence, "sentence-next": narrator.next_sentence})
        if self.video is not None:  # Space, ← and → work the clip on its slide, as in the classroom
            intents.update(self.video.intents())
        # Esc closes the key help; the window has no full screen to leave. (Nothing here refers back to the
        # window: a cycle would leave it to the garbage collector, which may delete it at any moment.)
        self.router = KeyRouter(model, intents, lambda from_console: model.escape(False, from_console), student=True)
        self.view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the window stops the reading (it must not go on, unseen, in the background)."""
        if self.narrator is not None:
            self.narrator.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """On the reading tab, keys go through the one key table's student column (`?` lists them)."""
        if self.tabs.currentWidget() is not self.view or not self.router.handle(event):
            super().keyPressEvent(event)
