"""The one-folder bundle against baselines from the same run: its size, and its start-up.

- Size: dist/presenter against a minimal PySide6 bundle (a script importing QtWidgets and
  QtMultimedia) built with the same exclusions and stripping (packaging/bundle_filters.py).
  Target: at most 1.1x.
- Start-up: `presenter --screenshot OUT.png` (slide 1 of the sample lesson, offscreen) from the
  bundle against the same command from source (.venv), interleaved runs, medians.
  Target: at most 1.2x.

Usage: .venv/bin/python benchmarks/bench_bundle.py [--runs N] [--bundle DIR]
(without --bundle it builds dist/presenter first with packaging/build.sh).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_TARGET = 1.1
START_TARGET = 1.2

MINIMAL_SCRIPT = """\
import sys
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
player, output = QMediaPlayer(), QAudioOutput()
player.setAudioOutput(output)
label = QLabel("minimal")
"""

MINIMAL_SPEC = """\
import sys
sys.path.insert(0, {packaging!r})
import bundle_filters

a = Analysis([{script!r}], excludes=bundle_filters.EXCLUDED_MODULES)
bundle_filters.prepare(a, workpath)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="minimal", strip=False, upx=False, console=True)
coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name="minimal")
"""


def folder_size(folder: Path) -> int:
    """Bytes in the regular files under `folder` (symlinks count as nothing, as in an archive)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_app() -> Path:
    """Build dist/presenter with the one build command; return the bundle folder."""
    start = time.perf_counter()
    subprocess.run([str(ROOT / "packaging" / "build.sh")], check=True, stdout=subprocess.DEVNULL)
    print(f"built dist/presenter in {time.perf_counter() - start:.0f} s")
    return ROOT / "dist" / "presenter"


def build_minimal(work: Path) -> Path:
    """Build the minimal QtWidgets + QtMultimedia bundle under `work`; return its folder."""
    script = work / "minimal.py"
    script.write_text(MINIMAL_SCRIPT, encoding="utf-8")
    spec = work / "minimal.spec"
    spec.write_text(MINIMAL_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)), encoding="utf-8")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--workpath", str(work / "build"), "--distpath", str(work / "dist"), str(spec)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return work / "dist" / "minimal"


def time_run(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds of one run of `command` (which must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    """Print the size ratio and the start-up ratio; exit 1 if either misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each kind (9)")
    parser.add_argument("--bundle", type=Path, help="an already built dist/presenter to measure")
    args = parser.parse_args()

    bundle = args.bundle or build_app()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        work = Path(tmp)
        minimal = build_minimal(work)
        app_size, minimal_size = folder_size(bundle), folder_size(minimal)
        size_ratio = app_size / minimal_size
        print(f"size: bundle {app_size / 1e6:.1f} MB, minimal PySide6 widgets+multimedia {minimal_size / 1e6:.1f} MB, "
              f"ratio {size_ratio:.2f}x (target <= {SIZE_TARGET}x)")

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.*=false")
        shot = str(work / "slide.png")
        from_bundle = [str(bundle / "presenter"), "--screenshot", shot]
        from_source = [sys.executable, "-m", "presenter", "--screenshot", shot]
        for command in (from_bundle, from_source):
            time_run(command, env)  # warm the page cache before measuring
        bundle_times: list[float] = []
        source_times: list[float] = []
        for _ in range(args.runs):
            # Interleaved, so a busy moment on the machine hits both sides alike.
            bundle_times.append(time_run(from_bundle, env))
            source_times.append(time_run(from_source, env))
    b, s = statistics.median(bundle_times), statistics.median(source_times)
    start_ratio = b / s
    print(f"start-up to a rendered slide 1 (--screenshot), median of {args.runs}: bundle {b * 1000:.0f} ms, "
          f"source {s * 1000:.0f} ms, ratio {start_ratio:.2f}x (target <= {START_TARGET}x)")
    print(textwrap.dedent(f"""\
        bundle runs (ms): {' '.join(f'{t * 1000:.0f}' for t in bundle_times)}
        source runs (ms): {' '.join(f'{t * 1000:.0f}' for t in source_times)}"""))
    return 0 if size_ratio <= SIZE_TARGET and start_ratio <= START_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
