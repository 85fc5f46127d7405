"""The one key table: it routes keys, and the help overlay and the README list exactly its rows."""

from PySide6.QtCore import Qt

from presenter.ui.slides.keys import HELP, KEYS, help_markdown, intent_for
from repo_paths import REPO

K, M = Qt.Key, Qt.KeyboardModifier


def test_the_readme_carries_the_key_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- keys:")
    block = readme[readme.index("\n", start) + 1:readme.index("<!-- /keys -->")].strip()
    assert block == help_markdown()


def test_help_rows_are_the_table() -> None:
    assert HELP == [(b.label, b.does) for b in KEYS]
    assert len({(k, m) for b in KEYS for k, m in b.keys}) == sum(len(b.keys) for b in KEYS)  # no key twice


def test_keys_find_their_intents() -> None:
    assert intent_for(K.Key_J.value, M.NoModifier) == "pick"
    assert intent_for(K.Key_J.value, M.ShiftModifier) == "unpick"
    assert intent_for(K.Key_K.value, M.ShiftModifier) == "unhide"
    assert intent_for(K.Key_Q.value, M.ControlModifier) == "quit"
    assert intent_for(K.Key_Q.value, M.NoModifier) is None
    assert intent_for(K.Key_Question.value, M.ShiftModifier) == "help"
    assert intent_for(K.Key_Plus.value, M.ControlModifier | M.ShiftModifier) == "bigger"
    assert intent_for(K.Key_B.value, M.ShiftModifier) is None  # Shift+B is not B
