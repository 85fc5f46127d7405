"""Student mode: the narrated reading at one's own pace, and the lesson's words as self-study cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from presenter.ui.slides.controller import DeckController
from presenter.ui.audio.narration_bar import NarrationBar, wire_narration_bar
from presenter.ui.audio.narrator import Narrator
from presenter.ui.slides.slideview import SlideView
from presenter.ui.student.keys import HELP_KEYS, KeysSheet, lookup


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
        self.keys_sheet = KeysSheet(narrator is not None, self)
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
        self.view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the window stops the reading (it must not go on, unseen, in the background)."""
        if self.narrator is not None:
            self.narrator.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Keys of the one table (presenter.ui.student.keys) on the reading tab; `?` shows them anywhere."""
        if event.key() in HELP_KEYS:
            self.keys_sheet.setVisible(not self.keys_sheet.isVisible())
            return
        entry = lookup(event.key())
        target = {"controller": self.controller, "narrator": self.narrator}[entry.target] if entry else None
        if entry is not None and target is not None and self.tabs.currentWidget() is self.view:
            getattr(target, entry.intent)()
        else:
            super().keyPressEvent(event)
