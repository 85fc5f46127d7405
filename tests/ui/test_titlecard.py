"""The title card the app paints before loading the deck: the same pixels, then the real slides."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from presenter.app import AppServices, title_card
from presenter.deck.geometry import Geometry
from presenter.lesson import LessonError, read_lesson
from presenter.lesson.cache import LessonCache
from presenter.settings import THEME_NAMES
from presenter.ui.slides.controller import DeckController
from presenter.ui.app.screens import ScreenManager
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.slides.slideview import SlideView
from presenter.ui.slides.theme import theme_named
from presenter.ui.slides.titlecard import TitleCard
from presenter.ui.app.window import PresentationWindow


def _image(widget: TitleCard | SlideView) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("theme", THEME_NAMES)
@pytest.mark.parametrize(("size", "scale", "easy"), [((1280, 720), 1.0, False), ((800, 600), 1.3, True),
                                                      ((1920, 1080), 2.0, False)])
def test_the_card_is_the_decks_first_slide_pixel_for_pixel(qtbot: QtBot, sample_lesson_path: Path, theme: str,
                                                            size: tuple[int, int], scale: float, easy: bool) -> None:
    lesson, _ = read_lesson(sample_lesson_path)
    card = TitleCard((lesson.title, lesson.level, lesson.source), theme_named(theme), scale, easy)
    controller = DeckController(lesson, Geometry(*size, scale, easy), theme)
    view = SlideView(controller)
    for widget in (card, view):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
    assert controller.current == 0 and controller.deck.slides[0].kind == "title"
    a, b = _image(card), _image(view)
    assert a.size() == b.size() and (a.width(), a.height()) == size
    assert a == b
    # Not an empty picture: the title is there, in the theme's text colour.
    assert len({a.pixel(x, y) for x in range(0, size[0], 8) for y in range(0, size[1], 8)}) > 3


def test_the_cache_keeps_the_heading_of_good_lessons_only(tmp_path: Path, sample_lesson_path: Path) -> None:
    cache = LessonCache(tmp_path / "cache")
    lesson_file = tmp_path / "lesson.md"
    lesson_file.write_bytes(sample_lesson_path.read_bytes())
    assert cache.heading(lesson_file.read_bytes()) is None  # never parsed: the card waits for the parser
    lesson, _ = read_lesson(lesson_file, cache)
    assert cache.heading(lesson_file.read_bytes()) == (lesson.title, lesson.level, lesson.source)
    assert title_card(lesson_file, cache, SettingsStore(tmp_path / "s.ini")) is not None
    lesson_file.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    read_lesson_problems = LessonCache(tmp_path / "cache")
    with pytest.raises(LessonError):
        read_lesson(lesson_file, read_lesson_problems)  # the broken version is cached too...
    assert cache.heading(lesson_file.read_bytes()) is None  # ...but has no heading: no card for it
    assert title_card(lesson_file, cache, SettingsStore(tmp_path / "s.ini")) is None
    assert title_card(tmp_path / "gone.md", cache, SettingsStore(tmp_path / "s.ini")) is None


def test_entries_cached_before_headings_were_kept_get_one(tmp_path: Path, sample_lesson_path: Path) -> None:
    cache = LessonCache(tmp_path / "cache")
    read_lesson(sample_lesson_path, cache)
    for heading in (tmp_path / "cache").glob("*.title"):
        heading.unlink()  # as an older version left the cache
    data = sample_lesson_path.read_bytes()
    assert cache.heading(data) is None
    read_lesson(sample_lesson_path, cache)  # the full path's hit writes it
    assert cache.heading(data) is not None


def card_shown(qtbot: QtBot, tmp_path: Path, lesson: Path) -> tuple[PresentationWindow, TitleCard, SettingsStore, LessonCache]:
    """A window showing `lesson`'s title card (the lesson parsed into a cache first), painted."""
    settings = SettingsStore(tmp_path / "s.ini")
    cache = LessonCache(tmp_path / "cache")
    read_lesson(lesson, cache)
    card = title_card(lesson, cache, settings)
    assert card is not None
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_title_card(card)
    window.show()
    qtbot.waitUntil(lambda: window.slide_shown)
    return window, card, settings, cache


