"""Item 6 of issue 18 in student mode: a pack whose title holds a lone surrogate escape opens and is saved."""

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from presenter.cli import main
from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.student.session import StudentSession


def test_pack_with_a_lone_surrogate_title_opens_in_student_mode(qtbot: QtBot, tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.md"
    lesson.write_text('---\ntitle: "Cities \\ud800 now"\n---\n\n# Reading\n\nThe city is big. It is old.\n',
                      encoding="utf-8")
    before = hashlib.sha256(lesson.read_bytes()).hexdigest()
    pack = tmp_path / "cities.zip"
    assert main(["export", str(lesson), "--pack", str(pack)]) == 0  # crashed here before (the pack's title)
    worker = SpeechWorker(lambda: FakeEngine(word_ms=5))
    try:
        session = StudentSession(pack, worker, tmp_path / "cache", tmp_path / "data")
        qtbot.addWidget(session.window)
        session.window.show()
        assert session.lesson.title == "Cities \ufffd now"
        assert not session.window.grab().isNull()  # painted, title slide included
        assert session.store.save(session.progress) == ""  # the progress file keeps the title: it encodes
        saved = [p for p in (tmp_path / "data" / "progress").rglob("*") if p.is_file()]
        assert saved and "\ufffd" in saved[0].read_text(encoding="utf-8")
        session.window.close()
    finally:
        worker.close()
    assert hashlib.sha256(lesson.read_bytes()).hexdigest() == before
