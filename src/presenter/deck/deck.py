"""Which slides a lesson makes, in which order."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from presenter.deck.beside import SideMeasure, place_beside
from presenter.deck.exercises import exercise_kind, exercise_text, warmup_titles
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.deck.pagination import Measure, Page, page_of_sentence, paginate
from presenter.deck.reading import ReadingIndex
from presenter.deck.titles import title_slide_text
from presenter.lesson.model import Lesson, Media, ReadingImage

SLIDE_KINDS = tuple(SlideKind)  # in deck order
MIN_ROUND_SECONDS = 10  # a round of the warm-up game: the lesson's `game` time shared out, never less
SHUFFLE_SEED = 7  # a fixed shuffle: the cards keep one order each time the lesson opens
WARMUP_KINDS = frozenset(k for k in SlideKind if k.warmup)


@dataclass(frozen=True, slots=True)
class WarmupOptions:
    """The teacher's choices for the warm-up, remembered per lesson."""

    skip: bool = False
    shuffle_seed: int | None = None
    hidden: frozenset[str] = frozenset()  # terms the class already knows
    game_rounds: int = 8
    card_limit: int = 0  # 0: every card; else this many, drawn at random (57 cards x 2 keys is too long for a lesson)
    card_seed: int = 0  # which random draw: the same cards until the teacher draws again


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide: its kind, what it shows, and the body text size used."""

    kind: SlideKind
    title: str
    text: str
    font_px: int
    page: Page | None = None
    item: int | None = None
    terms: tuple[int, ...] = ()
    seconds: int | None = None
    think_seconds: int | None = None
    notes: tuple[str, ...] = ()
    media: tuple[Media, ...] = ()  # pictures and clips shown on the slide


@dataclass(frozen=True, slots=True)
class Deck:
    """The slides of a lesson at one geometry."""

    lesson: Lesson
    index: ReadingIndex
    geometry: Geometry
    slides: tuple[Slide, ...]
    reading_pages: tuple[Page, ...] = field(default=())

    @property
    def first_reading_slide(self) -> int:
        """Index of the first reading slide."""
        return next(i for i, s in enumerate(self.slides) if s.kind == SlideKind.READING)

    def slide_of_sentence(self, sentence: int) -> int:
        """The slide that shows a sentence of the reading (pictures may stand between reading slides)."""
        reading = [i for i, s in enumerate(self.slides) if s.kind == SlideKind.READING]
        return reading[page_of_sentence(list(self.reading_pages), sentence)]

    def anchor_sentence(self, slide: int) -> int | None:
        """The first sentence shown on a slide, if it is a reading slide."""
        page = self.slides[slide].page
        return page.first_sentence if page is not None else None


def vocabulary_grid(count: int, geometry: Geometry) -> list[range]:
    """Split `count` terms into grid slides of as many rows and columns as fit."""
    if count == 0:
        return []
    columns = 3 if geometry.width >= 1000 else 2
    row_height = geometry.body_px * 1.35
    rows = max(int(geometry.body_height // row_height), 1)
    per_slide = rows * columns
    return [range(i, min(i + per_slide, count)) for i in range(0, count, per_slide)]


def _warmup(lesson: Lesson, geometry: Geometry, options: WarmupOptions) -> list[Slide]:
    """Predict (all terms) → one card per term → the game's rounds → the class's score."""
    if options.skip or not lesson.vocabulary:
        return []
    body = geometry.body_px
    slides: list[Slide] = []
    grids = vocabulary_grid(len(lesson.vocabulary), geometry)
    for n, terms in enumerate(grids):
        title = "Before you read: what is it about?" + (f"  ({n + 1}/{len(grids)})" if len(grids) > 1 else "")
        text = "\n".join(lesson.vocabulary[t].term for t in terms)
        slides.append(Slide(SlideKind.PREDICT, title, text, body, terms=tuple(terms)))
    cards = [i for i, v in enumerate(lesson.vocabulary) if v.term.lower() not in options.hidden]
    if 0 < options.card_limit < len(cards):
        cards = sorted(random.Random(options.card_seed).sample(cards, options.card_limit))
    if options.shuffle_seed is not None:
        random.Random(options.shuffle_seed).shuffle(cards)
    for n, i in enumerate(cards):
        v = lesson.vocabulary[i]
        forms = " – ".join((v.term, *v.forms))
        text = "\n".join(x for x in (forms, v.part_of_speech, v.definition) if x)
        slides.append(Slide(SlideKind.CARD, f"Word {n + 1} / {len(cards)}", text, body, item=i,
                            media=(v.image,) if v.image is not None else ()))
    rounds = min(options.game_rounds, len(lesson.vocabulary))
    if rounds >= 2:
        for r in range(rounds):
            slides.append(Slide(SlideKind.GAME, f"Quick check {r + 1} / {rounds}", "", body, item=r,
                                seconds=max(MIN_ROUND_SECONDS, round(lesson.durations.game / rounds))))
        slides.append(Slide(SlideKind.SCORE, "Your score", "", geometry.title_px))
    return slides


def _pictures(pictures: list[ReadingImage], before: int, body: int) -> list[Slide]:
    """Slides for the pictures that come before paragraph `before`, taken off the list."""
    due = [p for p in pictures if p.after <= before]
    del pictures[: len(due)]
    return [Slide(SlideKind.IMAGE, p.media.alt or "Picture", p.media.alt, body, media=(p.media,)) for p in due]


def build_deck(lesson: Lesson, geometry: Geometry, measure: Measure, index: ReadingIndex | None = None,
               warmup: WarmupOptions | None = None, student: bool = False, side: SideMeasure | None = None) -> Deck:
    """Title → warm-up questions → vocabulary → reading → questions → exercises → discussion → end.

    A student's deck (self-paced, at home) is the title, the reading and the end: the words
    have their own cards, and timed class talk makes no sense alone. With `side`, a reading
    picture sits beside its paragraph where both fit (deck.beside).
    """
    index = index or ReadingIndex.build(lesson.reading)
    body = geometry.body_px
    slides: list[Slide] = [Slide(SlideKind.TITLE, lesson.title, title_slide_text(lesson), geometry.title_px,
                                 media=(lesson.image,) if lesson.image is not None else ())]
    if not student:
        for i, (p, title) in enumerate(zip(lesson.warmup, warmup_titles(lesson), strict=True)):
            text = p.text + "".join(f"\n{k + 1}. {o}" for k, o in enumerate(p.options))
            slides.append(Slide(SlideKind.WARM_UP, title, text, body, item=i, seconds=lesson.warmup_seconds(p),
                                think_seconds=p.think_seconds, notes=p.notes))
        slides += _warmup(lesson, geometry, warmup or WarmupOptions())
    if lesson.video is not None:
        slides.append(Slide(SlideKind.VIDEO, "Watch", lesson.video.alt or lesson.source, body, media=(lesson.video,)))
    pages = paginate(index, measure, geometry.body_height, body, geometry.paragraph_gap, geometry.min_body_px)
    pictures = list(lesson.reading.images)
    beside: dict[int, Media] = {}
    if side is not None and pictures:
        pages, beside, pictures = place_beside(pages, pictures, index, geometry, side)
    for page in pages:
        # A picture never splits: beside its paragraph when both fit, else on a slide of its own, after
        # the page ending the paragraph before it.
        slides += _pictures(pictures, page.chunks[0].paragraph, body)
        # A paragraph's notes go with the slide where the paragraph ends.
        notes = tuple(n for c in page.chunks if c.last == index.last_sentence(c.paragraph)
                      for n in index.paragraphs[c.paragraph].notes)
        shown = beside.get(page.chunks[0].paragraph) if len(page.chunks) == 1 else None
        slides.append(Slide(SlideKind.READING, "Reading", page.text, page.font_px, page=page, notes=notes,
                            media=(shown,) if shown is not None else ()))
    slides += _pictures(pictures, len(index.paragraphs), body)
    for i, q in enumerate(() if student else lesson.comprehension):
        text = q.text + "".join(f"\n{chr(65 + k)}) {o}" for k, o in enumerate(q.options))
        slides.append(Slide(SlideKind.QUESTION, f"Question {q.label or i + 1}", text, body, item=i,
                            seconds=lesson.question_seconds(q), notes=q.notes))
    for i, e in enumerate(() if student else lesson.exercises):
        slides.append(Slide(exercise_kind(e), f"Exercise {e.label or i + 1}", exercise_text(e), body, item=i,
                            seconds=lesson.exercise_seconds(e), notes=e.notes))
    for i, p in enumerate(() if student else lesson.discussion):
        text = p.text + "".join(f"\n{k + 1}. {o}" for k, o in enumerate(p.options))
        slides.append(Slide(SlideKind.PROMPT, f"Discussion {p.label or i + 1}", text, body, item=i,
                            seconds=lesson.prompt_seconds(p), think_seconds=p.think_seconds, notes=p.notes))
    slides.append(Slide(SlideKind.END, "Well done!", lesson.title, geometry.title_px))
    return Deck(lesson, index, geometry, tuple(slides), tuple(pages))
