"""Work that would freeze the window (listing voices, loading one, checking a take) on a thread of its own.

The one way the window runs such work: `run_in_background` calls a function on a daemon thread and
hands its value, or the exception it raised, to callbacks on the GUI thread through a queued
signal. The speech engine's own jobs go through `SpeechWorker`, which also times them out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")


class _Relay(QObject):
    """Carries one answer from the work's thread to the GUI thread, then goes."""

    value = Signal(object)
    error = Signal(object)


def run_in_background(work: Callable[[], T], on_value: Callable[[T], Any], on_error: Callable[[Exception], Any],
                      owner: QObject, name: str) -> None:
    """Run `work()` off the GUI thread; `on_value(result)` or `on_error(exception)` follows on the GUI thread.

    Nothing follows once `owner` is gone (the window closed while the work ran).
    """
    relay = _Relay(owner)
    queued = Qt.ConnectionType.QueuedConnection
    relay.value.connect(on_value, queued)
    relay.error.connect(on_error, queued)
    relay.value.connect(relay.deleteLater, queued)
    relay.error.connect(relay.deleteLater, queued)

    def run() -> None:
        try:
            outcome: object = work()
            signal = "value"
        except Exception as exc:  # noqa: BLE001 - every failure goes to on_error, never a dead thread
            outcome, signal = exc, "error"
        try:
            getattr(relay, signal).emit(outcome)
        except RuntimeError:  # the owner, and the relay with it, went while the work ran: nobody to tell
            pass

    threading.Thread(target=run, name=name, daemon=True).start()
