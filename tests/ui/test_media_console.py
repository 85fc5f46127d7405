"""Audience window and console on picture, word-card and video slides, at 1920x1080 and 1024x768: screenshots looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from presenter.deck.kinds import SlideKind
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.stage import Stage
from presenter.ui.app.window import PresentationWindow
from presenter.ui.media.video import VideoPanel
from test_picture_slides import media_lesson  # noqa: F401 - the fixture
from test_video_panel import clip  # noqa: F401 - the fixture



def saturated_share(image: QImage, step: int = 4) -> float:
    """The share of strongly coloured pixels (the test pictures; text and themes are neutral or accent blue)."""
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            total += 1
            hits += max(r, g, b) - min(r, g, b) > 60 and not (b > r and b > g and r < 40)
    return hits / max(total, 1)


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_pictures_show_on_the_audience_window_and_the_console(qtbot: QtBot, tmp_path: Path, media_lesson: Path,  # noqa: F811
                                                              size: tuple[int, int]) -> None:
    w = PresentationWindow()
    qtbot.addWidget(w)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    stage = Stage(w, settings)
    w.session = session  # type: ignore[attr-defined]
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert session.open(media_lesson)
    qtbot.keyClick(w, Qt.Key.Key_C)
    console = stage.console
    assert console is not None and w.controller is not None
    qtbot.addWidget(console)
    console.resize(*size)
    c = w.controller
    for kind in (SlideKind.IMAGE, SlideKind.CARD, SlideKind.VIDEO):
        c.goto(next(i for i, s in enumerate(c.deck.slides) if s.kind == kind))
        qtbot.wait(50)  # let both windows repaint
        audience, preview = w.grab().toImage(), console.grab().toImage()
        audience.save(str(tmp_path / f"audience-{kind}-{size[0]}.png"))
        preview.save(str(tmp_path / f"console-{kind}-{size[0]}.png"))
        if kind == SlideKind.VIDEO:
            panel = w.view.findChild(VideoPanel) if w.view is not None else None
            assert panel is not None and panel.isVisible()
            assert w.view is not None and w.view.rect().contains(panel.geometry())
        else:
            assert saturated_share(audience) > 0.01, kind
            assert saturated_share(preview) > 0.002, kind  # the console's current-slide preview shows it too


def test_the_console_shows_the_playing_clip_not_a_black_frame(qtbot: QtBot, tmp_path: Path, clip: Path) -> None:  # noqa: F811
    import shutil

    from PySide6.QtMultimedia import QMediaPlayer

    from presenter.ui.media.transcript import TranscriptPanel

    shutil.copy(clip, tmp_path / "report.mp4")
    lesson = tmp_path / "lesson.md"
    lesson.write_text("---\ntitle: Watch\nvideo: report.mp4\n---\n\n# Reading\n\n[00:00] The city is busy.\n\n"
                      "[00:02] People cross.\n", encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    stage = Stage(w, settings, console_on_two_screens=False)
    w.session = session  # type: ignore[attr-defined]
    w.resize(1280, 760)
    w.show()
    qtbot.waitExposed(w)
    assert session.open(lesson) and w.controller is not None and w.view is not None
    qtbot.keyClick(w, Qt.Key.Key_C)
    console = stage.console
    assert console is not None
    qtbot.addWidget(console)
    console.resize(1280, 760)
    c = w.controller
    c.goto(next(i for i, s in enumerate(c.deck.slides) if s.kind == SlideKind.VIDEO))
    panel, box = w.view.findChild(VideoPanel), w.view.findChild(TranscriptPanel)
    assert panel is not None and box is not None
    qtbot.waitUntil(panel.isVisible, timeout=3_000)
    qtbot.wait(50)
    before = saturated_share(console.current.grab().toImage())
    assert panel.player is not None
    player = panel.player
    panel.toggle()
    qtbot.waitUntil(lambda: player.position() >= 2300 and not panel.frame.isNull(), timeout=10_000)
    panel.toggle()
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    qtbot.wait(50)
    shot = console.current.grab().toImage()
    shot.save(str(tmp_path / "console-playing.png"))
    # The colour bars fill the console's frame as they fill the class's; before playing it was black.
    assert saturated_share(shot) > 0.1 > before
    # The console paints the class's transcript state: the second paragraph is the one lit.
    assert box.place is not None and box.place.paragraph == 1
