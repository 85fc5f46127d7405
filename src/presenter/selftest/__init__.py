"""`presenter --self-test`: show a slide and narrate a sentence offscreen, and say what worked.

Meant for a freshly unpacked bundle (and for CI): it loads the sample lesson, renders a reading
slide, finds the lesson's terms, synthesizes the first sentence and plays it to the end. Every
file it makes goes into one temporary folder, removed at the end; the user's own cache and
config folders are pointed there too, so that Qt, fontconfig and the audio client libraries
write nothing outside it. One line per check: "ok: ..." or "FAILED: ..."; exit 0 or 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from presenter.selftest.screen import _check_lesson, _check_slide, _check_terms, _check_version
from presenter.selftest.sound import _check_playback, _check_practice, _check_speech
from presenter.selftest.state import CheckFailed, State

# Folders that libraries write to on their own (font caches, audio cookies, Qt's caches).
_USER_DIRS = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run every check, printing one line each to `out`; return 0 if all passed, else 1."""
    saved_environment = dict(os.environ)
    try:
        return _run_checks(out)
    finally:
        # Called in-process (tests), the caller gets its environment back.
        os.environ.clear()
        os.environ.update(saved_environment)


def _run_checks(out: TextIO) -> int:
    """Run the checks in a fresh temporary folder; 0 if all passed, else 1."""
    with tempfile.TemporaryDirectory(prefix="presenter-self-test-", ignore_cleanup_errors=True) as tmp:
        state = State(Path(tmp))
        _isolate(state.tmp)
        checks: list[tuple[str, tuple[str, ...], Callable[[State], str]]] = [
            ("version", (), _check_version),
            ("lesson", (), _check_lesson),
            ("slide", ("lesson",), _check_slide),
            ("terms", ("lesson",), _check_terms),
            ("speech", ("lesson",), _check_speech),
            ("playback", ("speech",), _check_playback),
            ("practice", ("speech",), _check_practice),
        ]
        for name, needs, check in checks:
            missing = [n for n in needs if n in state.failed]
            if missing:
                state.failed.add(name)
                _say(out, f"FAILED: {name}: not tried, it needs {', '.join(missing)}")
                continue
            try:
                _say(out, f"ok: {name}: {check(state)}")
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
                state.failed.add(name)
                detail = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
                _say(out, f"FAILED: {name}: {detail}")
        _say(out, "self-test passed" if not state.failed else f"self-test FAILED: {', '.join(sorted(state.failed))}")
    return 1 if state.failed else 0


def _say(out: TextIO, line: str) -> None:
    print(line, file=out)
    out.flush()  # a check that hangs or crashes the process must not swallow the lines before it


def _isolate(tmp: Path) -> None:
    """Point this process at the temporary folder for everything it might write on its own."""
    # Offscreen before any QApplication exists: the self-test needs no display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # FFmpeg and the audio back ends are chatty on stderr; the check lines are the report.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    cookie = config / "pulse" / "cookie"
    if cookie.is_file() and "PULSE_COOKIE" not in os.environ:
        # Still reach the user's sound server: libpulse looks for its cookie under the config
        # folder redirected below (it only reads it).
        os.environ["PULSE_COOKIE"] = str(cookie)
    for var in _USER_DIRS:
        folder = tmp / "user" / var.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder)
    if not os.environ.get("XDG_RUNTIME_DIR"):
        # With no session (CI, ssh), libpulse would make and leave a /tmp/pulse-* folder.
        # With a session, the runtime folder is where the sound server's socket is: kept.
        runtime = tmp / "user" / "runtime"
        runtime.mkdir(mode=0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)


