"""Import a handout: what the importer recognised, beside the source text, before it is saved."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from presenter.handout import ImportResult
from presenter.handout.save import save_lesson
from presenter.handout.roles import Role
from presenter.lesson import parse_lesson

# A pale background per role, so the teacher sees at a glance which line went where.
ROLE_COLOURS = {
    Role.TITLE: "#d7e8ff", Role.VOCABULARY: "#dff5d8", Role.READING: "#ffffff", Role.QUESTION: "#fff1c4",
    Role.PROMPT: "#ffe0cc", Role.WARMUP: "#ffe0cc", Role.HEADING: "#ece6ff", Role.DEBRIS: "#eeeeee",
    Role.DROPPED: "#eeeeee", Role.UNPLACED: "#ffd0d0", Role.SOURCE: "#d7e8ff",
}


def source_html(result: ImportResult) -> str:
    """The handout's lines, each tinted by what the importer made of it, with a legend."""
    rows = []
    lines = result.source_text.split("\n")
    for n, line in enumerate(lines):
        role = result.roles[n] if n < len(result.roles) else Role.NONE
        colour = ROLE_COLOURS.get(role, "#ffffff")
        strike = "text-decoration: line-through; color:#777;" if role in (Role.DEBRIS, Role.DROPPED) else ""
        rows.append(f"<tr><td style='color:#999; padding-right:6px'>{n + 1}</td>"
                    f"<td style='background:{colour}; {strike}'>{html.escape(line) or '&nbsp;'}</td>"
                    f"<td style='color:#777; padding-left:6px'>{html.escape(role)}</td></tr>")
    return "<table cellspacing='0' cellpadding='1' style='font-family:monospace'>" + "".join(rows) + "</table>"


def _summary_text(result: ImportResult) -> str:
    return "   ·   ".join(" ".join(line.split()) for line in result.summary().split("\n")[:7])


class ImportDialog(QDialog):
    """Source on the left, the lesson to be saved on the right (editable), warnings below."""

    saved = Signal(Path)
    folder_chosen = Signal(Path)

    def __init__(self, result: ImportResult, lessons_folder: Path, parent: QWidget | None = None) -> None:
        """Preview `result`; Save writes it under `lessons_folder` (never over a file without asking)."""
        super().__init__(parent)
        self.imported, self.lessons_folder = result, lessons_folder
        self.setWindowTitle(f"Import handout — {result.lesson.title}")
        self.resize(1280, 780)
        layout = QVBoxLayout(self)
        self.summary = summary = QLabel(_summary_text(result))
        summary.setWordWrap(True)  # a long title or speaker list must not widen the dialog
        layout.addWidget(summary)
        self._recount = QTimer(self)  # the summary follows the teacher's edits, once typing pauses
        self._recount.setSingleShot(True)
        self._recount.setInterval(400)
        self._recount.timeout.connect(self.update_summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.source = QTextBrowser()
        self.source.setHtml(source_html(result))
        self.markdown = QPlainTextEdit(result.markdown)
        self.markdown.textChanged.connect(self._recount.start)
        split.addWidget(self.source)
        split.addWidget(self.markdown)
        layout.addWidget(split, 1)
        warnings = [str(w) for w in result.warnings] + [f"dropped line {d.line} ({d.reason}): {d.text}" for d in result.dropped]
        self.warnings = QLabel("\n".join(warnings[:12]) + ("\n…" if len(warnings) > 12 else "") or "Nothing to check.")
        self.warnings.setWordWrap(True)
        layout.addWidget(self.warnings)
        row = QHBoxLayout()
        self.target = QLabel()
        row.addWidget(self.target, 1)
        change = QPushButton("Save in another folder…")
        change.clicked.connect(self.choose_folder)
        row.addWidget(change)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.define_button = buttons.addButton("Suggest definitions", QDialogButtonBox.ButtonRole.ActionRole)
        self.define_button.setToolTip("Fill empty definitions from the offline dictionary (marked <!-- suggested -->); "
                                      "with no word list, suggest the reading's hardest words too")
        self.define_button.clicked.connect(self.suggest_definitions)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self._update_target()

    def suggest_definitions(self) -> None:
        """Import the same text again with suggested definitions (and words, when it has no list)."""
        from presenter.handout import import_text

        result = import_text(self.imported.source_text, encoding=self.imported.encoding, define=True,
                             suggest=0 if self.imported.lesson.vocabulary else 30)
        self.imported = result
        self.markdown.setPlainText(result.markdown)
        self.summary.setText(_summary_text(result))
        self.define_button.setEnabled(False)

    def target_path(self) -> Path:
        """Where Save writes: the lessons folder / the title's slug / lesson.md."""
        return self.lessons_folder / self.imported.slug / "lesson.md"

    def update_summary(self) -> None:
        """Count what the edited lesson holds now (and its first error), as the summary line."""
        lesson, problems = parse_lesson(self.markdown.toPlainText())
        if lesson is None:
            error = next((p for p in problems if p.severity == "error"), None)
            self.summary.setText(f"Not a lesson yet: line {error.line}: {error.message}" if error else "Not a lesson yet")
            return
        counts = ((len(lesson.vocabulary), "entries"), (len(lesson.reading.paragraphs), "paragraphs"),
                  (len(lesson.comprehension), "questions"), (len(lesson.discussion), "discussion prompts"))
        self.summary.setText("   ·   ".join([lesson.title, *(f"{n} {what}" for n, what in counts)]))

    def choose_folder(self) -> None:
        """The teacher picks the folder the lesson is saved in (its own folder is made inside)."""
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, "Save the lesson in", str(self.lessons_folder))
        if chosen:
            self.lessons_folder = Path(chosen)
            self.folder_chosen.emit(self.lessons_folder)
            self._update_target()

    def _update_target(self) -> None:
        self.target.setText(f"Saves to {self.target_path()}")

    def save(self, *, ask: bool = True) -> Path | None:
        """Check the (possibly edited) lesson and write it; ask before replacing a file."""
        text = self.markdown.toPlainText()
        lesson, problems = parse_lesson(text, self.target_path())
        if lesson is None:
            QMessageBox.warning(self, "The lesson has a problem", "\n".join(str(p) for p in problems if p.severity == "error"))
            return None
        path = self.target_path()
        force = False
        if path.exists():
            if not ask:
                return None
            answer = QMessageBox.question(self, "Replace the lesson?", f"{path} exists. Replace it?")
            if answer != QMessageBox.StandardButton.Yes:
                return None
            force = True
        try:
            if self.imported.pictures:  # a Word handout's pictures go beside the lesson, never over a file
                from presenter.handout.docx_images import save_pictures

                text = save_pictures(self.imported.pictures, path, text)
            save_lesson(text, path, force=force)
        except OSError as exc:
            QMessageBox.warning(self, "Cannot save the lesson", f"{path}: {exc.strerror or exc}")
            return None
        self.saved.emit(path)
        self.accept()
        return path
