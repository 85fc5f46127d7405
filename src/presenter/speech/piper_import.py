"""Adding a downloaded Piper voice: find its pair of files, check that it loads, copy it in."""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from presenter.speech.piper_voices import (
    PiperVoiceFiles,
    VoiceFileError,
    check_model,
    describe,
    model_card_licence,
    read_config,
)

MAX_VOICE_BYTES = 500_000_000  # the largest Piper models ("high") are about 120 MB


def _pair_in(folder: Path) -> tuple[Path, Path]:
    """The one NAME.onnx + NAME.onnx.json pair in `folder` (searched below it too)."""
    models = sorted(p for p in folder.rglob("*.onnx") if p.is_file())
    if not models:
        raise VoiceFileError(f"{folder}: no .onnx voice model in it; a Piper voice is NAME.onnx + NAME.onnx.json")
    if len(models) > 1:
        names = ", ".join(p.name for p in models[:4])
        raise VoiceFileError(f"{folder}: several voice models ({names}); add them one at a time")
    return models[0], models[0].with_name(models[0].name + ".json")


def find_pair(source: Path) -> tuple[Path, Path]:
    """The model and config that `source` names: either file of the pair, or a folder holding them."""
    if source.is_dir():
        return _pair_in(source)
    name = source.name
    if name.endswith(".onnx.json"):
        return source.with_name(name.removesuffix(".json")), source
    if name.endswith(".onnx"):
        return source, source.with_name(name + ".json")
    raise VoiceFileError(f"{source}: not a Piper voice; choose its .onnx file, its folder or a .zip holding both")


def _unzip_pair(archive: Path, into: Path) -> tuple[Path, Path]:
    """Extract only the voice's two files from `archive` (by base name: no paths from the zip are used)."""
    try:
        with zipfile.ZipFile(archive) as z:
            members = [m for m in z.infolist() if not m.is_dir() and m.filename.endswith((".onnx", ".onnx.json"))]
            models = [m for m in members if m.filename.endswith(".onnx")]
            if len(models) != 1:
                raise VoiceFileError(f"{archive}: holds {len(models)} voice models; it must hold exactly one "
                                     "NAME.onnx with its NAME.onnx.json")
            for member in members:
                if member.file_size > MAX_VOICE_BYTES:
                    raise VoiceFileError(f"{archive}: {member.filename} is too large for a voice")
                target = into / Path(member.filename).name
                with z.open(member) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
    except (zipfile.BadZipFile, OSError) as exc:
        raise VoiceFileError(f"{archive}: cannot be read as a zip ({exc}); download it again") from None
    return _pair_in(into)


def add_voice(source: Path, voices_dir: Path, check_loads: Callable[[Path, Path], None]) -> PiperVoiceFiles:
    """Check the voice at `source` (pair, folder or zip) and copy it into `voices_dir`; raises VoiceFileError.

    `check_loads(model, config)` raises when the voice does not load (the engine's own loader).
    A voice of the same name already there is not replaced: the teacher removes it first.
    """
    with tempfile.TemporaryDirectory(prefix="presenter-voice-") as scratch:
        if source.suffix.lower() == ".zip":
            model, config = _unzip_pair(source, Path(scratch))
        else:
            model, config = find_pair(source)
        read_config(config)
        check_model(model)
        try:
            check_loads(model, config)
        except VoiceFileError:
            raise
        except Exception as exc:
            raise VoiceFileError(f"{model.name} does not load as a Piper voice ({type(exc).__name__}); "
                                 "download it again") from None
        voices_dir.mkdir(parents=True, exist_ok=True)
        final_model, final_config = voices_dir / model.name, voices_dir / config.name
        if final_model.exists() or final_config.exists():
            raise VoiceFileError(f"a voice named {model.name.removesuffix('.onnx')} is already in {voices_dir}")
        for src, dst in ((model, final_model), (config, final_config)):
            fd, tmp = tempfile.mkstemp(dir=voices_dir, prefix=".adding-")
            os.close(fd)
            shutil.copyfile(src, tmp)
            os.replace(tmp, dst)  # the JSON last: a half-added voice has no config and is not listed
        card = model.parent / "MODEL_CARD"
        if card.is_file():
            shutil.copyfile(card, voices_dir / f"{model.name.removesuffix('.onnx')}.card")
    card_licence = model_card_licence(voices_dir / f"{model.name.removesuffix('.onnx')}.card", "see its model card")
    return describe(final_model, final_config, f"folder {voices_dir}", card_licence)