def test_the_window_swaps_the_card_for_the_slides(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    window, card, settings, cache = card_shown(qtbot, tmp_path, sample_lesson_path)
    shown: list[bool] = []
    window.first_slide_shown.connect(lambda: shown.append(True))
    assert window.stack.currentWidget() is card and window.controller is None
    session = LessonSession(window, settings, interactive=False, cache=cache)
    assert session.open(sample_lesson_path)
    assert window.stack.currentWidget() is window.view and window.stack.indexOf(card) == -1
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.controller is not None and window.controller.current == 1
    qtbot.wait(50)
    assert window.slide_shown and shown == []  # shown once, by the card's paint: not again for the slides


def test_the_app_opens_the_lesson_after_its_card(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the user's lessons folder
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = SettingsStore(tmp_path / "s.ini")
    cache = LessonCache(tmp_path / "cache")
    read_lesson(sample_lesson_path, cache)
    window = PresentationWindow()
    qtbot.addWidget(window)
    services = AppServices(app, window, settings, cache, tmp_path / "cache", ScreenManager(window, None))
    card = title_card(sample_lesson_path, cache, settings)
    assert card is not None
    window.show_title_card(card)
    window.first_slide_shown.connect(lambda: services.start(sample_lesson_path))
    window.show()
    try:
        qtbot.waitUntil(lambda: window.controller is not None and window.stack.currentWidget() is window.view)
        assert window.controller is not None and window.controller.lesson.path == sample_lesson_path
        # The voice follows once the slides are up.
        qtbot.waitUntil(lambda: window.narrator is not None, timeout=5000)
        qtbot.keyClick(window, Qt.Key.Key_End)
        assert window.controller.current == window.controller.count - 1
    finally:
        if services._worker is not None:
            window.close()
            services._worker.close()


@pytest.mark.parametrize("cached", [False, True])
def test_presenter_command_reports_its_first_slide(tmp_path: Path, sample_lesson_path: Path, cached: bool) -> None:
    """The hook the start-up benchmark uses, on the real command: cold cache and warm (the card)."""
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data")}
    command = [sys.executable, "-m", "presenter", str(sample_lesson_path), "--quit-after-first-slide"]
    runs = 2 if cached else 1
    for _ in range(runs):
        out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=True).stdout
        assert out.startswith("first-slide-painted ")
    assert list((home / "cache").rglob("*.pickle"))  # the first run filled the parsed-lesson cache


def test_full_screen_chosen_while_the_card_is_up_stays(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    from presenter.ui.app.stage import Stage

    window, _, settings, cache = card_shown(qtbot, tmp_path, sample_lesson_path)
    window.toggle_full_screen()  # the teacher presses F at once
    qtbot.waitUntil(window.isFullScreen)
    session = LessonSession(window, settings, interactive=False, cache=cache)
    Stage(window, settings)  # one screen: it places the window when the slides come
    assert session.open(sample_lesson_path)
    qtbot.wait(50)
    assert window.isFullScreen() and window.stack.currentWidget() is window.view


def test_a_pack_opens_in_student_mode_over_the_start_screen(qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import presenter.app as app_module

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    opened: list[Path] = []
    # A fake for the student window: this test is about what the main window does meanwhile.
    monkeypatch.setattr(app_module, "open_student", lambda path, worker, parent=None: opened.append(path))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = PresentationWindow()
    qtbot.addWidget(window)
    services = AppServices(app, window, SettingsStore(tmp_path / "s.ini"), LessonCache(tmp_path / "cache"),
                           tmp_path / "cache", ScreenManager(window, None))
    window.show()
    pack = tmp_path / "lesson.zip"
    try:
        services.start(pack)
        assert opened == [pack]
        assert type(window.stack.currentWidget()).__name__ == "StartView"
        assert len(window.menuBar().actions()) == 6 and window.findChildren(type(window.menuBar().actions()[0]))
        assert window.menus.filled
    finally:
        if services._worker is not None:
            services._worker.close()
