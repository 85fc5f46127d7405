"""A web video's slide: its address as a QR code as large as the slide allows, and as text (never fetched)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QTextOption

from presenter.deck.geometry import Geometry
from presenter.deck.qrcode import QUIET_MODULES, qr_modules
from presenter.lesson.model import Media
from presenter.ui.slides.theme import Theme, slide_font

HEADING = "Scan to watch the video, or open this address in a browser:"


def link_layout(g: Geometry, modules: int) -> tuple[QRectF, QRectF]:
    """(the code with its quiet zone, the text box): side by side on a wide screen, the text below on a squarer one."""
    side_by_side = g.body_width - g.body_height >= g.body_width * 0.4
    text_h = 0.0 if side_by_side else g.body_px * 1.4 * 3
    side = min(g.body_height - text_h, g.body_width if not side_by_side else g.body_height)
    side -= side % (modules + 2 * QUIET_MODULES)  # whole pixels per module: crisp edges scan best
    code = QRectF(g.margin_x, g.margin_top, side, side)
    if side_by_side:
        gap = g.body_px
        return code, QRectF(code.right() + gap, g.margin_top, g.body_width - side - gap, side)
    code.moveLeft(g.margin_x + (g.body_width - side) / 2)
    return code, QRectF(g.margin_x, code.bottom() + g.body_px * 0.3, g.body_width, g.body_height - side - g.body_px * 0.3)


def paint_link_slide(painter: QPainter, g: Geometry, theme: Theme, media: Media) -> None:
    """The QR code on white (scanners want dark on light in every theme), the address beside or below it."""
    rows = qr_modules(media.path)
    n = len(rows)
    code, text_box = link_layout(g, n)
    painter.fillRect(code, QColor("white"))
    unit = code.width() / (n + 2 * QUIET_MODULES)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # no grey seams between modules
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF(code.x() + (x + QUIET_MODULES) * unit, code.y() + (y + QUIET_MODULES) * unit,
                                        unit, unit), QColor("black"))
    painter.restore()
    _paint_address(painter, g, theme, media, text_box)


def _paint_address(painter: QPainter, g: Geometry, theme: Theme, media: Media, box: QRectF) -> None:
    """The heading small, then the address at body size (smaller only if it cannot fit), broken anywhere."""
    heading = f"{media.alt}\n{HEADING}" if media.alt else HEADING
    painter.setFont(slide_font(g.small_px, letter_spacing=g.letter_spacing))
    painter.setPen(theme.color("muted"))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    used = painter.boundingRect(box, flags, heading)
    painter.drawText(box, flags, heading)
    rest = QRectF(box.x(), used.bottom() + g.small_px * 0.4, box.width(), max(box.bottom() - used.bottom(), 1.0))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # an address has no spaces to break at
    px = g.body_px
    while px > g.small_px:
        font = slide_font(px, bold=True, letter_spacing=g.letter_spacing)
        if QFontMetricsF(font).boundingRect(rest, int(Qt.TextFlag.TextWrapAnywhere), media.path).height() <= rest.height():
            break
        px -= 1
    painter.setFont(slide_font(px, bold=True, letter_spacing=g.letter_spacing))
    painter.setPen(theme.color("text"))
    painter.drawText(rest, media.path, option)
