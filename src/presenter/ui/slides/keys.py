"""The one key table (it feeds the router, the help overlay and the README) and the router turning keys into intents.

Clickers send PageUp/PageDown, B or "." (black) and F5/Esc; PowerPoint users expect the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from presenter.deck.kinds import SlideKind
from presenter.presenting.model import Presentation
from presenter.presenting.types import Layer

K = Qt.Key
Mod = Qt.KeyboardModifier


@dataclass(frozen=True, slots=True)
class Binding:
    """Keys (key, modifiers) that ask for one intent, and how the help and README list them."""

    intent: str
    keys: tuple[tuple[Qt.Key, Mod], ...]
    label: str  # the keys as the help shows them
    does: str


def _plain(*keys: Qt.Key) -> tuple[tuple[Qt.Key, Mod], ...]:
    return tuple((k, Mod.NoModifier) for k in keys)


NO_KEYS: tuple[tuple[Qt.Key, Mod], ...] = ()
KEYS: tuple[Binding, ...] = (
    Binding("next", _plain(K.Key_Right, K.Key_Down, K.Key_Space, K.Key_PageDown), "→ ↓ Space PgDn Enter", "next"),
    Binding("previous", _plain(K.Key_Left, K.Key_Up, K.Key_Backspace, K.Key_PageUp), "← ↑ Backspace PgUp", "previous"),
    Binding("enter", _plain(K.Key_Return, K.Key_Enter), "number, then Enter", "go to that slide"),
    Binding("first", _plain(K.Key_Home), "Home", "first slide"),
    Binding("last", _plain(K.Key_End), "End", "last slide"),
    Binding("black", _plain(K.Key_B, K.Key_Period), "B  or  .", "black screen (again to return)"),
    Binding("white", _plain(K.Key_W, K.Key_Comma), "W  or  ,", "white screen (again to return)"),
    Binding("fullscreen", _plain(K.Key_F, K.Key_F5), "F  or  F5", "full screen on / off"),
    Binding("escape", _plain(K.Key_Escape), "Esc", "close what is open over the slide; then leave full screen"),
    Binding("quit", ((K.Key_Q, Mod.ControlModifier),), "Ctrl+Q", "quit (asks first while a timer runs)"),
    Binding("bigger", ((K.Key_Equal, Mod.ControlModifier), (K.Key_Plus, Mod.ControlModifier)), "Ctrl+=", "larger text"),
    Binding("smaller", ((K.Key_Minus, Mod.ControlModifier),), "Ctrl+-", "smaller text"),
    Binding("grid", _plain(K.Key_G), "G", "all slides"),
    Binding("freeze", _plain(K.Key_Z), "Z", "freeze the projector while you look ahead"),
    Binding("console", _plain(K.Key_C), "C", "the presenter console"),
    Binding("pick", _plain(K.Key_J), "J", "pick the next student (everyone once before anyone twice)"),
    Binding("unpick", ((K.Key_J, Mod.ShiftModifier),), "Shift+J", "hide the picked name"),
    Binding("groups", ((K.Key_G, Mod.ShiftModifier),), "Shift+G", "random pairs or groups (again: new)"),
    Binding("narrate", _plain(K.Key_N), "N", "read aloud / pause: the reading, or the slide's own text"),
    Binding("narration-stop", _plain(K.Key_X), "X", "stop reading"),
    Binding("sentence-previous", _plain(K.Key_BracketLeft), "[", "previous sentence"),
    Binding("sentence-next", _plain(K.Key_BracketRight), "]", "next sentence"),
    Binding("sentence-again", _plain(K.Key_Backslash), "\\", "the sentence again"),
    Binding("slower", _plain(K.Key_Less), "<", "read more slowly (the speed shows on the slide)"),
    Binding("faster", _plain(K.Key_Greater), ">", "read faster"),
    Binding("voice", ((K.Key_V, Mod.ShiftModifier),), "Shift+V", "the next voice"),
    Binding("say", _plain(K.Key_S), "S  (on a card)", "say the word"),
    Binding("say-slow", ((K.Key_S, Mod.ShiftModifier),), "Shift+S  (on a card)", "say the word slowly"),
    Binding("say-example", _plain(K.Key_E), "E  (on a card)", "say its example"),
    Binding("record", _plain(K.Key_V), "V", "record a student repeating"),  # again: stop and check
    Binding("marks", _plain(K.Key_M), "M", "vocabulary marks on / off"),
    Binding("known", _plain(K.Key_K), "K  (on a card)", "the class knows it: hide this card"),
    Binding("unhide", ((K.Key_K, Mod.ShiftModifier),), "Shift+K", "show the hidden cards again"),
    Binding("help", _plain(K.Key_Question, K.Key_H), "?  or  H", "this help"),
    # Keys the slide on screen decides (presenter.timing.slide maps them to countdown actions).
    Binding("timing", NO_KEYS, "T", "start / pause the countdown (game rounds too)"),
    Binding("timing", NO_KEYS, "R", "reset the countdown"),
    Binding("timing", NO_KEYS, "+  /  −", "30 seconds more / less"),
    Binding("timing", NO_KEYS, "A", "show / hide the answer"),
    Binding("no-poll", _plain(K.Key_P), "P", "poll on / off (true/false and choice questions, prompts with options)"),
    Binding("timing", NO_KEYS, "1 … 9", "a vote (poll on); 1 – 4 answer a game round"),
    Binding("timing", NO_KEYS, "0", "take back the last vote"),
    Binding("timing", NO_KEYS, "Shift+R", "clear the poll"),
    Binding("video", NO_KEYS, "Space  ←  →  (clip)", "on a clip: play / pause, 5 s back / on (PageUp, PageDown turn slides)"),
    Binding("double-click", NO_KEYS, "double-click", "read aloud from that sentence"),
    Binding("click", NO_KEYS, "click a marked word", "its definition (clicks turn slides only with the click_to_advance setting)"),
)
# Student mode's column of the table: the intents a student has at home and their keys there, in help order.
# Nothing to turn for a class: Space reads aloud, as in a media player.
STUDENT_KEYS: dict[str, tuple[tuple[tuple[Qt.Key, Mod], ...], str]] = {
    "next": (_plain(K.Key_Right, K.Key_PageDown), "→  PageDown"),
    "previous": (_plain(K.Key_Left, K.Key_PageUp), "←  PageUp"),
    "first": (_plain(K.Key_Home), "Home"),
    "last": (_plain(K.Key_End), "End"),
    "narrate": (_plain(K.Key_N, K.Key_Space), "N  or  Space"),
    "narration-stop": (_plain(K.Key_X), "X"),
    "sentence-previous": (_plain(K.Key_BracketLeft), "["),
    "sentence-next": (_plain(K.Key_BracketRight), "]"),
    "sentence-again": (_plain(K.Key_Backslash), "\\"),
    "record": (_plain(K.Key_V), "V"),
    "escape": (_plain(K.Key_Escape), "Esc"),
    "help": (_plain(K.Key_Question, K.Key_H), "?  or  H"),
}
_DOES = {b.intent: b.does for b in KEYS}
HELP: list[tuple[str, str]] = [(b.label, b.does) for b in KEYS]
# At home there is no full screen to leave, and a student records themself (presenter.practice).
_STUDENT_DOES = {"escape": "close these keys", "help": "these keys",
                 "record": "record yourself reading the sentence; again to stop and check it"}
STUDENT_HELP: list[tuple[str, str]] = [(label, _STUDENT_DOES.get(intent) or _DOES[intent])
                                       for intent, (_, label) in STUDENT_KEYS.items()]
_BY_KEY: dict[tuple[int, int], str] = {(k.value, m.value): b.intent for b in KEYS for k, m in b.keys}
_STUDENT_BY_KEY: dict[tuple[int, int], str] = {(k.value, m.value): i for i, (keys, _) in STUDENT_KEYS.items() for k, m in keys}
_MODS = Mod.ShiftModifier | Mod.ControlModifier


def intent_for(key: int, modifiers: Mod, student: bool = False) -> str | None:
    """The intent a key press asks for (in student mode with `student`), or None."""
    mods, table = (modifiers & _MODS).value, _STUDENT_BY_KEY if student else _BY_KEY
    found = table.get((key, mods))
    if found is None and mods & Mod.ShiftModifier.value:  # "?" and "+" come with Shift on most layouts
        found = table.get((key, mods & ~Mod.ShiftModifier.value))
        found = found if found in ("help", "bigger", "slower", "faster") else None
    return found


def help_markdown() -> str:
    """The key table as Markdown (the README carries it; a test keeps the two the same)."""
    rows = ["| keys | what they do |", "|---|---|"]
    rows += [f"| {label.replace('|', '¦')} | {does} |" for label, does in HELP]
    return "\n".join(rows)


_CHORD = Mod.ShiftModifier | Mod.ControlModifier | Mod.AltModifier
# On a video slide, inside the player (the audience window's router and student mode both use these).
VIDEO_KEYS = {K.Key_Space.value: "video-play", K.Key_Left.value: "video-back", K.Key_Right.value: "video-forward"}


class KeyRouter:
    """Turns key presses from the audience window or the console into the model's (or the window's) intents."""

    def __init__(self, model: Presentation, intents: dict[str, Callable[[], object]],
                 escape: Callable[[bool], object], student: bool = False) -> None:
        """Route keys to `model` and `intents` by name; `escape(from_console)` handles Esc; `student`: its column."""
        self.model, self._escape, self.student = model, escape, student
        self.intents = intents  # the window's own table: intents it adds later (a narrator) are seen here
        self.number = ""  # digits typed before Enter

    def add_intent(self, name: str, act: Callable[[], object]) -> None:
        """Let the key for `name` call `act` (a panel added after the window, such as reading practice)."""
        self.intents[name] = act

    def handle(self, event: QKeyEvent, from_console: bool = False) -> bool:
        """Act on a key; False if it means nothing here."""
        m, mods = self.model, event.modifiers()
        intent = intent_for(event.key(), mods, self.student)
        if intent == "escape":
            self.number = ""
            self._escape(from_console)
            return True
        m.close_layer(Layer.DEFINITION)  # any key closes a definition
        video = VIDEO_KEYS.get(int(event.key())) if m.slide.kind == SlideKind.VIDEO and not mods & _CHORD else None
        if video is not None and video in self.intents:  # inside the player, as in any video player
            self.number = ""
            self.intents[video]()
            return True
        if self.student:  # at home: no countdowns, game or slide numbers, only the student's column
            return self._call(intent)
        if m.timing_key(event.key(), bool(mods & Mod.ShiftModifier), bool(mods & Mod.ControlModifier)):
            self.number = ""
            return True
        text = event.text()
        if m.slide.kind == SlideKind.GAME and text and text in "1234":
            m.answer_game(int(text) - 1)  # on a game round, digits are the class's answer
            return True
        if text.isdigit() and not mods & Mod.ControlModifier:
            self.number = (self.number + text)[-4:]
            return True
        if intent == "enter":
            self.go_to_number()
            return True
        self.number = ""
        return self._call(intent)

    def _call(self, intent: str | None) -> bool:
        """Call the intent of that name (any but help closes the help first); False if there is none."""
        if intent is None or intent not in self.intents:
            return False
        if intent != "help":
            self.model.close_layer(Layer.HELP)
        self.intents[intent]()
        return True

    def go_to_number(self) -> None:
        """Enter: the slide typed before it, or the next slide."""
        if self.number:
            self.model.goto(int(self.number) - 1)
            self.number = ""
        else:
            self.model.next()
