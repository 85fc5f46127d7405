"""Read a Word (.docx) handout as the plain text a teacher would see, numbering and tables included."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from presenter.handout.errors import ImportFailed
from presenter.handout.sources.source import MAX_LINES, read_handout_file

MAX_UNPACKED = 100 * 2**20  # a handout's Word file is a few MB unpacked, with its pictures

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_LEVEL = 8  # Word's list levels are 0-8


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
    data = source if isinstance(source, bytes) else read_handout_file(source)
    _check_sizes(data)
    try:
        document: DocumentType = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFailed(f"this is not a Word .docx file that can be read ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for damaged files
        raise ImportFailed(f"the Word file is damaged and cannot be read ({type(exc).__name__})") from exc
    if len(document.element.body) > MAX_LINES:
        raise ImportFailed(f"the Word file has {len(document.element.body):,} paragraphs; a handout must have "
                           f"fewer than {MAX_LINES:,} (split it into lessons)")
    styles = _paragraph_styles(document)
    numbering = _Numbering(document, styles)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block))
            lines.append("")
        else:
            lines.append(_paragraph_line(block, numbering, styles))
    return "\n".join(lines)


def _check_sizes(data: bytes) -> None:
    """Refuse a zip whose parts would unpack to more than MAX_UNPACKED (a "zip bomb").

    zipfile never unpacks a part beyond the size its header declares, so checking the declared
    sizes bounds the memory python-docx can use.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ImportFailed(f"this is not a Word .docx file that can be read ({exc})") from exc
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        biggest = max(infos, key=lambda info: info.file_size)
        raise ImportFailed(f"the Word file unpacks to {total / 2**20:,.0f} MB ({biggest.filename}: "
                           f"{biggest.file_size / 2**20:,.0f} MB); a handout must unpack to under "
                           f"{MAX_UNPACKED // 2**20} MB")


def _paragraph_styles(document: Any) -> dict[str, tuple[str, Any]]:
    """Paragraph style id -> (lower-case name, element), read once.

    python-docx's `paragraph.style` searches the styles part on every call, which made a
    document of many paragraphs take minutes; "" maps to the default paragraph style.
    """
    styles: dict[str, tuple[str, Any]] = {}
    try:
        root = document.styles.element
    except (KeyError, AttributeError, ValueError):
        return styles
    for element in root.iter(f"{_W}style"):
        if element.get(f"{_W}type") != "paragraph":
            continue
        name = element.find(f"{_W}name")
        entry = ((name.get(f"{_W}val", "") if name is not None else "").lower(), element)
        styles[element.get(f"{_W}styleId", "")] = entry
        if element.get(f"{_W}default") in ("1", "true", "on"):
            styles.setdefault("", entry)
    return styles


def _style_of(p: Any, styles: dict[str, tuple[str, Any]]) -> tuple[str, Any]:
    ppr = p.find(f"{_W}pPr")
    ref = ppr.find(f"{_W}pStyle") if ppr is not None else None
    return styles.get(ref.get(f"{_W}val", "") if ref is not None else "", styles.get("", ("", None)))


def _paragraph_line(paragraph: Any, numbering: _Numbering, styles: dict[str, tuple[str, Any]]) -> str:
    text: str = paragraph.text
    style = _style_of(paragraph._p, styles)[0]
    if style == "title" or style.startswith("heading"):
        level = 1 if style in ("title", "heading 1") else 2
        return "#" * level + " " + " ".join(text.split()) if text.strip() else ""
    label = numbering.label(paragraph._p)
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

    def __init__(self, document: Any, styles: dict[str, tuple[str, Any]]) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.styles = styles
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, str]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            levels: dict[int, str] = {}
            for lvl in an.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                levels[_level(lvl.get(f"{_W}ilvl"))] = fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal"
            abstract[an.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val", "") if ref is not None else "", {})
            for ilvl, fmt in levels.items():
                self.formats[(num.get(f"{_W}numId", ""), ilvl)] = fmt

    def label(self, p: Any) -> str:
        """The number or letter Word shows before this paragraph (a w:p), or "" for none or a bullet."""
        num_id, ilvl = self._num_pr(p)
        if not num_id or num_id == "0":
            return ""
        key = (num_id, ilvl)
        fmt = self.formats.get(key, "decimal")
        if fmt in ("bullet", "none"):
            return ""
        n = self.counters.get(key, 0) + 1
        self.counters[key] = n
        for level in range(ilvl + 1, _MAX_LEVEL + 1):
            self.counters.pop((num_id, level), None)  # a sub-list restarts under each item
        if fmt in ("lowerLetter", "upperLetter"):
            letter = chr(ord("a") + (n - 1) % 26)
            return (letter.upper() + ".") if fmt == "upperLetter" else letter + ")"
        if fmt in ("lowerRoman", "upperRoman"):
            roman = _roman(n)
            return (roman.upper() if fmt == "upperRoman" else roman) + "."
        return f"{n}."

    def _num_pr(self, p: Any) -> tuple[str, int]:
        for element in (p, _style_of(p, self.styles)[1]):
            ppr = element.find(f"{_W}pPr") if element is not None else None
            num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
            if num_pr is None:
                continue
            num_id = num_pr.find(f"{_W}numId")
            ilvl = num_pr.find(f"{_W}ilvl")
            return (num_id.get(f"{_W}val", "") if num_id is not None else "",
                    _level(ilvl.get(f"{_W}val")) if ilvl is not None else 0)
        return "", 0


def _level(value: str | None) -> int:
    """A list level (w:ilvl) as Word reads it: 0-8; anything else (a damaged file's "zz") is 0."""
    try:
        level = int(value or "0")
    except ValueError:
        return 0
    return level if 0 <= level <= _MAX_LEVEL else 0


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out
