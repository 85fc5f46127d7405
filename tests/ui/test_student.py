"""Student mode on real widgets: resume where they stopped, word cards that come back, no teacher controls."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.student.session import StudentSession


def make(tmp_path: Path, lesson: Path, worker: SpeechWorker) -> StudentSession:
    return StudentSession(lesson, worker, tmp_path / "cache", tmp_path / "data")


def test_student_reads_and_resumes(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        s = make(tmp_path, sample_lesson_path, worker)
        qtbot.addWidget(s.window)
        kinds = {sl.kind for sl in s.controller.deck.slides}
        assert kinds == {"title", "reading", "end"}  # no warm-up game, no timers
        s.window.show()
        s.controller.goto(s.controller.deck.first_reading_slide + 1)
        page = s.controller.deck.slides[s.controller.current].page
        assert page is not None
        qtbot.keyClick(s.window, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: s.progress.position == page.first_sentence, timeout=5000)
        qtbot.waitUntil(lambda: s.progress.position > page.first_sentence, timeout=10000)  # reads on by itself
        reached = s.progress.position
        s.narrator.stop()
        s.window.close()
        again = make(tmp_path, sample_lesson_path, worker)  # reopened: starts where they were
        qtbot.addWidget(again.window)
        page = again.controller.deck.slides[again.controller.current].page
        assert page is not None and page.first_sentence <= reached <= page.last_sentence
    finally:
        worker.close()


def test_word_cards_unknown_come_back(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        s = make(tmp_path, sample_lesson_path, worker)
        qtbot.addWidget(s.window)
        s.window.show()
        s.window.tabs.setCurrentWidget(s.words)
        first = s.words.term
        assert first == "behave"
        qtbot.keyClick(s.words, Qt.Key.Key_Space)
        assert s.words.face.flipped
        qtbot.keyClick(s.words, Qt.Key.Key_N)  # not yet
        seen = []
        for _ in range(3):
            seen.append(s.words.term)
            qtbot.keyClick(s.words, Qt.Key.Key_Y)
        assert first in seen  # the unknown card came back after a couple of others
        assert "You know" in s.words.status.text()
        saved = (tmp_path / "data" / "progress").glob("*.json")
        assert any("behave" in p.read_text(encoding="utf-8") for p in saved)
    finally:
        worker.close()


def test_reopening_returns_to_the_page_not_the_last_sentence_heard(qtbot: QtBot, tmp_path: Path,
                                                                    sample_lesson_path: Path) -> None:
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        s = make(tmp_path, sample_lesson_path, worker)
        qtbot.addWidget(s.window)
        s.window.show()
        first = s.controller.deck.first_reading_slide
        s.controller.goto(first)
        qtbot.keyClick(s.window, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: s.progress.position > 0, timeout=5000)
        qtbot.keyClick(s.window, Qt.Key.Key_X)  # stop reading
        heard = s.progress.position
        for _ in range(3):
            qtbot.keyClick(s.window, Qt.Key.Key_Right)  # then reads on silently, three pages further
        on = s.controller.current
        page = s.controller.deck.slides[on].page
        assert page is not None and page.first_sentence > heard
        s.window.close()
        again = make(tmp_path, sample_lesson_path, worker)
        qtbot.addWidget(again.window)
        again.window.show()
        shown = again.controller.deck.slides[again.controller.current].page
        # The page they were on (its first sentence on screen), not the sentence last heard.
        assert shown is not None and shown.first_sentence <= page.first_sentence <= shown.last_sentence
        assert not shown.first_sentence <= heard <= shown.last_sentence
        assert again.progress.position == heard
        again.window.close()
        third = make(tmp_path, sample_lesson_path, worker)  # and again: no drift between reopenings
        qtbot.addWidget(third.window)
        third.window.show()
        assert third.controller.current == again.controller.current
        third.window.close()
    finally:
        worker.close()


def test_one_unpacked_copy_after_three_opens_of_the_same_pack(qtbot: QtBot, tmp_path: Path) -> None:
    from hostile_support import make_pack

    pack = make_pack(tmp_path / "made")
    worker = SpeechWorker(lambda: FakeEngine(word_ms=40))
    try:
        for _ in range(3):
            s = StudentSession(pack, worker, tmp_path / "cache", tmp_path / "data")
            qtbot.addWidget(s.window)
            s.window.show()
            assert s.controller.deck.index.sentences
            s.window.close()
        assert len(list((tmp_path / "data" / "packs").iterdir())) == 1
    finally:
        worker.close()
