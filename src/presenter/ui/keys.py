"""The keys a presentation clicker and PowerPoint users expect, mapped to action names."""

from __future__ import annotations

from PySide6.QtCore import Qt

from presenter.timing.slide import KEY_HELP

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier

# (key, needs Ctrl) -> action. Clickers send PageUp/PageDown, B or "." (black) and F5/Esc.
KEYMAP: dict[tuple[int, bool], str] = {
    **{(k.value, False): "next" for k in (K.Key_Right, K.Key_Down, K.Key_Space, K.Key_PageDown)},
    **{(k.value, False): "previous" for k in (K.Key_Left, K.Key_Up, K.Key_Backspace, K.Key_PageUp)},
    (K.Key_Return.value, False): "enter",
    (K.Key_Enter.value, False): "enter",
    (K.Key_Home.value, False): "first",
    (K.Key_End.value, False): "last",
    (K.Key_B.value, False): "black",
    (K.Key_Period.value, False): "black",
    (K.Key_W.value, False): "white",
    (K.Key_Comma.value, False): "white",
    (K.Key_F.value, False): "fullscreen",
    (K.Key_F5.value, False): "fullscreen",
    (K.Key_Escape.value, False): "escape",
    (K.Key_Equal.value, True): "bigger",
    (K.Key_Plus.value, True): "bigger",
    (K.Key_Minus.value, True): "smaller",
    (K.Key_G.value, False): "grid",
    (K.Key_Question.value, False): "help",
    (K.Key_H.value, False): "help",
    (K.Key_M.value, False): "marks",
    (K.Key_K.value, False): "known",
    (K.Key_Z.value, False): "freeze",
    (K.Key_C.value, False): "console",
    (K.Key_J.value, False): "pick",
    (K.Key_N.value, False): "narrate",
    (K.Key_X.value, False): "narration-stop",
    (K.Key_BracketLeft.value, False): "sentence-previous",
    (K.Key_BracketRight.value, False): "sentence-next",
    (K.Key_Backslash.value, False): "sentence-again",
    (K.Key_S.value, False): "say",
    (K.Key_E.value, False): "say-example",
}
SHIFTED: dict[int, str] = {K.Key_S.value: "say-slow"}

HELP: list[tuple[str, str]] = [
    ("→  ↓  Space  PageDown  Enter", "next"),
    ("←  ↑  Backspace  PageUp", "previous"),
    ("Home / End", "first / last slide"),
    ("number, then Enter", "go to that slide"),
    ("B  or  .", "black screen (again to return)"),
    ("W  or  ,", "white screen (again to return)"),
    ("F  or  F5", "full screen;  Esc leaves it"),
    ("Ctrl+=  /  Ctrl+-", "larger / smaller text"),
    ("G", "all slides"),
    ("Z", "freeze the projector while you look ahead"),
    ("C", "the presenter console"),
    ("J", "pick a student from the class list"),
    ("N", "read aloud / pause;  X stop"),
    ("[  ]  \\", "previous / next sentence / again"),
    ("double-click a sentence", "read from there"),
    ("S / Shift+S / E  (on a card)", "say the word / slowly / its example"),
    ("M", "vocabulary marks on / off"),
    ("Space  (on a card)", "turn the card over"),
    ("K  (on a card)", "the class knows it: hide this card"),
    ("1 – 4  (in the game)", "the class's answer"),
    ("click right / left", "next / previous"),
    ("?", "this help"),
]


def action_for(key: int, modifiers: Qt.KeyboardModifier) -> str | None:
    """The action a key press asks for, or None."""
    ctrl = bool(modifiers & CTRL)
    if modifiers & Qt.KeyboardModifier.ShiftModifier and key in SHIFTED:
        return SHIFTED[key]
    return KEYMAP.get((key, ctrl))

HELP += KEY_HELP  # countdown, answer and poll keys on question and discussion slides
