"""Regressions found in review: places kept across deck rebuilds, reloads during narration, the clip source
under failure, double-click on a sentence, old lessons released."""

from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from presenter.deck.geometry import Geometry
from presenter.lesson import load_lesson
from presenter.narration.cache import ClipCache
from presenter.speech import FakeEngine, SyncWorker
from presenter.speech.model import SpeechError, SpeechTimeout
from presenter.ui.audio.clipsource import ClipSource, Prerender, Request, SayOnce
from presenter.ui.slides.controller import DeckController
from presenter.ui.audio.narrator import Narrator
from presenter.ui.app.session import LessonSession
from presenter.ui.app.settings_store import SettingsStore
from presenter.ui.app.window import PresentationWindow


def controller(sample: Path) -> DeckController:
    c = DeckController(load_lesson(sample), Geometry(1280, 720))
    c.load_terms()
    return c


def test_skipping_the_warmup_keeps_the_sentence(qapp: object, sample_lesson_path: Path) -> None:
    c = controller(sample_lesson_path)
    c.goto(c.deck.first_reading_slide + 2)
    page = c.deck.slides[c.current].page
    assert page is not None
    sentence = page.first_sentence
    c.set_warmup(type(c.warmup)(skip=True))
    page = c.deck.slides[c.current].page
    assert page is not None and page.first_sentence <= sentence <= page.last_sentence


def test_freeze_survives_a_text_size_change(qapp: object, sample_lesson_path: Path) -> None:
    c = controller(sample_lesson_path)
    c.goto(c.deck.first_reading_slide)
    c.toggle_freeze()
    c.goto(c.deck.first_reading_slide + 3)
    c.step_text_size(1)
    assert c.frozen and c.deck.slides[c.audience_index].page is not None
    assert c.deck.slides[c.audience_index].page.first_sentence == 0  # type: ignore[union-attr]


def test_new_deal_new_round_clocks(qapp: object, sample_lesson_path: Path) -> None:
    c = controller(sample_lesson_path)
    game = [i for i, s in enumerate(c.deck.slides) if s.kind == "vocabulary-game"][0]
    c.goto(game)
    c.model.timing_key(ord("T"))
    timing = c.timings.get(c.deck.slides[game])
    assert timing is not None and timing.countdown.running
    c.set_warmup(type(c.warmup)(shuffle_seed=3))
    again = c.timings.get(c.deck.slides[c.current])
    assert again is not None and again is not timing and not again.countdown.state().started  # a new deal


def test_reload_keeps_unchanged_countdowns_and_stops_narration(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    c = controller(sample_lesson_path)
    worker = SyncWorker(lambda: FakeEngine(word_ms=60))
    n = Narrator(c, ClipSource(worker, ClipCache(tmp_path / "clips")))
    prompt = [i for i, s in enumerate(c.deck.slides) if s.kind == "discussion"][0]
    c.goto(prompt)
    timing = c.timings.get(c.deck.slides[c.current])
    assert timing is not None
    timing.countdown.start()
    c.goto(c.deck.first_reading_slide + 5)
    n.play(c.deck.slides[c.current].page.last_sentence)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: n.state == "playing", timeout=3000)
    lesson = c.lesson
    shorter = type(lesson.reading)(lesson.reading.sections[:1])  # the reading lost its second section
    c.set_lesson(type(lesson)(**{**{f: getattr(lesson, f) for f in lesson.__dataclass_fields__}, "reading": shorter}))
    assert n.state == "stopped" and c.model.highlight.sentence is None
    qtbot.wait(100)  # the poll timer must not run into the old sentence numbers
    same = [i for i, s in enumerate(c.deck.slides) if s.kind == "discussion"][0]
    assert c.timings.get(c.deck.slides[same]) is timing and timing.countdown.state().started
    c.goto(same)
    assert timing.countdown.running  # paused while its slide was left, running again on return


class RefusingWorker:
    """Refuses every job at once, as a worker whose engine stopped responding does."""

    def submit(self, text, out_wav, voice, rate, on_done=None):  # type: ignore[no-untyped-def]
        on_done(SpeechError("the speech engine stopped responding"))

    def engine_version(self, timeout_s: float = 10.0) -> str:
        return "refusing/1"

    def voices(self, timeout_s: float = 10.0) -> list:  # type: ignore[type-arg]
        return []


def test_clip_source_survives_refusals_without_recursion_or_litter(qtbot: QtBot, tmp_path: Path) -> None:
    source = ClipSource(RefusingWorker(), ClipCache(tmp_path / "clips"))  # type: ignore[arg-type]
    failed: list[object] = []
    source.clip_failed.connect(lambda rid, _m: failed.append(rid))
    source.prerender([(Prerender(i), Request(f"Sentence {i}.", None, 150)) for i in range(600)])
    qtbot.waitUntil(lambda: len(failed) == 600, timeout=20000)
    assert not list((tmp_path / "clips").glob(".*.wav"))  # no temporary WAVs left behind


