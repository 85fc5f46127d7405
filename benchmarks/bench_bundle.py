"""The one-folder bundle against baselines from the same run: its size, and its start-up.

- Size: dist/presenter against a minimal PySide6 bundle (a script importing QtWidgets and
  QtMultimedia) built with the same exclusions and stripping (packaging/bundle_filters.py).
  Target: at most 1.1x.
- Start-up: `presenter LESSON` to its first painted slide (--quit-after-first-slide
  makes it report the paint and exit, as in bench_slides.py), from the bundle against the same
  command from source (.venv), interleaved runs, medians; and `presenter --screenshot OUT.png`
  the same way. Target: at most 1.2x (the first figure, what a teacher's double-click does).

- The natural voice's cost: the bundle against an eSpeak-only build (`build.sh --no-neural`) from
  the same sources. Budget: the eSpeak-only bundle + the voice file + at most 40 MB.

Usage: .venv/bin/python benchmarks/bench_bundle.py [--runs N] [--bundle DIR] [--espeak-bundle DIR] [--sizes-only]
(without --bundle it builds dist/presenter first with packaging/build.sh; without --espeak-bundle it
builds the eSpeak-only one in a temporary folder).
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_TARGET = 1.1
NEURAL_ALLOWANCE = 40_000_000  # what the natural voice may add beyond its voice file
START_TARGET = 1.2
QUIT = "--quit-after-first-slide"  # the app reports its first paint and exits

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


def first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the app to its report of the first painted slide."""
    t0 = time.time()
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    stamp = next(line for line in out.splitlines() if line.startswith("first-slide-painted "))
    return float(stamp.split()[1]) - t0


def compare(what: str, from_bundle: list[str], from_source: list[str], env: dict[str, str], runs: int,
            measure: Callable[[list[str], dict[str, str]], float]) -> float:
    """Print the bundle's and the source's medians for a start-up and return their ratio."""
    for command in (from_bundle, from_source):
        measure(command, env)  # warm the page cache (and the parsed-lesson cache) before measuring
    bundle_times: list[float] = []
    source_times: list[float] = []
    for _ in range(runs):
        # Interleaved, so a busy moment on the machine hits both sides alike.
        bundle_times.append(measure(from_bundle, env))
        source_times.append(measure(from_source, env))
    b, s = statistics.median(bundle_times), statistics.median(source_times)
    print(f"start-up, {what}, median of {runs}: bundle {b * 1000:.0f} ms, source {s * 1000:.0f} ms, "
          f"ratio {b / s:.2f}x (target <= {START_TARGET}x)")
    print(textwrap.dedent(f"""\
        bundle runs (ms): {' '.join(f'{t * 1000:.0f}' for t in bundle_times)}
        source runs (ms): {' '.join(f'{t * 1000:.0f}' for t in source_times)}"""))
    return b / s


def folder_size(folder: Path) -> int:
    """Bytes in the regular files under `folder` (symlinks count as nothing, as in an archive)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_app() -> Path:
    """Build dist/presenter with the one build command; return the bundle folder."""
    start = time.perf_counter()
    subprocess.run([str(ROOT / "packaging" / "build.sh")], check=True, stdout=subprocess.DEVNULL)
    print(f"built dist/presenter in {time.perf_counter() - start:.0f} s")
    return ROOT / "dist" / "presenter"


def build_espeak_only(work: Path) -> Path:
    """Build the eSpeak-only bundle (no natural voice) under `work`; return its folder."""
    start = time.perf_counter()
    subprocess.run([str(ROOT / "packaging" / "build.sh"), "--no-neural", "--distpath", str(work / "espeak-dist"),
                    "--workpath", str(work / "espeak-build")], check=True, stdout=subprocess.DEVNULL)
    print(f"built the eSpeak-only bundle in {time.perf_counter() - start:.0f} s")
    return work / "espeak-dist" / "presenter"


def neural_budget(bundle: Path, espeak_only: Path) -> bool:
    """Print the natural-voice bundle against the eSpeak-only one and the budget; True if within it."""
    voice = sum(p.stat().st_size for p in bundle.rglob("*.onnx") if p.is_file())
    app, base = folder_size(bundle), folder_size(espeak_only)
    budget = base + voice + NEURAL_ALLOWANCE
    print(f"natural voice: bundle {app / 1e6:.1f} MB, eSpeak-only {base / 1e6:.1f} MB, voice file {voice / 1e6:.1f} MB; "
          f"budget {budget / 1e6:.1f} MB (eSpeak-only + voice + {NEURAL_ALLOWANCE / 1e6:.0f} MB): "
          f"{'within it by' if app <= budget else 'OVER by'} {abs(budget - app) / 1e6:.1f} MB")
    added: dict[str, int] = {}
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink():
            rel = p.relative_to(bundle)
            top = "/".join(rel.parts[:2]) if rel.parts[0] == "_internal" and len(rel.parts) > 2 else str(rel)
            if not (espeak_only / rel).exists():
                added[top] = added.get(top, 0) + p.stat().st_size
    print("  what the natural voice adds: " + ", ".join(
        f"{name} {size / 1e6:.1f} MB" for name, size in sorted(added.items(), key=lambda x: -x[1])[:8]))
    return app <= budget


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
    parser.add_argument("--espeak-bundle", type=Path, help="an already built eSpeak-only bundle (build.sh --no-neural)")
    parser.add_argument("--sizes-only", action="store_true", help="sizes alone, no start-up runs")
    args = parser.parse_args()

    bundle = args.bundle or build_app()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        work = Path(tmp)
        minimal = build_minimal(work)
        app_size, minimal_size = folder_size(bundle), folder_size(minimal)
        size_ratio = app_size / minimal_size
        print(f"size: bundle {app_size / 1e6:.1f} MB, minimal PySide6 widgets+multimedia {minimal_size / 1e6:.1f} MB, "
              f"ratio {size_ratio:.2f}x (target <= {SIZE_TARGET}x)")
        within = neural_budget(bundle, args.espeak_bundle or build_espeak_only(work))
        if args.sizes_only:
            return 0 if within else 1

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.*=false")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "presenter")], check=True)
        lesson = str(ROOT / "lessons" / "social-credit-1" / "lesson.md")
        app_env = dict(env, XDG_CONFIG_HOME=str(work / "config"),
                       XDG_CACHE_HOME=str(work / "cache"), XDG_DATA_HOME=str(work / "data"))
        start_ratio = compare("`presenter LESSON` to its first painted slide", [str(bundle / "presenter"), lesson, QUIT],
                              [sys.executable, "-m", "presenter", lesson, QUIT], app_env, args.runs, first_paint)
        shot = str(work / "slide.png")
        compare("`presenter --screenshot OUT.png` (slide 1 rendered offscreen)", [str(bundle / "presenter"), "--screenshot", shot],
                [sys.executable, "-m", "presenter", "--screenshot", shot], env, args.runs, time_run)
    return 0 if size_ratio <= SIZE_TARGET and start_ratio <= START_TARGET and within else 1


if __name__ == "__main__":
    sys.exit(main())
