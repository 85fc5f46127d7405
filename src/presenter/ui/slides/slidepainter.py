"""Painting a slide with QPainter, and finding what is under a point: one layout for both."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTextLayout

from presenter.deck.deck import Deck, Slide
from presenter.deck.beside import columns
from presenter.deck.geometry import Geometry
from presenter.lesson.model import Lesson
from presenter.presenting.groups import Grouped
from presenter.text.sentences import word_spans
from presenter.ui.slides.matching_painter import paint_matching
from presenter.ui.slides.marks import MarkStyle, mark_ranges, paint_marks
from presenter.deck.kinds import SlideKind
from presenter.text.occurrences import Occurrence, occurrences
from presenter.timing.countdown import CountdownState
from presenter.timing.slide import SlideTiming
from presenter.ui.slides import slidebase, warmup_painter
from presenter.ui.slides.groups_painter import groups_rect, paint_groups
from presenter.ui.slides.picker import paint_picked
from presenter.ui.slides.textlayout import LaidOut, char_format, format_range, lay_out, lit_said, speaker_label_height
from presenter.ui.slides.theme import Theme, slide_font
from presenter.ui.slides.timedslide import paint_slide_timing, prompt_fonts, prompt_scale
from presenter.ui.slides.timerview import paint_timer_compact
from presenter.warmup.game import GameState

if TYPE_CHECKING:  # reading checks (presenter.practice) load with the first check, not with the slides
    from presenter.ui.slides.readmarks import ReadMarks


@dataclass(frozen=True, slots=True)
class Mark:
    """A vocabulary term found in a paragraph: characters [start, end) and the entry's index."""

    start: int
    end: int
    entry: int


def term_marks(lesson: Lesson, found: dict[int, list[Occurrence]] | None = None) -> dict[int, list[Mark]]:
    """Where the lesson's vocabulary occurs in the reading, as marks by paragraph index."""
    marks: dict[int, list[Mark]] = {}
    for entry, hits in (found if found is not None else occurrences(lesson)).items():
        for o in hits:
            start = o.sentence_start + o.char_start
            marks.setdefault(o.paragraph, []).append(Mark(start, start + o.char_end - o.char_start, entry))
    return marks


LONG_WARMUP = 20  # more cards than this take over ten minutes at two key presses each


def hidden_text(count: int) -> str:
    """"3 cards hidden" (the predict slide and the console say it)."""
    return f"{count} card{'s' if count != 1 else ''} hidden"


@dataclass(slots=True)
class PaintState:
    """What changes between paints of the same slide: highlights, marks, progress."""

    sentence: int | None = None
    word: tuple[int, int, int] | None = None  # (sentence, char_start, char_end) within the sentence
    marks: dict[int, list[Mark]] = field(default_factory=dict)  # by paragraph index
    show_marks: bool = True
    mark_style: MarkStyle = MarkStyle.UNDERLINE
    progress: float = 0.0
    flipped: bool = False
    found: dict[int, list[Occurrence]] | None = None
    game: GameState | None = None
    timing: SlideTiming | None = None
    picked: str = ""
    grouped: Grouped | None = None  # random pairs or groups shown over the slide
    game_clock: CountdownState | None = None
    hidden_cards: int = 0  # word cards hidden as known: the predict slide says how many
    shown: tuple[int, int] | None = None  # the word said of the slide's own text: [start, end) in what it shows
    read: ReadMarks | None = None  # a student's checked reading of a sentence: its words coloured by mark


@dataclass
class _Block:
    """A paragraph chunk placed on a reading slide."""

    paragraph: int
    offset: int  # where the chunk's text starts within the paragraph
    laid: LaidOut
    x: float
    y: float
    speaker_y: float | None


@dataclass(frozen=True, slots=True)
class Hit:
    """What a click landed on: a sentence and, if any, a vocabulary term."""

    sentence: int | None
    entry: int | None
    paragraph_char: int | None = None
    word: str = ""


