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

BARE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication(sys.argv)
    label = QLabel("By 2020, China plans to give all its citizens a personal score.")
    label.resize(1280, 720)
    class L(QLabel):
        pass
    label.show()
    app.processEvents()
    label.grab()  # force a paint
    """)

APP = textwrap.dedent(f"""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from presenter.ui.session import LessonSession
    from presenter.ui.settings_store import SettingsStore
    from presenter.ui.window import PresentationWindow
    import tempfile
    app = QApplication(sys.argv)
    w = PresentationWindow()
    w.resize(1280, 760)
    from presenter.lesson.cache import LessonCache
    s = LessonSession(w, SettingsStore(Path(tempfile.mkdtemp()) / "s.ini"), interactive=False,
                      cache=LessonCache(Path(CACHE)))
    w.show()
    s.open(Path({str(SAMPLE)!r}))
    app.processEvents()
    w.view.grab()  # the first slide, painted
    """)


CACHE = tempfile.mkdtemp(prefix="presenter-bench-cache-")
APP = APP.replace("Path(CACHE)", f"Path({CACHE!r})")


def run_process(code: str) -> float:
    """Seconds for a whole Python process running `code`."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=ENV, check=True, capture_output=True)
    return time.perf_counter() - t0


def startup(rounds: int = 7) -> None:
    """Process start to first slide painted, against a bare label window.

    The first run parses the lesson (a cold cache); later runs open it as a teacher does on
    the day, from the parsed-lesson cache. Both are printed.
    """
    for p in Path(CACHE).glob("*"):
        p.unlink()
    cold = run_process(APP)
    bare, app = [], []
    for _ in range(rounds):  # interleaved, so load on the machine hits both alike
        bare.append(run_process(BARE))
        app.append(run_process(APP))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"start-up to first slide: {a * 1000:.0f} ms; bare label window {b * 1000:.0f} ms; ratio {a / b:.2f}x (target <= 1.5x); "
          f"first run with an empty lesson cache {cold * 1000:.0f} ms ({cold / b:.2f}x)")


def slide_change() -> None:
    """Median time of a slide change with its paint at 1920x1080."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage, QPainter

    from presenter.deck.geometry import Geometry
    from presenter.lesson import load_lesson
    from presenter.ui.controller import DeckController
    from presenter.ui.render import ensure_gui

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


def big_pagination() -> None:
    """A 50,000-word reading paginated at 1920x1080, and the process's peak memory."""
    from presenter.deck.geometry import Geometry
    from presenter.deck.pagination import paginate
    from presenter.deck.reading import ReadingIndex
    from presenter.lesson import load_lesson
    from presenter.lesson.model import Paragraph, Reading, Section
    from presenter.ui.textlayout import QtMeasure

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
    slide_change()
    big_pagination()
