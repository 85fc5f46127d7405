"""Choosing an engine, the message when none can run, and the package's own rules."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from presenter.speech.model import SpeechEngine
from speech_support import espeak_engine  # noqa: F401  (pytest fixtures)

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "presenter" / "speech"


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux choice")
def test_linux_gets_the_natural_voice_first_and_espeak_behind_it(espeak_engine: SpeechEngine, tmp_path: Path) -> None:
    from presenter.speech.espeak import EspeakEngine
    from presenter.speech.factory import create_engine, system_engine
    from presenter.speech.mixed import MixedEngine

    assert isinstance(system_engine(), EspeakEngine)
    engine = create_engine(tmp_path / "no-voices-here")
    assert isinstance(engine, MixedEngine) and isinstance(engine, SpeechEngine)  # the protocol, at run time
    voices = engine.voices()
    assert voices[0].id == "piper:en_US-joe-medium" and voices[0].engine == "piper"
    assert voices[0].language == "en-us" and "CC0" in voices[0].licence
    assert any(v.id == "gmw/en-us" for v in voices)
    assert "piper-tts/" in engine.engine_version and "espeak-ng" in engine.engine_version
    without = create_engine(tmp_path, neural=False)
    assert all(v.engine == "espeak-ng" for v in without.voices())


def test_speech_off_is_an_engine_factory_that_refuses() -> None:
    from presenter.speech.factory import speech_off
    from presenter.speech.model import SpeechUnavailable

    with pytest.raises(SpeechUnavailable, match="speech is turned off"):
        speech_off()


def test_missing_espeak_says_what_to_install() -> None:
    result = run_python("""
        import ctypes
        def no_library(name, *args, **kwargs):
            raise OSError(f"{name}: cannot open shared object file")
        ctypes.cdll.LoadLibrary = no_library   # as on a machine without libespeak-ng1
        from presenter.speech.factory import create_engine
        from presenter.speech.model import SpeechUnavailable
        try:
            create_engine(neural=False)
        except SpeechUnavailable as exc:
            print("unavailable:", exc.message)
    """)
    assert "unavailable: eSpeak NG is not installed; install the espeak-ng package" in \
        result.stdout, result.stderr


def test_speech_package_never_imports_qt() -> None:
    result = run_python("""
        import importlib, pkgutil, sys
        import presenter.speech as speech
        for info in pkgutil.iter_modules(speech.__path__):
            importlib.import_module(f"presenter.speech.{info.name}")
        print(sorted(m for m in sys.modules if m.startswith(("PySide", "shiboken"))))
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [n for n in names if n.startswith(("PySide", "PyQt", "shiboken"))], path


def test_public_things_have_docstrings_and_modules_stay_small() -> None:
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 320, f"{path.name} is getting long"
        tree = ast.parse(text)
        assert ast.get_docstring(tree), path.name
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) and \
                    not node.name.startswith("_"):
                assert ast.get_docstring(node), f"{path.name}: {node.name}"
