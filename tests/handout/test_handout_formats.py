"""Handouts in the encodings teachers' files come in, and as Word documents."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from presenter.handout import ImportFailed, import_handout
from presenter.handout.sources.decode import decode_handout_bytes

HANDOUTS = Path(__file__).resolve().parents[1] / "data" / "handouts"
TEXT = (HANDOUTS / "02_dash_glossary_transcript_true_false.txt").read_text(encoding="utf-8")
# Accents and curly quotes, so that a wrong guess would show.
TEXT = TEXT.replace("Lisa Gale", "Léa Garçon").replace("At first I was worried", "“At first” I was worried")


def _structure(data: bytes | str) -> tuple[object, ...]:
    lesson = import_handout(data).lesson
    return (lesson.title, len(lesson.vocabulary), [p.speaker for p in lesson.reading.paragraphs],
            lesson.reading.paragraphs[1].text, len(lesson.comprehension), len(lesson.discussion))


EXPECTED = _structure(TEXT)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-32"])
def test_encodings_give_the_same_lesson(encoding: str) -> None:
    data = TEXT.replace("\n", "\r\n").encode(encoding)
    assert _structure(data) == EXPECTED
    assert EXPECTED[2][1] == "Léa Garçon, Office Manager"
    assert "“At first” I was worried" in str(EXPECTED[3])


def test_guessed_encoding_is_reported() -> None:
    result = import_handout(TEXT.encode("cp1252"))
    assert result.encoding == "cp1252"
    assert any("Windows-1252" in w.message for w in result.warnings)
    assert import_handout(TEXT.encode("utf-8")).encoding == "utf-8"
    assert not any("Windows" in w.message for w in import_handout(TEXT.encode("utf-8")).warnings)


def test_latin1_when_not_windows_1252() -> None:
    decoded = decode_handout_bytes("Caf\u00e9 \u0081".encode("latin-1"))
    assert decoded.encoding == "latin-1" and decoded.text.startswith("Café")


def test_utf16_with_bom_detected() -> None:
    assert decode_handout_bytes(codecs.BOM_UTF16_LE + "Hi there".encode("utf-16-le")).text == "Hi there"


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.7 ...", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),
    (bytes(range(32)) * 40, "binary"),
    (b"", "empty"),
    (b"\n \n\t\n", "empty"),
])
def test_unreadable_files_fail_clearly(data: bytes, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        import_handout(data)


def _docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Robots in the Kitchen", level=1)
    document.add_paragraph("Vocabulary")
    table = document.add_table(rows=3, cols=2)
    for row, (term, meaning) in zip(table.rows, [("chef (n.)", "a professional cook"),
                                                  ("recipe (n.)", "instructions for cooking a dish"),
                                                  ("flip (v.)", "to turn something over quickly")]):
        row.cells[0].text = term
        row.cells[1].text = meaning
    document.add_paragraph("Reading")
    document.add_paragraph("In a small restaurant in Boston, the chef is a robot. It can flip a burger, "
                           "follow a recipe and clean the grill without a break.")
    document.add_paragraph("Customers order on a screen. Most of them say the food tastes as good as "
                           "food made by people, and it is cheaper.")
    document.add_paragraph("Comprehension questions")
    for q in ("Where is the restaurant?", "What can the robot do?", "How do customers order?"):
        document.add_paragraph(q, style="List Number")
    document.add_paragraph("Discussion")
    document.add_paragraph("Would you eat food cooked by a robot?")
    document.add_paragraph("Which jobs will robots do in the future?")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_handout(tmp_path: Path) -> None:
    path = tmp_path / "robots.docx"
    path.write_bytes(_docx_bytes())
    result = import_handout(path)
    lesson = result.lesson
    assert result.encoding == "docx"
    assert lesson.title == "Robots in the Kitchen"
    assert [(e.term, e.part_of_speech, e.definition) for e in lesson.vocabulary] == [
        ("chef", "noun", "a professional cook"),
        ("recipe", "noun", "instructions for cooking a dish"),
        ("flip", "verb", "to turn something over quickly"),
    ]
    assert [p.text[:20] for p in lesson.reading.paragraphs] == ["In a small restauran", "Customers order on a"]
    # Word's automatic numbering is not in the text; the importer writes it out.
    assert [(q.label, q.text) for q in lesson.comprehension] == [
        ("1", "Where is the restaurant?"), ("2", "What can the robot do?"), ("3", "How do customers order?")]
    assert [p.text for p in lesson.discussion] == ["Would you eat food cooked by a robot?",
                                                   "Which jobs will robots do in the future?"]


def test_damaged_docx_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFailed, match="Word"):
        import_handout(path)
