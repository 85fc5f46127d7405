"""Two virtual screens (Qt's offscreen platform with a screen configuration): where windows land,
and what happens when the projector goes away and comes back. Run in a child process, because
the platform's screens are fixed when the QApplication starts."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from presenter.ui.screens import choose_audience_screen

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from presenter.ui.session import LessonSession
    from presenter.ui.settings_store import SettingsStore
    from presenter.ui.stage import Stage
    from presenter.ui.window import PresentationWindow

    app = QApplication(sys.argv[:1])
    out = {}
    w = PresentationWindow()
    settings = SettingsStore(Path(sys.argv[2]))
    session = LessonSession(w, settings, interactive=False)
    stage = Stage(w, settings)
    w.show()
    assert session.open(Path(sys.argv[1]))
    app.processEvents()
    def where():
        return {"audience": w.screen().name(), "audience_full": w.isFullScreen(),
                "console": stage.console.screen().name() if stage.console else None,
                "audience_size": [w.width(), w.height()],
                "deck_size": [w.controller.deck.geometry.width, w.controller.deck.geometry.height]}
    out["start"] = where()
    # The projector is unplugged: Qt would now list only the laptop.
    laptop = [s for s in app.screens() if s.name() == "laptop"]
    w.controller.goto(w.controller.deck.first_reading_slide + 2)
    slide = w.controller.current
    projector = [s for s in app.screens() if s.name() == "projector"][0]
    stage.screens._screens = lambda: laptop
    app.screenRemoved.emit(projector)  # what Qt says when the cable is pulled
    for _ in range(20):
        app.processEvents()
    out["unplugged"] = where()
    QTest.keyClick(w, Qt.Key.Key_Right)
    out["after_key"] = w.controller.current - slide
    # Plugged back in.
    stage.screens._screens = app.screens
    app.screenAdded.emit(projector)  # and when it comes back
    for _ in range(20):
        app.processEvents()
    out["replugged"] = where()
    out["saved_screen"] = settings.get("audience_screen")
    print(json.dumps(out))
""")


def test_choose_audience_screen() -> None:
    assert choose_audience_screen(["laptop", "projector"], "laptop", "") == "projector"
    assert choose_audience_screen(["laptop", "hdmi", "vga"], "laptop", "vga") == "vga"
    assert choose_audience_screen(["laptop", "hdmi"], "laptop", "gone") == "hdmi"
    assert choose_audience_screen(["laptop"], "laptop", "laptop") is None


def test_two_screens_audience_on_projector_console_on_laptop(tmp_path: Path, sample_lesson_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    ]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(sample_lesson_path), str(tmp_path / "s.ini")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    start = out["start"]
    assert start["audience"] == "projector" and start["audience_full"]
    assert start["console"] == "laptop"
    assert start["deck_size"] == [1920, 1080]  # slides laid out for the projector
    unplugged = out["unplugged"]
    assert unplugged["audience"] == "laptop" and not unplugged["audience_full"]
    assert out["after_key"] == 1  # still usable
    assert out["replugged"]["audience"] == "projector" and out["replugged"]["audience_full"]
    assert out["saved_screen"] == "projector"
