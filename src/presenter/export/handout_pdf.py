"""The printable handout as PDF (Qt's PDF writer): pages broken so that no question is split."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextBlock, QTextBlockFormat,
                           QTextCursor, QTextDocument, QTextFormat, QTextFrameFormat)

from presenter.export.handout_html import KEEP, LINE, handout_html
from presenter.export.handout_images import add_pictures
from presenter.lesson.model import Lesson

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
FOOTER_PX = 28  # room under each page's text for its page number
NUMBERS_PX = 34  # room left of the text for line numbers
LINE_STEP = 5  # the reading's lines are numbered every fifth, as in exam papers


def _anchor(block: QTextBlock, prefix: str) -> bool:
    it = block.begin()
    return not it.atEnd() and any(n.startswith(prefix) for n in it.fragment().charFormat().anchorNames())


def _groups(doc: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """(first, last) block of each question and prompt, a heading just above going with it."""
    starts: list[QTextBlock] = []
    block = doc.begin()
    while block.isValid():
        if _anchor(block, KEEP):
            before = block.previous()
            starts.append(before if before.isValid() and before.blockFormat().headingLevel() else block)
        block = block.next()
    groups = []
    for n, first in enumerate(starts):
        last = first
        while last.next().isValid() and (n + 1 == len(starts) or last.next() != starts[n + 1]) \
                and not (last.next().blockFormat().headingLevel() and last != first):
            last = last.next()
        groups.append((first, last))
    return groups


def split_questions(doc: QTextDocument, page_height: float) -> list[int]:
    """Block numbers where a question must start a page so that none crosses a break, in one pass.

    Each question moved to the next page moves everything below it down by the same amount, so
    the later ones are checked at their shifted place (a fresh layout then confirms the plan).
    """
    layout = doc.documentLayout()
    shift, starts = 0.0, []
    for first, last in _groups(doc):
        top = layout.blockBoundingRect(first).top() + shift
        bottom = layout.blockBoundingRect(last).bottom() + shift
        fits = bottom - top < page_height * 0.9  # a question longer than a page breaks where it must
        page_end = (top // page_height + 1) * page_height
        if fits and bottom > page_end - FOOTER_PX:  # the text of a page ends above its footer
            shift += page_end - top
            starts.append(first.blockNumber())
    return starts


def _line_numbers(doc: QTextDocument, page: int, height: float) -> list[tuple[float, int]]:
    """(y on this page, number) of each numbered reading line on page `page`."""
    out, count = [], 0
    block = doc.begin()
    while block.isValid():
        if _anchor(block, LINE):
            lines = block.layout()
            top = lines.position().y()
            for i in range(lines.lineCount()):
                count += 1
                line = lines.lineAt(i)
                y = top + line.y()
                if count % LINE_STEP == 0 and int(y // height) == page:
                    out.append((y - page * height + line.ascent(), count))
        block = block.next()
    return out


def _layout(lesson: Lesson, writer: QPdfWriter, answers: bool, line_numbers: bool,
            breaks: set[int]) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    add_pictures(doc, lesson)
    doc.setHtml(handout_html(lesson, answers))
    frame = QTextFrameFormat(doc.rootFrame().frameFormat())
    frame.setBottomMargin(FOOTER_PX)
    frame.setLeftMargin(NUMBERS_PX if line_numbers else 0)
    doc.rootFrame().setFrameFormat(frame)
    for number in breaks:
        block = doc.findBlockByNumber(number)
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QRectF(0, 0, writer.width(), writer.height()).size())
    return doc


def handout_document(lesson: Lesson, writer: QPdfWriter, answers: bool, line_numbers: bool) -> QTextDocument:
    """The handout laid out on `writer`'s pages, each question starting a new page where it would be split."""
    # Laid out afresh with the breaks: Qt finishes a changed layout in steps on a timer, so a
    # document changed in place reports stale positions below the change.
    breaks: set[int] = set()
    while True:
        doc = _layout(lesson, writer, answers, line_numbers, breaks)
        planned = set(split_questions(doc, writer.height()))
        if not planned or planned <= breaks:
            return doc
        breaks |= planned


def write_handout_pdf(lesson: Lesson, out: Path, paper: str = "a4", *, answers: bool = False,
                      line_numbers: bool = False) -> int:
    """Write the handout (or with `answers` the teacher's copy) to `out`; return the number of pages."""
    writer = QPdfWriter(str(out))
    writer.setTitle(lesson.title + (" (answer key)" if answers else ""))
    writer.setCreator("presenter")
    # QTextDocument lays out at the screen resolution; at the same resolution the page is
    # filled edge to edge (at 300 dpi it only used half the width). Text stays vector either way.
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(PAPER[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    doc = handout_document(lesson, writer, answers, line_numbers)
    width, height = float(writer.width()), float(writer.height())
    pages = doc.pageCount()
    painter = QPainter(writer)
    small = QFont("DejaVu Sans")
    small.setPointSizeF(8)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        doc.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
        painter.setFont(small)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawText(QRectF(0, height - FOOTER_PX + 8, width, FOOTER_PX - 8),
                         Qt.AlignmentFlag.AlignCenter, f"{page + 1} / {pages}")
        if line_numbers:
            for y, number in _line_numbers(doc, page, height):
                painter.drawText(QPointF(0, y), str(number))
    painter.end()
    return pages
