"""Read it yourself in student mode: the practice panel docked under the reading, fed the sentence in view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from presenter.practice import Checker, CheckResult, Mark
from presenter.student.progress import Attempt
from presenter.ui.student.practice_view import PracticePanel
from presenter.ui.audio.narrator import Narrator
from presenter.ui.audio.reading_check import LazyChecker, show_on_slide
from presenter.ui.audio.recorder import AudioInput, MicrophoneInput, Recorder
from presenter.ui.slides.controller import DeckController
from presenter.ui.student.window import StudentWindow

# Keeps an attempt in the student's progress: the sentence's best attempt, and "" or a saving notice.
RecordReading = Callable[[int, Attempt], tuple[Attempt, str]]


@dataclass
class PracticeParts:
    """What reading practice needs from outside: a checker and the audio input (tests give a WAV-fed one)."""

    checker: Checker = field(default_factory=LazyChecker)
    audio_input: Callable[[], AudioInput] = MicrophoneInput


def add_practice(window: StudentWindow, controller: DeckController, narrator: Narrator, record: RecordReading,
                 parts: PracticeParts, folder: Path) -> PracticePanel:
    """Dock a practice panel in the student's window, following the sentence being read or shown."""
    panel = PracticePanel(parts.checker, Recorder(parts.audio_input, window), folder)
    dock = QDockWidget("Read it yourself", window)
    dock.setObjectName("practice")
    dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.router.add_intent("record", panel.toggle_recording)  # V, from the one key table

    def follow(sentence: int | None = None) -> None:
        if sentence is None:
            page = controller.deck.slides[controller.current].page
            if page is None:
                return
            sentence = page.first_sentence
        text = controller.deck.index.sentences[sentence].text
        panel.show_sentence(sentence, text, narrator.source.cached(narrator.request_for(sentence)))

    def keep(sentence: int, result: CheckResult) -> None:
        judged = [w for w in result.words if w.mark is not Mark.UNCHECKED]
        best, notice = record(sentence, Attempt(sum(w.mark is Mark.READ for w in judged), len(judged), result.wcpm))
        if panel.sentence is None or panel.sentence[0] != sentence:
            return  # a take of a sentence the student has left: kept, not shown
        panel.status.setText(panel.status.text() + f" · your best: {best.read} of {best.words}"
                             + (f" · {notice}" if notice else ""))

    panel.checked.connect(keep)
    panel.shown.connect(lambda sentence, result: show_on_slide(controller, sentence, result))
    narrator.sentence_changed.connect(follow)
    narrator.source.clip_ready.connect(lambda _rid, clip: follow(narrator.sentence) if narrator.sentence is not None else None)
    controller.slide_changed.connect(lambda _i: follow())
    follow()
    return panel