def test_unwritable_cache_fails_the_clip_not_the_narration(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    source = ClipSource(SyncWorker(FakeEngine), ClipCache(blocker / "clips"))
    failed: list[str] = []
    source.clip_failed.connect(lambda _rid, message: failed.append(message))
    assert source.request(SayOnce("Hello there.", 1.0), Request("Hello there.", None, 150)) is None
    qtbot.waitUntil(lambda: bool(failed), timeout=3000)
    good = ClipSource(SyncWorker(FakeEngine), ClipCache(tmp_path / "clips"))
    ready: list[object] = []
    good.clip_ready.connect(lambda rid, clip: ready.append(rid))
    good.request(SayOnce("Hello there!", 1.0), Request("Hello there.", None, 150))
    qtbot.waitUntil(lambda: ready == [SayOnce("Hello there!", 1.0)], timeout=3000)


class StartingWorker(RefusingWorker):
    """An engine that takes its time to start: engine_version has no answer yet."""

    started = False

    def engine_version(self, timeout_s: float = 10.0) -> str:
        if not self.started:
            raise SpeechTimeout("the speech engine is starting")
        return "slow/1"


def test_a_starting_engine_never_blocks_the_gui(qtbot: QtBot, tmp_path: Path) -> None:
    import time

    worker = StartingWorker()
    source = ClipSource(worker, ClipCache(tmp_path / "clips"))  # type: ignore[arg-type]
    failed: list[object] = []
    source.clip_failed.connect(lambda rid, _m: failed.append(rid))
    t0 = time.monotonic()
    assert source.request(SayOnce("Hello.", 1.0), Request("Hello.", None, 150)) is None
    assert time.monotonic() - t0 < 0.05
    worker.started = True
    qtbot.waitUntil(lambda: failed == [SayOnce("Hello.", 1.0)], timeout=3000)  # asked again once the engine was up


def test_double_click_reads_the_sentence_it_was_aimed_at(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    w = PresentationWindow()
    qtbot.addWidget(w)
    w.resize(1280, 760)
    assert LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False).open(sample_lesson_path)
    w.show()
    c, view = w.controller, w.view
    assert c is not None and view is not None
    c.goto(c.deck.first_reading_slide)
    block = c.renderer.reading_blocks(c.current)[1]
    point = QPoint(int(block.x + 40), int(block.y + 10))
    clicked: list[int] = []
    view.sentence_clicked.connect(clicked.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(700)
    assert c.current == c.deck.first_reading_slide  # the slide did not turn
    assert clicked and c.deck.index.sentences[clicked[0]].paragraph == block.paragraph


def test_opening_another_lesson_releases_the_last(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    w = PresentationWindow()
    qtbot.addWidget(w)
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False)
    assert session.open(sample_lesson_path)
    first = w.controller
    copy = tmp_path / "copy.md"
    copy.write_bytes(sample_lesson_path.read_bytes())
    assert session.open(copy)
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=3000)


def test_turning_pages_during_narration(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    c = controller(sample_lesson_path)
    n = Narrator(c, ClipSource(SyncWorker(lambda: FakeEngine(word_ms=200)), ClipCache(tmp_path / "clips")))
    c.goto(c.deck.first_reading_slide)
    n.play()
    qtbot.waitUntil(lambda: n.state == "playing" and c.model.highlight.word is not None, timeout=3000)
    c.next()  # the teacher turns the page while the voice reads
    qtbot.wait(300)
    assert c.current == c.deck.first_reading_slide + 1  # not pulled back
    page = c.deck.slides[c.current].page
    assert page is not None and n.sentence == page.first_sentence  # the narration followed
    c.goto(0)  # off the reading: the narration stops
    assert n.state == "stopped"


def test_console_list_does_not_take_the_keyboard(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    from presenter.ui.app.stage import Stage

    w = PresentationWindow()
    qtbot.addWidget(w)
    settings = SettingsStore(tmp_path / "s.ini")
    session = LessonSession(w, settings, interactive=False)
    stage = Stage(w, settings)
    w.show()
    assert session.open(sample_lesson_path)
    stage.toggle_console()
    console = stage.console
    assert console is not None
    qtbot.addWidget(console)
    console.show()
    console.activateWindow()
    console.setFocus()
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert w.controller is not None and w.controller.current == 2
    assert console.slides.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert w.controller.blank == "black"


def test_speaker_titles_and_misspelled_answer(tmp_path: Path) -> None:
    from presenter.lesson import check_file

    path = tmp_path / "l.md"
    path.write_text("---\ntitle: T\n---\n\n# Reading\n\nDr. Chen: So, Maria, tell me.\n\nStudent 1: I think so.\n\n"
                    "# Questions\n\n1. Is it true? True or false?\n   Anwser: True\n", encoding="utf-8")
    lesson, problems = check_file(path)
    assert lesson is not None
    assert [p.speaker for p in lesson.reading.paragraphs] == ["Dr. Chen", "Student 1"]
    q = lesson.comprehension[0]
    assert "Anwser" not in q.text and q.kind == "true-false"  # the class never sees the misspelled line
    assert any('did you mean "Answer:"' in p.message for p in problems)


def test_letter_answer_shows_its_option() -> None:
    from presenter.lesson.exercises import choice_answer

    options = ("rising seas", "groundwater pumping", "earthquakes")
    assert choice_answer("b", options) == "B) groundwater pumping"
    assert choice_answer("C)", options) == "C) earthquakes"
    assert choice_answer("e", options) == "e" and choice_answer("Because of the pumping", options).startswith("Because")
    # A key that gives the option's text (as imported handouts often do) is shown with its letter too.
    assert choice_answer("Groundwater pumping.", options) == "B) groundwater pumping"
