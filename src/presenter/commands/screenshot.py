"""`presenter --screenshot OUT.png [--view audience|console|both] [--size WxH] [--slide N] [--theme NAME] [LESSON]`.

Renders headless (no display needed): the audience view, the teacher's console, or both side by
side as they would stand on a laptop and a projector.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from presenter.commands import load_or_report
from presenter.fileio import FileProblem, check_output_file, staged

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

CONSOLE_SIZE = (1366, 768)
AUDIENCE_SIZE = (1920, 1080)


IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPG", ".jpeg": "JPG", ".bmp": "BMP"}
STUDENT_SIZE = (1100, 620)


def run(args: argparse.Namespace, default_lesson: Path) -> int:
    """Render the chosen view to args.screenshot; exit 0 on success, 1 with a message otherwise."""
    out: Path = args.screenshot
    fmt = IMAGE_FORMATS.get(out.suffix.lower())
    if fmt is None:
        # Checked before anything is opened: `--screenshot lesson.md` (the lesson argument
        # forgotten) must not touch lesson.md.
        print(f"{out}: a screenshot is an image: give a name ending in {', '.join(IMAGE_FORMATS)}", file=sys.stderr)
        return 2
    check_output_file(out, args.force)
    path = args.lesson or default_lesson
    if args.student:
        return _student(args, path, fmt)
    lesson = load_or_report(path)
    if lesson is None:
        return 1
    from PySide6.QtGui import QColor, QImage, QPainter

    from presenter.deck.geometry import Geometry
    from presenter.ui.slides.controller import DeckController
    from presenter.ui.slides.render import ensure_gui, render_slide

    ensure_gui()
    view = args.view
    # --size is the size of the view asked for; with both, of the console (the projector is 1920x1080).
    audience_size = (args.size or AUDIENCE_SIZE) if view == "audience" else AUDIENCE_SIZE
    console_size = (args.size or CONSOLE_SIZE) if view != "audience" else CONSOLE_SIZE
    width, height = audience_size
    g = Geometry(width, height, text_scale=args.text_scale, easy_reading=args.easy_reading)
    controller = DeckController(lesson, g, args.theme)
    count = controller.count
    if not 1 <= args.slide <= count:
        print(f"--slide {args.slide}: the lesson has slides 1 to {count}", file=sys.stderr)
        return 1
    controller.load_terms()
    controller.goto(args.slide - 1)
    audience = render_slide(controller.renderer, controller.current, controller.state_for(controller.current))
    if view == "audience":
        image = audience
    else:
        from presenter.ui.console.window import ConsoleWindow

        console = ConsoleWindow(controller, lambda _event, _from_console: False)
        console.resize(*console_size)
        console.show()
        ensure_gui().processEvents()
        shot = console.grab().toImage()
        console.close()
        if view == "console":
            image = shot
        else:
            # Side by side, to scale, as a laptop beside a projector.
            gap = 40
            image = QImage(shot.width() + gap + audience.width(), max(shot.height(), audience.height()), QImage.Format.Format_RGB32)
            image.fill(QColor("#444444"))
            painter = QPainter(image)
            painter.drawImage(0, image.height() - shot.height(), shot)
            painter.drawImage(shot.width() + gap, 0, audience)
            painter.end()
    _save(image, out, fmt)
    kind = controller.deck.slides[controller.current].kind
    print(f"{args.screenshot}: {view} view, slide {args.slide} of {count} ({kind}), {image.width()}x{image.height()}, {args.theme} theme")
    return 0


def _save(image: QImage, out: Path, fmt: str) -> None:
    """Write the image through the atomic writer: a failed save leaves any earlier file as it was."""
    with staged(out) as tmp:
        if not image.save(str(tmp), fmt):  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes str
            raise FileProblem(out, "the image could not be written")


def _student(args: argparse.Namespace, path: Path, fmt: str) -> int:
    """Render student mode's window for a lesson or a pack, as `presenter --student` opens it."""
    from presenter.speech.worker import SpeechWorker
    from presenter.ui.slides.render import ensure_gui
    from presenter.ui.student.session import StudentError, StudentSession

    ensure_gui()
    worker = SpeechWorker()
    # A scratch data folder: a screenshot must not unpack into, or save progress in, the student's own.
    with tempfile.TemporaryDirectory(prefix="presenter-shot-") as scratch:
        try:
            session = StudentSession(path, worker, Path(scratch) / "cache", Path(scratch) / "data", args.theme)
        except StudentError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            worker.close()
            return 1
        try:
            count = session.controller.count
            if not 1 <= args.slide <= count:
                print(f"--slide {args.slide}: the lesson has slides 1 to {count}", file=sys.stderr)
                return 1
            session.controller.goto(args.slide - 1)
            session.window.resize(*(args.size or STUDENT_SIZE))
            session.window.show()
            ensure_gui().processEvents()
            image = session.window.grab().toImage()
            session.window.close()
        finally:
            worker.close()
    _save(image, args.screenshot, fmt)
    print(f"{args.screenshot}: student view, slide {args.slide} of {count}, {image.width()}x{image.height()}, "
          f"{args.theme} theme")
    return 0
