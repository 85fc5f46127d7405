"""Waiting for the app while its events run, for the benchmarks that time what a teacher hears."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def wait_until(app: QApplication, cond: Callable[[], object], timeout: float = 20.0) -> float:
    """Seconds until cond() holds, processing events meanwhile; TimeoutError after `timeout`."""
    t0 = time.perf_counter()
    while not cond():
        app.processEvents()
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError
        time.sleep(0.001)
    return time.perf_counter() - t0
