"""Adding a downloaded Piper voice: a pair, a folder or a zip; clear refusals; nothing half-added."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from presenter.speech.piper_import import add_voice
from presenter.speech.piper_voices import VoiceFileError, folder_voices

CONFIG = {"audio": {"sample_rate": 22050, "quality": "low"}, "espeak": {"voice": "en-gb"},
          "language": {"code": "en_GB"}, "num_speakers": 1, "phoneme_id_map": {"_": [0]}}


def loads(model: Path, config: Path) -> None:
    """Stands in for the engine's loader (the real one is tested with the real voice in tests/ui)."""
    if b"BROKEN" in model.read_bytes()[:16]:
        raise ValueError("protobuf parsing failed")


def make_pair(folder: Path, name: str = "en_GB-anna-low", model: bytes = b"\0" * 1_100_000) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.onnx").write_bytes(model)
    (folder / f"{name}.onnx.json").write_text(json.dumps(CONFIG), encoding="utf-8")
    return folder / f"{name}.onnx"


def test_a_pair_a_folder_and_a_zip_are_each_added_and_listed(tmp_path: Path) -> None:
    voices = tmp_path / "voices"
    added = add_voice(make_pair(tmp_path / "a"), voices, loads)
    assert added.voice.id == "piper:en_GB-anna-low" and added.voice.language == "en-gb"
    make_pair(tmp_path / "b" / "inner", "en_GB-bob-low")
    assert add_voice(tmp_path / "b", voices, loads).voice.id == "piper:en_GB-bob-low"
    make_pair(tmp_path / "c", "en_GB-cat-low")
    archive = tmp_path / "cat.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in (tmp_path / "c").iterdir():
            z.write(f, f"../../evil/{f.name}")  # paths inside the zip are never used
    assert add_voice(archive, voices, loads).voice.id == "piper:en_GB-cat-low"
    found, problems = folder_voices(voices)
    assert [v.voice.id for v in found] == ["piper:en_GB-anna-low", "piper:en_GB-bob-low", "piper:en_GB-cat-low"]
    assert problems == [] and not (tmp_path / "evil").exists()


@pytest.mark.parametrize("damage, message", [
    ("no-json", "missing"), ("bad-json", "not a Piper voice config"), ("short", "not a whole voice model"),
    ("broken", "does not load"), ("not-a-voice", "not a Piper voice"), ("twice", "already in")])
def test_a_bad_voice_is_refused_with_the_reason_and_nothing_is_copied(tmp_path: Path, damage: str, message: str) -> None:
    voices = tmp_path / "voices"
    model = make_pair(tmp_path / "v", model=b"BROKEN" + b"\0" * 1_100_000 if damage == "broken" else b"\0" * 1_100_000)
    config = model.with_name(model.name + ".json")
    source = model
    if damage == "no-json":
        config.unlink()
    elif damage == "bad-json":
        config.write_text('{"audio": 1}', encoding="utf-8")
    elif damage == "short":
        model.write_bytes(b"\0" * 1000)
    elif damage == "not-a-voice":
        source = tmp_path / "v" / "notes.txt"
        source.write_text("hello", encoding="utf-8")
    elif damage == "twice":
        add_voice(model, voices, loads)
    before = sorted(p.name for p in voices.iterdir()) if voices.exists() else []
    with pytest.raises(VoiceFileError, match=message):
        add_voice(source, voices, loads)
    assert (sorted(p.name for p in voices.iterdir()) if voices.exists() else []) == before


def zip_of(archive: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(archive, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return archive


@pytest.mark.parametrize("case, message", [
    ("missing", "no such file or folder"), ("empty-folder", "no .onnx voice model"),
    ("too-deep", "no .onnx voice model"), ("two-models", "several voice models"),
    ("not-a-zip", "cannot be read as a zip"), ("zip-no-model", "holds 0 voice models"),
    ("zip-two-models", "holds 2 voice models"), ("zip-no-json", "missing"), ("zip-cut", "not a whole voice model")])
def test_a_bad_folder_or_zip_is_refused_with_the_reason_and_nothing_is_copied(
        tmp_path: Path, case: str, message: str) -> None:
    voices, config = tmp_path / "voices", json.dumps(CONFIG).encode()
    model = b"\0" * 1_100_000
    source = tmp_path / "source"
    if case == "empty-folder":
        source.mkdir()
    elif case == "too-deep":
        make_pair(source / "a" / "b")
    elif case == "two-models":
        make_pair(source, "en_GB-one-low"), make_pair(source / "x", "en_GB-two-low")
    elif case == "not-a-zip":
        source = tmp_path / "voice.zip"
        source.write_bytes(b"PK\3\4 this is not really a zip")
    elif case.startswith("zip"):
        members = {"zip-no-model": {"v.onnx.json": config},
                   "zip-two-models": {"a.onnx": model, "a.onnx.json": config, "b.onnx": model},
                   "zip-no-json": {"en_GB-anna-low.onnx": model},
                   "zip-cut": {"en_GB-anna-low.onnx": model[:100], "en_GB-anna-low.onnx.json": config}}[case]
        source = zip_of(tmp_path / "voice.zip", members)
    with pytest.raises(VoiceFileError, match=message):
        add_voice(source, voices, loads)
    assert not voices.exists() or list(voices.iterdir()) == []


def test_a_zip_with_windows_paths_brings_its_model_card_along(tmp_path: Path) -> None:
    card = b"# Model card\nLicense: CC0-1.0\n"
    archive = zip_of(tmp_path / "anna.zip", {"en_GB-anna-low\\en_GB-anna-low.onnx": b"\0" * 1_100_000,
                                             "en_GB-anna-low\\en_GB-anna-low.onnx.json": json.dumps(CONFIG).encode(),
                                             "en_GB-anna-low\\MODEL_CARD": card})
    added = add_voice(archive, tmp_path / "voices", loads)
    assert added.voice.id == "piper:en_GB-anna-low" and "CC0-1.0" in added.voice.licence
    assert sorted(p.name for p in (tmp_path / "voices").iterdir()) == [
        "en_GB-anna-low.card", "en_GB-anna-low.onnx", "en_GB-anna-low.onnx.json"]


def test_a_copy_that_fails_half_way_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import shutil

    from presenter.speech import piper_import

    copies: list[str] = []
    real = shutil.copyfile

    def copy_until_the_disk_is_full(src, dst):  # type: ignore[no-untyped-def]
        copies.append(str(src))
        if str(src).endswith(".onnx.json"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(piper_import.shutil, "copyfile", copy_until_the_disk_is_full)
    voices = tmp_path / "voices"
    with pytest.raises(VoiceFileError, match="No space left on device.*nothing was added"):
        add_voice(make_pair(tmp_path / "v"), voices, loads)
    assert len(copies) == 2 and list(voices.iterdir()) == []
    monkeypatch.undo()
    assert add_voice(tmp_path / "v", voices, loads).voice.id == "piper:en_GB-anna-low"  # and it can be added after


def test_voices_add_says_why_a_zip_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from presenter.cli import main

    archive = zip_of(tmp_path / "voice.zip", {"readme.txt": b"no voice here"})
    code = main(["voices", "--add", str(archive), "--voices-dir", str(tmp_path / "voices"), "--no-neural"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot add the voice" in err and "holds 0 voice models" in err and "Traceback" not in err
    assert not (tmp_path / "voices").exists() or list((tmp_path / "voices").iterdir()) == []
