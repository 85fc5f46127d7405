"""Two virtual screens (Qt's offscreen platform with a screen configuration): where windows land,
and what happens when the projector goes away and comes back. Run in a child process, because
the platform's screens are fixed when the QApplication starts."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from presenter.ui.app.screens import choose_audience_screen

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from presenter.ui.app.session import LessonSession
    from presenter.ui.app.settings_store import SettingsStore
    from presenter.ui.app.stage import Stage
    from presenter.ui.app.window import PresentationWindow

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


def two_screens(tmp_path: Path) -> dict[str, str]:
    """The environment for a child process with a laptop and a projector, and its own settings folders."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    ]}))
    home = tmp_path / "home"
    return {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}


def test_choose_audience_screen() -> None:
    assert choose_audience_screen(["laptop", "projector"], "laptop", "") == "projector"
    assert choose_audience_screen(["laptop", "hdmi", "vga"], "laptop", "vga") == "vga"
    assert choose_audience_screen(["laptop", "hdmi"], "laptop", "gone") == "hdmi"
    assert choose_audience_screen(["laptop"], "laptop", "laptop") is None


def test_two_screens_audience_on_projector_console_on_laptop(tmp_path: Path, sample_lesson_path: Path) -> None:
    env = two_screens(tmp_path)
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


APP_SCRIPT = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from presenter import cli
    from presenter.ui.app.stage import Stage
    from presenter.ui.app.window import PresentationWindow

    out = {}
    show_card = PresentationWindow.show_title_card

    def spy(window, card):
        show_card(window, card)
        card.first_painted.connect(lambda: out.update(card={
            "screen": window.screen().name(), "full": window.isFullScreen(), "size": [card.width(), card.height()]}))
        def later():
            stage = window.findChild(Stage)
            console = stage.console if stage else None
            out["later"] = {"screen": window.screen().name(), "full": window.isFullScreen(),
                            "console": console.screen().name() if console else None,
                            "console_narrates": console is not None and console._narrator is window.narrator is not None}
            print(json.dumps(out), flush=True)
            os._exit(0)
        QTimer.singleShot(3000, later)

    PresentationWindow.show_title_card = spy
    sys.exit(cli.main([sys.argv[1]]))
""")


def test_the_app_paints_its_first_slide_on_the_projector(tmp_path: Path, sample_lesson_path: Path) -> None:
    """`presenter LESSON` with a projector: the title card is painted full screen there, and the
    console that opens on the laptop follows the narration once the voice is ready."""
    env = two_screens(tmp_path)
    # A first run parses the lesson into the cache (the card needs it), and stops at its first paint.
    subprocess.run([sys.executable, "-m", "presenter", str(sample_lesson_path), "--quit-after-first-slide"], timeout=120,
                   check=True, env=env, capture_output=True)
    result = subprocess.run([sys.executable, "-c", APP_SCRIPT, str(sample_lesson_path)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["card"] == {"screen": "projector", "full": True, "size": [1920, 1080]}
    assert out["later"]["screen"] == "projector" and out["later"]["full"]
    assert out["later"]["console"] == "laptop" and out["later"]["console_narrates"]


START_SCRIPT = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from presenter import cli
    from presenter.ui.app.window import PresentationWindow

    def report():
        from PySide6.QtWidgets import QApplication
        w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, PresentationWindow))
        print(json.dumps({"screen": w.screen().name(), "full": w.isFullScreen(),
                          "menu_items": len(w.findChildren(QAction)),
                          "showing": type(w.stack.currentWidget()).__name__}), flush=True)
        os._exit(0)

    show_start = PresentationWindow.show_start

    def spy(window, start):
        show_start(window, start)
        QTimer.singleShot(1500, report)  # once the voice and the rest have had their turn

    PresentationWindow.show_start = spy
    sys.exit(cli.main(sys.argv[1:]))
""")


def test_the_start_screen_stays_on_the_laptop_with_its_menus(tmp_path: Path) -> None:
    """`presenter` alone with a projector there: the lesson chooser is for the teacher, not the class."""
    env = two_screens(tmp_path)
    result = subprocess.run([sys.executable, "-c", START_SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["showing"] == "StartView" and not out["full"] and out["screen"] == "laptop"
    assert out["menu_items"] > 20  # the menus have their items (no slide came to trigger them)
