"""What the PyInstaller bundles leave out: shared by build.spec and benchmarks/bench_bundle.py.

PyInstaller's Qt hooks collect every plugin of every plugin type a collected Qt module may
load, and all of Qt's translations. The app needs far fewer: a window on X11 or Wayland (or
offscreen for the self-test), PNG/JPEG/SVG/ICO/GIF images, and the FFmpeg media backend. The
benchmark's minimal bundle is filtered by these same rules, so the size ratio it prints
compares like with like.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, TypeVar

# Python modules never imported at run time: readline (with libreadline and libtinfo) only
# serves pdb and code, which cope without it. numpy and lemminflect: the app reads LemmInflect's
# tables itself (presenter.text.lexicon), and importing lemminflect would bring numpy (39 MB with
# OpenBLAS); excluded so that no import, ours or a library's, can bring them back unnoticed.
# (lxml's extra modules are kept out by packaging/hooks/hook-lxml.py instead.)
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "readline",
    "numpy",
    "lemminflect",
]

# Qt plugins, by plugin type: the ones kept (every other file of a listed type goes), and the
# types dropped whole. Types not listed are kept whole.
KEEP_PLUGINS = {
    # X11 (and XWayland), native Wayland, and the offscreen platform of the self-test.
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "qwindows.dll", "qdirect2d.dll",
                  "libqcocoa.dylib", "qoffscreen.dll", "libqoffscreen.dylib"},
    # WebP: lessons may carry WebP pictures (issue 20: JPEG, PNG, WebP, SVG; PNG is built into Qt).
    "imageformats": {"libqjpeg.so", "libqsvg.so", "libqico.so", "libqgif.so", "libqwebp.so",
                     "qjpeg.dll", "qsvg.dll", "qico.dll", "qgif.dll", "qwebp.dll",
                     "libqjpeg.dylib", "libqsvg.dylib", "libqico.dylib", "libqgif.dylib", "libqwebp.dylib"},
    # Native file dialogs through XDG portals. Not the GTK 3 theme: it loads the system's GTK,
    # which may need a newer GLib than the one the bundle carries.
    "platformthemes": {"libqxdgdesktopportal.so"},
    # Dead keys and input methods on X11/Wayland; the on-screen keyboard would pull QtQuick
    # controls and QtVirtualKeyboard.
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so",
                              "libibusplatforminputcontextplugin.so"},
}
DROP_PLUGIN_TYPES = {
    "egldeviceintegrations",  # only for the eglfs platform (embedded boards)
    "generic",  # evdev/tslib input, again for eglfs/linuxfb
    "networkinformation",  # the app never goes online
    "tls",
    "qmltooling",  # the types below are not collected today; listed so a new import cannot add them
    "position",
    "sensors",
    "printsupport",
    "sqldrivers",
    "texttospeech",
}

# Qt libraries that only the dropped plugins load (a plugin's libraries are collected with it).
DROP_LIBRARIES = {
    "libQt6Pdf.so.6",  # imageformats/libqpdf.so
    "libQt6VirtualKeyboard.so.6",  # platforminputcontexts/libqtvirtualkeyboardplugin.so
    "libQt6VirtualKeyboardQml.so.6",
    "libQt6EglFSDeviceIntegration.so.6",  # platforms/libqeglfs.so
    "libQt6EglFsKmsSupport.so.6",
    "libQt6EglFsKmsGbmSupport.so.6",
}

T = TypeVar("T", bound=tuple)  # type: ignore[type-arg]


def keep(dest: str) -> bool:
    """Whether the bundled file at `dest` (a path inside the bundle) stays in the bundle."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    if "translations" in parts and path.suffix == ".qm":
        return False  # the interface is English; Qt's own dialogs stay in English too
    if path.name in DROP_LIBRARIES:
        return False
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) > i + 2:
            kind = parts[i + 1]
            if kind in DROP_PLUGIN_TYPES:
                return False
            wanted = KEEP_PLUGINS.get(kind)
            if wanted is not None and path.name not in wanted:
                return False
    return True


