"""A Word handout's pictures: kept with their alt text where they stood in the reading, saved beside the lesson safely."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from presenter.cli import main
from presenter.handout import import_handout
from presenter.handout.sources.docx_images import save_pictures

sys.path.insert(0, str(Path(__file__).parents[1] / "lesson"))
from test_media import png_bytes  # noqa: E402

docx = pytest.importorskip("docx")

GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
CROWD = "A crowd at a crossing in Shanghai"


def picture(document: object, data: bytes, alt: str, run: object | None = None) -> None:
    """A picture alone in its paragraph (or in `run`, inside a paragraph of text), with Word's alt text."""
    shape = (run.add_picture(io.BytesIO(data)) if run is not None  # type: ignore[attr-defined]
             else document.add_picture(io.BytesIO(data)))  # type: ignore[attr-defined]
    inline = shape._inline if hasattr(shape, "_inline") else run._r.xpath(".//wp:inline")[-1]  # type: ignore[union-attr]
    inline.docPr.set("descr", alt)


def handout(*, gif: bool = False) -> bytes:
    """A Word handout with a logo by the title, a picture between paragraphs and one inside a paragraph."""
    document = docx.Document()
    document.add_heading("Crossing the Road in Shanghai", level=1)
    picture(document, png_bytes(8, 8), "School logo")
    document.add_paragraph("Vocabulary")
    table = document.add_table(rows=2, cols=2)
    for row, (term, meaning) in zip(table.rows, [("jaywalker (n.)", "someone who crosses the road carelessly"),
                                                  ("fine (n.)", "money paid as a punishment")]):
        row.cells[0].text, row.cells[1].text = term, meaning
    document.add_paragraph("Reading")
    picture(document, png_bytes(6, 4), "A map of the city\n\nDescription automatically generated")
    document.add_paragraph("In Shanghai the streets are busy and many people cross wherever they like, "
                           "even when cars are coming.")
    picture(document, png_bytes(5, 5), CROWD)
    inside = document.add_paragraph("Now cameras watch the crossings and a jaywalker may get a fine. ")
    picture(document, GIF if gif else png_bytes(3, 3), "../../etc/passwd: a camera!", inside.add_run())
    document.add_paragraph("Some people say the cameras make the roads safer for everyone.")
    document.add_paragraph("Comprehension questions")
    for q in ("Why are the streets busy?", "What do the cameras do?"):
        document.add_paragraph(q, style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pictures_are_placed_in_the_reading_with_their_alt_text() -> None:
    result = import_handout(handout())
    lesson = result.lesson
    paragraphs = [p.text[:12] for p in lesson.reading.paragraphs]
    assert paragraphs == ["In Shanghai ", "Now cameras ", "Some people "]
    placed = [(r.media.alt, r.media.path, r.after) for r in lesson.reading.images]
    assert placed == [("A map of the city", "images/a-map-of-the-city.png", 0),  # Word's suggestion dropped
                      (CROWD, "images/a-crowd-at-a-crossing-in-shanghai.png", 1),
                      ("../../etc/passwd: a camera!", "images/etc-passwd-a-camera.png", 2)]  # a safe name
    assert [p.path for p in result.pictures] == [m[1] for m in placed]
    assert f"![{CROWD}](images/a-crowd-at-a-crossing-in-shanghai.png)" in result.markdown
    # The logo by the title is not beside the reading: left out, and said so.
    assert any("School logo" in w.message and "left out" in w.message for w in result.warnings)
    assert "pictures:    3" in result.summary()


def test_a_picture_the_app_cannot_show_is_left_out_with_a_warning() -> None:
    result = import_handout(handout(gif=True))
    assert [r.media.alt for r in result.lesson.reading.images] == ["A map of the city", CROWD]
    assert any("../../etc/passwd: a camera!" in w.message and "PNG" in w.message for w in result.warnings)


def test_import_writes_the_pictures_beside_the_lesson_which_then_checks_clean(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "handout.docx"
    source.write_bytes(handout())
    out = tmp_path / "lessons" / "road" / "lesson.md"
    out.parent.joinpath("images").mkdir(parents=True)
    teacher = out.parent / "images" / "a-crowd-at-a-crossing-in-shanghai.png"
    teacher.write_bytes(b"the teacher's own picture")
    mine = hashlib.sha256(teacher.read_bytes()).hexdigest()
    assert main(["import", str(source), "--out", str(out)]) == 0
    capsys.readouterr()
    assert hashlib.sha256(teacher.read_bytes()).hexdigest() == mine  # never overwritten
    text = out.read_text(encoding="utf-8")
    assert "](images/a-crowd-at-a-crossing-in-shanghai-2.png)" in text
    assert (out.parent / "images" / "a-crowd-at-a-crossing-in-shanghai-2.png").read_bytes() == png_bytes(5, 5)
    assert main(["check", str(out)]) == 0
    assert "warning" not in capsys.readouterr().out
    assert main(["slides", str(out), "--json"]) == 0
    shown = [m for s in json.loads(capsys.readouterr().out)["slides"] for m in s.get("media", [])]
    assert len(shown) == 3 and all(m["found"] for m in shown)
    # The lesson exists: without --force nothing is written, pictures included.
    before = sorted(p.name for p in (out.parent / "images").iterdir())
    assert main(["import", str(source), "--out", str(out)]) == 1
    assert sorted(p.name for p in (out.parent / "images").iterdir()) == before


def test_saving_again_reuses_the_same_picture_and_refuses_a_folder_linked_out(tmp_path: Path) -> None:
    result = import_handout(handout())
    lesson = tmp_path / "a" / "lesson.md"
    first = save_pictures(result.pictures, lesson, result.markdown)
    again = save_pictures(result.pictures, lesson, result.markdown)
    assert first == again == result.markdown and len(list((lesson.parent / "images").iterdir())) == 3
    outside = tmp_path / "outside"
    outside.mkdir()
    linked = tmp_path / "b" / "lesson.md"
    linked.parent.mkdir()
    (linked.parent / "images").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OSError, match="outside the lesson's folder"):
        save_pictures(result.pictures, linked, result.markdown)
    assert not list(outside.iterdir())


def test_an_external_entity_in_the_word_file_is_never_resolved(tmp_path: Path) -> None:
    import zipfile

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    data = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(handout())) as src, zipfile.ZipFile(data, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"?>", f'?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'.encode(), 1)
                body = body.replace(b"Some people say", b"&x; Some people say")
            dst.writestr(item, body)
    result = import_handout(data.getvalue())
    assert "TOP SECRET" not in result.markdown
    assert len(result.pictures) == 3


def test_the_import_dialog_saves_the_pictures_with_the_lesson_it_opens(qtbot: object, tmp_path: Path) -> None:
    from presenter.deck.kinds import SlideKind
    from presenter.ui.app.session import LessonSession
    from presenter.ui.app.settings_store import SettingsStore
    from presenter.ui.app.window import PresentationWindow

    w = PresentationWindow()
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    session = LessonSession(w, SettingsStore(tmp_path / "s.ini"), interactive=False, lessons_folder=tmp_path / "lessons")
    source = tmp_path / "handout.docx"
    source.write_bytes(handout())
    session.preview_import(source)
    dialog = session.import_dialog
    assert dialog is not None
    path = dialog.save(ask=False)
    assert path is not None and len(list((path.parent / "images").iterdir())) == 3
    assert w.controller is not None
    pictures = [s for s in w.controller.deck.slides if s.kind == SlideKind.IMAGE]
    assert [s.media[0].alt for s in pictures] == ["A map of the city", CROWD, "../../etc/passwd: a camera!"]
