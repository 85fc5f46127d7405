"""Read it yourself: record a sentence, see each word coloured by how it was read, compare with the model voice."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from presenter.practice import Checker, CheckResult, Mark
from presenter.speech.model import Clip
from presenter.ui.audio.media import take_player
from presenter.ui.audio.reading_check import ReadingCheck
from presenter.ui.audio.recorder import Recorder
from presenter.ui.slides.readmarks import READ_COLOURS

COLOURS = READ_COLOURS["light"]  # the slide's colours (the panel is light in every theme)
RECORD_KEY = "V"


@dataclass(frozen=True)
class Piece:
    """A stretch of a WAV file to play: from `start_ms` to `end_ms` (None: to its end)."""

    path: Path
    start_ms: int = 0
    end_ms: int | None = None


class PracticePanel(QWidget):
    """Record button, the checked sentence in colour, and A/B playback of the student's take and the model."""

    checked = Signal(int, object)  # sentence index, CheckResult: for the progress store
    shown = Signal(int, object)  # sentence index, CheckResult on show or None (the slide colours its words too)

    def __init__(self, checker: Checker, recorder: Recorder, folder: Path, parent: QWidget | None = None) -> None:
        """Check takes with `checker`; keep them in `folder` (the student's data folder, never uploaded)."""
        super().__init__(parent)
        self.checker, self.recorder, self.folder = checker, recorder, folder
        self.checks = ReadingCheck(checker, self)  # off the GUI thread: a check takes about a second
        self.checks.checked.connect(self._checked)
        self.checks.failed.connect(self._check_failed)
        self._pending: dict[int, tuple[tuple[int, str], Path]] = {}  # check number → (sentence, take)
        self.sentence: tuple[int, str] | None = None
        self.model: Clip | None = None
        self.take: Path | None = None
        self.result: CheckResult | None = None
        self.queue: list[Piece] = []
        self.played: list[Piece] = []
        self.record = QPushButton(f"● Record ({RECORD_KEY})")
        self.mine = QPushButton("Play mine")
        self.voice = QPushButton("Play model")
        self.both = QPushButton("Mine, then model")
        self.words = QLabel("Choose a sentence, then press Record and read it aloud.")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        font = self.words.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.words.setFont(font)
        self.words.setMinimumHeight(3 * self.words.fontMetrics().lineSpacing())  # a long sentence wraps to three lines
        self.status = QLabel("")
        row = QHBoxLayout()
        for b in (self.record, self.mine, self.voice, self.both):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.words)
        layout.addWidget(self.status)
        self.record.clicked.connect(self.toggle_recording)
        self.mine.clicked.connect(lambda: self.play([Piece(self.take)] if self.take else []))
        self.voice.clicked.connect(lambda: self.play([Piece(self.model.wav_path)] if self.model else []))
        self.both.clicked.connect(self.compare)
        self.words.linkActivated.connect(lambda href: self.play_word(int(href[1:])))
        recorder.recorded.connect(self._recorded)
        recorder.failed.connect(self.status.setText)
        self._player: QMediaPlayer | None = None
        self._refresh()

    def show_sentence(self, index: int, text: str, model: Clip | None) -> None:
        """Practise sentence `index` (`text`), with the narration's clip of it if there is one."""
        if self.sentence != (index, text):
            self.take, self.result, self.model = None, None, None
            self.words.setText(html.escape(text))
            self.status.setText("")
            self.shown.emit(index, None)  # the last sentence's colours leave the slide
        self.sentence, self.model = (index, text), model or self.model  # a clip made later fills it in
        self._refresh()

    def toggle_recording(self) -> None:
        """Start a take, or stop and check it (not while the last take is being checked)."""
        if self.recorder.recording:
            self.recorder.stop()
        elif self.sentence is not None and not self.checks.busy:
            self.status.setText("Recording… read the sentence, then press V again.")
            self.recorder.start(self.folder / f"sentence-{self.sentence[0] + 1}.wav")
        self._refresh()

    def compare(self) -> None:
        """The student's take, then the model voice."""
        self.play([Piece(p) for p in (self.take, self.model.wav_path if self.model else None) if p is not None])

    def play_word(self, i: int) -> None:
        """Word `i` alone: as the student said it, then as the model voice says it."""
        pieces = []
        if self.take is not None and self.result is not None and i < len(self.result.words):
            w = self.result.words[i]
            pieces.append(Piece(self.take, w.start_ms, w.end_ms))
        if self.model is not None and i < len(self.model.words):
            m = self.model.words[i]
            pieces.append(Piece(self.model.wav_path, m.start_ms, m.end_ms))
        self.play(pieces)

    def play(self, pieces: list[Piece]) -> None:
        """Play `pieces` one after the other."""
        self.queue = list(pieces)
        self._next_piece()

    def _next_piece(self) -> None:
        if not self.queue:
            return
        piece = self.queue.pop(0)
        self.played.append(piece)
        player = self._ensure_player()
        player.pause()
        player.setSource(QUrl.fromLocalFile(str(piece.path)))
        player.setPosition(piece.start_ms)
        player.play()

    def _ensure_player(self) -> QMediaPlayer:
        if self._player is None:
            borrowed = take_player(self._on_status, lambda _e, text: self.status.setText(f"cannot play: {text}"), owner=self)
            self._player = borrowed.player
            self._player.positionChanged.connect(self._on_position)
        return self._player

    def _on_position(self, ms: int) -> None:
        piece = self.played[-1] if self.played else None
        if piece is not None and piece.end_ms is not None and ms >= piece.end_ms and self._player is not None:
            self._player.pause()
            self._next_piece()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._next_piece()

    def _recorded(self, path: Path) -> None:
        self.take, self.result = path, None
        assert self.sentence is not None
        self._pending[self.checks.check(self.sentence[1], path)] = (self.sentence, path)
        self.words.setText(html.escape(self.sentence[1]))
        self.status.setText("Checking…")
        self._refresh()

    def _check_failed(self, number: int, why: str) -> None:
        asked = self._pending.pop(number, None)
        if asked is not None and asked[0] == self.sentence and number == self.checks.latest:
            self.status.setText(why)
        self._refresh()

    def _checked(self, number: int, r: CheckResult) -> None:
        asked = self._pending.pop(number, None)
        if asked is None:
            return
        if asked[0] == self.sentence and number == self.checks.latest:  # else the student has moved on
            self.take, self.result = asked[1], r
            self.words.setText(coloured(r))
            self.status.setText(f"{r.count(Mark.READ)} of {len(r.words)} words read well · {r.wcpm:.0f} words a minute"
                                + (f" · {len(r.pauses_ms)} long pause(s)" if r.pauses_ms else "")
                                + " · click a word to hear it")
            self.shown.emit(asked[0][0], r)
        self.checked.emit(asked[0][0], r)  # kept in the progress either way
        self._refresh()

    def _refresh(self) -> None:
        self.record.setText("■ Stop (V)" if self.recorder.recording else f"● Record ({RECORD_KEY})")
        self.record.setEnabled(self.sentence is not None and not self.checks.busy)
        self.mine.setEnabled(self.take is not None)
        self.voice.setEnabled(self.model is not None)
        self.both.setEnabled(self.take is not None and self.model is not None)


def coloured(result: CheckResult) -> str:
    """The sentence as rich text: each word a link (to hear it) coloured by its mark, underlined if not read."""
    parts = []
    for i, w in enumerate(result.words):
        deco = "none" if w.mark in (Mark.READ, Mark.UNCHECKED) else "underline"
        parts.append(f'<a href="w{i}" style="color:{COLOURS[w.mark]}; text-decoration:{deco}" '
                     f'title="{w.mark.value}">{html.escape(w.text)}</a>')
    return " ".join(parts)
