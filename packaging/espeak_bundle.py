"""Find the system's eSpeak NG (library and data) so build.spec can copy it into the bundle.

PyInstaller does not see libespeak-ng: pyttsx3 opens it with ctypes by name at run time. So
the spec adds it by hand, together with the espeak-ng-data folder that must match it, under
`espeak-ng/` in the bundle; packaging/rthook_espeak.py points ESPEAK_DATA_PATH there, and
presenter.speech loads the library it finds in that folder.
"""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass
from pathlib import Path

BUNDLE_DIR = "espeak-ng"  # inside the bundle's contents folder (ESPEAK_DATA_PATH points here)
LIBRARY_NAME = "libespeak-ng.so.1"  # the soname pyttsx3's binding asks for

# Files every voice needs (phoneme tables and intonation), whatever the language.
_CORE_FILES = ("phontab", "phonindex", "phondata", "intonations")


@dataclass(frozen=True)
class EspeakInstall:
    """Where the system's eSpeak NG is."""

    library: Path  # the real file, symlinks resolved
    data: Path  # the espeak-ng-data folder
    version: str


def find_espeak() -> EspeakInstall:
    """Ask libespeak-ng itself where it is and where its data is; raise SystemExit if missing."""
    if not sys.platform.startswith("linux"):
        raise SystemExit("the eSpeak NG bundling is for Linux; Windows and macOS use the system voices")
    try:
        lib = ctypes.CDLL(LIBRARY_NAME)
    except OSError as exc:
        raise SystemExit(
            f"cannot bundle eSpeak NG: {exc}; install it first (Debian/Ubuntu: apt install espeak-ng libespeak-ng1)"
        ) from exc
    # InitializePath(NULL) resolves the data folder the library was built for (or
    # ESPEAK_DATA_PATH) without starting the synthesizer; espeak_Info then reports it.
    lib.espeak_ng_InitializePath.argtypes = [ctypes.c_char_p]
    lib.espeak_ng_InitializePath.restype = None
    lib.espeak_Info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_ng_InitializePath(None)
    home = ctypes.c_char_p()
    version = (lib.espeak_Info(ctypes.byref(home)) or b"?").decode("ascii", "replace")
    data = Path(os.fsdecode(home.value or b""))
    if not (data / "phontab").is_file():
        raise SystemExit(f"cannot bundle eSpeak NG: its data folder {data} has no phontab")
    return EspeakInstall(library=_loaded_path("libespeak-ng"), data=data, version=version)


def _loaded_path(stem: str) -> Path:
    """The file a library was loaded from, read from this process's memory map."""
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        for line in maps:
            fields = line.split(maxsplit=5)
            if len(fields) == 6 and Path(fields[5].strip()).name.startswith(stem):
                return Path(fields[5].strip()).resolve()
    raise SystemExit(f"cannot tell where {stem} was loaded from")


def data_files(data: Path, languages: tuple[str, ...] | None) -> list[tuple[str, str]]:
    """(source file, bundle folder) pairs for espeak-ng-data: every file, or only `languages`.

    A language keeps its dictionary (`en_dict`) and its voice definitions (`lang/*/en*`); the
    voice variants (`voices/!v`) are small and shared. All languages add about 11 MB, English
    alone about 1 MB.
    """
    pairs: list[tuple[str, str]] = []
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        rel = path.relative_to(data)
        if languages is not None and not _wanted(rel, languages):
            continue
        pairs.append((str(path), str(Path(BUNDLE_DIR) / "espeak-ng-data" / rel.parent)))
    return pairs


def _wanted(rel: Path, languages: tuple[str, ...]) -> bool:
    """Whether a file of espeak-ng-data is needed for these languages."""
    parts = rel.parts
    if len(parts) == 1:
        if rel.name in _CORE_FILES:
            return True
        return rel.name.endswith("_dict") and rel.name[: -len("_dict")] in languages
    if parts[0] == "lang":
        # lang/gmw/en-US, lang/gmw/en-GB-x-rp, ...: the language is the name's first subtag.
        return rel.name.split("-")[0] in languages
    return parts[0] == "voices" and parts[1] == "!v"


def languages_from_env(default: str = "en") -> tuple[str, ...] | None:
    """The languages to bundle from PRESENTER_ESPEAK_LANGUAGES ("en", "en,fr", or "all")."""
    value = os.environ.get("PRESENTER_ESPEAK_LANGUAGES", default).strip().lower()
    if value == "all":
        return None
    return tuple(sorted({v.strip() for v in value.split(",") if v.strip()}))
