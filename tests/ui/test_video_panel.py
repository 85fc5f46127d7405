"""The video slide's player plays a real clip made here with ffmpeg: frames arrive, the position advances, pause holds it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from presenter.text.subtitles import cue_at, parse_subtitles
from presenter.ui.audio import media
from presenter.ui.media.video import VideoPanel

SRT = "1\n00:00:00,000 --> 00:00:30,000\nBy 2020, China plans <i>to</i> give\neveryone a score.\n\n2\nnot a cue\n"


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four seconds of colour bars with a 440 Hz tone, 320x180: a clip of the kind a teacher brings."""
    if shutil.which("ffmpeg") is None:
        pytest.fail("ffmpeg is missing: ./dev.sh installs it (APT_PACKAGES)")
    out = tmp_path_factory.mktemp("clip") / "bars.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "smptebars=size=320x180:rate=25", "-f", "lavfi",
                    "-i", "sine=frequency=440:sample_rate=44100", "-t", "4", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-shortest", str(out)], check=True, timeout=60)
    out.with_suffix(".srt").write_text(SRT, encoding="utf-8")
    return out


def test_subtitles_are_read_from_srt_and_vtt() -> None:
    cues = parse_subtitles(SRT)
    assert [c.text for c in cues] == ["By 2020, China plans to give everyone a score."]
    vtt = parse_subtitles("WEBVTT\n\n00:01.500 --> 00:03.000\nHello\n\n01:00:00.000 --> 01:00:01.000\nLate\n")
    assert (vtt[0].start, vtt[0].end, vtt[1].start) == (1500, 3000, 3_600_000)
    assert cue_at(vtt, 2000) == "Hello" and cue_at(vtt, 3000) == "" and cue_at(vtt, 0) == ""


def test_the_clip_plays_advances_and_pauses(qtbot: QtBot, clip: Path, tmp_path: Path) -> None:
    panel = VideoPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 360)
    panel.show()
    panel.open(clip, clip.with_suffix(".srt"))
    player = panel.player
    assert player is not None
    qtbot.waitUntil(lambda: player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia),
                    timeout=10_000)
    assert 3500 <= player.duration() <= 4500
    panel.toggle()
    qtbot.waitUntil(lambda: player.position() >= 800, timeout=10_000)
    assert player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    qtbot.waitUntil(lambda: not panel._frame.isNull() and panel.subtitle != "", timeout=5_000)
    panel.toggle()
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    held = player.position()
    qtbot.wait(400)  # real playback: only real time shows that a paused clip stays put
    assert abs(player.position() - held) < 60
    panel.seek(-10_000)
    qtbot.waitUntil(lambda: player.position() == 0, timeout=3_000)
    panel.grab().save(str(tmp_path / "video-panel.png"))
    # Colour bars: the middle of the frame is coloured, not black.
    colour = panel.grab().toImage().pixelColor(panel.width() // 2, panel.height() // 3)
    assert max(colour.red(), colour.green(), colour.blue()) > 100
    panel.release()
    assert media.is_pooled(player) and panel.player is None  # given back, not destroyed


def test_the_video_slide_plays_in_the_real_window_on_its_keys(qtbot: QtBot, clip: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from presenter.deck.kinds import SlideKind
    from presenter.ui.app.session import LessonSession
    from presenter.ui.app.settings_store import SettingsStore
    from presenter.ui.app.stage import Stage
    from presenter.ui.app.window import PresentationWindow

    shutil.copy(clip, tmp_path / "report.mp4")
    shutil.copy(clip.with_suffix(".srt"), tmp_path / "report.srt")
    lesson = tmp_path / "lesson.md"
    lesson.write_text("---\ntitle: Watch, then read\nvideo: report.mp4\n---\n\n# Reading\n\nThe city is busy. People cross.\n",
                      encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    w.resize(1280, 760)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    stage = Stage(w, settings, console_on_two_screens=False)
    w.session = session  # type: ignore[attr-defined]  # kept alive with the window
    w.show()
    qtbot.waitExposed(w)
    assert session.open(lesson)
    assert w.controller is not None and w.view is not None and stage is not None
    model = w.controller.model
    video_slide = next(i for i, s in enumerate(w.controller.deck.slides) if s.kind == SlideKind.VIDEO)
    model.goto(video_slide)
    panel = w.view.findChild(VideoPanel)
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=3_000)
    player = panel.player
    assert player is not None
    qtbot.keyClick(w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.position() >= 600, timeout=10_000)
    assert model.current == video_slide  # Space played the clip, it did not turn the slide
    w.grab().save(str(tmp_path / "video-slide-window.png"))
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    held = player.position()
    qtbot.keyClick(w, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: player.position() < held, timeout=3_000)
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert model.current == video_slide + 1 and not panel.isVisible()
    assert player.playbackState() != QMediaPlayer.PlaybackState.PlayingState


def test_student_mode_plays_the_clip_on_space_and_turns_on_page_down(qtbot: QtBot, clip: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from presenter.deck.geometry import Geometry
    from presenter.deck.kinds import SlideKind
    from presenter.lesson import load_lesson
    from presenter.ui.slides.controller import DeckController
    from presenter.ui.student.window import StudentWindow

    shutil.copy(clip, tmp_path / "report.mp4")
    path = tmp_path / "lesson.md"
    path.write_text("---\ntitle: At home\nvideo: report.mp4\n---\n\n# Reading\n\nThe city is busy. People cross.\n",
                    encoding="utf-8")
    controller = DeckController(load_lesson(path), Geometry(1100, 680), student=True)
    w = StudentWindow(controller, None)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    video_slide = next(i for i, s in enumerate(controller.deck.slides) if s.kind == SlideKind.VIDEO)
    controller.goto(video_slide)
    assert w.video is not None
    qtbot.waitUntil(w.video.panel.isVisible, timeout=3_000)
    player = w.video.panel.player
    assert player is not None
    qtbot.keyClick(w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.position() >= 400, timeout=10_000)
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState and controller.current == video_slide
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert controller.current == video_slide + 1 and not w.video.panel.isVisible()