def filtered(toc: Iterable[T]) -> list[T]:
    """The entries of a PyInstaller TOC (dest, source, kind) that stay in the bundle."""
    return [entry for entry in toc if keep(str(entry[0]))]


_STRIP_VERSION = "2"  # bump when the stripping rules change, so cached copies are redone


def strippable(source: str) -> bool:
    """Whether to try stripping a library: not one that auditwheel vendored or repaired.

    auditwheel rewrites the headers of a wheel's extension modules and of the libraries it
    vendors into `<package>.libs/` with patchelf, and `strip` can then produce a file the
    loader rejects. The check after stripping (`_loadable`) catches that too; this rule just
    spares the attempt on the files most likely to break.
    """
    path = Path(source).resolve()
    if any(part.endswith(".libs") for part in path.parts):
        return False
    parts = path.parts
    if "site-packages" in parts:
        i = parts.index("site-packages")
        if len(parts) > i + 1 and Path(*parts[: i + 1], parts[i + 1] + ".libs").is_dir():
            return False
    return True


def _loadable(path: Path) -> bool:
    """Whether glibc's loader will map this ELF file: each PT_LOAD's offset and address agree modulo the page.

    This is the check that fails ("ELF load command address/offset not page-aligned") when
    `strip` rewrites a file that patchelf had edited, as FFmpeg's libraries in PySide6 and
    numpy's OpenBLAS are. A file that is not 64-bit little-endian ELF counts as not loadable.
    """
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    with path.open("rb") as f:
        header = f.read(64)
        if len(header) < 64 or header[:4] != b"\x7fELF" or header[4] != 2 or header[5] != 1:
            return False
        phoff, = struct.unpack_from("<Q", header, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", header, 0x36)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
    if len(table) < phentsize * phnum:
        return False
    for i in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, _filesz, _memsz, p_align = struct.unpack_from(
            "<IIQQQQQQ", table, i * phentsize)
        if p_type == 1 and ((p_vaddr - p_offset) % page != 0 or p_align % page != 0):
            return False
    return True


def stripped(toc: Iterable[T], cache: Path) -> list[T]:
    """The TOC with each library that strips cleanly replaced by a stripped copy under `cache`.

    PyInstaller's own `strip=True` strips every library and so breaks FFmpeg's and numpy's
    (see `_loadable`). Stripping drops symbol tables and debug information only: the Python
    runtime built by pyenv carries 17 MB of them. Linux only; elsewhere the TOC is unchanged.
    """
    entries = list(toc)
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return entries
    out: list[Any] = []
    for entry in entries:
        dest, source, kind = entry[0], entry[1], entry[2]
        if kind not in ("BINARY", "EXTENSION") or not strippable(source):
            out.append(entry)
            continue
        # Keyed on the source file's identity, so a changed library is never served stale.
        info = Path(source).stat()
        key = hashlib.sha256(f"{_STRIP_VERSION}:{source}:{info.st_size}:{info.st_mtime_ns}".encode()).hexdigest()[:16]
        target = cache / key / dest
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            # Worked on under another name: an interrupted build leaves no half-made copy.
            part = target.with_name(target.name + ".part")
            shutil.copyfile(source, part)
            result = subprocess.run(["strip", str(part)], capture_output=True, check=False)
            if result.returncode != 0 or not _loadable(part):
                # strip refused the file or produced one the loader rejects: ship the original.
                shutil.copyfile(source, part)
            os.replace(part, target)
        out.append((dest, str(target), kind))
    return out


def prepare(analysis: Any, workpath: str) -> None:
    """Apply the filters and the stripping to a PyInstaller Analysis, in place."""
    analysis.binaries = stripped(filtered(analysis.binaries), Path(workpath) / "stripped")
    analysis.datas = filtered(analysis.datas)
