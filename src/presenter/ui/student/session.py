"""Student mode wiring: a lesson or a lesson pack, its narration, the word cards and saved progress."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject

from presenter.deck.geometry import Geometry
from presenter.lesson import LessonError, read_lesson
from presenter.lesson.model import Lesson
from presenter.narration.cache import ClipCache
from presenter.speech.model import Clip
from presenter.student.progress import Attempt, Progress, ProgressStore, lesson_key
from presenter.student.unpack import PackError, open_pack
from presenter.ui.audio.clipsource import ClipSource, PackedClips, Worker
from presenter.ui.slides.controller import DeckController
from presenter.ui.audio.narrator import Narrator
from presenter.ui.student.window import StudentWindow
from presenter.ui.slides.theme import theme_named
from presenter.ui.student.questions import QuestionsView
from presenter.ui.student.words import WordsView
from presenter.ui.student.practice_dock import PracticeParts, add_practice


class StudentError(Exception):
    """The lesson or pack cannot be opened; the message says why, for the student."""


def load_for_student(path: Path, packs_folder: Path) -> tuple[Lesson, dict[str, Clip], str]:
    """A lesson file, or a pack checked and unpacked: the lesson, its recorded clips, a notice."""
    if path.suffix.lower() == ".zip":
        try:
            opened = open_pack(path, packs_folder)
        except PackError as exc:
            raise StudentError(str(exc)) from exc
        # Said live (words, questions, sentences the pack lacks): in the voice and at the rate the pack was recorded with.
        lesson = replace(opened.lesson, voice=opened.voice or opened.lesson.voice, rate=opened.rate)
        return lesson, dict(opened.clips), opened.notice
    try:
        lesson, _ = read_lesson(path)
    except LessonError as exc:
        raise StudentError(str(exc)) from exc
    return lesson, {}, ""


class StudentSession(QObject):
    """Builds the student window and keeps the student's progress saved as they go."""

    def __init__(self, path: Path, worker: Worker, cache_dir: Path, data_dir: Path, theme: str = "light",
                 parent: QObject | None = None, practice: PracticeParts | None = None) -> None:
        """Open `path` (a lesson or a pack) for self-study; raises StudentError. `practice`: checker and microphone."""
        super().__init__(parent)
        lesson, recorded, self.notice = load_for_student(path, data_dir / "packs")
        self.lesson = lesson
        self.store = ProgressStore(data_dir / "progress")
        loaded = self.store.load(lesson_key(lesson), [v.term for v in lesson.vocabulary], lesson.title)
        self.progress: Progress = loaded.progress
        if loaded.notice:
            self.notice = " ".join(x for x in (self.notice, loaded.notice) if x)
        self.controller = DeckController(lesson, Geometry(1100, 620), theme, parent=self, student=True)
        clips = ClipCache(cache_dir / "narration")
        source: ClipSource = PackedClips(worker, clips, recorded, self) if recorded else ClipSource(worker, clips, self)
        self.narrator = Narrator(self.controller, source, parent=self)
        self.words = WordsView(lesson, theme_named(theme))
        self.words.marked.connect(self._marked)
        self.words.say_requested.connect(self.narrator.say)
        self.questions = QuestionsView(lesson) if lesson.comprehension or lesson.discussion else None
        self.window = StudentWindow(self.controller, self.narrator, self.words, questions=self.questions)
        self.window.position_changed.connect(self._reached)
        if self.notice:
            self.window.bar.show_message(self.notice)
        # Back to the page the student was on (like a reader app), not to the last sentence heard.
        resume = self.progress.page if self.progress.page is not None else self.progress.position
        self._resume: int | None = None  # that page's sentence, until the student turns the page
        if 0 <= resume < len(self.controller.deck.index.sentences) and (resume or self.progress.page is not None):
            self._resume = resume
            self.controller.goto(self.controller.deck.slide_of_sentence(resume))
        self.controller.slide_changed.connect(self._turned)
        self.controller.deck_changed.connect(self._repaginated)
        self._show_next_card()
        self.controller.load_terms()
        self.words.face.found = self.controller.found
        self.practice = add_practice(self.window, self.controller, self.narrator, self.record_reading,
                                     practice or PracticeParts(), data_dir / "recordings" / lesson_key(lesson))

    def _reached(self, sentence: int) -> None:
        self.progress.position = sentence
        self._save()

    def _turned(self, slide: int) -> None:
        page = self.controller.deck.slides[slide].page
        if page is None:
            return
        if self._resume is not None and page.first_sentence <= self._resume <= page.last_sentence:
            return  # still the page reopened at (the window's size may paginate it differently)
        self._resume = None
        if page.first_sentence != self.progress.page:
            self.progress.page = page.first_sentence
            self._save()

    def _repaginated(self) -> None:
        if self._resume is not None:  # the window got its size: show the page that holds the sentence
            self.controller.goto(self.controller.deck.slide_of_sentence(self._resume))

    def _marked(self, term: str, known: bool) -> None:
        self.progress.mark(term, known)
        self._save()
        self._show_next_card()

    def record_reading(self, sentence: int, attempt: Attempt) -> tuple[Attempt, str]:
        """Keep a reading-practice attempt; the sentence's best attempt, and "" or the saving notice."""
        self.progress.record_reading(sentence, attempt)
        return self.progress.readings[sentence][0], self.store.save(self.progress)

    def _save(self) -> None:
        if notice := self.store.save(self.progress):  # a full or read-only disk: say so, keep going
            self.window.bar.show_message(notice)

    def _show_next_card(self) -> None:
        known = sum(1 for v in self.lesson.vocabulary if v.term in self.progress.known)
        self.words.show_term(self.progress.next_card(), known, len(self.lesson.vocabulary))
