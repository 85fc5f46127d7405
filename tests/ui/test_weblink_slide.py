"""A web video's slide: a QR code that decodes back to the address (zbarimg), large enough for the back row."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.deck.qrcode import QUIET_MODULES, qr_modules
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow
from presenter.ui.slides.weblink import link_layout

URL = "https://www.example.org/video/china-social-credit-system/?ftag=CNM-00-10aab7e&linkId=58190318#t=12"


def decoded(png: Path) -> list[str]:
    """Every QR code zbarimg finds in `png`, as text."""
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: ./dev.sh installs zbar-tools (APT_PACKAGES)")
    run = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                         capture_output=True, text=True, timeout=60)
    return [line for line in run.stdout.splitlines() if line]


def lesson_with(tmp_path: Path, how: str) -> Path:
    """A lesson naming its web video in one of the ways the format allows."""
    header, body = "", ""
    if how == "front matter":
        header = f"video: {URL}\n"
    elif how == "section":
        body = f"# Video\n\n{URL}\n\n"
    else:
        body = f"# Reading\n\nVideo: {URL}\n\n"
    path = tmp_path / "lesson.md"
    reading = "" if body.startswith("# Reading") else "# Reading\n\n"
    path.write_text(f"---\ntitle: Watch online\n{header}---\n\n{body}{reading}The city is busy. People cross.\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_real_slide_shows_a_code_that_scans_back_to_the_address(qtbot: QtBot, tmp_path: Path,
                                                                    size: tuple[int, int]) -> None:
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.session = session  # type: ignore[attr-defined]
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert session.open(lesson_with(tmp_path, "front matter"))
    assert w.controller is not None and w.view is not None
    c = w.controller
    c.goto(next(i for i, s in enumerate(c.deck.slides) if s.kind == SlideKind.VIDEO))
    qtbot.wait(50)
    shot = tmp_path / f"link-{size[0]}.png"
    assert w.grab().save(str(shot))
    assert decoded(shot) == [URL]
    # The back row: the code takes most of the slide's height (about 7 m away on a 2 m wide screen).
    code, text = link_layout(c.deck.geometry, len(qr_modules(URL)))
    assert code.height() >= 0.55 * c.deck.geometry.height
    assert not code.intersects(text) and w.view.rect().contains(code.toRect())


@pytest.mark.parametrize("how", ["front matter", "section", "reading"])
def test_every_way_of_naming_the_video_gives_the_code(tmp_path: Path, how: str) -> None:
    out = tmp_path / "slide.png"
    lesson = lesson_with(tmp_path, how)
    run = subprocess.run(["presenter", str(lesson), "--screenshot", str(out), "--size", "1024x768", "--slide", "2"],
                         capture_output=True, text=True, timeout=120, env=_offscreen())
    assert run.returncode == 0, run.stderr
    assert "(video)" in run.stdout
    assert decoded(out) == [URL]


def test_the_code_has_whole_pixel_modules_and_its_quiet_zone() -> None:
    for g in (Geometry(1920, 1080), Geometry(1024, 768), Geometry(1280, 800)):
        n = len(qr_modules(URL))
        code, _ = link_layout(g, n)
        unit = code.width() / (n + 2 * QUIET_MODULES)
        assert unit == int(unit) and unit >= 4, g


def _offscreen() -> dict[str, str]:
    import os
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env
