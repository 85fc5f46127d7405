"""N on a question, prompt or card lights the word being said in the slide's own text, on the real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from presenter.deck.kinds import SlideKind
from presenter.speech import FakeEngine, SpeechWorker
from presenter.ui.app.window import PresentationWindow
from presenter.ui.student.session import StudentSession
from ui_support import narrated_window

K = Qt.Key


@pytest.fixture
def fake_worker() -> Iterator[SpeechWorker]:
    w = SpeechWorker(lambda: FakeEngine(word_ms=120))
    yield w
    w.close()


@pytest.fixture
def espeak_worker() -> Iterator[SpeechWorker]:
    w = SpeechWorker()
    yield w
    w.close()


def said_words(qtbot: QtBot, w: PresentationWindow, kind: SlideKind, count: int) -> tuple[str, list[tuple[int, int]]]:
    """Go to the first slide of `kind`, press N, and collect the lit ranges until `count` differ."""
    c, n = w.controller, w.narrator
    assert c is not None and n is not None
    index = next(i for i, s in enumerate(c.deck.slides) if s.kind == kind)
    c.goto(index)
    seen: list[tuple[int, int]] = []

    def record() -> None:
        light = c.model.highlight
        if light.shown is not None and light.slide == index and (not seen or seen[-1] != light.shown):
            seen.append(light.shown)

    c.state_changed.connect(record)
    qtbot.keyClick(w, K.Key_N)
    qtbot.waitUntil(lambda: len(seen) >= count, timeout=15000)
    assert c.model.highlight.sentence is None  # never the reading's highlight
    return c.deck.slides[index].text, seen


def lit_pixels(w: PresentationWindow) -> int:
    """How many pixels of the slide show the spoken word's colour."""
    assert w.view is not None and w.controller is not None
    image = w.view.grab().toImage()
    word = QColor(w.controller.renderer.theme.word).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == word)


@pytest.mark.parametrize("kind", [SlideKind.QUESTION, SlideKind.PROMPT])
def test_n_lights_the_said_word_in_the_question(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path,
                                                fake_worker: SpeechWorker, kind: SlideKind) -> None:
    w, _ = narrated_window(qtbot, tmp_path, sample_lesson_path, fake_worker)
    qtbot.waitUntil(lambda: w.narrator is not None, timeout=5000)
    text, seen = said_words(qtbot, w, kind, 3)
    question = text.split("\n")[0]
    assert all(0 <= s < e <= len(question) for s, e in seen)  # inside the question's own text
    assert [s for s, _ in seen] == sorted({s for s, _ in seen})  # they advance, each word once
    assert all(question[s:e].strip() and " " not in question[s:e] for s, e in seen)  # one word each
    assert lit_pixels(w) > 0  # and the painter lights it
    assert w.narrator is not None
    w.narrator.stop()
    assert w.controller is not None and w.controller.model.highlight.shown is None and lit_pixels(w) == 0


def test_n_reaches_the_options_after_the_question(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path,
                                                  fake_worker: SpeechWorker) -> None:
    lesson = tmp_path / "lesson.md"  # the first question gets choices
    text = sample_lesson_path.read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.startswith("1. "))
    lesson.write_text(text.replace(first, first + "\n   Options: cameras watch | a score | a list", 1), encoding="utf-8")
    w, _ = narrated_window(qtbot, tmp_path, lesson, fake_worker)
    qtbot.waitUntil(lambda: w.narrator is not None, timeout=5000)
    c = w.controller
    assert c is not None
    slide = next(s for s in c.deck.slides if s.kind == SlideKind.QUESTION)
    assert "\nA) cameras watch" in slide.text
    words = len(slide.text.split("\n")[0].split()) + 2
    text, seen = said_words(qtbot, w, SlideKind.QUESTION, words)
    start, end = seen[-1]
    line = text.rfind("\n", 0, start) + 1
    assert line > 0 and text[line:start] == "A) cameras "  # in the option line, past its "A)" label
    assert text[start:end] == "watch"  # the option's second word


def test_n_on_a_card_lights_its_term(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path,
                                     fake_worker: SpeechWorker) -> None:
    w, _ = narrated_window(qtbot, tmp_path, sample_lesson_path, fake_worker)
    qtbot.waitUntil(lambda: w.narrator is not None, timeout=5000)
    c = w.controller
    assert c is not None
    _, seen = said_words(qtbot, w, SlideKind.CARD, 1)
    slide = c.deck.slides[c.current]
    assert slide.item is not None
    term = c.lesson.vocabulary[slide.item].term
    s, e = seen[0]
    assert term[s:e] == term.split()[0]
    assert lit_pixels(w) > 0


@pytest.mark.slow
def test_espeak_lights_the_question_word_by_word(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path,
                                                 espeak_worker: SpeechWorker) -> None:
    w, _ = narrated_window(qtbot, tmp_path, sample_lesson_path, espeak_worker)
    qtbot.waitUntil(lambda: w.narrator is not None, timeout=5000)
    text, seen = said_words(qtbot, w, SlideKind.QUESTION, 3)
    question = text.split("\n")[0]
    assert all(0 <= s < e <= len(question) for s, e in seen)
    assert [s for s, _ in seen] == sorted({s for s, _ in seen})
    assert question[seen[0][0]:seen[0][1]] == question.split()[0]  # from its first word


def test_student_n_off_the_reading_says_the_slide_never_the_reading(qtbot: QtBot, tmp_path: Path,
                                                                     sample_lesson_path: Path,
                                                                     fake_worker: SpeechWorker) -> None:
    s = StudentSession(sample_lesson_path, fake_worker, tmp_path / "cache", tmp_path / "data")
    qtbot.addWidget(s.window)
    s.window.show()
    c, n = s.controller, s.narrator
    for index in (0, len(c.deck.slides) - 1):  # the title and the end: the only slides off the reading
        assert c.deck.slides[index].kind != SlideKind.READING
        c.goto(index)
        qtbot.keyClick(s.window, K.Key_N)
        qtbot.waitUntil(lambda: n.state == "playing", timeout=5000)
        assert n._clip is not None  # noqa: SLF001
        assert not any(x.text in n._clip.text for x in c.deck.index.sentences)  # noqa: SLF001
        assert n.sentence is None and c.model.highlight.sentence is None and c.current == index
        n.stop()
