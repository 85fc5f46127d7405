"""Encodings teachers really produce are read correctly, or clearly refused."""

import codecs
from pathlib import Path

import pytest

from presenter.lesson import check_file

TEXT = "---\ntitle: Café “society”\n---\n\n# Reading\n\nShe said: “naïve” — déjà vu.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "crlf"],
)
def test_unicode_encodings_read_exactly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "l.md"
    path.write_bytes(data)
    lesson, problems = check_file(path)
    assert problems == []
    assert lesson is not None
    assert lesson.title == "Café “society”"
    assert lesson.reading.paragraphs[0].text == "She said: “naïve” — déjà vu."


def test_windows_1252_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "l.md"
    path.write_bytes(TEXT.encode("cp1252"))
    lesson, problems = check_file(path)
    assert lesson is not None and lesson.title == "Café “society”"
    assert [p.severity for p in problems] == ["warning"]
    assert "Windows-1252" in problems[0].message and problems[0].line == 2
