"""The warm-up on real widgets: predict grid, flashcards that flip, the game played to its score."""

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow



def kinds(w: PresentationWindow) -> list[str]:
    assert w.controller is not None
    return [s.kind for s in w.controller.deck.slides]


def test_deck_order_has_the_warmup_before_the_reading(window: PresentationWindow) -> None:
    k = kinds(window)
    assert k[0] == "title" and k[1] == "vocabulary-predict"
    assert k.count("vocabulary-card") == 57
    assert k.count("vocabulary-game") == 8 and k.index("vocabulary-score") < k.index("reading")


def test_card_flips_with_space_and_click_then_moves_on(qtbot: QtBot, window: PresentationWindow) -> None:
    c, view = window.controller, window.view
    assert c is not None and view is not None
    first_card = kinds(window).index("vocabulary-card")
    c.goto(first_card)
    front = view.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert c.current == first_card and first_card in c.flipped
    back = view.grab().toImage()
    assert front != back
    qtbot.keyClick(window, Qt.Key.Key_Left)  # previous turns the card back
    assert c.current == first_card and first_card not in c.flipped
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() - 30, view.height() // 2))
    assert first_card in c.flipped
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert c.current == first_card + 1
    # The back shows where the term occurs in the reading.
    assert c.state_for(first_card).found is not None
    entry = c.deck.slides[first_card].item
    assert entry is not None and c.state_for(first_card).found[entry]  # type: ignore[index]


def test_game_played_to_its_score(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    first = kinds(window).index("vocabulary-game")
    c.goto(first)
    qtbot.waitUntil(lambda: c.game is not None, timeout=5000)
    assert c.game is not None
    right = 0
    for r in range(8):
        assert c.current == first + r
        option = c.game.rounds[r].correct_option if r % 2 == 0 else (c.game.rounds[r].correct_option + 1) % 4
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{option + 1}"))
        right += r % 2 == 0
        assert c.game.is_answered(r)
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert c.deck.slides[c.current].kind == "vocabulary-score"
    assert c.game.score == right == 4
    image = window.view.grab().toImage()  # type: ignore[union-attr]
    assert not image.isNull()


def test_known_cards_skip_and_shuffle_are_remembered_per_lesson(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    settings = SettingsStore(tmp_path / "settings.ini")
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, settings, interactive=False)
    assert session.open(sample_lesson_path)
    c = w.controller
    assert c is not None
    first_card = kinds(w).index("vocabulary-card")
    c.goto(first_card)
    term = c.lesson.vocabulary[c.deck.slides[first_card].item or 0].term
    qtbot.keyClick(w, Qt.Key.Key_K)
    assert kinds(w).count("vocabulary-card") == 56 and c.current == first_card
    assert c.lesson.vocabulary[c.deck.slides[first_card].item or 0].term != term
    c.set_warmup(type(c.warmup)(skip=False, shuffle_seed=7, hidden=c.warmup.hidden))
    # A new window on the same lesson remembers both choices; another lesson does not.
    w2 = PresentationWindow()
    qtbot.addWidget(w2)
    assert LessonSession(w2, settings, interactive=False).open(sample_lesson_path)
    assert w2.controller is not None
    assert w2.controller.warmup.hidden == frozenset({term.lower()}) and w2.controller.warmup.shuffle_seed is not None
    other = tmp_path / "other.md"
    other.write_bytes(sample_lesson_path.read_bytes())
    w3 = PresentationWindow()
    qtbot.addWidget(w3)
    assert LessonSession(w3, settings, interactive=False).open(other)
    assert w3.controller is not None and w3.controller.warmup.hidden == frozenset()
    w3.controller.set_warmup(type(w3.controller.warmup)(skip=True))
    assert "vocabulary-card" not in kinds(w3) and kinds(w3)[1] == "reading"


def test_hearing_a_term_on_its_card(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    import array
    import wave

    from presenter.speech import SpeechWorker
    from ui_support import narrated_window

    worker = SpeechWorker()
    try:
        w, _ = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)
        c, narrator = w.controller, w.narrator
        assert c is not None and narrator is not None
        card = kinds(w).index("vocabulary-card") + 29  # "buy"
        c.goto(card)
        qtbot.keyClick(w, Qt.Key.Key_S)
        # The first word spoken also loads the natural voice (1.5 s, more on a loaded machine).
        qtbot.waitUntil(lambda: narrator.state == "playing", timeout=30000)
        clip = narrator._clip  # noqa: SLF001 - the clip being played
        assert clip is not None and clip.text == "buy"
        with wave.open(str(clip.wav_path)) as f:
            pcm = array.array("h", f.readframes(f.getnframes()))
        assert max(abs(x) for x in pcm) > 3000  # it has sound in it
        normal = clip.duration_ms
        qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)  # slowly
        qtbot.waitUntil(lambda: narrator.state == "playing" and narrator._clip is not None and narrator._clip.duration_ms != normal, timeout=5000)  # noqa: SLF001
        assert narrator._clip is not None and narrator._clip.duration_ms > normal  # noqa: SLF001
        assert c.current == card  # saying the word does not move the lesson
    finally:
        worker.close()
