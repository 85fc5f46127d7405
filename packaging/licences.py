"""Licence texts of everything the bundle ships, gathered for build.spec into `licenses/`.

Three sources, because no single one covers everything:
- the licence files a Python distribution declares in its metadata (pyttsx3, PyYAML, ...);
- the Debian copyright file of each system library PyInstaller copied (eSpeak NG, libpulse,
  FFmpeg's helpers, ...), found with `dpkg -S`; other systems simply skip this part;
- texts kept in packaging/licenses/ (GPL-3.0, LGPL-3.0) for what ships none: the PySide6
  wheels carry no licence file, and presenter itself is GPL-3.0-or-later.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCE_DIR = "licenses"  # inside the bundle's contents folder; presenter.ui.app.about names it

# The distributions whose code or data the bundle carries (lemminflect: its tables only), with
# PySide6's wheels (no licence file).
PYTHON_DISTRIBUTIONS = (
    "pyttsx3", "markdown-it-py", "mdurl", "PyYAML", "lemminflect", "pyinstaller", "pocketsphinx",
    "wordfreq", "ftfy", "langcodes", "msgpack", "regex", "locate",  # vocabulary suggestions
    "genanki", "cached-property", "chevron", "frozendict",  # export --anki
    "segno",  # QR codes for web video links
)
_MARKERS = ("LICEN", "COPYING", "NOTICE", "AUTHORS")


def python_licence_files(names: Iterable[str] = PYTHON_DISTRIBUTIONS) -> list[tuple[str, str]]:
    """(source, bundle folder) for the licence files each installed distribution declares."""
    pairs: list[tuple[str, str]] = []
    for name in names:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or ():
            if any(marker in file.name.upper() for marker in _MARKERS):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    # Keep sub-folders: a distribution may ship several files all named LICENSE.txt.
                    inner = Path(*file.parts[1:]).parent if len(file.parts) > 1 else Path()
                    pairs.append((str(source), str(Path(LICENCE_DIR) / name / inner)))
    pairs += _interpreter_licence()
    return pairs


def _interpreter_licence() -> list[tuple[str, str]]:
    """The Python interpreter's own LICENSE.txt (PSF), bundled as libpython."""
    import sysconfig

    candidate = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    return [(str(candidate), str(Path(LICENCE_DIR) / "python"))] if candidate.is_file() else []


def kept_licence_files() -> list[tuple[str, str]]:
    """The texts kept in packaging/licenses/ (GPL-3.0 and LGPL-3.0)."""
    return [(str(p), LICENCE_DIR) for p in sorted((HERE / "licenses").glob("*.txt"))]


def system_licence_files(files: Iterable[str], workdir: Path) -> list[tuple[str, str]]:
    """Debian copyright files of the system packages that the bundled `files` come from."""
    sources = sorted({src for src in files if _is_system_file(src)})
    if not sources or shutil.which("dpkg") is None:
        return []
    # One dpkg call for all files; unknown files only make dpkg print to stderr.
    found = subprocess.run(["dpkg", "-S", *sources], capture_output=True, text=True, check=False).stdout
    packages = sorted({line.split(":", 1)[0] for line in found.splitlines() if ":" in line})
    out = workdir / "debian-copyright"
    out.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[str, str]] = []
    for package in packages:
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            # Renamed so that every package's file sits in one folder.
            target = out / f"{package}.copyright"
            shutil.copyfile(copyright_file, target)
            pairs.append((str(target), str(Path(LICENCE_DIR) / "system")))
    return pairs


def _is_system_file(path: str) -> bool:
    """Whether a bundled file comes from the operating system rather than from Python packages."""
    if not sys.platform.startswith("linux"):
        return False
    resolved = str(Path(path).resolve())
    return resolved.startswith(("/usr/lib", "/lib", "/usr/lib64", "/lib64")) and "site-packages" not in resolved
