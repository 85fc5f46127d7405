"""The practice panel's logic with a fake checker: marks shown, kept while clips arrive, reset for a new sentence."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from presenter.practice import FakeChecker, Mark
from presenter.speech.model import Clip
from presenter.ui.student.practice_view import COLOURS, PracticePanel
from presenter.ui.audio.recorder import Recorder


class ToneInput:
    """Delivers one second of a tone at once when started."""

    def start(self, on_data: Callable[[bytes], None]) -> None:
        on_data(b"".join(int(8000 * math.sin(i / 5)).to_bytes(2, "little", signed=True) for i in range(16000)))

    def stop(self) -> None:
        pass


def test_marks_stay_until_the_sentence_changes(qtbot: QtBot, tmp_path: Path) -> None:
    checker = FakeChecker({1: Mark.MISSED})
    panel = PracticePanel(checker, Recorder(ToneInput), tmp_path / "takes")
    qtbot.addWidget(panel)
    assert not panel.record.isEnabled()  # no sentence yet
    panel.show_sentence(4, "Cats sleep all day.", None)
    panel.toggle_recording()
    assert panel.recorder.recording
    panel.toggle_recording()
    assert panel.take == tmp_path / "takes" / "sentence-5.wav" and panel.take.is_file()
    assert checker.checked == [("Cats sleep all day.", panel.take)]
    assert COLOURS[Mark.MISSED] in panel.words.text() and "3 of 4 words" in panel.status.text()
    clip = Clip("Cats sleep all day.", tmp_path / "model.wav", 900, 22050, (), "estimated")
    panel.show_sentence(4, "Cats sleep all day.", clip)  # the model clip arrives later: the marks stay
    assert COLOURS[Mark.MISSED] in panel.words.text() and panel.both.isEnabled()
    panel.show_sentence(5, "Dogs do not.", None)
    assert panel.take is None and panel.model is None and COLOURS[Mark.MISSED] not in panel.words.text()
    assert not panel.mine.isEnabled() and not panel.both.isEnabled()


def test_a_take_too_short_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    class Nothing:
        def start(self, on_data: Callable[[bytes], None]) -> None:
            on_data(b"\0\0" * 100)

        def stop(self) -> None:
            pass

    panel = PracticePanel(FakeChecker(), Recorder(Nothing), tmp_path)
    qtbot.addWidget(panel)
    panel.show_sentence(0, "Cats sleep.", None)
    panel.toggle_recording()
    panel.toggle_recording()
    assert panel.take is None and "nothing was recorded" in panel.status.text()
