"""The teacher's console for the laptop screen: current and next slide, notes, clock, slide list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from presenter.deck.notes import teacher_notes
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.slidepainter import hidden_text
from presenter.ui.audio.narrator import Narrator
from presenter.deck.kinds import SlideKind

if TYPE_CHECKING:
    from presenter.ui.media.host import VideoHost


class SlidePreview(QWidget):
    """A slide of the controller's deck, scaled into the widget (16:9 letterboxed)."""

    def __init__(self, controller: DeckController, offset: int, parent: QWidget | None = None) -> None:
        """Show the slide `offset` places after the teacher's current one (0: current, 1: next)."""
        super().__init__(parent)
        self.controller, self.offset = controller, offset
        self.overlay: Callable[[QPainter, int], None] | None = None  # painted over the slide (the playing clip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        for signal in (controller.slide_changed, controller.deck_changed, controller.state_changed, controller.blank_changed):
            signal.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """16:9."""
        return QSize(640, 360)

    def index(self) -> int | None:
        """The slide shown, or None past the end."""
        i = self.controller.current + self.offset
        return i if i < self.controller.count else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the slide scaled to fit, with a frame."""
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#2b2d31"))
        index = self.index()
        g = self.controller.deck.geometry
        scale = min(self.width() / g.width, self.height() / g.height)
        w, h = g.width * scale, g.height * scale
        x, y = (self.width() - w) / 2, (self.height() - h) / 2
        if index is None:
            p.setPen(QColor("#bbbbbb"))
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), "End of the lesson")
            p.end()
            return
        p.save()
        p.translate(x, y)
        p.scale(scale, scale)
        p.setClipRect(QRectF(0, 0, g.width, g.height))
        state = self.controller.state_for(index)
        if self.offset:
            state.sentence, state.word = None, None
        self.controller.renderer.paint(p, index, state)
        if self.overlay is not None:
            self.overlay(p, index)
        p.restore()
        if self.offset == 0 and self.controller.blank:
            p.fillRect(QRectF(x + w - 90, y + 6, 84, 26), QColor("#b3261e"))
            p.setPen(QColor("#ffffff"))
            p.drawText(QRectF(x + w - 90, y + 6, 84, 26), int(Qt.AlignmentFlag.AlignCenter), self.controller.blank.upper())
        p.end()


class ConsoleWindow(QMainWindow):
    """The presenter console: everything the teacher needs, nothing the class sees."""

    def __init__(self, controller: DeckController, key_handler: Callable[[QKeyEvent, bool], bool],
                 parent: QWidget | None = None) -> None:
        """Drive `controller`; keys go to `key_handler` so they work exactly as on the audience view."""
        super().__init__(parent)
        self.controller, self.key_handler = controller, key_handler
        self._narrator: Narrator | None = None
        self.setWindowTitle(f"Console — {controller.lesson.title}")
        central = QWidget()
        grid = QGridLayout(central)
        self.current = SlidePreview(controller, 0)
        self.next = SlidePreview(controller, 1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setStyleSheet("font-size: 17px; padding: 6px;")
        self.slides = QListWidget()
        # The list must not take the keyboard: the clicker's PageDown, B, Home… belong to the lesson.
        self.slides.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slides.itemActivated.connect(lambda item: controller.goto(self.slides.row(item)))
        self.slides.itemClicked.connect(lambda item: controller.goto(self.slides.row(item)))
        self.status = QLabel()
        self.status.setStyleSheet("font-size: 18px;")
        self.reading = QLabel("Narration: —")
        self.reading.setWordWrap(True)
        self.reading.setStyleSheet("font-size: 15px; padding: 4px; background: #fff6d6; color: #222;")
        self.clock_label = QLabel()
        self.clock_label.setStyleSheet("font-size: 22px; font-weight: bold;")
        buttons = QHBoxLayout()
        self.freeze_button = QPushButton()
        for text, slot in (("◀", controller.previous), ("▶", controller.next), ("Freeze (Z)", controller.toggle_freeze),
                           ("Black (B)", lambda: controller.toggle_blank("black")),
                           ("White (W)", lambda: controller.toggle_blank("white"))):
            button = self.freeze_button if text.startswith("Freeze") else QPushButton()
            button.setText(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the console, not the button
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.current, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.clock_label)
        left.addLayout(row)
        left.addWidget(self.reading)
        left.addLayout(buttons)
        left.addLayout(self._key_buttons((("Read aloud (N)", Qt.Key.Key_N), ("Timer start/pause (T)", Qt.Key.Key_T),
                                          ("Reset (R)", Qt.Key.Key_R), ("+30 s", Qt.Key.Key_Plus),
                                          ("−30 s", Qt.Key.Key_Minus), ("Answer (A)", Qt.Key.Key_A),
                                          ("Poll (P)", Qt.Key.Key_P), ("Pick (J)", Qt.Key.Key_J))))
        groups = self._key_buttons((("Random pairs / groups (Shift+G)", Qt.Key.Key_G),), Qt.KeyboardModifier.ShiftModifier)
        speed_row = self._key_buttons((("Read slower (<)", Qt.Key.Key_Less), ("Read faster (>)", Qt.Key.Key_Greater)))
        speed_row.addLayout(self._key_buttons((("Next voice (Shift+V)", Qt.Key.Key_V),), Qt.KeyboardModifier.ShiftModifier))
        self.voice = QComboBox()  # filled when the voices are listed
        self.voice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.voice.activated.connect(self._voice_chosen)
        speed_row.addWidget(self.voice, 1)
        left.addLayout(speed_row)
        left.addLayout(groups)
        right = QVBoxLayout()
        right.addWidget(QLabel("Next"))
        right.addWidget(self.next, 2)
        right.addWidget(QLabel("Notes"))
        right.addWidget(self.notes, 2)
        right.addWidget(self.slides, 3)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.setCentralWidget(central)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        controller.slide_changed.connect(self._refresh)
        controller.deck_changed.connect(self._fill_list)
        controller.state_changed.connect(self._refresh)
        controller.blank_changed.connect(self._refresh)
        controller.warmup_changed.connect(self._refresh)
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._fill_list()
        self._tick()

    def _key_buttons(self, buttons: tuple[tuple[str, Qt.Key], ...], mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QHBoxLayout:
        """Buttons that act exactly as their keys (with `mods`) do (a mouse-only teacher gets every control)."""
        row = QHBoxLayout()
        for text, key in buttons:
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self.key_handler(QKeyEvent(QEvent.Type.KeyPress, k, mods), True))
            row.addWidget(button)
        return row

    def attach_video(self, host: VideoHost) -> None:
        """Show the class's clip in the current slide's preview as it plays."""
        from presenter.ui.media.mirror import paint_clip

        self.current.overlay = lambda p, index: paint_clip(p, host, index)
        host.panel.frame_shown.connect(self.current.update)
        host.panel.positionChanged.connect(self.current.update)  # paused: the time still follows a seek

    def attach_narrator(self, narrator: Narrator) -> None:
        """Show what the narration is doing and the sentence being read."""
        self._narrator = narrator
        narrator.state_changed.connect(self._show_narration)
        narrator.sentence_changed.connect(self._show_narration)
        narrator.speed_changed.connect(self._show_narration)
        narrator.voice_changed.connect(self._show_voice)  # V's choice (a method: it goes with the console)
        narrator.message.connect(self._show_problem)
        self._show_narration()

    def set_voices(self, voices: list[tuple[str, str]], current: str | None) -> None:
        """Offer these (id, name) voices for the narration."""
        self.voice.clear()
        for vid, name in voices:
            self.voice.addItem(f"Voice: {name}", vid)
        self.voice.setCurrentIndex(max(self.voice.findData(current), 0))

    def _show_voice(self, voice: str | None) -> None:
        self.voice.setCurrentIndex(max(self.voice.findData(voice), 0))

    def _voice_chosen(self, index: int) -> None:
        if self._narrator is not None and index >= 0:
            self._narrator.set_voice(self.voice.itemData(index))

    def _show_problem(self, text: str) -> None:
        self.reading.setText(f"Narration: {text}")

    def _show_narration(self, *_: object) -> None:
        n = self._narrator
        if n is None:
            return
        sentence = n.deck.deck.index.sentences[n.sentence].text if n.sentence is not None else ""
        speed = f"{n.speed:.1f}×"
        self.reading.setText(f"Narration ({n.state}, {speed}, N / X / [ ] \\): {sentence}" if sentence
                             else f"Narration ({n.state}, {speed}): press N to read the slide aloud")

    def _fill_list(self) -> None:
        self.slides.clear()
        lesson = self.controller.lesson
        for i, s in enumerate(self.controller.deck.slides):
            if s.kind == SlideKind.READING:
                label = "Reading: " + s.text.split("\n", 1)[0][:60]
            elif s.kind == SlideKind.CARD and s.item is not None:
                label = f"Word: {lesson.vocabulary[s.item].term}"
            elif s.kind == SlideKind.QUESTION and s.item is not None:
                label = f"{s.title}: {lesson.comprehension[s.item].text[:50]}"
            elif s.kind == SlideKind.PROMPT and s.item is not None:
                label = f"{s.title}: {lesson.discussion[s.item].text[:50]}"
            else:
                label = s.title
            item = QListWidgetItem(f"{i + 1:>3}   {label}")
            self.slides.addItem(item)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        c = self.controller
        if self.slides.count() == c.count:
            self.slides.setCurrentRow(c.current)
        notes = teacher_notes(c.deck, c.current)
        grouped = c.model.grouped_on(c.current)
        if grouped is not None:  # the names in full: the preview's are small
            notes += [f"{grouped.title()} on the slide:",
                      "   ".join(f"{i}. {', '.join(g)}" for i, g in enumerate(grouped.groups, start=1))]  # 15 pairs fit
        self.notes.setText("\n".join(notes) if notes else "—")
        flags = []
        if c.frozen:
            flags.append(f"FROZEN on {c.audience_index + 1}")
        if c.blank:
            flags.append(f"{c.blank.upper()} SCREEN")
        if c.model.hidden_cards:
            flags.append(f"{hidden_text(c.model.hidden_cards)} (Shift+K shows them)")
        self.status.setText(f"Slide {c.current + 1} / {c.count}" + ("   ·   " + "   ·   ".join(flags) if flags else ""))
        self.freeze_button.setText("Unfreeze (Z)" if c.frozen else "Freeze (Z)")
        self.current.update()
        self.next.update()

    def _tick(self) -> None:
        elapsed = int(self.controller.model.clock() - self.controller.started)  # since the lesson opened, not this window
        now = QDateTime.currentDateTime().toString("HH:mm")
        self.clock_label.setText(f"{now}    lesson {elapsed // 60:02d}:{elapsed % 60:02d}")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Every key works as on the audience view."""
        if not self.key_handler(event, True):  # from the console: Esc never touches the projector
            super().keyPressEvent(event)
