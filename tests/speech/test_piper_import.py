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
