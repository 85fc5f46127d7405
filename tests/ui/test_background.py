"""The window's one way to run work off the GUI thread: the answer comes back on the GUI thread, or not at all."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread
from pytestqt.qtbot import QtBot

from presenter.ui.audio.background import run_in_background


def test_the_value_and_the_error_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    got: list[tuple[str, object, bool]] = []
    gui = QThread.currentThread()
    worker_threads: list[str] = []

    def work() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    def broken() -> int:
        raise ValueError("no model")

    run_in_background(work, lambda v: got.append(("value", v, QThread.currentThread() is gui)),
                      lambda e: got.append(("error", e, True)), owner, "test-work")
    run_in_background(broken, lambda v: got.append(("value", v, True)),
                      lambda e: got.append(("error", str(e), QThread.currentThread() is gui)), owner, "test-broken")
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert sorted(got, key=str) == [("error", "no model", True), ("value", 42, True)]
    assert worker_threads == ["test-work"]  # it ran on a thread of its own


def test_nothing_follows_once_the_owner_is_gone(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    ended = threading.Event()
    got: list[object] = []

    def work() -> str:
        release.wait(5)
        return "late"

    def raised(args: threading.ExceptHookArgs) -> None:  # an exception on the work's thread would land here
        got.append(args.exc_value)

    run_in_background(work, got.append, got.append, owner, "test-late")
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    old_hook = threading.excepthook
    threading.excepthook = raised
    try:
        release.set()
        for t in threading.enumerate():
            if t.name == "test-late":
                t.join(5)
                ended.set()
    finally:
        threading.excepthook = old_hook
    qtbot.wait(50)  # let any queued answer come (none should)
    assert ended.is_set() and got == []


@pytest.mark.parametrize("fails", [False, True])
def test_the_relay_goes_after_the_answer(qtbot: QtBot, fails: bool) -> None:
    owner = QObject()
    answers: list[object] = []

    def work() -> int:
        if fails:
            raise OSError("disk full")
        return 1

    run_in_background(work, answers.append, answers.append, owner, "test-relay")
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert owner.children() == []  # nothing piles up under a long-lived owner
