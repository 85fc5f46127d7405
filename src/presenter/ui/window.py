"""The presentation window: the audience view with its keys, overlays and menus."""

from __future__ import annotations

from collections.abc import Callable
import random
from dataclasses import replace
from typing import TYPE_CHECKING
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from presenter.timing.picker import ClassList
from presenter.ui.window_menus import WindowMenus

# The slide view (with the deck behind it), the narration bar, the narrator, the overlays, the key
# map and the class-list picker are imported where they are first used: the window must be cheap
# to make, because the app shows the lesson's title card in it before loading the rest
# (presenter.ui.titlecard).
if TYPE_CHECKING:
    from presenter.ui.controller import DeckController
    from presenter.ui.slideview import SlideView
    from presenter.ui.ticker import TimerTicker
    from presenter.ui.titlecard import TitleCard
    from presenter.ui.overlays import SlideOverlays
    from presenter.ui.chime import Chime
    from presenter.ui.narration_bar import NarrationBar
    from presenter.ui.narrator import Narrator


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
        self.number = ""
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background:#b3261e; color:white; font-size:18px; padding:8px;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.actions_by_name: dict[str, Callable[[], None]] = {}
        self.narrator: Narrator | None = None
        self.chime: Chime | None = None  # made when a countdown first runs out
        self.timer_autostart = False
        self.class_list = ClassList()  # the path is set from the settings; read on the first J
        self._narration_bar: NarrationBar | None = None
        self.overlays: SlideOverlays | None = None  # help, slide grid, definitions: with the first slides
        self._slide_shown = False
        self._card: TitleCard | None = None
        self.menus = WindowMenus(self)

    @property
    def slide_shown(self) -> bool:
        """Whether a slide (or the title card) has been painted: first_slide_shown was emitted."""
        return self._slide_shown

    @property
    def narration_bar(self) -> NarrationBar:
        """The narration toolbar, made on first use and hidden until a lesson has a voice."""
        if self._narration_bar is None:
            self._narration_bar = self._new_narration_bar()
            self._narration_bar.hide()
        return self._narration_bar

    def _new_narration_bar(self) -> NarrationBar:
        from presenter.ui.narration_bar import NarrationBar

        bar = NarrationBar(self)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        return bar

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

    def _reserve_narration_bar(self) -> None:
        """Show the narration bar while the voice loads, so the slides keep their size when it comes.

        Not with the title card: making the bar costs ~12 ms, longer than the card takes to paint;
        so in a window (not full screen) the card's slide grows a bar when the slides take over.
        """
        bar = self.narration_bar
        if self.narrator is None:
            bar.show_message("Preparing the voice…")
            bar.setEnabled(False)  # set_narrator replaces it with a working bar
        bar.setVisible(not self.isFullScreen())

    def _drop_card(self) -> None:
        if self._card is not None:
            self.stack.removeWidget(self._card)
            self._card.deleteLater()
            self._card = None

    def present(self, controller: DeckController) -> None:
        """Show a lesson's slides, driven by `controller`."""
        from presenter.ui.overlays import SlideOverlays
        from presenter.ui.slideview import SlideView
        from presenter.ui.ticker import TimerTicker

        old = self.view
        old_controller = self.controller
        self.controller = controller
        self.view = SlideView(controller)
        self.overlays = SlideOverlays(self.view, controller)  # the old ones go with the old view
        if old_controller is None:
            self._reserve_narration_bar()
        self.view.next_requested.connect(controller.next)
        self.view.previous_requested.connect(controller.previous)
        self.view.term_clicked.connect(self._show_term)
        self.view.first_painted.connect(self._view_painted)
        controller.slide_changed.connect(self._slide_changed)
        self.ticker = TimerTicker(controller.timings, self.chime, parent=controller)
        self.ticker.time_up.connect(self._ring)
        self.ticker.tick.connect(controller.refresh)
        # The warm-up game's round countdown repaints on its own light tick.
        game_tick = QTimer(controller)
        game_tick.setInterval(250)
        game_tick.timeout.connect(lambda: controller.refresh() if controller.game_clock_running() else None)
        game_tick.start()
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
        self.actions_by_name = {
            "next": controller.next, "previous": controller.previous, "first": controller.first,
            "last": controller.last, "black": lambda: controller.toggle_blank("black"),
            "white": lambda: controller.toggle_blank("white"), "fullscreen": self.toggle_full_screen,
            "escape": self._escape, "bigger": lambda: self._text_size(1), "smaller": lambda: self._text_size(-1),
            "grid": lambda: self._overlays().grid.open(), "help": self.toggle_help, "marks": self._toggle_marks, "enter": self._enter,
            "known": controller.mark_known, "freeze": controller.toggle_freeze,
            "console": self.console_requested.emit, "pick": self.pick_student,
        }
        self.view.setFocus()
        self.presented.emit(controller)

    def set_narrator(self, narrator: Narrator) -> None:
        """Give the lesson a voice: the narration toolbar and keys drive `narrator`."""
        assert self.view is not None
        if self.narrator is not None:
            self.narrator.stop()
        self.narrator = narrator
        from presenter.ui.narration_bar import wire_narration_bar

        # A fresh bar per narrator: the old one's connections go with it.
        if self._narration_bar is not None:
            self.removeToolBar(self._narration_bar)
            self._narration_bar.deleteLater()
        self._narration_bar = bar = self._new_narration_bar()
        bar.setVisible(not self.isFullScreen())
        wire_narration_bar(bar, narrator)
        self.view.sentence_clicked.connect(narrator.play)
        self.view.word_clicked.connect(narrator.say)
        self.actions_by_name.update({
            "narrate": narrator.toggle, "narration-stop": narrator.stop,
            "sentence-previous": narrator.previous_sentence, "sentence-next": narrator.next_sentence,
            "sentence-again": narrator.repeat, "say": lambda: narrator.say_card(slow=False),
            "say-slow": lambda: narrator.say_card(slow=True), "say-example": narrator.say_card_example,
        })

    def _view_painted(self) -> None:
        if not self._slide_shown:
            self._slide_shown = True
            self.first_slide_shown.emit()
            self.menus.fill()

    def show_error(self, message: str) -> None:
        """Show a problem (a broken edit, say) in a banner over the slide, until the next good load."""
        self.banner.setText(message)
        self.banner.setGeometry(0, 0, self.width(), 80)
        self.banner.adjustSize()
        self.banner.setFixedWidth(self.width())
        self.banner.show()
        self.banner.raise_()

    def clear_error(self) -> None:
        """Hide the problem banner."""
        self.banner.hide()

    # --- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Clicker and keyboard keys."""
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a key from this window or the console; False if it means nothing here.

        Digits collect a slide number for Enter, except on slides where they are the class's answer.
        """
        if self.controller is None:
            return False
        from presenter.ui.keys import action_for

        overlays = self._overlays()
        overlays.hide_popup()
        slide = self.controller.deck.slides[self.controller.current]
        if self.controller.timings.handle_key(slide, event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier),
                                              bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)):
            self.number = ""
            self.controller.refresh()  # countdown, answer or poll: T R + − A P 1–9 0
            return True
        text = event.text()
        kind = slide.kind
        if kind == "vocabulary-game" and text in "1234" and text:
            self.controller.answer_game(int(text) - 1)  # on a game slide, digits are the class's answer
            return True
        if text.isdigit() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.number = (self.number + text)[-4:]
            return True
        action = action_for(event.key(), event.modifiers())
        if action is None or action not in self.actions_by_name:
            self.number = ""
            return False
        if action != "enter":
            self.number = ""
        if action not in ("help", "escape"):
            overlays.hide_help()
        self.actions_by_name[action]()
        return True

    def _enter(self) -> None:
        if self.controller is None:
            return
        if self.number:
            self.controller.goto(int(self.number) - 1)
            self.number = ""
        else:
            self.controller.next()

    def _escape(self) -> None:
        overlays = self._overlays()
        if overlays.help_visible():
            overlays.hide_help()
        elif self.isFullScreen():
            self.toggle_full_screen()

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
        v = self.controller.lesson.vocabulary[entry]
        self._overlays().popup.show_term(v.term, v.definition, v.part_of_speech)
        if self.narrator is not None:
            self.narrator.say(v.term)

    def _slide_changed(self, index: int) -> None:
        self._overlays().hide_popup()
        assert self.controller is not None
        if self.ticker.slides is not self.controller.timings:  # the lesson was reloaded
            self.ticker.slides = self.controller.timings
        timing = self.controller.timings.get(self.controller.deck.slides[index])
        if timing is not None:
            timing.shown(self.timer_autostart)

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
            if self._narration_bar is not None:
                lesson = self.narrator is not None or self.controller is not None
                self._narration_bar.setVisible(not self.isFullScreen() and lesson)
        super().changeEvent(event)

    # --- menu actions and drops ------------------------------------------------------
    def choose_class_list(self) -> None:
        """Ask for the class list file (one name a line); the names stay on this computer."""
        from presenter.ui.picker import choose_class_list

        chosen = self.class_list.path
        path = choose_class_list(self, chosen.parent if chosen else None)
        if path is None:
            return
        try:
            self.class_list.use(path)
        except ValueError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, "Cannot use this class list", str(exc))
            return
        self.setting_changed.emit("class_list", str(path))

    def pick_student(self) -> None:
        """Show a random student's name over the slide (nobody twice until everyone has had a turn); J again hides it."""
        c = self.controller
        if c is None:
            return
        if c.picked:
            c.picked = ""
        else:
            name = self.class_list.pick(random.Random())
            if name is None:  # no list yet, or it cannot be read any more
                self.choose_class_list()
                name = self.class_list.pick(random.Random())
            if name is None:
                return
            c.picked = name
        c.refresh()

    def toggle_timer_autostart(self) -> None:
        """Start (or stop starting) countdowns when their slide appears; remembered."""
        self.timer_autostart = not self.timer_autostart
        self.setting_changed.emit("timer_autostart", self.timer_autostart)

    def _ring(self) -> None:
        """A countdown ran out: ring the chime, made on first use (QtMultimedia is slow to load)."""
        if self.chime is None:
            from presenter.ui.chime import Chime

            self.chime = Chime(parent=self)
            self.chime.play()  # this first time the ticker had no chime to ring
        self.ticker.chime = self.chime

    def show_about(self) -> None:
        """The version and the licences of the bundled components."""
        from presenter.ui.about import AboutDialog

        AboutDialog(self).exec()

    def act(self, name: str) -> None:
        """Do what key action `name` does (menus offer some of them)."""
        if name in self.actions_by_name:
            self.actions_by_name[name]()

    def shuffle_cards(self) -> None:
        """Deal the warm-up's cards in a shuffled order."""
        from presenter.deck.deck import SHUFFLE_SEED

        self.change_warmup(shuffle_seed=SHUFFLE_SEED)

    def change_warmup(self, **change: object) -> None:
        """Change the warm-up's options (skip, shuffle_seed, hidden) for this lesson."""
        if self.controller is not None:
            self.controller.set_warmup(replace(self.controller.warmup, **change))  # type: ignore[arg-type]

    def set_theme(self, name: str) -> None:
        """Show the slides in theme `name`, and remember it."""
        if self.controller is not None:
            self.controller.set_theme(name)
        self.setting_changed.emit("theme", name)

    def toggle_easy_reading(self) -> None:
        """Wider letter and line spacing on, or off again; remembered."""
        if self.controller is not None:
            on = not self.controller.deck.geometry.easy_reading
            self.controller.set_easy_reading(on)
            self.setting_changed.emit("easy_reading", on)

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