class SlideRenderer:
    """Lays out the slides of a deck once and paints them in a theme."""

    def __init__(self, deck: Deck, theme: Theme) -> None:
        """Render `deck` in `theme`."""
        self.deck, self.theme = deck, theme
        self._blocks: dict[int, list[_Block]] = {}

    @property
    def geometry(self) -> Geometry:
        """The geometry the deck was built for."""
        return self.deck.geometry

    def paint(self, painter: QPainter, index: int, state: PaintState) -> None:
        """Paint slide `index` filling the geometry's rectangle."""
        g, t = self.geometry, self.theme
        slidebase.begin(painter, g, t)
        slide = self.deck.slides[index]
        self._header(painter, slide, index)
        if slide.kind == SlideKind.READING:
            self._reading(painter, index, state)
            if slide.media:
                from presenter.ui.slides.pictures import paint_beside

                paint_beside(painter, g, t, self.deck.lesson, slide.media[0])
        elif slide.kind in (SlideKind.TITLE, SlideKind.END):
            self._title(painter, slide)
            if slide.media:
                from presenter.ui.slides.pictures import paint_picture

                paint_picture(painter, g, t, self.deck.lesson, slide.media[0], QRectF(g.margin_x, g.height * 0.04, g.body_width, g.height * 0.3))
        elif slide.kind in (SlideKind.IMAGE, SlideKind.VIDEO) and slide.media:
            from presenter.ui.slides.pictures import paint_media_slide

            paint_media_slide(painter, g, t, self.deck.lesson, slide.kind, slide.media[0], self.deck.index)
        elif slide.kind.warmup:
            self._warmup(painter, slide, state)
        elif slide.kind == SlideKind.MATCHING and slide.item is not None:
            paint_matching(painter, g, t, slide, self.deck.lesson.exercises[slide.item], state.timing)
        else:
            self._prompt(painter, slide, state.shown)
            if state.timing is not None:
                paint_slide_timing(painter, g, slide, state.timing, self.theme)
        if state.grouped is not None:
            paint_groups(painter, groups_rect(g.width, g.height), state.grouped, self.theme)
        if state.picked:
            paint_picked(painter, QRectF(g.width * 0.2, g.height * 0.3, g.width * 0.6, g.height * 0.34), state.picked, self.theme)
        slidebase.paint_progress(painter, g, t, state.progress)

    def _warmup(self, painter: QPainter, slide: Slide, state: PaintState) -> None:
        g = self.geometry
        if slide.kind == SlideKind.PREDICT:
            warmup_painter.paint_grid(painter, self.theme, g, self.deck.lesson, slide)
            cards = sum(1 for s in self.deck.slides if s.kind == SlideKind.CARD)
            notes = [f"{hidden_text(state.hidden_cards)}  (Shift+K)"] if state.hidden_cards else []
            if cards > LONG_WARMUP:  # two keys a card: offer the shorter warm-up where the teacher sees the count
                notes.append(f"{cards} cards: Warm-up ▸ 10 random cards")
            if notes:  # never silently: the class's deck is shorter than the lesson's
                hidden = "   ·   ".join(notes)
                self._text(painter, hidden, g.small_px, QRectF(g.width / 2, g.margin_top * 0.2, g.width / 2 - g.margin_x,
                                                               g.margin_top * 0.7),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "muted")
        elif slide.kind == SlideKind.CARD:
            warmup_painter.paint_card(painter, self.theme, g, self.deck.lesson, slide, state.flipped, state.found,
                                      state.shown)
        elif slide.kind == SlideKind.GAME:
            warmup_painter.paint_game(painter, self.theme, g, self.deck.lesson, slide, state.game)
            if state.game_clock is not None:
                # Beside the slide's title, in the colours the class knows from the discussion timers.
                paint_timer_compact(painter, QRectF(g.width * 0.35, g.margin_top * 0.2, g.width * 0.3, g.margin_top * 0.7),
                                    state.game_clock, self.theme)
        elif slide.kind == SlideKind.SCORE:
            warmup_painter.paint_score(painter, self.theme, g, state.game)

    def _header(self, painter: QPainter, slide: Slide, index: int) -> None:
        if slide.kind in (SlideKind.TITLE, SlideKind.END, SlideKind.SCORE):
            return
        g = self.geometry
        label = slide.title
        if slide.kind == SlideKind.READING:
            reading = [i for i, s in enumerate(self.deck.slides) if s.kind == SlideKind.READING]
            label = f"Reading  ·  {reading.index(index) + 1} / {len(reading)}"
        rect = QRectF(g.margin_x, g.margin_top * 0.2, g.body_width, g.margin_top * 0.7)
        self._text(painter, label, g.small_px, rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "accent", bold=True)

    def _text(self, painter: QPainter, text: str, px: int, rect: QRectF, flags: Qt.AlignmentFlag,
              color: str = "text", bold: bool = False) -> None:
        slidebase.draw_text(painter, self.geometry, self.theme, text, px, rect, flags, color, bold)

    def _title(self, painter: QPainter, slide: Slide) -> None:
        slidebase.paint_title(painter, self.geometry, self.theme, slide.kind, slide.title, slide.text)

    def _prompt(self, painter: QPainter, slide: Slide, shown: tuple[int, int] | None = None) -> None:
        g = self.geometry
        question, *options = slide.text.split("\n")
        # The same scale the countdown's placement assumes: a long question shrinks to clear it.
        q_px, o_px = prompt_fonts(g, prompt_scale(g, slide))
        y = g.margin_top + g.body_px * 0.3
        painter.setPen(self.theme.color("text"))
        laid = lay_out(question, slide_font(q_px, letter_spacing=g.letter_spacing), g.body_width, g.line_spacing,
                       lit_said(self.theme, shown, 0, len(question)))
        laid.layout.draw(painter, QPointF(g.margin_x, y))
        y += laid.height + g.paragraph_gap
        option_font = slide_font(o_px, letter_spacing=g.letter_spacing)
        at = len(question) + 1
        for option in options:
            laid = lay_out(option, option_font, g.body_width - o_px, 1.2, lit_said(self.theme, shown, at, len(option)))
            laid.layout.draw(painter, QPointF(g.margin_x + o_px, y))
            y += laid.height
            at += len(option) + 1

    def reading_blocks(self, index: int) -> list[_Block]:
        """The laid-out chunks of a reading slide (cached)."""
        if index in self._blocks:
            return self._blocks[index]
        g, slide = self.geometry, self.deck.slides[index]
        assert slide.page is not None
        font = slide_font(slide.page.font_px, letter_spacing=g.letter_spacing)
        blocks: list[_Block] = []
        y = float(g.margin_top)
        for n, chunk in enumerate(slide.page.chunks):
            if n:
                y += g.paragraph_gap
            speaker_y = None
            if chunk.speaker:
                speaker_y = y
                y += speaker_label_height(g, slide.page.font_px)
            laid = lay_out(chunk.text, font, columns(g)[0] if slide.media else g.body_width, g.line_spacing)
            offset = chunk.start  # a piece of an over-long sentence starts inside it
            blocks.append(_Block(chunk.paragraph, offset, laid, float(g.margin_x), y, speaker_y))
            y += laid.height
        self._blocks[index] = blocks
        return blocks

    def _reading(self, painter: QPainter, index: int, state: PaintState) -> None:
        g, t = self.geometry, self.theme
        slide = self.deck.slides[index]
        assert slide.page is not None
        sentences = self.deck.index.sentences
        for block, chunk in zip(self.reading_blocks(index), slide.page.chunks, strict=True):
            if chunk.speaker and block.speaker_y is not None:
                self._text(painter, chunk.speaker, round(slide.page.font_px * 0.72),
                           QRectF(block.x, block.speaker_y, g.body_width, speaker_label_height(g, slide.page.font_px)),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "accent", bold=True)
            style = state.mark_style if state.show_marks else MarkStyle.OFF
            spans = [] if style == MarkStyle.OFF else [
                (mark.start - block.offset, mark.end - mark.start) for mark in state.marks.get(chunk.paragraph, [])
                if 0 <= mark.start - block.offset and mark.end - block.offset <= len(chunk.text)]
            selections: list[QTextLayout.FormatRange] = mark_ranges(style, t, spans)
            if state.sentence is not None and chunk.first <= state.sentence <= chunk.last:
                s = sentences[state.sentence]
                selections.append(format_range(s.start - block.offset, s.end - s.start, char_format(background=t.sentence)))
                if state.word is not None and state.word[0] == state.sentence:
                    _, ws, we = state.word
                    selections.append(format_range(s.start - block.offset + ws, we - ws,
                                                   char_format(background=t.word, foreground=t.word_text)))
            read = state.read if state.read is not None and chunk.first <= state.read.sentence <= chunk.last else None
            if read is not None:
                from presenter.ui.slides.readmarks import paint_unread, read_ranges

                at = sentences[read.sentence].start - block.offset
                selections += read_ranges(t.name, read, at, len(chunk.text))
            painter.setPen(t.color("text"))
            block.laid.layout.draw(painter, QPointF(block.x, block.y), selections)
            paint_marks(painter, style, block.laid.layout, QPointF(block.x, block.y), spans, selections, t,
                        slide.page.font_px)
            if read is not None:
                paint_unread(painter, t.name, block.laid.layout, QPointF(block.x, block.y), read, at, slide.page.font_px)

    def hit(self, index: int, x: float, y: float, state: PaintState) -> Hit:
        """What lies under (x, y) on a reading slide: the sentence and any vocabulary mark."""
        slide = self.deck.slides[index]
        if slide.kind != SlideKind.READING or slide.page is None:
            return Hit(None, None)
        for block, chunk in zip(self.reading_blocks(index), slide.page.chunks, strict=True):
            if not (block.y <= y <= block.y + block.laid.height and block.x <= x <= block.x + self.geometry.body_width):
                continue
            layout = block.laid.layout
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                top = block.y + line.y() - (line.height() * (self.geometry.line_spacing - 1)) / 2
                if top <= y <= top + line.height() * self.geometry.line_spacing:
                    pos = line.xToCursor(x - block.x) + block.offset
                    sentence = next((s.index for s in self.deck.index.paragraph_sentences(chunk.paragraph)
                                     if s.start <= pos <= s.end), None)
                    entry = next((m.entry for m in state.marks.get(chunk.paragraph, []) if m.start <= pos < m.end), None)
                    text = self.deck.index.paragraphs[chunk.paragraph].text
                    word = next((text[w.start:w.end] for w in word_spans(text) if w.start <= pos <= w.end), "")
                    return Hit(sentence, entry, pos, word)
        return Hit(None, None)
