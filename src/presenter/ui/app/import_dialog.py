"""Import a handout: what the importer recognised, beside the source text, before it is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
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
from presenter.lesson import parse_lesson
from presenter.lesson.model import Lesson
from presenter.ui.app.import_source import legend_html, source_html
from presenter.ui.app.suggestion_list import SuggestionList
from presenter.ui.app.suggestions import Edit, Suggestion, accept, apply, definitions_for, entry_key, \
    find_suggestions, leave_out, put_back, settled

SUGGESTED_WORDS = 30  # offered for a handout with no word list; the teacher ticks the few to teach


def summary_of(lesson: Lesson) -> str:
    """What the lesson holds, in one line: the title, then the count of each part it has."""
    counts = ((len(lesson.warmup), "warm-up questions"), (len(lesson.vocabulary), "words"),
              (len(lesson.reading.paragraphs), "paragraphs"), (len(lesson.comprehension), "questions"),
              (len(lesson.exercises), "exercises"), (len(lesson.discussion), "discussion prompts"))
    return "   ·   ".join([lesson.title, *(f"{n} {what}" for n, what in counts if n or what in ("words", "paragraphs"))])


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2  # Qt counts positions in UTF-16 units


class ImportDialog(QDialog):
    """Source on the left, the lesson to be saved on the right (editable), suggestions to tick, warnings below."""

    saved = Signal(Path)
    folder_chosen = Signal(Path)

    def __init__(self, result: ImportResult, lessons_folder: Path, parent: QWidget | None = None) -> None:
        """Preview `result`; Save writes it under `lessons_folder` (never over a file without asking)."""
        super().__init__(parent)
        self.imported, self.lessons_folder = result, lessons_folder
        self._words = False  # the suggestions are words to teach (the handout had no word list), not definitions
        self.setWindowTitle(f"Import handout — {result.lesson.title}")
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        # An old 1366x768 laptop must still show the Save button: never taller or wider than the screen.
        self.resize(min(1280, screen.width() * 95 // 100), min(780, screen.height() * 90 // 100))
        layout = QVBoxLayout(self)
        self.summary = summary = QLabel(summary_of(result.lesson))
        summary.setWordWrap(True)  # a long title must not widen the dialog
        layout.addWidget(summary)
        self._recount = QTimer(self)  # the summary and the ticks follow the teacher's edits, once typing pauses
        self._recount.setSingleShot(True)
        self._recount.setInterval(400)
        self._recount.timeout.connect(self.update_summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>The handout</b>, each line marked with what it became"))
        self.source = QTextBrowser()
        self.source.setHtml(source_html(result))
        left_layout.addWidget(self.source, 1)
        self.legend = QLabel(legend_html())
        self.legend.setWordWrap(True)
        left_layout.addWidget(self.legend)
        right = QSplitter(Qt.Orientation.Vertical)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(QLabel("<b>The lesson</b> as it will be saved (you can edit it here)"))
        self.markdown = QPlainTextEdit(result.markdown)
        self.markdown.setTabChangesFocus(True)  # Tab leaves the editor instead of typing into the lesson
        self.markdown.textChanged.connect(self._recount.start)
        self.markdown.textChanged.connect(self._follow_text)
        editor_layout.addWidget(self.markdown, 1)
        right.addWidget(editor)
        self.suggestions = SuggestionList()
        self.suggestions.toggled.connect(self._toggle)
        self.suggestions.accept_requested.connect(self.accept_suggestions)
        self.suggestions.show_requested.connect(self.show_in_lesson)
        right.addWidget(self.suggestions)
        right.setSizes([500, 300])
        split.addWidget(left)
        split.addWidget(right)
        layout.addWidget(split, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self._show_warnings(result)
        layout.addWidget(self.warnings)
        row = QHBoxLayout()
        self.target = QLabel()
        self.target.setWordWrap(True)  # a long folder path must not push the buttons off a small screen
        row.addWidget(self.target, 1)
        change = QPushButton("Save in another folder…")
        change.clicked.connect(self.choose_folder)
        row.addWidget(change)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        words = bool(result.lesson.vocabulary)
        self.define_button = buttons.addButton("Suggest definitions" if words else "Suggest words",
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.define_button.setToolTip("Definitions for the words without one, from the offline dictionary, to tick and accept"
                                      if words else "The reading's hardest words with their definitions, to tick")
        self.define_button.clicked.connect(self.suggest_definitions)
        if words and all(e.definition for e in result.lesson.vocabulary):
            self.define_button.setEnabled(False)
            self.define_button.setToolTip("Every word has a definition already")
        save_key = QAction(self)  # Ctrl+S saves, as in any editor
        save_key.setShortcut(QKeySequence.StandardKey.Save)
        save_key.triggered.connect(lambda: self.save())
        self.addAction(save_key)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self._update_target()
        self._started_with = result.markdown
        if not words and result.lesson.reading.paragraphs:
            # No word list: the words to tick are offered at once, once the dialog is on screen.
            QTimer.singleShot(0, self, self.suggest_definitions)

    def _show_warnings(self, result: ImportResult) -> None:
        found = [str(w) for w in result.warnings] + [f"left out line {d.line} ({d.reason}): {d.text}" for d in result.dropped]
        self.warnings.setText("\n".join(found[:12]) + ("\n…" if len(found) > 12 else "") or "Nothing to check.")

    def suggest_definitions(self) -> None:
        """Suggest definitions for the words without one (or, with no word list, words to tick), keeping any edits."""
        from presenter.handout import import_text

        self.define_button.setEnabled(False)
        text = self.markdown.toPlainText()
        lesson, _ = parse_lesson(text)
        self._words = words = lesson is not None and not lesson.vocabulary
        result = import_text(self.imported.source_text, encoding=self.imported.encoding, define=True,
                             suggest=SUGGESTED_WORDS if words else 0)
        found = find_suggestions(result.markdown, words=words)
        if words:
            self.suggestions.add(found, ticked=False)  # nothing goes into the lesson until it is ticked
            self.suggestions.items.setFocus()  # Space ticks at once
        else:
            placed = definitions_for(text, found)
            self.suggestions.add([s for _, s in reversed(placed)], ticked=True)  # listed first: the text then agrees
            for edit, _ in placed:
                text = apply(text, edit)
            self._replace_text(text)
        self._show_warnings(result)
        if not found:
            none = ("No word of the reading is rare enough to suggest at this level." if words
                    else "The dictionary has no definition to suggest for the words left without one.")
            self.warnings.setText(none + "\n" + self.warnings.text())
        self.update_summary()

    def _toggle(self, suggestion: Suggestion, ticked: bool) -> None:
        text = self.markdown.toPlainText()
        edit: Edit | None = put_back(text, suggestion) if ticked else leave_out(text, suggestion)
        if edit is not None:
            self._replace_text(apply(text, edit))

    def accept_suggestions(self, chosen: list[Suggestion]) -> None:
        """The ticked suggestions become the teacher's own: their marks go, and they leave the list."""
        text = self.markdown.toPlainText()
        for suggestion in chosen:
            edit = accept(text, suggestion)
            if edit is not None:
                text = apply(text, edit)
        self.suggestions.remove(chosen)
        self._replace_text(text)

    def _replace_text(self, new: str) -> None:
        """Change the editor's text to `new` as one step Ctrl+Z undoes, touching only what differs."""
        old = self.markdown.toPlainText()
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end = 0
        while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
            end += 1
        cursor = QTextCursor(self.markdown.document())
        cursor.setPosition(_utf16(old[:start]))
        cursor.setPosition(_utf16(old[:len(old) - end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[start:len(new) - end])
        self.update_summary()

    def _follow_text(self) -> None:
        """The ticks follow the lesson's text at once (Ctrl+Z, a line deleted or typed by hand)."""
        text = self.markdown.toPlainText()
        found = find_suggestions(text, words=self._words)
        marked = {entry_key(s.lines[0]) or "" for s in found}
        lines = text.split("\n")
        self.suggestions.remove([s for s, _ in self.suggestions.suggestions() if settled(lines, s, marked)])
        shown = {s.lines[0] for s, _ in self.suggestions.suggestions()}
        back = [s for s in found if s.lines[0] not in shown]
        if back:  # marked suggested again (Ctrl+Z after Accept, an edited meaning): on the list again
            self.suggestions.add(back, ticked=True)
        self.suggestions.follow(set(lines))

    def show_in_lesson(self, suggestion: Suggestion) -> None:
        """Enter or a double-click on a suggestion: its line in the lesson, selected, to correct the meaning there."""
        block = self.markdown.document().findBlockByNumber(
            next((i for i, line in enumerate(self.markdown.toPlainText().split("\n")) if line == suggestion.lines[0]), -1))
        if block.isValid():
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            self.markdown.setTextCursor(cursor)
            self.markdown.setFocus()

    def target_path(self) -> Path:
        """Where Save writes: the lessons folder / the title's slug / lesson.md."""
        return self.lessons_folder / self.imported.slug / "lesson.md"

    def update_summary(self) -> None:
        """Count what the edited lesson holds now (and its first error); the ticks follow the text."""
        text = self.markdown.toPlainText()
        lesson, problems = parse_lesson(text)
        if lesson is None:
            error = next((p for p in problems if p.severity == "error"), None)
            self.summary.setText(f"Not a lesson yet: line {error.line}: {error.message}" if error else "Not a lesson yet")
            return
        pending = sum(1 for e in lesson.vocabulary if e.suggested)
        self.summary.setText(summary_of(lesson) + (f"   ·   {pending} suggested, not accepted yet" if pending else ""))

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

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask first when the teacher has changed the lesson."""
        if self.markdown.toPlainText() != self._started_with:
            answer = QMessageBox.question(self, "Close without saving?",
                                          "You have changed this lesson. Close the preview and lose your changes?",
                                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                          QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

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
                from presenter.handout.sources.docx_images import save_pictures

                text = save_pictures(self.imported.pictures, path, text)
            save_lesson(text, path, force=force)
        except OSError as exc:
            QMessageBox.warning(self, "Cannot save the lesson", f"{path}: {exc.strerror or exc}")
            return None
        self.saved.emit(path)
        self.accept()
        return path
