"""Read a Word (.docx) handout as the plain text a teacher would see, numbering and tables included."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from presenter.handout.errors import ImportFailed

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_to_text(source: Path | bytes) -> str:
    """The document's paragraphs and tables, in order, one line per paragraph or table row.

    Word's automatic numbering is not part of a paragraph's text, so it is written out
    ("1.", "a)"): without it a numbered question would look like any other sentence.
    Headings become Markdown headings ("# Title") so that the title and section names are known.
    Table rows become lines with their cells separated by tabs.
    """
    try:
        import docx  # python-docx: imported here so that text handouts never need it
        from docx.document import Document as DocumentType
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise ImportFailed("reading .docx files needs the python-docx package") from exc
    try:
        document: DocumentType = docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFailed(f"this is not a Word .docx file that can be read ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for damaged files
        raise ImportFailed(f"the Word file is damaged and cannot be read ({type(exc).__name__})") from exc
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block))
            lines.append("")
        else:
            lines.append(_paragraph_line(block, numbering))
    return "\n".join(lines)


def _paragraph_line(paragraph: Any, numbering: _Numbering) -> str:
    text: str = paragraph.text
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title" or style.startswith("Heading"):
        level = 1 if style in ("Title", "Heading 1") else 2
        return "#" * level + " " + " ".join(text.split()) if text.strip() else ""
    label = numbering.label(paragraph)
    return f"{label} {text}" if label and text.strip() else text


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans: keep it once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        while cells and not cells[-1]:
            cells.pop()
        yield "\t".join(cells)


class _Numbering:
    """Counters for Word's list numbering, and the format of each list level."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.document = document
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, str]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            levels: dict[int, str] = {}
            for lvl in an.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal"
            abstract[an.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val", "") if ref is not None else "", {})
            for ilvl, fmt in levels.items():
                self.formats[(num.get(f"{_W}numId", ""), ilvl)] = fmt

    def label(self, paragraph: Any) -> str:
        """The number or letter Word shows before this paragraph, or "" for none or a bullet."""
        num_id, ilvl = self._num_pr(paragraph)
        if not num_id or num_id == "0":
            return ""
        key = (num_id, ilvl)
        fmt = self.formats.get(key, "decimal")
        if fmt in ("bullet", "none"):
            return ""
        n = self.counters.get(key, 0) + 1
        self.counters[key] = n
        for (other, level) in list(self.counters):
            if other == num_id and level > ilvl:
                del self.counters[(other, level)]  # a sub-list restarts under each item
        if fmt in ("lowerLetter", "upperLetter"):
            letter = chr(ord("a") + (n - 1) % 26)
            return (letter.upper() + ".") if fmt == "upperLetter" else letter + ")"
        if fmt in ("lowerRoman", "upperRoman"):
            roman = _roman(n)
            return (roman.upper() if fmt == "upperRoman" else roman) + "."
        return f"{n}."

    def _num_pr(self, paragraph: Any) -> tuple[str, int]:
        for element in (paragraph._p, getattr(paragraph.style, "element", None)):
            ppr = element.find(f"{_W}pPr") if element is not None else None
            num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
            if num_pr is None:
                continue
            num_id = num_pr.find(f"{_W}numId")
            ilvl = num_pr.find(f"{_W}ilvl")
            return (num_id.get(f"{_W}val", "") if num_id is not None else "",
                    int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0)
        return "", 0


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out
