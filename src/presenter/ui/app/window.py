"""The presentation window: the audience view with its keys, overlays and menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from presenter.presenting.types import Escape
from presenter.ui.app.lesson_actions import LessonActions
from presenter.ui.app.narration_dock import NarrationDock
from presenter.ui.app.problem_mark import SHORT, ProblemMark
from presenter.ui.app.window_menus import WindowMenus

# Start-up seam: the slide view (with the deck and model behind it), keys, overlays, ticker and chime
# load in `present`, after the title card is painted in this window. Measured (bench_slides.py, 2 Dec
# 2026): loading them with the window takes start-up from ~1.4x to ~1.9-2.0x a bare window (target
# 1.5x). The modules this window imports before that paint (lesson_actions, narration_dock,
# settings_store) defer the deck, the narration bar, the About box and hashlib for the same reason.
if TYPE_CHECKING:
    from presenter.ui.slides.controller import DeckController
    from presenter.ui.slides.slideview import SlideView
    from presenter.ui.slides.keys import KeyRouter
    from presenter.ui.slides.ticker import TimerTicker
    from presenter.ui.slides.titlecard import TitleCard
    from presenter.ui.slides.overlays import SlideOverlays
    from presenter.ui.audio.chime import Chime
    from presenter.ui.audio.narration_bar import NarrationBar
    from presenter.ui.audio.narrator import Narrator


class PresentationWindow(QMainWindow):
    """Hosts the start screen or a lesson's slides; turns keys into controller calls."""

    open_requested = Signal(Path)
    browse_requested = Signal()
    edit_requested = Signal()
    setting_changed = Signal(str, object)
    console_requested = Signal()
    presented = Signal(object)  # the new DeckController
    speaker_voices_requested = Signal()
    add_voice_requested = Signal()  # Narration ▸ Add voice…
    import_requested = Signal()
    student_requested = Signal()
    pack_requested = Signal(Path)  # a lesson pack was opened or dropped: it opens in student mode
    paste_requested = Signal()
    first_slide_shown = Signal()  # once, when a slide has first been painted: deferred start-up work may run

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty window; `show_start` or `present` fills it."""
        super().__init__(parent)
        self.setWindowTitle("presenter")
        self.setAcceptDrops(True)
        self.resize(1280, 760)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.controller: DeckController | None = None
        self.view: SlideView | None = None
        self.problem = ProblemMark(self)
        self.lesson_actions = LessonActions(self, lambda: self.controller, self.setting_changed.emit)
        self.class_list = self.lesson_actions.class_list
        self._app_intents()
        self.router: KeyRouter | None = None
        self.narrator: Narrator | None = None
        self.chime: Chime | None = None  # made when a countdown first runs out
        self.dock = NarrationDock(self)
        self.overlays: SlideOverlays | None = None  # help, slide grid, definitions: with the first slides
        self._slide_shown = False
        self._card: TitleCard | None = None
        self.menus = WindowMenus(self, self.act)

    def _app_intents(self) -> None:
        """The intents that need no lesson: what the menus ask for on the start screen too."""
        self.intents: dict[str, Callable[[], object]] = {
            "browse": self.browse_requested.emit, "edit": self.edit_requested.emit, "import": self.import_requested.emit,
            "paste": self.paste_requested.emit, "student": self.student_requested.emit, "quit": self.request_quit,
            "fullscreen": self.toggle_full_screen, "console": self.console_requested.emit,
            "voices": self.speaker_voices_requested.emit, "add-voice": self.add_voice_requested.emit,
            **self.lesson_actions.intents(),
        }

    @property
    def slide_shown(self) -> bool:
        """Whether a slide (or the title card) has been painted: first_slide_shown was emitted."""
        return self._slide_shown

    @property
    def narration_bar(self) -> NarrationBar:
        """The narration toolbar, made on first use and hidden until a lesson has a voice."""
        return self.dock.bar

    # --- contents ----------------------------------------------------------------------
    def show_start(self, start: QWidget) -> None:
        """Show the start screen."""
        self.stack.addWidget(start)
        self.stack.setCurrentWidget(start)
        self._drop_card()
        self.menus.fill()  # no slide to wait for

    def show_title_card(self, card: TitleCard) -> None:
        """Show a lesson's title card until `present` brings its slides."""
        self._card = card
        card.first_painted.connect(self._view_painted)
        self.stack.addWidget(card)
        self.stack.setCurrentWidget(card)

    def _drop_card(self) -> None:
        if self._card is not None:
            self.stack.removeWidget(self._card)
            self._card.deleteLater()
            self._card = None

    def present(self, controller: DeckController) -> None:
        """Show a lesson's slides, driven by `controller`'s presentation model."""
        from presenter.ui.slides.keys import KeyRouter
        from presenter.ui.slides.overlays import SlideOverlays
        from presenter.ui.slides.slideview import SlideView
        from presenter.ui.slides.ticker import TimerTicker

        old = self.view
        old_controller = self.controller
        self.controller = controller
        model = controller.model
        self.view = SlideView(controller)
        self.overlays = SlideOverlays(self.view, controller)  # the old ones go with the old view
        if old_controller is None and self.narrator is None:
            self.dock.reserve()
        self.view.term_clicked.connect(self._show_term)
        self.view.first_painted.connect(self._view_painted)
        controller.time_up.connect(self._ring)
        self.ticker = TimerTicker(model, parent=controller)  # the one tick: every countdown of the lesson
        self.ticker.tick.connect(controller.refresh)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._drop_card()
        if old_controller is not None:
            # Its narrator, timers and ticker are its children: a countdown left running in the
            # last lesson must not chime during this one.
            if self.narrator is not None and self.narrator.deck is old_controller:
                self.narrator.stop()
                self.narrator = None
            old_controller.deleteLater()
        self.setWindowTitle(f"{controller.lesson.title} — presenter")
        self._app_intents()
        self.intents.update({
            "next": model.next, "previous": model.previous, "first": model.first, "last": model.last,
            "black": lambda: controller.toggle_blank("black"), "white": lambda: controller.toggle_blank("white"),
            "bigger": lambda: self._text_size(1), "smaller": lambda: self._text_size(-1),
            "grid": self._overlays().open_grid, "help": self.toggle_help, "marks": self._toggle_marks,
            "known": model.mark_known, "unhide": model.show_hidden_cards, "freeze": model.toggle_freeze,
            "unpick": model.hide_picked,
        })
        self.router = KeyRouter(model, self.intents, self.escape)
        self.view.setFocus()
        self.presented.emit(controller)

    def set_narrator(self, narrator: Narrator) -> None:
        """Give the lesson a voice: the narration toolbar and keys drive `narrator`."""
        assert self.view is not None
        if self.narrator is not None:
            self.narrator.stop()
        self.narrator = narrator
        self.dock.attach(narrator)
        self.view.sentence_clicked.connect(narrator.play)
        self.view.word_clicked.connect(narrator.say)
        from presenter.ui.audio.narration_keys import narration_intents

        self.intents.update(narration_intents(narrator, self.notify))

    def notify(self, text: str) -> None:
        """A short note in the slide's corner (a new reading speed, why P puts no poll up)."""
        from presenter.ui.slides.notice import notify

        notify(self.stack, text)

    def _view_painted(self) -> None:
        if not self._slide_shown:
            self._slide_shown = True
            self.first_slide_shown.emit()
            self.menus.fill()

    def show_error(self, message: str, short: str = SHORT) -> None:
        """Show a problem (a broken edit, say) as a small mark in the corner (`short`), until the next good load."""
        self.problem.show_problem(message, short)

    def clear_error(self) -> None:
        """Take the problem mark away."""
        self.problem.clear()

    # --- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Clicker and keyboard keys."""
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent, from_console: bool = False) -> bool:
        """Route a key from this window (or the console) to its intent; False if it means nothing here."""
        return self.router is not None and self.router.handle(event, from_console)

    def escape(self, from_console: bool = False) -> None:
        """Esc: the model closes the topmost popup; only when none is open does this window leave full screen."""
        if self.controller is not None and self.controller.model.escape(self.isFullScreen(), from_console) == Escape.LEAVE_FULL_SCREEN:
            self.toggle_full_screen()

    def request_quit(self) -> None:
        """Ctrl+Q (works in full screen too): quit, asking first while a countdown runs."""
        if self.controller is not None and self.controller.model.any_countdown_running() and not self.confirm_quit():
            return
        self.close()

    def confirm_quit(self) -> bool:
        """Ask the teacher whether to quit while a timer runs."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, "Quit presenter?", "A timer is running. Quit anyway?")
        return answer == QMessageBox.StandardButton.Yes

    def toggle_help(self) -> None:
        """The key help over the slide, or hide it."""
        self._overlays().toggle_help()

    def _overlays(self) -> SlideOverlays:
        assert self.overlays is not None  # a lesson is on screen
        return self.overlays

    def _toggle_marks(self) -> None:
        assert self.controller is not None
        state = self.controller.paint_state
        state.show_marks = not state.show_marks
        self.controller.refresh()
        self.setting_changed.emit("show_marks", state.show_marks)

    def _text_size(self, step: int) -> None:
        assert self.controller is not None
        self.controller.step_text_size(step)
        self.setting_changed.emit("text_scale", self.controller.deck.geometry.text_scale)

    def _show_term(self, entry: int) -> None:
        assert self.controller is not None
        v, found = self.controller.lesson.vocabulary[entry], (self.controller.model.found or {}).get(entry, [])
        # No definition in the lesson: the reading's sentence with the term, never a note about the file.
        self._overlays().show_term(v.term, v.definition or (f"“{found[0].sentence}”" if found else ""), v.part_of_speech)
        if self.narrator is not None:
            self.narrator.say(v.term)

    def toggle_full_screen(self) -> None:
        """Full screen on, or off again."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Stop the voice before the window and its media player go away."""
        if self.narrator is not None:
            self.narrator.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Menus hide while the class watches, however full screen was entered."""
        if event.type() == QEvent.Type.WindowStateChange:
            self.menuBar().setVisible(not self.isFullScreen())
            self.dock.follow_window(self.narrator is not None or self.controller is not None)
        super().changeEvent(event)

    # --- the chime, intents and drops -------------------------------------------------
    def _ring(self) -> None:
        """A countdown ran out: ring the chime, made on first use (QtMultimedia is slow to load)."""
        if self.chime is None:
            from presenter.ui.audio.chime import Chime

            self.chime = Chime(parent=self)
        self.chime.play()

    def act(self, name: str) -> None:
        """Do what intent `name` does (menus offer some of them)."""
        if name in self.intents:
            self.intents[name]()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept lesson files dragged onto the window."""
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Open the first file dropped."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_requested.emit(Path(url.toLocalFile()))
                return
