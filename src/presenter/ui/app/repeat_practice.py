"""Repeat after me, recorded: V records a student saying the sentence just read; the slide colours its words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDockWidget

from presenter.practice import CheckResult, Mark
from presenter.student.progress import lesson_key
from presenter.ui.app.window import PresentationWindow
from presenter.ui.audio.narrator import Narrator
from presenter.ui.audio.reading_check import show_on_slide
from presenter.ui.slides.controller import DeckController

if TYPE_CHECKING:  # the panel brings QtMultimedia: loaded at the first V, not with the slides
    from presenter.ui.student.practice_dock import PracticeParts
    from presenter.ui.student.practice_view import PracticePanel


def class_recordings(controller: DeckController) -> Path:
    """Where the class's takes of this lesson are kept: the app's data folder, never uploaded."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return base / "recordings" / "class" / lesson_key(controller.lesson)


class RepeatPractice:
    """The record key of the teacher's repeat-after-me mode, with the student panel docked under the slide."""

    def __init__(self, window: PresentationWindow, controller: DeckController, narrator: Narrator,
                 parts: Callable[[], tuple[PracticeParts | None, Path | None]]) -> None:
        """Let V record in `window` while `narrator` reads `controller`'s lesson; `parts`: checker, microphone, folder."""
        self.window, self.controller, self.narrator = window, controller, narrator
        self._parts = parts  # asked at the first V: none of it loads with the slides
        self.panel: PracticePanel | None = None
        window.intents["record"] = self.toggle  # the router's own table (the key is the one table's V)
        narrator.sentence_changed.connect(self._follow)

    def toggle(self) -> None:
        """Start recording the sentence just read (in repeat-after-me mode), or stop and check the take."""
        panel = self.panel
        if panel is not None and panel.recorder.recording:
            panel.toggle_recording()
            if panel.checks.busy:
                self.window.notify("Checking…")
            return
        if self.narrator.repeat_mode == "off":
            self.window.notify("V records a student repeating a sentence: choose “Repeat after me” in the narration bar")
            return
        sentence = self.narrator.sentence
        if sentence is None:
            self.window.notify("V records a student repeating a sentence: read one first (N)")
            return
        self.narrator.pause()  # the voice must not run on (or talk) while the student reads
        panel = self._panel()
        self._follow(sentence)
        panel.toggle_recording()
        if panel.recorder.recording:
            self.window.notify("Recording… the student reads the sentence, then press V again")

    def _panel(self) -> PracticePanel:
        if self.panel is None:
            from presenter.ui.audio.recorder import Recorder
            from presenter.ui.student.practice_dock import PracticeParts
            from presenter.ui.student.practice_view import PracticePanel

            given, folder = self._parts()
            parts = given or PracticeParts()
            self.panel = PracticePanel(parts.checker, Recorder(parts.audio_input, self.window),
                                       folder or class_recordings(self.controller))
            self.panel.shown.connect(self._shown)
            self.panel.recorder.failed.connect(self.window.notify)
            self.panel.checks.failed.connect(lambda _n, why: self.window.notify(why))
            dock = QDockWidget("Repeat after me: the student's reading", self.window)
            dock.setObjectName("repeat-practice")
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
            dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if self.window.view is not None:
                self.window.view.setFocus()  # the clicker's keys stay with the slides
        return self.panel

    def _follow(self, sentence: int) -> None:
        if self.panel is not None:
            text = self.controller.deck.index.sentences[sentence].text
            self.panel.show_sentence(sentence, text, self.narrator.source.cached(self.narrator.request_for(sentence)))

    def _shown(self, sentence: int, result: CheckResult | None) -> None:
        show_on_slide(self.controller, sentence, result)
        if result is not None:
            judged = [w for w in result.words if w.mark is not Mark.UNCHECKED]
            self.window.notify(f"{sum(w.mark is Mark.READ for w in judged)} of {len(judged)} words read well")
