"""The build helpers in packaging/: what is left out, what eSpeak data goes in, safe stripping."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import bundle_filters  # noqa: E402
import espeak_bundle  # noqa: E402

QT = Path(__import__("PySide6").__file__).parent / "Qt"


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("lemminflect/resources/infl_lu.csv.gz", True),
])
def test_filters_keep_what_the_app_uses(dest: str, kept: bool) -> None:
    assert bundle_filters.keep(dest) is kept


@pytest.mark.parametrize("rel, wanted", [
    ("phontab", True), ("phondata", True), ("intonations", True), ("en_dict", True),
    ("fr_dict", False), ("mbrola_ph", False), ("phondata-manifest", False),
    ("lang/gmw/en-US", True), ("lang/gmw/en", True), ("lang/gmw/en-GB-x-rp", True),
    ("lang/roa/fr", False), ("lang/gmw/de", False), ("voices/!v/Alex", True), ("voices/mb/mb-en1", False),
])
def test_english_voice_data(rel: str, wanted: bool) -> None:
    assert espeak_bundle._wanted(Path(rel), ("en",)) is wanted


def test_languages_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESENTER_ESPEAK_LANGUAGES", raising=False)
    assert espeak_bundle.languages_from_env() == ("en",)
    monkeypatch.setenv("PRESENTER_ESPEAK_LANGUAGES", "fr, en")
    assert espeak_bundle.languages_from_env() == ("en", "fr")
    monkeypatch.setenv("PRESENTER_ESPEAK_LANGUAGES", "all")
    assert espeak_bundle.languages_from_env() is None


def _elf_with_load(offset: int, vaddr: int) -> bytes:
    """A 64-bit little-endian ELF header with one PT_LOAD program header."""
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    struct.pack_into("<Q", header, 0x20, 64)  # e_phoff
    struct.pack_into("<HH", header, 0x36, 56, 1)  # e_phentsize, e_phnum
    program = struct.pack("<IIQQQQQQ", 1, 5, offset, vaddr, vaddr, 16, 16, 0x1000)
    return bytes(header) + program


def test_loadable_spots_the_damage_strip_does(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.so", tmp_path / "bad.so"
    good.write_bytes(_elf_with_load(0x1000, 0x401000))
    bad.write_bytes(_elf_with_load(0x1000, 0x401010))
    assert bundle_filters._loadable(good)
    assert not bundle_filters._loadable(bad)
    text = tmp_path / "notes.txt"
    text.write_text("not a library")
    assert not bundle_filters._loadable(text)
    assert bundle_filters._loadable(QT / "lib" / "libQt6Core.so.6")


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("strip") is None, reason="strip on Linux")
def test_stripping_never_ships_a_broken_library(tmp_path: Path) -> None:
    # PySide6's FFmpeg was edited with patchelf: a plain `strip` leaves it unloadable.
    avformat = next((QT / "lib").glob("libavformat.so.*"))
    trial = tmp_path / avformat.name
    shutil.copyfile(avformat, trial)
    subprocess.run(["strip", str(trial)], check=True)
    assert not bundle_filters._loadable(trial), "strip no longer breaks it: the guard is untested"
    toc = [(f"PySide6/Qt/lib/{avformat.name}", str(avformat), "BINARY")]
    (dest, source, kind), = bundle_filters.stripped(toc, tmp_path / "cache")
    assert dest == toc[0][0] and kind == "BINARY"
    assert bundle_filters._loadable(Path(source))
    assert Path(source).read_bytes() == avformat.read_bytes()


def test_auditwheel_libraries_are_not_stripped() -> None:
    numpy_libs = Path(__import__("numpy").__file__).parent.parent / "numpy.libs"
    for library in numpy_libs.glob("*.so*"):
        assert not bundle_filters.strippable(str(library))
    assert bundle_filters.strippable(str(QT / "lib" / "libQt6Core.so.6"))


def test_runtime_hook_points_espeak_into_the_bundle(tmp_path: Path) -> None:
    (tmp_path / "espeak-ng" / "espeak-ng-data").mkdir(parents=True)
    code = (f"import sys, runpy; sys._MEIPASS = {str(tmp_path)!r}; "
            f"runpy.run_path({str(REPO / 'packaging' / 'rthook_espeak.py')!r}); "
            "import os; print(os.environ['ESPEAK_DATA_PATH'])")
    env = dict(os.environ, ESPEAK_DATA_PATH="/somewhere/else")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == str(tmp_path / "espeak-ng")
