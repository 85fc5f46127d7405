"""Narration playback: sentence clips through QtMultimedia, the spoken word lit from the player's position.

The highlight follows `QMediaPlayer.position()` (polled while playing), never a wall clock: the
audio may start late, stall, or run at another speed, and the light stays on the word heard."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, QTimer, Signal

from presenter.narration.parts import ClipPart
from presenter.narration.plan import rate_for, repeat_gap_ms, voice_for, word_at
from presenter.narration.speeds import SPEEDS
from presenter.presenting.types import Highlight, ReadFrom, SayText
from presenter.speech.model import Clip
from presenter.ui.audio.clipplayer import ClipPlayer
from presenter.ui.audio.clipsource import ClipSource, Prerender, ReadSentence, Request, RequestId, SayOnce
from presenter.ui.slides.controller import DeckController
from presenter.deck.kinds import SlideKind

State = Literal["stopped", "loading", "playing", "paused", "waiting", "unavailable"]
RepeatMode = Literal["off", "key", "gap"]


class Narrator(QObject):
    """Reads the reading aloud sentence by sentence, turning slides as it goes."""

    state_changed = Signal(str)
    sentence_changed = Signal(int)
    message = Signal(str)  # what is missing, or what went wrong, for the toolbar and console
    speed_changed = Signal(float)
    voice_changed = Signal(object)
    volume_changed = Signal(float)

    def __init__(self, deck: DeckController, source: ClipSource, parent: QObject | None = None) -> None:
        """Narrate `deck`'s lesson with clips from `source`."""
        super().__init__(parent)
        self.deck, self.source = deck, source
        self.state: State = "stopped"
        self.sentence: int | None = None
        self.speed = 1.0
        self.voice: str | None = deck.lesson.voice
        self.speaker_voices: dict[str, str] = {}
        self.repeat_mode: RepeatMode = "off"
        self.volume = 1.0
        self._clip: Clip | None = None
        self._said: SayText | None = None  # the slide's own text being said, its words lit as they are heard
        self.player = ClipPlayer(self)
        self.player.position.connect(self._on_tick)
        self.player.ended.connect(self._on_end)
        self.player.failed.connect(self._on_player_error)
        self._gap = QTimer(self, singleShot=True)  # the repeat-after-me pause
        self._gap.timeout.connect(self._after_gap)
        self._waiting_for: RequestId | None = None
        self._parts_for: RequestId | None = None  # a sentence rendered in parts (its later parts, as they come)
        self._parts: list[ClipPart] = []
        self._more, self._before_ms = False, 0  # whether the clip playing is followed by another part; earlier parts' length
        source.clip_ready.connect(self._on_clip)
        source.clip_failed.connect(self._on_failed)
        deck.lesson_changed.connect(self.stop)  # an edited lesson renumbers its sentences
        self._turning = False  # True while the narrator itself turns the slide
        deck.slide_changed.connect(self._slide_moved)

    def request_for(self, sentence: int) -> Request:
        """The synthesis request for a sentence of the reading, in the speaker's voice."""
        index = self.deck.deck.index
        s = index.sentences[sentence]
        return Request(s.text, voice_for(index.paragraphs[s.paragraph].speaker, self.voice, self.speaker_voices), self._rate())

    def _rate(self, speed: float | None = None) -> int:
        """The synthesis rate: recorded (pack) clips are slowed in playback, so live ones are made at 1.0."""
        return rate_for(self.deck.lesson.rate, 1.0 if self.source.fixed_rate else (speed or self.speed))

    def prerender(self) -> None:
        """Render every sentence in the background (cached ones cost nothing)."""
        count = len(self.deck.deck.index.sentences)
        self.source.prerender([(Prerender(i), self.request_for(i)) for i in range(count)])

    def play(self, sentence: int | None = None) -> None:
        """Read from `sentence`; with none, go on where it paused, or read what the slide shows (`narrate_slide`)."""
        if sentence is None and self.state == "paused" and self._clip is not None:
            self.player.resume()
            self._set_state("playing")
        elif sentence is None:
            self.narrate_slide()
        else:
            self._start(sentence)

    def toggle(self) -> None:
        """Play or pause (the N key)."""
        if self.state == "playing":
            self.pause()
        elif self.state == "waiting":
            self._after_gap()
        else:
            self.play()

    def narrate_slide(self) -> None:
        """Read what the class sees, as the model decides: never the reading while another slide shows."""
        target = self.deck.model.narration_target()
        if isinstance(target, ReadFrom):
            self._start(target.sentence)
        elif isinstance(target, SayText):
            self.say(target.text)
            self._said = target

    def pause(self) -> None:
        """Pause; the highlight stays where the voice stopped; a repeat-after-me pause waits for N (a student records)."""
        self._gap.stop()
        if self.state == "playing":
            self.player.pause()
            self._set_state("paused")

    def stop(self) -> None:
        """Stop and clear the highlight."""
        self._gap.stop()
        self.player.pause()
        self._waiting_for, self._parts_for = None, None
        self.sentence, self._clip, self._said = None, None, None
        self.deck.set_highlight(None)
        self._set_state("stopped")

    def next_sentence(self) -> None:
        """Skip to the next sentence."""
        if self.sentence is not None and self.sentence + 1 < len(self.deck.deck.index.sentences):
            self._start(self.sentence + 1)

    def previous_sentence(self) -> None:
        """Back to the previous sentence."""
        if self.sentence is not None and self.sentence > 0:
            self._start(self.sentence - 1)

    def repeat(self) -> None:
        """Hear the current sentence again."""
        if self.sentence is not None:
            self._start(self.sentence)

    def set_speed(self, speed: float) -> None:
        """One of SPEEDS; the sentence being read restarts at the new speed."""
        self.speed = min(SPEEDS, key=lambda s: abs(s - speed))
        self.speed_changed.emit(self.speed)
        if self.source.fixed_rate:
            self.player.set_rate(self.speed)  # recorded clips: slow the playback itself
            return
        if self.state in ("playing", "paused") and self.sentence is not None:
            self._start(self.sentence)
        self.prerender()

    def set_voice(self, voice: str | None) -> None:
        """The lesson's narration voice."""
        self.voice = voice
        self.voice_changed.emit(voice)
        self.prerender()

    def set_volume(self, volume: float) -> None:
        """Volume from 0 to 1."""
        self.volume = max(0.0, min(1.0, volume))
        self.volume_changed.emit(self.volume)
        self.player.set_volume(self.volume)

    def set_repeat_mode(self, mode: str) -> None:
        """Repeat-after-me: "off", "key" (wait for N after each sentence) or "gap" (pause as long as it)."""
        self.repeat_mode = "key" if mode == "key" else "gap" if mode == "gap" else "off"

    def say(self, text: str, slow: bool = False) -> None:
        """Speak any text once (a word, a term, an example), without moving the reading's highlight."""
        self.stop()
        speed = SPEEDS[0] if slow else self.speed
        rid = SayOnce(text, speed)
        self._waiting_for = rid
        self._ask(rid, Request(text, self.voice, self._rate(speed)))

    # --- playing -------------------------------------------------------------------------
    def _start(self, sentence: int) -> None:
        self._gap.stop()
        self.player.pause()
        self.sentence = sentence
        self.sentence_changed.emit(sentence)
        self._show(sentence, None)
        rid = ReadSentence(sentence, self.speed, self.voice)
        self._waiting_for, self._parts_for = rid, None
        self._ask(rid, self.request_for(sentence))

    def _ask(self, rid: RequestId, request: Request) -> None:
        """Play the clip if it is there, else wait for it (it may come before `request` returns)."""
        if (clip := self.source.request(rid, request)) is not None:
            self._play_clip(clip)
        elif self._waiting_for == rid:
            self._set_state("loading")

    def _on_clip(self, rid: RequestId, clip: Clip | ClipPart) -> None:
        if isinstance(clip, ClipPart) and clip.index == 0 and rid == self._waiting_for:
            self._parts_for, self._parts = rid, [clip]
            self._next_part()
        elif isinstance(clip, ClipPart) and rid == self._parts_for:
            self._parts.append(clip)
            if self.state == "loading":  # the part before it has ended already
                self._next_part()
        elif isinstance(clip, Clip) and rid == self._waiting_for:
            self._play_clip(clip)

    def _next_part(self) -> None:
        """Play the next part of the sentence, or wait for it to be rendered."""
        if not self._parts:
            return self._set_state("loading")
        part = self._parts.pop(0)
        self._play_clip(part.clip, not part.last, part.before_ms)

    def _on_failed(self, rid: RequestId, message: str) -> None:
        if rid in (self._waiting_for, self._parts_for) or self.source.unavailable:
            self._waiting_for, self._parts_for = None, None
            self.player.pause()
            self.message.emit(message)
            self._set_state("unavailable" if self.source.unavailable else "stopped")

    def _play_clip(self, clip: Clip, more: bool = False, before_ms: int = 0) -> None:
        self._waiting_for, self._more, self._before_ms = None, more, before_ms
        self._clip = clip
        if clip.note:  # the voice asked for could not be used: say which spoke instead
            self.message.emit(clip.note)
        self.player.play(clip.wav_path, self.speed if self.source.fixed_rate else 1.0)
        self._set_state("playing")

    def _on_player_error(self, text: str) -> None:
        """A clip that cannot be played: say so and stop, rather than 'play' a dead player."""
        self.message.emit(f"cannot play the narration: {text}")
        self._set_state("stopped")

    def position_ms(self) -> int:
        """Where the player is in the clip (or the part of a sentence) playing now."""
        return self.player.position_ms()

    def _on_tick(self, position_ms: int) -> None:
        if self._clip is not None and self.sentence is not None:
            self._show(self.sentence, word_at(self._clip.words, position_ms))
        elif self._said is not None and self._clip is not None and self._clip.text == self._said.text:
            w = word_at(self._clip.words, position_ms)
            span = None if w is None else self._said.shown(self._clip.words[w].char_start, self._clip.words[w].char_end)
            self.deck.model.set_highlight(Highlight(slide=self._said.slide, shown=span))

    def _show(self, sentence: int, word: int | None) -> None:
        state = self.deck.model.highlight
        clip = self._clip if self._clip is not None and self._clip.text == self.deck.deck.index.sentences[sentence].text else None
        w = clip.words[word] if clip is not None and word is not None else None
        new_word = (sentence, w.char_start, w.char_end) if w is not None else None
        if state.sentence == sentence and state.word == new_word:
            return
        new_sentence = state.sentence != sentence
        target = self.deck.deck.slide_of_sentence(sentence)
        # The slide turns by itself when the narration reaches a sentence on the next one, once,
        # as the sentence starts: never pulling the teacher back while they turn pages.
        if new_sentence and self.deck.current != target and self.deck.deck.slides[self.deck.current].kind == SlideKind.READING:
            self._turning = True
            try:
                self.deck.goto(target)
            finally:
                self._turning = False
        self.deck.set_highlight(sentence, new_word)

    def _slide_moved(self, index: int) -> None:
        """The teacher or student turned the page: the narration follows onto a reading slide, else stops."""
        if self._turning or self.sentence is None or self.state in ("stopped", "unavailable"):
            return
        page = self.deck.deck.slides[index].page
        if page is not None and page.first_sentence <= self.sentence <= page.last_sentence:
            return
        if page is not None and self.state in ("playing", "loading", "waiting"):
            self._start(page.first_sentence)
        else:
            self.stop()

    def _on_end(self) -> None:
        if self.state != "playing":
            return
        if self._more:  # a sentence rendered in parts: its next part, as soon as it is there
            self._next_part()
        elif self.sentence is None:  # a word, an example or a slide's own text said on its own
            self.stop()
        elif self.repeat_mode == "off":
            self._advance()
        else:
            self._set_state("waiting")
            if self.repeat_mode == "gap" and self._clip is not None:
                self._gap.start(repeat_gap_ms(self._before_ms + self._clip.duration_ms))

    def _after_gap(self) -> None:
        if self.state == "waiting":
            self._advance()

    def _advance(self) -> None:
        if self.sentence is not None and self.sentence + 1 < len(self.deck.deck.index.sentences):
            self._start(self.sentence + 1)
        else:
            self.stop()

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
