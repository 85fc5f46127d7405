"""A web video's address as a QR code (segno): the modules to paint, dark ones True, quiet zone excluded."""

from __future__ import annotations

import segno

QUIET_MODULES = 4  # the light border a scanner needs around the code (ISO/IEC 18004)


def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of `url`, row by row (medium error correction, raised when it fits in the same size)."""
    code = segno.make(url, error="m", micro=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix_iter(border=0))
