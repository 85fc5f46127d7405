"""The "Questions" tab of student mode: answers on request, true/false and choices checked, prompts to think about."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from presenter.lesson.model import Lesson
from presenter.student.answers import AnswerSheet, Verdict, choices, correct_choice

_VERDICT = {Verdict.RIGHT: ("Right!", "#1a7f37"), Verdict.WRONG: ("Not quite.", "#b42318"),
            Verdict.NO_KEY: ("", "#444444")}


def _label(text: str, size: int = 16, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"font-size: {size}px;" + (" font-weight: bold;" if bold else ""))
    return label


class QuestionBox(QFrame):
    """One question: its text, its choices as buttons (checked when clicked), "Show answer"."""

    def __init__(self, sheet: AnswerSheet, index: int, parent: QWidget | None = None) -> None:
        """Show question `index` of `sheet`."""
        super().__init__(parent)
        self.sheet, self.index = sheet, index
        q = sheet.questions[index]
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        text = escape(q.text).replace("\n", "<br/>")  # a matching exercise: one line per term and per meaning
        layout.addWidget(_label(f"<b>{escape(q.label or str(index + 1))}.</b> {text}"))
        self.choice_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for k, text in enumerate(choices(q)):
            prefix = "" if q.kind == "true-false" else f"{chr(97 + k)}) "
            button = QPushButton(prefix + text)
            button.clicked.connect(lambda _=False, k=k: self.choose(k))
            row.addWidget(button)
            self.choice_buttons.append(button)
        if self.choice_buttons:
            row.addStretch(1)
            layout.addLayout(row)
        self.show_button = QPushButton("Show answer")
        self.show_button.setEnabled(bool(q.answer) or bool(self.choice_buttons))
        self.show_button.clicked.connect(self.reveal)
        layout.addWidget(self.show_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.verdict = _label("", bold=True)
        self.answer = _label("")
        for w in (self.verdict, self.answer):
            w.hide()
            layout.addWidget(w)

    def choose(self, choice: int) -> None:
        """The student picks a choice: say whether it is right and show the answer."""
        self.sheet.choose(self.index, choice)
        self.refresh()

    def reveal(self) -> None:
        """Show the answer (the student asked for it)."""
        self.sheet.reveal(self.index)
        self.refresh()

    def refresh(self) -> None:
        """Show what the sheet says about this question."""
        q = self.sheet.questions[self.index]
        verdict = self.sheet.verdict(self.index)
        if verdict is not None:
            text, colour = _VERDICT[verdict]
            self.verdict.setText(text)
            self.verdict.setStyleSheet(f"font-size: 16px; font-weight: bold; color: {colour};")
            self.verdict.setVisible(bool(text))
        right = correct_choice(q)
        for k, button in enumerate(self.choice_buttons):
            chosen = self.sheet.chosen.get(self.index) == k
            button.setStyleSheet("font-weight: bold;" if chosen or k == right and self.index in self.sheet.revealed
                                 else "")
        if self.index in self.sheet.revealed:
            shown = f"{chr(97 + right)}) {q.options[right]}" if q.kind == "choice" and right is not None else q.answer  # as on its buttons
            self.answer.setText(f"<b>Answer:</b> {escape(shown)}" if q.answer
                                else "The lesson gives no answer: ask your teacher.")
            self.answer.show()
            self.show_button.hide()


class QuestionsView(QScrollArea):
    """Every comprehension question of the lesson, then its discussion prompts to think about."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        """Show `lesson`'s questions on a fresh answer sheet."""
        super().__init__(parent)
        self.sheet = AnswerSheet.of(lesson)
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.warmup = [_label(f"<b>{escape(p.label or str(i + 1))}.</b> {escape(p.text)}") for i, p in enumerate(lesson.warmup)]
        if self.warmup:
            layout.addWidget(_label("Before you read", 22, bold=True))
        for label in self.warmup:
            layout.addWidget(label)
        self.boxes = [QuestionBox(self.sheet, i) for i in range(len(self.sheet.questions))]
        if self.boxes:
            layout.addWidget(_label("Questions", 22, bold=True))
            layout.addWidget(_label("Answer each question, then check: click an answer or “Show answer”.", 14))
        for box in self.boxes:
            layout.addWidget(box)
        self.prompts = [_label(f"<b>{escape(p.label or chr(65 + i))}.</b> {escape(p.text)}"
                               + (f"<br/><i>{escape(' · '.join(p.options))}</i>" if p.options else ""))
                        for i, p in enumerate(lesson.discussion)]
        if self.prompts:
            layout.addWidget(_label("To think about before the next class", 22, bold=True))
            layout.addWidget(_label("There is no right answer: note your ideas and an example to share.", 14))
        for prompt in self.prompts:
            layout.addWidget(prompt)
        layout.addStretch(1)
        self.setWidget(inner)
