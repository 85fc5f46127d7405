"""The practice panel's logic with a fake checker: marks shown, kept while clips arrive, reset for a new sentence."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from presenter.practice import CheckResult, FakeChecker, Mark
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
    qtbot.waitUntil(lambda: panel.result is not None)  # checked off the GUI thread
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


class SlowChecker(FakeChecker):
    """Takes its time, as pocketsphinx does on a busy old laptop; lets the test say when to finish."""

    def __init__(self) -> None:
        super().__init__({0: Mark.UNCLEAR})
        self.release = threading.Event()
        self.thread = ""

    def check(self, sentence: str, recording: Path) -> CheckResult:
        self.thread = threading.current_thread().name
        assert self.release.wait(10)
        return super().check(sentence, recording)


def test_the_window_stays_responsive_while_a_take_is_checked(qtbot: QtBot, tmp_path: Path) -> None:
    checker = SlowChecker()
    panel = PracticePanel(checker, Recorder(ToneInput), tmp_path)
    qtbot.addWidget(panel)
    panel.show_sentence(0, "Cats sleep all day.", None)
    panel.toggle_recording()
    panel.toggle_recording()
    assert panel.status.text() == "Checking…" and not panel.record.isEnabled()
    ticks: list[int] = []
    timer = QTimer(panel)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)  # events keep flowing while the check runs
    assert panel.result is None and panel.status.text() == "Checking…"
    panel.toggle_recording()  # V while checking starts no new take over the one being checked
    assert not panel.recorder.recording
    checker.release.set()
    qtbot.waitUntil(lambda: panel.result is not None)
    assert checker.thread == "reading-check" and panel.record.isEnabled()
    assert COLOURS[Mark.UNCLEAR] in panel.words.text() and "3 of 4 words" in panel.status.text()


def test_an_answer_for_a_sentence_left_behind_is_kept_but_not_shown(qtbot: QtBot, tmp_path: Path) -> None:
    checker = SlowChecker()
    panel = PracticePanel(checker, Recorder(ToneInput), tmp_path)
    qtbot.addWidget(panel)
    kept: list[tuple[int, object]] = []
    panel.checked.connect(lambda i, r: kept.append((i, r)))
    panel.show_sentence(0, "Cats sleep all day.", None)
    panel.toggle_recording()
    panel.toggle_recording()
    panel.show_sentence(1, "Dogs do not.", None)
    checker.release.set()
    qtbot.waitUntil(lambda: bool(kept))
    assert kept[0][0] == 0 and panel.result is None and COLOURS[Mark.UNCLEAR] not in panel.words.text()


def test_a_checker_that_breaks_leaves_no_stuck_checking(qtbot: QtBot, tmp_path: Path) -> None:
    class Broken(FakeChecker):
        def check(self, sentence: str, recording: Path) -> CheckResult:
            raise RuntimeError("model file damaged")

    panel = PracticePanel(Broken(), Recorder(ToneInput), tmp_path)
    qtbot.addWidget(panel)
    panel.show_sentence(0, "Cats sleep.", None)
    panel.toggle_recording()
    panel.toggle_recording()
    qtbot.waitUntil(lambda: "model file damaged" in panel.status.text())
    assert panel.record.isEnabled() and not panel.checks.busy
