"""The teacher's repeat-after-me mode records too: V records a student, the check colours the sentence on the slide."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.deck.kinds import SlideKind
from presenter.practice import FakeChecker, Mark
from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.app.window import PresentationWindow
from presenter.ui.slides.notice import SlideNotice
from presenter.ui.slides.readmarks import read_colour
from presenter.ui.student.practice_dock import PracticeParts
from ui_support import narrated_window


class ToneInput:
    """A microphone that hears one second of a tone as soon as it opens."""

    def start(self, on_data: Callable[[bytes], None]) -> None:
        on_data(b"".join(int(8000 * math.sin(i / 5)).to_bytes(2, "little", signed=True) for i in range(16000)))

    def stop(self) -> None:
        pass


@pytest.fixture
def worker() -> Iterator[SpeechWorker]:
    w = SpeechWorker(lambda: FakeEngine(word_ms=40))
    yield w
    w.close()


def notice(w: PresentationWindow) -> str:
    found = w.stack.findChild(SlideNotice)
    return found.text() if found is not None else ""


def painted(w: PresentationWindow, colour: str) -> int:
    assert w.view is not None
    image = w.view.grab().toImage()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).name() == colour)


def test_v_records_a_student_repeating_and_the_slide_shows_each_word(qtbot: QtBot, tmp_path: Path,
                                                                     sample_lesson_path: Path, worker: SpeechWorker) -> None:
    w, stage = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)
    checker = FakeChecker({1: Mark.MISSED, 2: Mark.UNCLEAR})
    stage.practice_parts = PracticeParts(checker, ToneInput)
    stage.recordings_dir = tmp_path / "takes"
    qtbot.waitUntil(lambda: w.narrator is not None, timeout=5000)
    narrator, c = w.narrator, w.controller
    assert narrator is not None and c is not None
    c.goto(c.deck.first_reading_slide)
    qtbot.keyClick(w, Qt.Key.Key_V)  # not in repeat-after-me mode: says how, records nothing
    assert "Repeat after me" in notice(w) and not (tmp_path / "takes").exists()
    narrator.set_repeat_mode("gap")
    qtbot.keyClick(w, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: narrator.state == "waiting", timeout=15000)  # the class's turn
    sentence = narrator.sentence
    assert sentence is not None
    qtbot.keyClick(w, Qt.Key.Key_V)
    assert "Recording" in notice(w)
    qtbot.wait(2 * max(300, len(c.deck.index.sentences[sentence].text.split()) * 40))  # past the pause's end
    assert narrator.sentence == sentence and narrator.state == "waiting"  # the voice waits for the student
    qtbot.keyClick(w, Qt.Key.Key_V)
    assert notice(w) == "Checking…" or c.paint_state.read is not None  # the fake may answer at once
    qtbot.waitUntil(lambda: c.paint_state.read is not None, timeout=5000)
    read = c.paint_state.read
    assert read is not None and read.sentence == sentence
    assert [m for *_, m in read.words][:3] == [Mark.READ, Mark.MISSED, Mark.UNCLEAR]
    assert checker.checked[0][0] == c.deck.index.sentences[sentence].text
    assert checker.checked[0][1].parent == tmp_path / "takes" and "words read well" in notice(w)
    theme = c.theme.name
    assert painted(w, read_colour(theme, Mark.MISSED)) > 20 and painted(w, read_colour(theme, Mark.READ)) > 100
    assert c.deck.slides[c.audience_index].kind == SlideKind.READING
    from presenter.ui.student.practice_view import PracticePanel

    panel = w.findChild(PracticePanel)
    assert panel is not None and panel.take == checker.checked[0][1]
    qtbot.waitUntil(lambda: panel.model is not None, timeout=5000)  # the narration's clip of the sentence
    panel.both.click()  # A/B: the student, then the model voice
    qtbot.waitUntil(lambda: len(panel.played) == 2, timeout=20000)
    assert [p.path for p in panel.played] == [panel.take, panel.model.wav_path]  # type: ignore[union-attr]
    qtbot.keyClick(w, Qt.Key.Key_N)  # on to the next sentence: the colours leave the slide
    qtbot.waitUntil(lambda: narrator.sentence == sentence + 1, timeout=5000)
    assert c.paint_state.read is None
