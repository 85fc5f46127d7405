"""Helpers shared by the UI tests: a window presenting a lesson with a real voice, colour contrast."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from presenter.narration.cache import ClipCache
from presenter.speech import SpeechWorker
from presenter.ui.audio.clipsource import ClipSource
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.stage import Stage
from presenter.ui.app.window import PresentationWindow


def narrated_window(qtbot: QtBot, tmp_path: Path, lesson: Path, worker: SpeechWorker) -> tuple[PresentationWindow, Stage]:
    """A shown window presenting `lesson`, its narration spoken by `worker`, settings and clips under `tmp_path`."""
    w = PresentationWindow()
    qtbot.addWidget(w)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    stage = Stage(w, settings, clips=ClipSource(worker, ClipCache(tmp_path / "clips"), parent=w))
    w.session = session  # type: ignore[attr-defined]  # kept alive with the window
    w.show()
    assert session.open(lesson)
    return w, stage


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def opened_window(qtbot: QtBot, tmp_path: Path, lesson_text: str) -> PresentationWindow:
    """A shown window presenting a lesson written from `lesson_text` (no voice), its settings under `tmp_path`."""
    path = tmp_path / "lesson.md"
    path.write_text(lesson_text, encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.session = session  # type: ignore[attr-defined]  # keep it alive with the window
    w.show()
    assert session.open(path)
    return w
