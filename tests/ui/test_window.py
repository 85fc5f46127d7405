"""The presentation window on real widgets: clicker keys, jumping, blanking, full screen, mouse."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow



def press(qtbot: QtBot, w: PresentationWindow, key: Qt.Key, text: str = "",
          mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(w, key, mod)


def test_next_and_previous_keys(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None and c.current == 0
    start = c.deck.first_reading_slide
    c.goto(start)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Return):
        press(qtbot, window, key)
    assert c.current == start + 5
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
        press(qtbot, window, key)
    assert c.current == start + 1
    press(qtbot, window, Qt.Key.Key_End)
    assert c.current == c.count - 1
    press(qtbot, window, Qt.Key.Key_Right)
    assert c.current == c.count - 1  # stays on the last slide
    press(qtbot, window, Qt.Key.Key_Home)
    assert c.current == 0


def test_number_then_enter_jumps(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    qtbot.keyClicks(window, "12")
    assert c.current == 0
    press(qtbot, window, Qt.Key.Key_Return)
    assert c.current == 11
    qtbot.keyClicks(window, "999")
    press(qtbot, window, Qt.Key.Key_Enter)
    assert c.current == c.count - 1


def test_black_and_white_screens_toggle(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None and window.view is not None
    press(qtbot, window, Qt.Key.Key_B)
    assert c.blank == "black"
    image = window.view.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    press(qtbot, window, Qt.Key.Key_W)
    assert c.blank == "white"
    press(qtbot, window, Qt.Key.Key_W)
    assert c.blank == ""
    image = window.view.grab().toImage()
    assert image.pixelColor(5, 5).name() == c.theme.background


def test_full_screen_and_escape(qtbot: QtBot, window: PresentationWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    assert not window.menuBar().isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_text_size_keys_repaginate_and_keep_the_sentence(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    c.goto(c.deck.first_reading_slide + 3)
    page = c.deck.slides[c.current].page
    assert page is not None
    anchor = page.first_sentence
    before_px, before_count = page.font_px, c.count
    press(qtbot, window, Qt.Key.Key_Equal, mod=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Equal, mod=Qt.KeyboardModifier.ControlModifier)
    page = c.deck.slides[c.current].page
    assert page is not None
    assert page.font_px > before_px and c.count > before_count
    assert page.first_sentence <= anchor <= page.last_sentence
    press(qtbot, window, Qt.Key.Key_Minus, mod=Qt.KeyboardModifier.ControlModifier)
    page = c.deck.slides[c.current].page
    assert page is not None and page.first_sentence <= anchor <= page.last_sentence


def test_resize_keeps_the_sentence_on_screen(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    c.goto(c.deck.first_reading_slide + 4)
    page = c.deck.slides[c.current].page
    assert page is not None
    anchor = page.first_sentence
    window.resize(820, 640)
    qtbot.waitUntil(lambda: c.deck.geometry.width < 900)
    page = c.deck.slides[c.current].page
    assert page is not None and page.first_sentence <= anchor <= page.last_sentence


def test_clicks_do_not_turn_slides(qtbot: QtBot, window: PresentationWindow) -> None:
    c, view = window.controller, window.view
    assert c is not None and view is not None
    c.goto(1)
    for x in (20, view.width() // 2, view.width() - 20):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, view.height() // 2))
    assert c.current == 1  # a click aimed at a word on the slide never takes the class elsewhere


def test_clicks_left_and_right_with_click_to_advance(qtbot: QtBot, window: PresentationWindow) -> None:
    c, view = window.controller, window.view
    assert c is not None and view is not None
    c.model.options = replace(c.model.options, click_to_advance=True)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() - 20, view.height() // 2))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() - 20, view.height() // 2))
    assert c.current == 2
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(20, view.height() // 2))
    assert c.current == 1


def test_grid_and_help_overlays(qtbot: QtBot, window: PresentationWindow) -> None:
    c = window.controller
    assert c is not None
    overlays = window.overlays
    assert overlays is not None
    press(qtbot, window, Qt.Key.Key_G)
    assert overlays.grid.isVisible()
    for _ in range(3):
        qtbot.keyClick(overlays.grid, Qt.Key.Key_Right)
    qtbot.keyClick(overlays.grid, Qt.Key.Key_Return)
    assert not overlays.grid.isVisible() and c.current == 3
    qtbot.keyClick(window, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert overlays.help.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not overlays.help.isVisible()


def test_edit_on_disk_reloads_and_broken_edit_keeps_last_good(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    lesson = tmp_path / "lesson.md"
    lesson.write_text(sample_lesson_path.read_text(encoding="utf-8"), encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.show()
    assert session.open(lesson)
    c = w.controller
    assert c is not None
    c.goto(c.deck.first_reading_slide + 2)
    slide = c.current
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("Nearly eleven million", "Almost eleven million"), encoding="utf-8")
    qtbot.waitUntil(lambda: "Almost eleven" in " ".join(p.text for p in w.controller.lesson.reading.paragraphs), timeout=5000)  # type: ignore[union-attr]
    assert w.controller is c and c.current == slide
    lesson.write_text("---\ntitle: broken\n---\n\n# Vocabulary\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(session.last_error), timeout=5000)
    assert "no reading" in session.last_error and w.problem.isVisible()
    assert "Almost eleven" in " ".join(p.text for p in c.lesson.reading.paragraphs)  # last good version stays


def test_opening_a_broken_lesson_reports_and_stays_usable(qtbot: QtBot, tmp_path: Path) -> None:
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    broken = Path(__file__).parents[1] / "data" / "broken" / "bad_rate.md"
    assert not session.open(broken)
    assert "bad_rate.md:3: error" in session.last_error
    assert w.isEnabled()


def test_vocabulary_marks_and_definition_on_click(qtbot: QtBot, window: PresentationWindow) -> None:
    c, view = window.controller, window.view
    assert c is not None and view is not None
    qtbot.waitUntil(lambda: bool(c.paint_state.marks), timeout=5000)
    c.goto(c.deck.first_reading_slide)
    # Find the screen position of a marked term by probing the slide's layout.
    target = None
    for y in range(view.height() // 8, view.height() - 40, 6):
        for x in range(view.width() // 3 + 5, view.width() - 40, 12):
            hit = c.renderer.hit(c.current, x, y, c.paint_state)
            if hit.entry is not None:
                target = (x, y, hit.entry)
                break
        if target:
            break
    assert target is not None, "no vocabulary mark found on the first reading slide"
    x, y, entry = target
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert window.overlays is not None
    popup = window.overlays.popup
    assert popup.isVisible() and popup.term.startswith(c.lesson.vocabulary[entry].term)
    assert c.current == c.deck.first_reading_slide  # a term click does not turn the slide
    press(qtbot, window, Qt.Key.Key_M)  # marks off: a click there now turns the slide (with click-to-advance)
    assert not c.paint_state.show_marks
    c.model.options = replace(c.model.options, click_to_advance=True)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    # A click on the text waits a double-click interval before it turns the slide.
    qtbot.waitUntil(lambda: c.current == c.deck.first_reading_slide + 1, timeout=2000)


def test_settings_persist_between_runs(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    ini = tmp_path / "persist.ini"
    first = PresentationWindow()
    qtbot.addWidget(first)
    session = LessonSession(first, SettingsStore(ini), interactive=False)
    assert session.open(sample_lesson_path)
    first.act("theme:contrast")  # what the View menu does
    press(qtbot, first, Qt.Key.Key_Equal, mod=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, first, Qt.Key.Key_M)
    # A new run: a fresh window and settings read from the same file.
    second = PresentationWindow()
    qtbot.addWidget(second)
    assert LessonSession(second, SettingsStore(ini), interactive=False).open(sample_lesson_path)
    c = second.controller
    assert c is not None
    assert c.theme.name == "contrast" and c.deck.geometry.text_scale > 1.0 and not c.paint_state.show_marks
    assert SettingsStore(ini).get("recent_lessons")[0] == str(sample_lesson_path.resolve())
