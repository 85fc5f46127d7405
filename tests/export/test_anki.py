"""Flashcards as Anki reads them: the TSV and the .apkg opened by Anki's own library (the `anki` package)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from repo_paths import REPO, SAMPLE_LESSON

anki_collection = pytest.importorskip("anki.collection", reason="the `anki` package comes with the dev extras")
TITLE = "Social Credits and Surveillance in China, I"


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presenter", "export", str(SAMPLE_LESSON), *args],
                          capture_output=True, text=True, cwd=REPO, timeout=300)


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Any]:
    (tmp_path / "collection").mkdir()
    col = anki_collection.Collection(str(tmp_path / "collection" / "collection.anki2"))
    yield col
    col.close()


def import_tsv(col: Any, path: Path) -> None:
    from anki.import_export_pb2 import ImportCsvRequest

    metadata = col.get_csv_metadata(path=str(path), delimiter=None)
    col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))


def notes_in(col: Any, deck: str) -> list[Any]:
    return [col.get_note(i) for i in col.find_notes(f'"deck:{deck}"')]


@pytest.fixture(scope="module")
def apkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("anki") / "lesson.apkg"
    result = export("--anki", str(out))
    assert result.returncode == 0, result.stderr
    assert "57 notes" in result.stdout
    return out


def test_tsv_goes_into_a_deck_named_after_the_lesson(tmp_path: Path, collection: Any) -> None:
    """A fresh collection has no three-field note type: term and definition, tags, nothing lost into tags."""
    out = tmp_path / "cards.tsv"
    assert export("--cards", str(out)).returncode == 0
    import_tsv(collection, out)
    notes = notes_in(collection, TITLE)
    assert len(notes) == 57 and collection.note_count() == 57
    buy = next(n for n in notes if n["Front"].startswith("buy"))
    assert buy["Back"].startswith("(verb) to get something")
    assert all(n.tags == ["presenter::Social_Credits_and_Surveillance_in_China,_I"] for n in notes)


@pytest.mark.slow  # the real speech engine says each term
def test_apkg_opens_with_audio_and_clozes_and_the_tsv_then_fills_three_fields(
        apkg: Path, tmp_path: Path, collection: Any) -> None:
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    assert oct(apkg.stat().st_mode & 0o777) == oct(0o666 & ~current_umask())
    collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
    notes = notes_in(collection, TITLE)
    vocab = [n for n in notes if n.note_type()["name"] == "presenter vocabulary"]
    clozes = [n for n in notes if n.note_type()["name"] == "presenter cloze"]
    assert len(vocab) == 57 and list(vocab[0].keys()) == ["Front", "Back", "Example", "Audio"]
    assert len(clozes) >= 50 and all("{{c1::" in n["Text"] for n in clozes)
    media = Path(collection.media.dir())
    sounds = [n["Audio"][len("[sound:"):-1] for n in vocab]
    assert all(s.endswith(".mp3") and (media / s).stat().st_size > 1000 for s in sounds)
    assert len(set(sounds)) == 57
    # With the note type there (the notes themselves deleted), the TSV's three columns fill its fields.
    collection.remove_notes(list(collection.find_notes("")))
    out = tmp_path / "cards.tsv"
    assert export("--cards", str(out)).returncode == 0
    import_tsv(collection, out)
    notes = notes_in(collection, TITLE)
    assert len(notes) == 57 and all(n.note_type()["name"] == "presenter vocabulary" for n in notes)
    buy = next(n for n in notes if n["Front"].startswith("buy"))
    assert buy["Back"].startswith("(verb)") and "buy" in buy["Example"] and buy["Audio"] == ""
    assert sum(1 for n in notes if n["Example"]) >= 50


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
