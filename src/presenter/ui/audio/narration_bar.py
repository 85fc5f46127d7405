"""The narration toolbar: play, pause, stop, sentence steps, speed, voice, volume, repeat-after-me."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QToolBar, QWidget

from presenter.narration.speeds import SPEEDS

if TYPE_CHECKING:
    # Not imported to make the bar: the window shows it, waiting for the voice, before the
    # speech layer has loaded.
    from presenter.ui.audio.narrator import Narrator

REPEAT_MODES = (("off", "Read on"), ("key", "Repeat after me: wait for N"), ("gap", "Repeat after me: pause"))


class NarrationBar(QToolBar):
    """Shows the narrator's state; emits what the teacher asks for (it calls nothing itself)."""

    play_pause_requested = Signal()
    stop_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    repeat_requested = Signal()
    speed_requested = Signal(float)
    voice_requested = Signal(object)  # voice id or None for the default
    volume_requested = Signal(float)
    repeat_mode_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty bar; `set_voices` fills the voice list."""
        super().__init__("Narration", parent)
        self.setObjectName("narration")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_action = self.addAction("▶ Read (N)", self.play_pause_requested.emit)
        self.addAction("■ Stop (X)", self.stop_requested.emit)
        self.addAction("« Sentence ([)", self.previous_requested.emit)
        self.addAction("Sentence » (])", self.next_requested.emit)
        self.addAction("↻ Again (\\)", self.repeat_requested.emit)
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:.1f}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.activated.connect(lambda i: self.speed_requested.emit(float(self.speed.itemData(i))))
        self.addWidget(self.speed)
        self.voice = QComboBox()
        self.voice.addItem("Default voice", None)
        self.voice.activated.connect(lambda i: self.voice_requested.emit(self.voice.itemData(i)))
        self.addWidget(self.voice)
        self.repeat = QComboBox()
        for mode, label in REPEAT_MODES:
            self.repeat.addItem(label, mode)
        self.repeat.activated.connect(lambda i: self.repeat_mode_requested.emit(str(self.repeat.itemData(i))))
        self.addWidget(self.repeat)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(100)
        self.volume.setMaximumWidth(110)
        self.volume.setToolTip("Volume")
        self.volume.valueChanged.connect(lambda v: self.volume_requested.emit(v / 100))
        self.addWidget(self.volume)
        self.status = QLabel()
        self.status.setMinimumWidth(260)
        self.addWidget(self.status)
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the slide keeps the keyboard

    def set_voices(self, voices: list[tuple[str, str]], current: str | None) -> None:
        """Offer these (id, name) voices."""
        self.voice.clear()
        self.voice.addItem("Default voice", None)
        for vid, name in voices:
            self.voice.addItem(name, vid)
        index = self.voice.findData(current)
        self.voice.setCurrentIndex(max(index, 0))

    def show_state(self, state: str) -> None:
        """Reflect the narrator's state on the play button."""
        self.play_action.setText("❚❚ Pause (N)" if state == "playing" else "▶ Read (N)")
        if state == "loading":
            self.status.setText("Preparing the sentence…")
        elif state == "waiting":
            self.status.setText("Your turn: say it, then N")
        elif state in ("playing", "paused", "stopped") and self.status.text().startswith(("Preparing the", "Your turn")):
            self.status.setText("")

    def show_speed(self, speed: float) -> None:
        """Select a speed in the list."""
        self.speed.setCurrentIndex(max(self.speed.findData(speed), 0))

    def show_voice(self, voice: str | None) -> None:
        """Select a voice in the list (chosen elsewhere: V, the console)."""
        self.voice.setCurrentIndex(max(self.voice.findData(voice), 0))

    def show_message(self, text: str) -> None:
        """A problem or a progress note."""
        self.status.setText(text)
        self.status.setToolTip(text)


def wire_narration_bar(bar: NarrationBar, narrator: Narrator) -> None:
    """Connect the bar's intents to `narrator` and its state back to the bar (used by every window)."""
    for signal, slot in ((bar.play_pause_requested, narrator.toggle), (bar.stop_requested, narrator.stop),
                         (bar.previous_requested, narrator.previous_sentence),
                         (bar.next_requested, narrator.next_sentence), (bar.repeat_requested, narrator.repeat),
                         (bar.speed_requested, narrator.set_speed), (bar.voice_requested, narrator.set_voice),
                         (bar.volume_requested, narrator.set_volume),
                         (bar.repeat_mode_requested, narrator.set_repeat_mode),
                         (narrator.state_changed, bar.show_state), (narrator.message, bar.show_message)):
        signal.connect(slot)
    narrator.speed_changed.connect(bar.show_speed)
    narrator.voice_changed.connect(bar.show_voice)  # a method: the connection goes with the bar
    bar.show_speed(narrator.speed)
    bar.volume.blockSignals(True)  # showing the saved volume is not the teacher changing it
    bar.volume.setValue(round(narrator.volume * 100))
    bar.volume.blockSignals(False)
