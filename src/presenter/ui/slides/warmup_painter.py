"""Painting the warm-up slides: the term grid, flashcards front and back, the game and the score."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from presenter.deck.deck import Slide
from presenter.deck.geometry import Geometry
from presenter.lesson.model import Lesson
from presenter.text.occurrences import Occurrence
from presenter.ui.slides.textlayout import char_format, format_range, lay_out, lit_said
from presenter.ui.slides.theme import Theme, slide_font
from presenter.warmup.game import GAP, GameState

CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
RIGHT_COLOUR, WRONG_COLOUR = "#1e7d32", "#b3261e"  # white text on both is over 5:1


def _text(p: QPainter, theme: Theme, g: Geometry, text: str, px: int, rect: QRectF,
          flags: Qt.AlignmentFlag, colour: str = "text", bold: bool = False) -> None:
    p.setFont(slide_font(px, bold=bold, letter_spacing=g.letter_spacing))
    p.setPen(theme.color(colour))
    p.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), text)


def grid_layout(g: Geometry, terms: list[str]) -> tuple[int, list[QRectF]]:
    """The grid's text size and each term's box: as large as fits (up to 2.2x the body text), centred on the slide."""
    n = max(len(terms), 1)
    # Few terms: fewer columns, so they grow and fill the slide instead of huddling top-left.
    columns = 1 if n <= 3 else 2 if n <= 8 or g.width < 1000 else 3
    rows = -(-n // columns)
    col_w = g.body_width / columns
    widest = max((QFontMetricsF(slide_font(g.body_px, letter_spacing=g.letter_spacing)).horizontalAdvance(t)
                  for t in terms), default=1.0)
    scale = max(1.0, min(2.2, g.body_height / (rows * g.body_px * 1.35), col_w * 0.94 / max(widest, 1.0)))
    px = round(g.body_px * scale)
    row_h = px * 1.35
    # Each column as wide as its longest term needs (at most its share), the block centred both ways.
    used_w = min(col_w, widest * scale / 0.94 + px)
    x0 = g.margin_x + (g.body_width - used_w * columns) / 2
    y0 = g.margin_top + max(0.0, (g.body_height - rows * row_h) / 2)
    boxes = []
    for k in range(len(terms)):
        col, row = divmod(k, rows)
        boxes.append(QRectF(x0 + col * used_w, y0 + row * row_h, used_w, row_h))
    return px, boxes


def paint_grid(p: QPainter, theme: Theme, g: Geometry, lesson: Lesson, slide: Slide) -> None:
    """All the terms in columns, big enough to read from the back."""
    terms = [lesson.vocabulary[i].term for i in slide.terms]
    px, boxes = grid_layout(g, terms)
    p.setFont(slide_font(px, letter_spacing=g.letter_spacing))
    p.setPen(theme.color("text"))
    metrics = QFontMetricsF(p.font())
    align = Qt.AlignmentFlag.AlignHCenter if len(terms) <= 3 else Qt.AlignmentFlag.AlignLeft
    for term, rect in zip(terms, boxes, strict=True):
        p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter),
                   metrics.elidedText(term, Qt.TextElideMode.ElideRight, rect.width() * 0.94))


def _lit_term(p: QPainter, theme: Theme, g: Geometry, term: str, rect: QRectF, shown: tuple[int, int]) -> None:
    """The card's term centred at the foot of `rect`, with the word being said lit."""
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    laid = lay_out(term, slide_font(round(g.title_px * 1.5), bold=True, letter_spacing=g.letter_spacing), rect.width(), 1.0,
                   lit_said(theme, shown, 0, len(term)), option)
    p.setPen(theme.color("text"))
    laid.layout.draw(p, QPointF(rect.left(), rect.bottom() - laid.height))


