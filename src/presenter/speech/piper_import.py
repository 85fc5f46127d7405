"""Adding a downloaded Piper voice: find its pair of files, check that it loads, copy it in."""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from presenter.speech.piper_voices import (
    PiperVoiceFiles,
    VoiceFileError,
    check_model,
    describe,
    model_card_licence,
    read_config,
)

MAX_VOICE_BYTES = 500_000_000  # the largest Piper models ("high") are about 120 MB
CARD = "MODEL_CARD"  # the voice's licence and training data, beside its files in Piper's downloads


def _pair_in(folder: Path) -> tuple[Path, Path]:
    """The one NAME.onnx + NAME.onnx.json pair in `folder` or a folder inside it (an unpacked download)."""
    # Two levels, no links followed: a home folder chosen by mistake is refused at once, not searched for minutes.
    try:
        inside = [folder, *(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink())]
        models = sorted(p for d in inside for p in d.glob("*.onnx") if p.is_file())
    except OSError as exc:
        raise VoiceFileError(f"{folder}: cannot be read ({exc.strerror or exc})") from None
    if not models:
        raise VoiceFileError(f"{folder}: no .onnx voice model in it (or in a folder inside it); "
                             "a Piper voice is NAME.onnx + NAME.onnx.json")
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
    """Extract only the voice's two files (and its model card) from `archive`, by base name: no zip paths are used."""
    try:
        with zipfile.ZipFile(archive) as z:
            members = [m for m in z.infolist() if not m.is_dir() and
                       (m.filename.endswith((".onnx", ".onnx.json")) or _base(m) == CARD)]
            models = [m for m in members if m.filename.endswith(".onnx")]
            if len(models) != 1:
                raise VoiceFileError(f"{archive}: holds {len(models)} voice models; it must hold exactly one "
                                     "NAME.onnx with its NAME.onnx.json")
            for member in members:
                if member.file_size > MAX_VOICE_BYTES:
                    raise VoiceFileError(f"{archive}: {member.filename} is too large for a voice")
                target = into / _base(member)
                with z.open(member) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise VoiceFileError(f"{archive}: cannot be read as a zip ({exc}); download it again") from None
    return _pair_in(into)


def _base(member: zipfile.ZipInfo) -> str:
    """A zip member's file name without its folders (some Windows zips separate them with backslashes)."""
    return PurePosixPath(member.filename.replace("\\", "/")).name


def _copy_in(files: list[tuple[Path, Path]], voices_dir: Path) -> None:
    """Copy each (source, target) into `voices_dir`, all or nothing; raises VoiceFileError."""
    staged: list[tuple[str, Path]] = []
    placed: list[Path] = []
    try:
        voices_dir.mkdir(parents=True, exist_ok=True)
        for src, dst in files:  # every copy made first: a full disk fails before anything is in place
            fd, tmp = tempfile.mkstemp(dir=voices_dir, prefix=".adding-")
            os.close(fd)
            staged.append((tmp, dst))
            shutil.copyfile(src, tmp)
        for tmp, dst in staged:  # the JSON after the model: a half-added voice has no config and is not listed
            os.replace(tmp, dst)
            placed.append(dst)
    except OSError as exc:
        for path in [*(Path(t) for t, _ in staged), *placed]:
            path.unlink(missing_ok=True)
        raise VoiceFileError(f"the voice could not be copied into {voices_dir} ({exc.strerror or exc}); "
                             "nothing was added") from None


def add_voice(source: Path, voices_dir: Path, check_loads: Callable[[Path, Path], None]) -> PiperVoiceFiles:
    """Check the voice at `source` (pair, folder or zip) and copy it into `voices_dir`; raises VoiceFileError.

    `check_loads(model, config)` raises when the voice does not load (the engine's own loader).
    A voice of the same name already there is not replaced: the teacher removes it first.
    """
    if not source.exists():
        raise VoiceFileError(f"{source}: no such file or folder")
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
        final_model, final_config = voices_dir / model.name, voices_dir / config.name
        if final_model.exists() or final_config.exists():
            raise VoiceFileError(f"a voice named {model.name.removesuffix('.onnx')} is already in {voices_dir}")
        card = model.parent / CARD
        extra = [(card, voices_dir / f"{model.name.removesuffix('.onnx')}.card")] if card.is_file() else []
        _copy_in([*extra, (model, final_model), (config, final_config)], voices_dir)
    card_licence = model_card_licence(voices_dir / f"{model.name.removesuffix('.onnx')}.card", "see its model card")
    return describe(final_model, final_config, f"folder {voices_dir}", card_licence)
