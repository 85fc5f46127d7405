"""A card or a clicked term without a definition shows the term and its reading sentence, never a note about the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.lesson.parser import parse_lesson
from presenter.text.occurrences import occurrences
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow
from presenter.ui.slides import warmup_painter
from presenter.ui.slides.render import make_deck, render_slide
from presenter.ui.slides.slidepainter import PaintState, SlideRenderer
from presenter.ui.slides.theme import theme_named

LESSON = ("---\ntitle: Bare\n---\n\n# Vocabulary\n\n- **harbour**\n\n# Reading\n\n"
          "The boats stay in the harbour all winter. Nobody sails.\n")


def test_card_back_without_a_definition_paints_no_note(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    lesson, _ = parse_lesson(LESSON)
    assert lesson is not None and lesson.vocabulary[0].definition == ""
    deck = make_deck(lesson, Geometry(1280, 720))
    index = next(i for i, s in enumerate(deck.slides) if s.kind == SlideKind.CARD)
    written: list[str] = []
    real_text, real_layout = warmup_painter._text, warmup_painter.lay_out
    monkeypatch.setattr(warmup_painter, "_text", lambda p, t, g, text, *a, **k: written.append(text) or real_text(p, t, g, text, *a, **k))
    monkeypatch.setattr(warmup_painter, "lay_out", lambda text, *a, **k: written.append(text) or real_layout(text, *a, **k))
    render_slide(SlideRenderer(deck, theme_named("light")), index, PaintState(flipped=True, found=occurrences(lesson)))
    assert not any("no definition" in w for w in written)
    assert any("harbour" in w for w in written)  # the term, and its sentence in the reading
    assert any("boats stay in the harbour" in w for w in written)


def test_clicked_term_without_a_definition_shows_its_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bare.md"
    path.write_text(LESSON, encoding="utf-8")
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    w.show()
    assert session.open(path)
    c = w.controller
    assert c is not None
    c.model.load_terms()
    c.goto(c.deck.first_reading_slide)
    w.view.term_clicked.emit(0)  # type: ignore[union-attr]
    popup = w.overlays.popup  # type: ignore[union-attr]
    assert popup.isVisible() and "harbour" in popup.term
    assert "boats stay in the harbour" in popup.definition and "no definition" not in popup.definition
