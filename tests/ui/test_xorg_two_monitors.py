"""On a real X server with two monitors: slides full screen on the projector, the console on the laptop;
the projector unplugged mid-narration (xrandr --delmonitor) and plugged back in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xorg import missing_tools, two_monitor_x

# The real app (`presenter LESSON`, cli.main) with a timeline run inside it: it narrates, unplugs and
# replugs the projector with xrandr, and reports where its windows are at each step.
SCRIPT = textwrap.dedent("""
    import json, os, subprocess, sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from presenter import cli
    from presenter.ui.app.stage import Stage
    from presenter.ui.app.window import PresentationWindow

    lesson, shots = sys.argv[1], sys.argv[2]
    out = {"steps": []}

    def window():
        return next(x for x in QApplication.topLevelWidgets() if isinstance(x, PresentationWindow))

    def where(name):
        w = window()
        stage = w.findChild(Stage)
        console = stage.console if stage is not None else None
        g = w.geometry()
        n = w.narrator
        step = {"name": name, "screen": w.screen().name(), "full": w.isFullScreen(), "x": g.x(), "width": g.width(),
                "console": console.screen().name() if console is not None and console.isVisible() else None,
                "screens": sorted(s.name() for s in QApplication.screens()),
                "narrator": n.state if n is not None else None, "sentence": n.sentence if n is not None else None,
                "slide": w.controller.current if w.controller else None}
        subprocess.run(["import", "-window", "root", os.path.join(shots, name + ".png")], check=False)
        out["steps"].append(step)

    def xrandr(*args):
        subprocess.run(["xrandr", *args], check=True)

    def run(steps):
        if not steps:
            print(json.dumps(out), flush=True)
            os._exit(0)
        delay, action = steps[0]
        def go():
            action()
            run(steps[1:])
        QTimer.singleShot(delay, go)

    def ready():
        w = window()
        if w.controller is None or w.narrator is None:
            QTimer.singleShot(100, ready)
            return
        w.controller.goto(w.controller.deck.first_reading_slide)
        QTest.keyClick(w, Qt.Key.Key_N)
        playing(0)

    def playing(waited_ms):  # the natural voice loads on the first sentence: wait for the sound, up to 60 s
        n = window().narrator
        if n is not None and n.state != "playing" and waited_ms < 60_000:
            QTimer.singleShot(100, lambda: playing(waited_ms + 100))
            return
        run([(500, lambda: where("narrating")),
             (0, lambda: xrandr("--delmonitor", "PROJECTOR")),
             (2500, lambda: where("unplugged")),
             (0, lambda: QTest.keyClick(window(), Qt.Key.Key_Right)),
             (300, lambda: where("key-after-unplug")),
             (0, lambda: xrandr("--setmonitor", "PROJECTOR", "1920/508x1080/286+1920+0", "none")),
             (2500, lambda: where("replugged"))])

    present = PresentationWindow.present

    def spy(w, controller):  # the timeline starts once the app (and its event loop) is up
        present(w, controller)
        QTimer.singleShot(500, ready)

    PresentationWindow.present = spy
    sys.exit(cli.main([lesson]))
""")


@pytest.mark.slow
@pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (./dev.sh installs them)")
def test_projector_unplugged_mid_narration_and_back(tmp_path: Path, sample_lesson_path: Path) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    home = tmp_path / "home"
    with two_monitor_x(tmp_path) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}
        result = subprocess.run([sys.executable, "-c", SCRIPT, str(sample_lesson_path), str(shots)], env=env,
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    steps = {s["name"]: s for s in json.loads(result.stdout.strip().splitlines()[-1])["steps"]}
    start = steps["narrating"]
    assert start["screens"] == ["LAPTOP", "PROJECTOR"]
    assert start["screen"] == "PROJECTOR" and start["full"] and start["x"] == 1920 and start["width"] == 1920
    assert start["console"] == "LAPTOP"
    assert start["narrator"] == "playing"
    gone = steps["unplugged"]
    assert gone["screens"] == ["LAPTOP"]
    assert gone["screen"] == "LAPTOP" and gone["x"] < 1920 and not gone["full"]
    assert gone["narrator"] in ("playing", "loading") and gone["sentence"] >= start["sentence"]  # the lesson goes on
    assert steps["key-after-unplug"]["slide"] == gone["slide"] + 1  # and the keys still work
    back = steps["replugged"]
    assert back["screens"] == ["LAPTOP", "PROJECTOR"]
    assert back["screen"] == "PROJECTOR" and back["full"] and back["x"] == 1920
    assert back["console"] == "LAPTOP"
    for name in steps:
        assert (shots / f"{name}.png").stat().st_size > 0
