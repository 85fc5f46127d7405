"""A glossary laid out as records: a label that begins a line under every word ("usage:", "def:") is a field."""

from __future__ import annotations

import re

_FIELD = re.compile(r"^([^\W\d_][\w.-]{0,15})\s*:\s+(\S.*)$")


def repeated_fields(texts: list[str]) -> set[str]:
    """Labels ("usage:", "def:") that begin several lines: the fields of each entry's record, as terms never repeat."""
    labels = [m.group(1).lower() for t in texts if (m := _FIELD.match(t))]
    return {label for label in labels if labels.count(label) >= 2}


def field_value(text: str, fields: set[str]) -> str | None:
    """The value of a line that is one of the record's fields ("usage: "…""), else None."""
    m = _FIELD.match(text)
    return m.group(2) if m and m.group(1).lower() in fields else None
