"""The composition root: builds the concrete services and wires the windows."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from presenter.lesson import LessonError, read_lesson


def run_app(args: argparse.Namespace) -> int:
    """Open the app on the lesson named in `args` (if any) and run until the window closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    text = "presenter"
    if args.lesson is not None:
        try:
            lesson, _ = read_lesson(args.lesson)
            text = lesson.title + "\n\n" + "\n\n".join(p.text for p in lesson.reading.paragraphs)
        except LessonError as exc:
            QMessageBox.critical(None, "Cannot open the lesson", str(exc))
    label = QLabel(text)
    label.setWordWrap(True)
    label.show()
    return int(app.exec())
