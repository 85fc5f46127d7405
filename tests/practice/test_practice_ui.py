"""Student mode: record a sentence from a WAV-fed audio input, see the words coloured, play both clips."""

from __future__ import annotations

import subprocess
import sys
import wave
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from presenter.practice import Mark, SphinxChecker
from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.student.practice_dock import PracticeParts
from presenter.ui.student.practice_view import COLOURS
from presenter.ui.audio.recorder import NoMicrophone
from presenter.ui.slides.readmarks import read_colour
from presenter.ui.student.session import StudentSession
from repo_paths import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import practice_readers as pr  # noqa: E402


class WavInput:
    """An audio input that "hears" a WAV file: its samples arrive in 100 ms pieces on a timer, like a microphone's."""

    def __init__(self, wav: Path) -> None:
        with wave.open(str(wav)) as w:
            assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
            self.pcm = w.readframes(w.getnframes())
        self.timer = QTimer()
        self.timer.setInterval(25)  # 100 ms of audio every 25 ms: a microphone, four times as fast
        self.at = 0

    def start(self, on_data: Callable[[bytes], None]) -> None:
        def feed() -> None:
            on_data(self.pcm[self.at : self.at + 3200])
            self.at += 3200
            if self.at >= len(self.pcm):
                self.timer.stop()
        self.timer.timeout.connect(feed)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def done(self) -> bool:
        return self.at >= len(self.pcm)


class NoInput:
    def start(self, on_data: Callable[[bytes], None]) -> None:
        raise NoMicrophone("no microphone was found: plug one in to record yourself (everything else works)")

    def stop(self) -> None:
        pass


def painted(image: QImage, colour: str) -> int:
    """How many pixels of `image` are exactly `colour` (the inside of glyphs painted in it)."""
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).name() == colour)


@pytest.mark.slow
@pytest.mark.skipif(not pr.available(), reason="needs espeak-ng and sox")
def test_student_records_a_sentence_sees_its_words_coloured_and_plays_both(qtbot: QtBot, tmp_path: Path,
                                                                           sample_lesson_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        session = StudentSession(sample_lesson_path, worker, tmp_path / "cache", tmp_path / "data",
                                 practice=PracticeParts(SphinxChecker(), lambda: feed))
        qtbot.addWidget(session.window)
        session.window.show()
        session.window.activateWindow()
        qtbot.waitUntil(session.window.isActiveWindow)  # a shortcut reaches only the active window
        session.controller.goto(session.controller.deck.first_reading_slide)
        panel = session.practice
        assert panel.sentence is not None
        index, text = panel.sentence
        said = text.replace(text.split()[3], "", 1)  # the reader leaves out the fourth word
        (tmp_path / "say.txt").write_text(said, encoding="utf-8")
        src, wav = tmp_path / "say22k.wav", tmp_path / "say.wav"
        subprocess.run(["espeak-ng", "-v", "en+f3", "-s", "140", "-w", str(src), "-f", str(tmp_path / "say.txt")], check=True)
        subprocess.run(["sox", str(src), "-r", "16000", str(wav)], check=True)
        feed = WavInput(wav)
        session.narrator.play(index)  # the model voice: the narration's clip of this sentence
        qtbot.waitUntil(lambda: panel.model is not None, timeout=10000)
        session.narrator.stop()
        qtbot.keyClick(session.window, "V")  # the record key
        assert session.practice.recorder.recording
        qtbot.waitUntil(lambda: feed.done, timeout=20000)
        qtbot.keyClick(session.window, "V")
        qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
        result = panel.result
        assert result is not None and panel.take is not None and panel.take.is_relative_to(tmp_path / "data")
        assert result.words[3].mark in (Mark.MISSED, Mark.UNCLEAR)
        assert sum(w.mark is Mark.READ for w in result.words) >= len(result.words) // 2
        shown = panel.words.text()
        assert COLOURS[Mark.READ] in shown and COLOURS[result.words[3].mark] in shown
        session.window.grab().save(str(tmp_path / "practice.png"))
        read = session.controller.paint_state.read  # the slide colours the same words
        assert read is not None and read.sentence == index and [m for *_, m in read.words] == [w.mark for w in result.words]
        qtbot.waitUntil(lambda: painted(session.window.view.grab().toImage(),
                                        read_colour(session.controller.theme.name, result.words[3].mark)) > 40)
        assert painted(session.window.view.grab().toImage(), read_colour(session.controller.theme.name, Mark.READ)) > 200
        best, last = session.progress.readings[index]  # kept in the student's progress file
        assert best == last and best.read == sum(w.mark is Mark.READ for w in result.words)
        assert f"your best: {best.read} of {best.words}" in panel.status.text()
        assert '"readings"' in session.store.path(session.progress.lesson_key).read_text(encoding="utf-8")
        ends: list[int] = []
        player = panel._ensure_player()
        player.mediaStatusChanged.connect(lambda s: ends.append(1) if s == QMediaPlayer.MediaStatus.EndOfMedia else None)
        panel.played.clear()
        panel.both.click()  # A/B: the student's take, then the model voice, each played to its end
        qtbot.waitUntil(lambda: len(ends) == 2, timeout=30000)
        assert [p.path for p in panel.played] == [panel.take, panel.model.wav_path]  # type: ignore[union-attr]
    finally:
        worker.close()


def test_no_microphone_says_so_and_the_rest_works(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        session = StudentSession(sample_lesson_path, worker, tmp_path / "cache", tmp_path / "data",
                                 practice=PracticeParts(audio_input=NoInput))
        qtbot.addWidget(session.window)
        session.window.show()
        session.window.activateWindow()
        qtbot.waitUntil(session.window.isActiveWindow)  # a shortcut reaches only the active window
        session.controller.goto(session.controller.deck.first_reading_slide)
        assert session.practice.sentence is not None
        qtbot.keyClick(session.window, "V")
        assert "no microphone" in session.practice.status.text()
        assert not session.practice.recorder.recording
        start = session.controller.current
        qtbot.keyClick(session.window, Qt.Key.Key_Right)
        assert session.controller.current == start + 1
    finally:
        worker.close()
