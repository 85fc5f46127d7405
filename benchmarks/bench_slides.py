"""Slides: start-up to the first painted slide, slide-change time, and paginating a 50,000-word reading.

Each figure is printed with a baseline measured in the same run (these machines are noisy):
- start-up: whole processes, interleaved with a bare PySide6 window showing one text label;
- slide change: median of next-slide + paint at 1920x1080, against painting an unchanged slide;
- pagination: a 50,000-word reading at 1920x1080, with the process's peak memory.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "lessons" / "social-credit-1" / "lesson.md"
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}

# The baseline: a bare PySide6 window showing one text label. Like the app under the probe, it
# prints the wall-clock time once its first paint is done and ends there.
BARE = textwrap.dedent("""
    import os, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    class Label(QLabel):
        done = False
        def paintEvent(self, event):
            super().paintEvent(event)
            if not self.done:
                self.done = True
                QTimer.singleShot(0, report)

    def report():
        print(f"first-slide-painted {time.time():.6f}", flush=True)
        os._exit(0)

    app = QApplication(sys.argv)
    label = Label("By 2020, China plans to give all its citizens a personal score.")
    label.resize(1280, 720)
    label.show()
    app.exec()
    """)


def app_command() -> list[str]:
    """The app as a teacher starts it: the installed `presenter` command, opening the sample lesson."""
    script = Path(sys.executable).with_name("presenter")
    return [str(script) if script.exists() else sys.executable, *([] if script.exists() else ["-m", "presenter"]), str(SAMPLE),
            "--quit-after-first-slide"]


def painted_after(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to its report of the first paint."""
    t0 = time.time()
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    stamp = next(line for line in out.splitlines() if line.startswith("first-slide-painted "))
    return float(stamp.split()[1]) - t0


def startup(rounds: int = 21) -> None:
    """Process start to first slide painted, against a bare label window.

    The app runs its real start-up (`presenter LESSON --quit-after-first-slide`, the option making it
    report the first paint and exit, on the same argparse-free path as a double-click), and with its settings, cache and data in fresh
    folders. The first run parses the lesson (an empty cache); later runs open it as a teacher
    does on the day, from the parsed-lesson cache. Both are printed.

    The app's modules are byte-compiled first, as an installed package or the bundle has them
    (pip compiles on install; this checkout may run with PYTHONDONTWRITEBYTECODE set).
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "src" / "presenter")], check=True)
    home = Path(tempfile.mkdtemp(prefix="presenter-bench-home-"))
    app_env = {**ENV, "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}
    bare_cmd = [sys.executable, "-c", BARE]
    cold = painted_after(app_command(), app_env)
    bare, app = [], []
    for _ in range(rounds):  # interleaved, so load on the machine hits both alike
        bare.append(painted_after(bare_cmd, ENV))
        app.append(painted_after(app_command(), app_env))
    b, a = statistics.median(bare), statistics.median(app)
    pairs = statistics.median(x / y for x, y in zip(app, bare))  # each run against the bare one beside it
    print(f"start-up to first slide (`presenter LESSON`): {a * 1000:.0f} ms; bare label window {b * 1000:.0f} ms; "
          f"ratio {a / b:.2f}x, run by run {pairs:.2f}x (target <= 1.5x); "
          f"first run with an empty lesson cache {cold * 1000:.0f} ms ({cold / b:.2f}x)")


def slide_change() -> None:
    """Median time of a slide change with its paint at 1920x1080."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage, QPainter

    from presenter.deck.geometry import Geometry
    from presenter.lesson import load_lesson
    from presenter.ui.slides.controller import DeckController
    from presenter.ui.slides.render import ensure_gui

    ensure_gui()
    c = DeckController(load_lesson(SAMPLE), Geometry(1920, 1080))
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)

    def paint() -> None:
        p = QPainter(image)
        c.renderer.paint(p, c.current, c.state_for(c.current))
        p.end()

    changes, repaints = [], []
    for _ in range(3):
        c.first()
        for _ in range(c.count - 1):
            t0 = time.perf_counter()
            c.next()
            paint()
            changes.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            paint()
            repaints.append(time.perf_counter() - t0)
    ch, rp = statistics.median(changes), statistics.median(repaints)
    print(f"slide change + paint at 1920x1080: median {ch * 1000:.2f} ms (target < 16 ms); "
          f"repaint of the same slide {rp * 1000:.2f} ms; ratio {ch / rp:.2f}x")
    # The whole way of a key press: the key router, the model's intent, its change, the paint.
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from presenter.ui.slides.keys import KeyRouter

    router = KeyRouter(c.model, {"next": c.model.next, "previous": c.model.previous}, lambda _console: None)
    right = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
    keyed = []
    for _ in range(3):
        c.first()
        for _ in range(c.count - 1):
            t0 = time.perf_counter()
            router.handle(right)
            paint()
            keyed.append(time.perf_counter() - t0)
    kd = statistics.median(keyed)
    print(f"key press (router -> model -> paint) at 1920x1080: median {kd * 1000:.2f} ms, worst {max(keyed) * 1000:.1f} ms "
          f"(target < 16 ms); ratio to a repaint {kd / rp:.2f}x")


def big_pagination() -> None:
    """A 50,000-word reading paginated at 1920x1080, and the process's peak memory."""
    from presenter.deck.geometry import Geometry
    from presenter.deck.pagination import paginate
    from presenter.deck.reading import ReadingIndex
    from presenter.lesson import load_lesson
    from presenter.lesson.model import Paragraph, Reading, Section
    from presenter.ui.slides.textlayout import QtMeasure

    base = load_lesson(SAMPLE).reading
    paragraphs = list(base.paragraphs)
    words, big = 0, []
    while words < 50_000:
        for p in paragraphs:
            big.append(Paragraph(p.text, p.speaker))
            words += len(p.text.split())
    reading = Reading((Section(tuple(big)),))
    g = Geometry(1920, 1080)
    t0 = time.perf_counter()
    index = ReadingIndex.build(reading)
    t_index = time.perf_counter() - t0
    t0 = time.perf_counter()
    pages = paginate(index, QtMeasure(g), g.body_height, g.body_px, g.paragraph_gap, g.min_body_px)
    t_pages = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"50,000-word reading: {len(pages)} slides paginated in {t_pages:.2f} s (target < 1 s); "
          f"sentence index alone {t_index:.3f} s (ratio {t_pages / t_index:.1f}x); peak process memory {peak:.0f} MB (target < 150 MB)")


if __name__ == "__main__":
    startup()
    if "--startup" in sys.argv:
        sys.exit(0)
    slide_change()
    big_pagination()
