"""Pictures: a lesson with a 40-megapixel photo, paged through at 1920x1080 in a process of its own.

Prints the process's peak memory (target < 400 MB), the first paint of the photo's slide (the
one read of the file, at the size shown), and the median slide change + paint after it (target
< 16 ms), against a repaint of an unchanged slide measured in the same run.
Usage: python benchmarks/bench_pictures.py [--json]
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 7744, 5168  # 40.0 megapixels, a full-frame camera's photo

LESSON = """---
title: A big photo
image: images/photo.jpg
---

# Vocabulary

- **crowd** (n.) — a lot of people together
  Image: images/photo.jpg

# Reading

A crowd waits at the crossing. The lights change.

![the crossing](images/photo.jpg)

Everyone walks at once. Cameras watch them.
"""


def make_lesson(folder: Path) -> Path:
    """The lesson and its photo (made by ffmpeg, so this process never holds it)."""
    (folder / "images").mkdir(parents=True, exist_ok=True)
    photo = folder / "images" / "photo.jpg"
    if not photo.exists():
        subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", f"testsrc2=size={WIDTH}x{HEIGHT}",
                        "-frames:v", "1", "-q:v", "3", str(photo)], check=True, timeout=120)
    path = folder / "lesson.md"
    path.write_text(LESSON, encoding="utf-8")
    return path


def measure(path: Path) -> dict[str, float]:
    """Open the lesson, page through it three times, and time the changes to the photo's slides."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage, QPainter

    from presenter.deck.geometry import Geometry
    from presenter.lesson import load_lesson
    from presenter.ui.slides.controller import DeckController
    from presenter.ui.slides.render import ensure_gui

    ensure_gui()
    c = DeckController(load_lesson(path), Geometry(1920, 1080))
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)

    def paint() -> float:
        t0 = time.perf_counter()
        p = QPainter(image)
        c.renderer.paint(p, c.current, c.state_for(c.current))
        p.end()
        return time.perf_counter() - t0

    first: list[float] = []
    changes: list[float] = []
    repaints: list[float] = []
    for lap in range(3):
        c.first()
        for _ in range(c.count - 1):
            t0 = time.perf_counter()
            c.next()
            paint()
            elapsed = time.perf_counter() - t0
            if c.renderer.deck.slides[c.current].media:
                (first if lap == 0 else changes).append(elapsed)
            repaints.append(paint())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"peak_mb": peak_mb, "first_paint_ms": max(first) * 1000, "change_ms": statistics.median(changes) * 1000,
            "worst_change_ms": max(changes) * 1000, "repaint_ms": statistics.median(repaints) * 1000}


def main() -> None:
    """Run the measurement in a fresh process (peak memory is the process's) and print it."""
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        print(json.dumps(measure(Path(sys.argv[2]))))
        return
    if shutil.which("ffmpeg") is None:
        sys.exit("ffmpeg is needed to make the photo (./dev.sh installs it)")
    with tempfile.TemporaryDirectory() as tmp:
        path = make_lesson(Path(tmp))
        out = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True,
                             check=True, timeout=300)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    if "--json" in sys.argv:
        print(json.dumps(figures))
        return
    print(f"40 MP photo ({WIDTH}x{HEIGHT} JPEG) on the title, a word card and a picture slide, 1920x1080:")
    print(f"  peak memory {figures['peak_mb']:.0f} MB (target < 400 MB)")
    print(f"  first paint of a photo slide (reads the file once, at the size shown): {figures['first_paint_ms']:.0f} ms")
    print(f"  slide change + paint to a photo slide after that: median {figures['change_ms']:.2f} ms, "
          f"worst {figures['worst_change_ms']:.2f} ms (target < 16 ms); "
          f"ratio to a repaint {figures['change_ms'] / figures['repaint_ms']:.2f}x")


if __name__ == "__main__":
    main()
