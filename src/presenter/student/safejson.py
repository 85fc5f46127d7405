"""JSON from someone else's file (a pack's manifest, a progress file): bounded, or ValueError (no Qt).

What the standard parser lets through and later code trips over is refused here, once: nesting
deeper than MAX_DEPTH (a RecursionError in every walker after), numbers of more than MAX_DIGITS
digits (Python's int-string limit, or seconds of work), non-finite numbers (`Infinity`, `NaN`,
`1e400`, which overflow when made whole), and strings holding lone surrogates (which cannot be
written out as UTF-8 again). Every refusal is a ValueError saying what was found.
"""

from __future__ import annotations

import json
import math

MAX_DEPTH = 32
MAX_DIGITS = 30


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"a number with {len(text)} digits")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_DIGITS + 10:
        raise ValueError(f"a number written with {len(text)} characters")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"a number too large to use ({text})")
    return value


def _constant(name: str) -> object:
    raise ValueError(f"a number that is not finite ({name})")


def loads(data: bytes) -> object:
    """The JSON value in `data` (UTF-8); raises ValueError when it is not JSON or breaks a bound above."""
    try:
        text = data.decode("utf-8")
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        raise ValueError(f"it is nested more than {MAX_DEPTH} levels deep") from None
    _check(value)
    return value


def _check(value: object) -> None:
    """Depth and text checks, without recursion (the value may be as deep as the parser allowed)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _text(item)
        elif isinstance(item, (dict, list)):
            if depth >= MAX_DEPTH:
                raise ValueError(f"it is nested more than {MAX_DEPTH} levels deep")
            if isinstance(item, dict):
                for key in item:
                    _text(key)
                stack.extend((v, depth + 1) for v in item.values())
            else:
                stack.extend((v, depth + 1) for v in item)


def _text(s: str) -> None:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"text that is not valid Unicode (a lone surrogate in {s[:20]!r})") from None
