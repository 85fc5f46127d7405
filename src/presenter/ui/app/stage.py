"""The windows of a lesson in progress: the audience view, the optional console, and their screens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from presenter.narration.plan import voices_for_language
from presenter.deck.kinds import SlideKind
from presenter.ui.slides.controller import DeckController
from presenter.ui.app.screens import ScreenManager
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow
from presenter.ui.audio.narrator import Narrator
from presenter.ui.audio.voices import SpeakerVoicesDialog, VoiceLister
from presenter.ui.console.window import ConsoleWindow
from presenter.ui.slides.controller import DeckController

if TYPE_CHECKING:
    from presenter.speech.model import Voice
    from presenter.ui.audio.clipsource import ClipSource
    from presenter.ui.media.host import VideoHost
    from presenter.ui.student.practice_dock import PracticeParts


class Stage(QObject):
    """Opens the console when asked (or when a projector is there) and keeps windows on their screens."""

    def __init__(self, window: PresentationWindow, settings: SettingsStore, *, console_on_two_screens: bool = True,
                 clips: ClipSource | None = None, screens: ScreenManager | None = None) -> None:
        """Manage `window` and, when there are two screens, a console beside it; narrate with `clips`."""
        super().__init__(window)
        self.window, self.settings = window, settings
        self.console: ConsoleWindow | None = None
        self.console_on_two_screens = console_on_two_screens
        # The app makes the screen manager before the window is shown (so the first paint is on
        # the projector); tests and other callers get one made here.
        self.screens = screens or ScreenManager(window, None, settings.audience_screen(), parent=self)
        self.screens.placed.connect(self._placed)
        self.clips: ClipSource | None = None
        self.video: VideoHost | None = None  # the lesson's clip player, when it has a clip
        window.console_requested.connect(self.toggle_console)
        window.speaker_voices_requested.connect(self.choose_speaker_voices)
        window.add_voice_requested.connect(self.add_voice)
        self.voices_dir: Path | None = None  # where added voices go (None: the user's voices folder)
        self.voices: list[Voice] = []
        self.practice_parts: PracticeParts | None = None  # repeat-after-me's checker and microphone (None: the real ones)
        self.recordings_dir: Path | None = None  # where the class's takes go (None: the app's data folder)
        window.presented.connect(self._presented)
        if clips is not None:
            self.set_clips(clips)

    def set_clips(self, clips: ClipSource) -> None:
        """Narrate with `clips` from now on, starting with the lesson on screen (if any).

        The app gives the stage its voice only once the first slide is painted: starting the
        speech engine's thread competes with start-up for the processor.
        """
        self.clips = clips
        clips.progress.connect(self._progress)  # once: every lesson's narrator shares the clips
        if self.window.controller is not None:
            self._give_voice(self.window.controller, clips)

    def _presented(self, controller: DeckController) -> None:
        if self.window.view is not None and any(s.kind == SlideKind.VIDEO for s in controller.deck.slides):
            from presenter.ui.media.host import VideoHost  # QtMultimedia's video loads only for a lesson with a clip

            self.video = VideoHost(self.window.view, controller)
            self.window.intents.update(self.video.intents())  # the router's own dict
        else:
            self.video = None
        if self.clips is not None:
            self._give_voice(controller, self.clips)
        had_console = self.console is not None
        self._close_console()
        two_screens = len(self.screens._screens()) > 1
        if had_console or (two_screens and self.console_on_two_screens):
            self.open_console(controller)
        self.screens.place()

    def _give_voice(self, controller: DeckController, clips: ClipSource) -> None:
        """A narrator for the lesson, with the speed and voice chosen for it last time."""
        narrator = Narrator(controller, clips, parent=controller)
        path = controller.lesson.path
        if path is not None:
            settings, chosen = self.settings, self.settings.narration(path)
            narrator.speed, narrator.voice = chosen.speed, chosen.voice or controller.lesson.voice
            narrator.set_volume(chosen.volume)
            narrator.speaker_voices = chosen.speaker_voices
            narrator.speed_changed.connect(lambda v: settings.remember_speed(path, v))
            narrator.voice_changed.connect(lambda v: settings.remember_voice(path, v))
            narrator.volume_changed.connect(settings.remember_volume)
        self.window.set_narrator(narrator)
        self.window.intents["voice"] = self.next_voice  # Shift+V: the voices listed for the lesson's language
        narrator.voice_changed.connect(self._say_voice)  # from Shift+V, the console's list or the bar's: said on the slide
        from presenter.ui.app.repeat_practice import RepeatPractice  # a voice first: repeat-after-me needs one

        RepeatPractice(self.window, controller, narrator, lambda: (self.practice_parts, self.recordings_dir))  # kept by V's intent
        if self.console is not None and self.console.controller is controller:
            # The console opened before the voice was ready (it opens with the slides on two screens).
            self.console.attach_narrator(narrator)
        lister = VoiceLister(narrator)
        lister.listed.connect(lambda voices: self._voices_listed(narrator, voices))
        lister.failed.connect(self.window.narration_bar.show_message)
        lister.list_voices(clips.worker)
        # Pre-render after the first slide is up: the class sees the lesson first.
        QTimer.singleShot(800, narrator, narrator.prerender)

    def _progress(self, done: int, total: int) -> None:
        self.window.narration_bar.show_message(f"Narration ready: {done} / {total} sentences" if done < total
                                               else "Narration ready")

    def _voices_listed(self, narrator: Narrator, voices: list[Voice]) -> None:
        """Offer the voices of the lesson's language; choose the best one if the lesson names none."""
        if narrator is not self.window.narrator:
            return  # an answer for a lesson that is no longer open
        language = narrator.deck.lesson.language
        fitting = voices_for_language(voices, language)
        self.voices = fitting
        if not fitting:
            self.window.narration_bar.show_message(
                f"No voice speaks {language} here: install one (eSpeak NG: the espeak-ng-data package)")
        elif narrator.voice is None:
            narrator.voice = fitting[0].id
            narrator.prerender()  # what was rendered before the voice was known used the engine's default
        self.window.narration_bar.set_voices([(v.id, v.name) for v in fitting], narrator.voice)
        if self.console is not None:
            self.console.set_voices([(v.id, v.name) for v in fitting], narrator.voice)

    def next_voice(self) -> None:
        """V: the next voice for the lesson's language, named on the slide (and remembered, as the lists' choice is)."""
        narrator = self.window.narrator
        if narrator is None:
            return
        if not self.voices:
            self.window.notify("No voice for this language yet (Narration ▸ Add voice…)")
            return
        ids = [v.id for v in self.voices]
        voice = self.voices[(ids.index(narrator.voice) + 1) % len(ids) if narrator.voice in ids else 0]
        if voice.id != narrator.voice:
            narrator.set_voice(voice.id)
        else:
            self.window.notify(f"Voice: {voice.name}  (the only one installed)")

    def _say_voice(self, voice: str | None) -> None:
        name = next((v.name for v in self.voices if v.id == voice), voice or "the lesson's voice")
        self.window.notify(f"Voice: {name}")

    def add_voice(self) -> None:
        """Narration ▸ Add voice…: once the voice is in, list the voices again and offer it."""
        from presenter.speech.piper_voices import user_voices_dir
        from presenter.ui.audio.add_voice import add_voice_interactively

        add_voice_interactively(self.window, self.voices_dir or user_voices_dir(), self.voice_added)

    def voice_added(self, voice_id: str) -> None:
        """A voice was added: list the voices again (the engine looks at its folder) and say so."""
        narrator = self.window.narrator
        self.window.narration_bar.show_message(f"Voice added: {voice_id}")
        if narrator is not None and self.clips is not None:
            from presenter.ui.audio.voices import VoiceLister

            lister = VoiceLister(narrator)
            lister.listed.connect(lambda voices: self._voices_listed(narrator, voices))
            lister.list_voices(self.clips.worker)

    def choose_speaker_voices(self) -> None:
        """Let the teacher give each speaker of the transcript a voice."""
        narrator = self.window.narrator
        if narrator is None:
            return
        lesson = narrator.deck.lesson
        dialog = SpeakerVoicesDialog(list(lesson.reading.speakers), self.voices, narrator.speaker_voices, self.window)
        if dialog.exec():
            narrator.speaker_voices = dialog.choice()
            if lesson.path is not None:
                self.settings.remember_speaker_voices(lesson.path, narrator.speaker_voices)
            narrator.prerender()

    def open_console(self, controller: DeckController) -> ConsoleWindow:
        """Show the console for `controller`."""
        self.console = ConsoleWindow(controller, self.window.handle_key)
        if self.video is not None and self.video.controller is controller:
            self.console.attach_video(self.video)
        if self.window.narrator is not None and self.window.narrator.deck is controller:
            self.console.attach_narrator(self.window.narrator)
            self.console.set_voices([(v.id, v.name) for v in self.voices], self.window.narrator.voice)
        self.screens.console = self.console
        self.console.show()
        return self.console

    def toggle_console(self) -> None:
        """Open the console, or close it again (one screen: it is a window of its own)."""
        if self.console is not None:
            self._close_console()
        elif self.window.controller is not None:
            self.open_console(self.window.controller)
            self.screens.place()

    def _close_console(self) -> None:
        if self.console is not None:
            self.console.close()
            self.console.deleteLater()
            self.console = None
            self.screens.console = None

    def _placed(self, name: str) -> None:
        if name:
            self.settings.remember_audience_screen(name)
