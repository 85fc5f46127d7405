"""Random pairs and groups on the real window: Shift+G, the names box without a list, readable at 1024x768 and 1080p."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.presenting.groups import Grouped, make_groups
from presenter.presenting.types import Layer
from presenter.ui.app.window import PresentationWindow
from presenter.ui.slides.controller import DeckController
from presenter.ui.slides.groups_painter import groups_rect, panel_layout
from presenter.ui.slides.notice import SlideNotice
from presenter.ui.slides.theme import THEMES, slide_font
from ui_support import contrast

SHIFT = Qt.KeyboardModifier.ShiftModifier
NAMES = ["Ana Sofía Martínez", "Bo", "Chen Wei", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea", "Mo",
         "Nina Kowalska", "Oto", "Pia", "Quinn", "Raj", "Sue", "Tom", "Uma", "Vic", "Wes", "Xia", "Yan", "Zoe",
         "Abdullah Rahman", "Bea", "Cal", "Dov", "Ema", "Finn"]


def _prompt(c: DeckController, grouping: str) -> int:
    return next(i for i, s in enumerate(c.deck.slides)
                if s.kind == SlideKind.PROMPT and c.lesson.discussion[s.item or 0].grouping == grouping)


def test_shift_g_without_a_list_asks_for_names_then_shows_pairs_of_those_here(
        qtbot: QtBot, window: PresentationWindow, no_file_dialog: list[str]) -> None:
    c = window.controller
    assert c is not None
    c.goto(_prompt(c, "pairs"))
    qtbot.keyClick(window, Qt.Key.Key_G, SHIFT)
    dialog = window.lesson_actions.class_dialog
    assert dialog is not None and dialog.isVisible() and no_file_dialog == []  # never a file browser on the projector
    assert Layer.GROUPS not in c.model.layers
    dialog.name.setText("4A")
    dialog.names.setPlainText("Ann\nBob\n# Cleo\nDan\nEve\n")  # Cleo is away today
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),  # type: ignore[union-attr]
                     Qt.MouseButton.LeftButton)
    grouped = c.model.grouped_on(c.current)
    assert grouped is not None and grouped.pairs
    assert sorted(map(len, grouped.groups)) == [2, 2] and {n for g in grouped.groups for n in g} == {"Ann", "Bob", "Dan", "Eve"}
    assert "# Cleo" in (window.lesson_actions.classes_folder / "4A.txt").read_text(encoding="utf-8")  # kept, still away
    qtbot.keyClick(window, Qt.Key.Key_G, SHIFT)  # again: new pairs, as ClassroomScreen's shuffle
    again = c.model.grouped_on(c.current)
    assert again is not None and {frozenset(g) for g in again.groups} != {frozenset(g) for g in grouped.groups}
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert c.model.grouped_on(c.current) is None and not window.isFullScreen()
    c.goto(_prompt(c, "class"))
    qtbot.keyClick(window, Qt.Key.Key_G, SHIFT)  # a whole-class prompt: said why, nothing covers the slide
    notice = window.stack.findChild(SlideNotice)
    assert notice is not None and notice.isVisible() and "whole class" in notice.text()
    assert Layer.GROUPS not in c.model.layers and no_file_dialog == []


def test_the_console_lists_the_groups_the_class_sees(qtbot: QtBot, window: PresentationWindow, tmp_path: Path) -> None:
    from presenter.ui.console.window import ConsoleWindow

    c = window.controller
    assert c is not None
    (tmp_path / "c.txt").write_text("\n".join(NAMES[:9]), encoding="utf-8")
    window.class_list.use(tmp_path / "c.txt")
    console = ConsoleWindow(c, window.handle_key)
    qtbot.addWidget(console)
    c.goto(_prompt(c, "groups"))
    button = next(b for b in console.findChildren(type(console.freeze_button)) if "groups" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the console's button is Shift+G
    grouped = c.model.grouped_on(c.current)
    assert grouped is not None and not grouped.pairs
    for group in grouped.groups:
        assert ", ".join(group) in console.notes.text()
    assert console.current.controller.state_for(console.current.index() or 0).grouped == grouped  # the preview mirrors it
    assert c.state_for(c.current + 1).grouped is None  # the Next preview never shows them


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("count", [2, 5, 9, 17, 25, 32])
@pytest.mark.parametrize("size", [2, 4])
def test_every_name_fits_its_box_large_enough_for_the_back_row(qapp: object, width: int, height: int,
                                                               count: int, size: int) -> None:
    grouped = Grouped(size, make_groups(NAMES[:count], size, random.Random(count)))
    panel = groups_rect(width, height)
    lay = panel_layout(grouped, panel)
    # A class of up to 32: names at least 1/40 of the screen (19 px at 768, 27 px at 1080) and never tiny.
    assert lay.px >= height / 40
    assert len(lay.boxes) == len(grouped.groups)
    metrics = QFontMetricsF(slide_font(lay.px, bold=True))
    for i, (box, lines) in enumerate(zip(lay.boxes, lay.lines, strict=True)):
        assert panel.contains(box) and box.top() >= lay.title.bottom() - 0.01
        assert not any(box.intersects(other) for other in lay.boxes[i + 1:])
        assert max(metrics.horizontalAdvance(line) for line in lines) <= box.width() * 0.92
        assert len(lines) * metrics.height() <= box.height()
        assert {n for line in lines for n in line.split("  ·  ")} == set(grouped.groups[i])


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_screenshot_of_pairs_over_the_slide(qtbot: QtBot, window: PresentationWindow, tmp_path: Path,
                                            width: int, height: int, theme: str) -> None:
    c = window.controller
    assert c is not None and window.view is not None
    (tmp_path / "c.txt").write_text("\n".join(NAMES[:25]), encoding="utf-8")
    window.class_list.use(tmp_path / "c.txt")
    c.set_theme(theme)
    c.goto(_prompt(c, "pairs"))
    qtbot.keyClick(window, Qt.Key.Key_G, SHIFT)
    c.set_geometry(Geometry(width, height))  # the projector's size (the slide is repaginated; the pairs stay)
    g = c.deck.geometry
    assert (g.width, g.height) == (width, height) and c.model.slide.kind == SlideKind.PROMPT
    image = QImage(g.width, g.height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    c.renderer.paint(painter, c.current, c.state_for(c.current))
    painter.end()
    assert image.save(str(tmp_path / f"pairs-{theme}-{width}x{height}.png"))
    grouped = c.model.grouped
    assert grouped is not None
    t = THEMES[theme]
    assert contrast(t.text, t.sentence) >= 4.5 and contrast(t.accent, t.background) >= 4.5
    lay = panel_layout(grouped, groups_rect(g.width, g.height))
    text = QColor(t.text)
    for box in lay.boxes:  # each box is painted with its names in the text colour
        r = box.toRect()
        inked = sum(1 for x in range(r.left(), r.right(), 2) for y in range(r.top(), r.bottom(), 2)
                    if _near(image.pixelColor(x, y), text))
        assert inked > 20
    # The slide under the panel does not show through: the prompt's own text is covered.
    top = [image.pixelColor(x, 4) for x in range(0, g.width, 8)]
    assert all(_near(p, QColor(t.background)) for p in top)


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60