def paint_card(p: QPainter, theme: Theme, g: Geometry, lesson: Lesson, slide: Slide,
               flipped: bool, found: dict[int, list[Occurrence]] | None, shown: tuple[int, int] | None = None) -> None:
    """A flashcard: the term on the front; meaning and the reading's sentences on the back."""
    assert slide.item is not None
    v = lesson.vocabulary[slide.item]
    # As written, repeats included: "buy – bought – bought" is the pattern learners know.
    forms = "  –  ".join((v.term, *v.forms)) if v.forms else ""
    count = f"({v.count})" if v.count else ""
    if not flipped:
        term_rect = QRectF(g.margin_x, g.height * 0.2, g.body_width, g.height * 0.35)
        term_align = Qt.AlignmentFlag.AlignBottom
        if v.image is not None:  # the picture above the word, as on a picture-dictionary card
            from presenter.ui.slides.pictures import paint_picture

            paint_picture(p, g, theme, lesson, v.image, QRectF(g.margin_x, g.height * 0.08, g.body_width, g.height * 0.3))
            term_rect, term_align = QRectF(g.margin_x, g.height * 0.4, g.body_width, g.height * 0.17), Qt.AlignmentFlag.AlignTop
        if shown is None:
            _text(p, theme, g, v.term, round(g.title_px * 1.5), term_rect, Qt.AlignmentFlag.AlignHCenter | term_align,
                  bold=True)
        else:  # while N says the term, its word is lit as on the reading
            _lit_term(p, theme, g, v.term, term_rect, shown)
        sub = "   ".join(x for x in (forms, count) if x)
        _text(p, theme, g, sub, g.body_px, QRectF(g.margin_x, g.height * 0.58, g.body_width, g.body_px * 2), CENTER, "muted")
        _text(p, theme, g, "Space: meaning   ·   S: say it", g.small_px,
              QRectF(g.margin_x, g.height * 0.8, g.body_width, g.small_px * 2), CENTER, "muted")
        return
    y = float(g.margin_top)
    head = (forms or v.term) + (f"   {count}" if count else "")
    _text(p, theme, g, head, round(g.body_px * 1.2), QRectF(g.margin_x, y, g.body_width, g.body_px * 1.8),
          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "accent", bold=True)
    y += g.body_px * 1.9
    if v.part_of_speech:
        _text(p, theme, g, v.part_of_speech, g.small_px, QRectF(g.margin_x, y, g.body_width, g.small_px * 1.6),
              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "muted")
        y += g.small_px * 1.7
    if v.definition:  # without one the back shows the term and its sentences in the reading (never a note to the teacher)
        laid = lay_out(v.definition, slide_font(g.body_px, letter_spacing=g.letter_spacing), g.body_width, g.line_spacing)
        p.setPen(theme.color("text"))
        laid.layout.draw(p, QPointF(g.margin_x, y))
        y += laid.height + g.paragraph_gap
    hits = (found or {}).get(slide.item, [])
    if found is None:
        return
    label = f"In the reading: {len(hits)} time{'s' if len(hits) != 1 else ''}" if hits else "Not in the reading"
    _text(p, theme, g, label, g.small_px, QRectF(g.margin_x, y, g.body_width, g.small_px * 1.6),
          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "muted", bold=True)
    y += g.small_px * 1.8
    example_font = slide_font(round(g.body_px * 0.85), letter_spacing=g.letter_spacing)
    bottom = g.height - g.margin_bottom
    for hit in hits[:3]:
        fmt = char_format(background=theme.word, foreground=theme.word_text)
        laid = lay_out(hit.sentence, example_font, g.body_width - g.body_px, 1.25,
                       [format_range(hit.char_start, hit.char_end - hit.char_start, fmt)])
        if y + laid.height > bottom:
            break
        p.fillRect(QRectF(g.margin_x, y, g.body_px * 0.18, laid.height), theme.color("accent"))
        p.setPen(theme.color("text"))
        laid.layout.draw(p, QPointF(g.margin_x + g.body_px, y))
        y += laid.height + g.paragraph_gap * 0.6


