"""Fixtures for the packaging tests: one fresh bundle per session, and a way to hide eSpeak NG.

The bundle is built from the working tree every session (about 20 s), never reused from an
earlier dist/: a stale bundle would test code that is no longer there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 900

# Run by `sh -c` inside a private mount namespace: the first argument is a scratch folder for
# the empty stand-ins (not $TMPDIR, which the tests watch); every path before "--" is covered
# by an empty file or an empty folder (so the loader finds a file "too short" and eSpeak an
# empty data folder), then the command after "--" runs. Nothing outside the namespace changes.
_HIDE_SCRIPT = r"""
set -e
empty_file="$1/empty-file"
empty_dir="$1/empty-dir"
shift
: > "$empty_file"
mkdir -p "$empty_dir"
while [ "$1" != "--" ]; do
  if [ -d "$1" ]; then mount --bind "$empty_dir" "$1"; else mount --bind "$empty_file" "$1"; fi
  shift
done
shift
exec "$@"
"""

# What a Debian/Ubuntu system with eSpeak NG installed has, and a system without it lacks:
# the library with its two helper libraries (packages libespeak-ng1, libpcaudio0, libsonic0),
# the voice data (espeak-ng-data) and the command-line program (espeak-ng).
_LIBRARIES = ("libespeak-ng", "libpcaudio", "libsonic")
_DATA_CANDIDATES = ("/usr/lib/*/espeak-ng-data", "/usr/lib/espeak-ng-data", "/usr/share/espeak-ng-data",
                    "/usr/local/share/espeak-ng-data", "/usr/local/lib/espeak-ng-data")
_PROGRAMS = ("/usr/bin/espeak-ng", "/usr/bin/espeak", "/usr/local/bin/espeak-ng")


def system_espeak_paths() -> list[Path]:
    """The files and folders of the system's eSpeak NG, as the loader really resolves them."""
    # Ask the loader, not a list of guesses: load the library in a child and read its memory map.
    probe = (
        "import ctypes; ctypes.CDLL('libespeak-ng.so.1')\n"
        "for line in open('/proc/self/maps'):\n"
        "    f = line.split(maxsplit=5)\n"
        f"    if len(f) == 6 and any(n in f[5] for n in {_LIBRARIES!r}): print(f[5].strip())\n"
    )
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False,
                           env={"PATH": os.environ.get("PATH", "")})
    paths = {Path(line).resolve() for line in found.stdout.splitlines() if line.strip()}
    for pattern in _DATA_CANDIDATES:
        paths.update(p.resolve() for p in Path("/").glob(pattern.lstrip("/")) if p.is_dir())
    paths.update(Path(p).resolve() for p in _PROGRAMS if Path(p).exists())
    return sorted(paths)


def hidden_espeak(command: Sequence[str], scratch: Path) -> list[str]:
    """`command` wrapped so that it runs where the system's eSpeak NG cannot be found.

    `scratch` is an existing folder for the empty file and folder mounted over eSpeak's.
    """
    paths = system_espeak_paths()
    if not any(p.name.startswith("libespeak-ng") for p in paths):
        pytest.fail("eSpeak NG is not installed here, so there is nothing to hide (dev.sh installs it)")
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.fail("hiding eSpeak NG needs `unshare` (util-linux)")
    # As root a mount namespace is enough; otherwise a user namespace maps us to root in it.
    flags = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
    probe = subprocess.run([unshare, *flags, "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.fail(f"cannot make a private mount namespace to hide eSpeak NG: {probe.stderr.strip()} "
                    "(user namespaces disabled? run the tests as root, or enable them)")
    return [unshare, *flags, "sh", "-c", _HIDE_SCRIPT, "hide-espeak", str(scratch), *map(str, paths), "--", *command]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/presenter built fresh from this tree with the one build command (packaging/build.sh)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle tests are written for Linux (docs/packaging.md covers Windows and macOS)")
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable)
    result = subprocess.run(
        [str(REPO / "packaging" / "build.sh"), "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
        capture_output=True, text=True, env=env, timeout=BUILD_TIMEOUT_S, check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"packaging/build.sh failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    return out / "dist" / "presenter"


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose home, XDG folders and temporary folder are empty folders under tmp_path."""
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "ESPEAK_", "QT_", "PULSE_")) and k not in ("HOME", "TMPDIR")}
    env.update(HOME=str(home), TMPDIR=str(tmp), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_STATE_HOME=str(home / ".local" / "state"))
    return env


@pytest.fixture
def hide_espeak(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Sequence[str]], list[str]]:
    """hidden_espeak for tests: wraps a command so that the system's eSpeak NG is out of its reach."""
    scratch = tmp_path_factory.mktemp("hide-espeak")
    return lambda command: hidden_espeak(command, scratch)
