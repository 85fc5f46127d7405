"""The transcript follows a real clip (made with ffmpeg): the lit sentence advances as it plays and follows a seek."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from presenter.deck.kinds import SlideKind
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.stage import Stage
from presenter.ui.app.window import PresentationWindow
from presenter.ui.media.transcript import TranscriptPanel
from presenter.ui.media.video import VideoPanel
from test_video_panel import clip  # noqa: F401 - the fixture

READING = ("[00:00] **Anchor:** By 2020, China plans to give everyone a score.\n\n"
           "[00:01.5] Cameras watch the crossing. Faces appear on a screen.\n\n"
           "[00:03] The city is busy. People cross.\n")


def open_window(qtbot: QtBot, tmp_path: Path, clip_path: Path, size: tuple[int, int]) -> PresentationWindow:
    """The real window on the clip's slide of a lesson whose reading is stamped."""
    shutil.copy(clip_path, tmp_path / "report.mp4")
    lesson = tmp_path / "lesson.md"
    lesson.write_text(f"---\ntitle: Watch, then read\nvideo: report.mp4\n---\n\n# Reading\n\n{READING}", encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    w.resize(*size)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    w.session = session  # type: ignore[attr-defined]
    w.stage = Stage(w, settings, console_on_two_screens=False)  # type: ignore[attr-defined]  # it hosts the player
    w.show()
    qtbot.waitExposed(w)
    assert session.open(lesson) and w.controller is not None
    c = w.controller
    c.goto(next(i for i, s in enumerate(c.deck.slides) if s.kind == SlideKind.VIDEO))
    return w


def test_the_lit_sentence_advances_with_the_clip_and_follows_a_seek(qtbot: QtBot, tmp_path: Path,
                                                                     clip: Path) -> None:  # noqa: F811
    w = open_window(qtbot, tmp_path, clip, (1280, 760))
    assert w.view is not None
    panel, box = w.view.findChild(VideoPanel), w.view.findChild(TranscriptPanel)
    assert panel is not None and box is not None
    qtbot.waitUntil(lambda: panel.isVisible() and box.isVisible(), timeout=3_000)
    player = panel.player
    assert player is not None and box.transcript is not None
    qtbot.waitUntil(lambda: player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia,
                                                     QMediaPlayer.MediaStatus.BufferedMedia), timeout=10_000)
    seen: list[int] = []
    # Connected after the host's own slot: it sees the place the transcript has just taken.
    panel.positionChanged.connect(lambda _ms: seen.append(box.place.sentence if box.place else -1))
    panel.toggle()
    qtbot.waitUntil(lambda: box.place is not None and box.place.paragraph == 2, timeout=10_000)
    panel.toggle()
    said = [s for s in seen if s >= 0]
    assert said == sorted(said) and len(set(said)) >= 3  # sentence by sentence, never backwards, through the clip
    w.grab().save(str(tmp_path / "transcript-playing.png"))
    panel.seek(-10_000)  # back to the start: the first paragraph is lit again, without playing
    qtbot.waitUntil(lambda: box.place is not None and box.place.paragraph == 0, timeout=5_000)
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_player_and_transcript_share_the_slide_without_overlap(qtbot: QtBot, tmp_path: Path, clip: Path,  # noqa: F811
                                                              size: tuple[int, int]) -> None:
    w = open_window(qtbot, tmp_path, clip, size)
    assert w.view is not None and w.controller is not None
    panel, box = w.view.findChild(VideoPanel), w.view.findChild(TranscriptPanel)
    assert panel is not None and box is not None
    qtbot.waitUntil(lambda: panel.isVisible() and box.isVisible(), timeout=3_000)
    w.grab().save(str(tmp_path / f"transcript-{size[0]}.png"))
    view = QRect(0, 0, w.view.width(), w.view.height())
    assert view.contains(panel.geometry()) and view.contains(box.geometry())
    assert not panel.geometry().intersects(box.geometry())
    g = w.controller.deck.geometry
    assert g.body_px >= g.height / 24 and box.height() >= 2.5 * g.body_px  # at least two lines at reading size
    assert panel.width() >= 0.55 * g.body_width  # the clip stays big
