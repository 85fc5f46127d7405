"""Recording the student's voice with QtMultimedia into a WAV file (16 kHz mono, what the check reads)."""

from __future__ import annotations

import io
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from presenter.fileio import write_atomic

RATE = 16000


class NoMicrophone(Exception):
    """There is no audio input on this computer."""


class AudioInput(Protocol):
    """Where the samples come from: a microphone, or (in tests) a WAV file played as if spoken."""

    def start(self, on_data: Callable[[bytes], None]) -> None:
        """Begin delivering 16 kHz mono 16-bit PCM to `on_data`; raises NoMicrophone."""
        ...

    def stop(self) -> None:
        """Stop delivering."""
        ...


class MicrophoneInput:
    """The default microphone through QAudioSource."""

    def __init__(self) -> None:
        """Nothing opens until start()."""
        self._source: object | None = None

    def start(self, on_data: Callable[[bytes], None]) -> None:
        """Open the default input at 16 kHz mono 16-bit."""
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices

        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise NoMicrophone("no microphone was found: plug one in to record yourself (everything else works)")
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            raise NoMicrophone(f"the microphone ({device.description()}) cannot record 16 kHz mono audio")
        source = QAudioSource(device, fmt)
        stream = source.start()
        stream.readyRead.connect(lambda: on_data(bytes(stream.readAll().data())))
        self._source = source

    def stop(self) -> None:
        """Close the microphone."""
        if self._source is not None:
            self._source.stop()  # type: ignore[attr-defined]
            self._source = None


class Recorder(QObject):
    """Start, stop, and the take written as a WAV file; `failed` says why nothing was recorded."""

    recorded = Signal(Path)
    failed = Signal(str)

    def __init__(self, make_input: Callable[[], AudioInput] = MicrophoneInput, parent: QObject | None = None) -> None:
        """`make_input` gives the audio input for each take."""
        super().__init__(parent)
        self._make_input = make_input
        self._input: AudioInput | None = None
        self._pcm = bytearray()
        self._target: Path | None = None

    @property
    def recording(self) -> bool:
        """Whether a take is under way."""
        return self._input is not None

    def start(self, target: Path) -> None:
        """Begin a take that stop() will write to `target`."""
        if self._input is not None:
            return
        self._pcm.clear()
        self._target = target
        audio = self._make_input()
        try:
            audio.start(self._pcm.extend)
        except NoMicrophone as exc:
            self.failed.emit(str(exc))
            return
        self._input = audio

    def stop(self) -> None:
        """End the take and write it (a take shorter than a quarter second is dropped with a message)."""
        if self._input is None or self._target is None:
            return
        self._input.stop()
        self._input = None
        if len(self._pcm) < RATE // 2:
            self.failed.emit("nothing was recorded: press V, read the sentence aloud, then press V again")
            return
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(bytes(self._pcm))
        self._target.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_atomic(self._target, buf.getvalue())
        except OSError as exc:
            self.failed.emit(f"could not save the recording in {self._target.parent}: {exc.strerror}")
            return
        self.recorded.emit(self._target)