def paint_game(p: QPainter, theme: Theme, g: Geometry, lesson: Lesson, slide: Slide, game: GameState | None) -> None:
    """A round of the game: the gap sentence (or definition) and four numbered choices."""
    assert slide.item is not None
    if game is None or slide.item >= len(game.rounds):
        _text(p, theme, g, "Getting the game ready…", g.body_px, QRectF(0, 0, g.width, g.height), CENTER, "muted")
        return
    r = game.rounds[slide.item]
    _text(p, theme, g, f"Score {game.score}", g.small_px, QRectF(g.margin_x, g.margin_top * 0.2, g.body_width, g.margin_top * 0.7),
          Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "accent", bold=True)
    y = g.margin_top + g.body_px * 0.2
    intro = "Which word fits the gap?" if r.kind == "gap" else "Which word means this?"
    _text(p, theme, g, intro, g.small_px, QRectF(g.margin_x, y, g.body_width, g.small_px * 1.6),
          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "muted")
    y += g.small_px * 1.9
    selections: list[QTextLayout.FormatRange] = []
    if GAP in r.prompt:
        selections.append(format_range(r.prompt.index(GAP), len(GAP), char_format(foreground=theme.accent, bold=True)))
    laid = lay_out(r.prompt, slide_font(g.body_px, letter_spacing=g.letter_spacing), g.body_width, g.line_spacing, selections)
    p.setPen(theme.color("text"))
    laid.layout.draw(p, QPointF(g.margin_x, y))
    y += laid.height + g.paragraph_gap
    answered = game.answers.get(slide.item)
    cell_w, cell_h = g.body_width / 2, g.body_px * 2.1
    for k, entry in enumerate(r.options):
        rect = QRectF(g.margin_x + (k % 2) * cell_w, y + (k // 2) * (cell_h + g.body_px * 0.3), cell_w - g.body_px * 0.4, cell_h)
        colour = None
        if answered is not None and k == r.correct_option:
            colour = RIGHT_COLOUR
        elif answered == k:
            colour = WRONG_COLOUR
        p.setPen(QPen(theme.color("muted"), max(2.0, g.height / 400)))
        p.setBrush(QColor(colour) if colour else Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, g.body_px * 0.3, g.body_px * 0.3)
        text_colour = "background" if colour and theme.name != "light" else "text"
        p.setFont(slide_font(g.body_px, letter_spacing=g.letter_spacing))
        p.setPen(QColor("#ffffff") if colour else theme.color(text_colour))
        label = f"{k + 1}   {lesson.vocabulary[entry].term}"
        inner = rect.adjusted(g.body_px * 0.5, 0, -g.body_px * 0.3, 0)
        label = QFontMetricsF(p.font()).elidedText(label, Qt.TextElideMode.ElideRight, inner.width())  # long phrases
        p.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
    hint = f"Press 1–{len(r.options)} for the class's answer" if answered is None else "→ next"
    _text(p, theme, g, hint, g.small_px, QRectF(g.margin_x, g.height - g.margin_bottom - g.small_px * 2, g.body_width, g.small_px * 1.6),
          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "muted")


def paint_score(p: QPainter, theme: Theme, g: Geometry, game: GameState | None) -> None:
    """The class's score, big."""
    score, total = (game.score, len(game.rounds)) if game else (0, 0)
    _text(p, theme, g, "Your score", g.title_px, QRectF(0, g.height * 0.12, g.width, g.height * 0.2), CENTER, "muted", bold=True)
    _text(p, theme, g, f"{score} / {total}", round(g.height / 3.2), QRectF(0, g.height * 0.3, g.width, g.height * 0.45),
          CENTER, "accent", bold=True)
    answered = len(game.answers) if game else 0
    if answered < total:
        _text(p, theme, g, f"{total - answered} not answered", g.small_px, QRectF(0, g.height * 0.78, g.width, g.small_px * 2),
              CENTER, "muted")
