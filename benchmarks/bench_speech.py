"""Speed of the speech engine against the espeak-ng command on the same text.

Prints the ratio (time to synthesize every sentence of a ~850-word text through
presenter's engine, one sentence at a time) / (time of `espeak-ng -w` on the whole text at
the same rate). Both are measured interleaved, several rounds, in one run; the median of
each is compared. Target: at most 1.5.

    .venv/bin/python benchmarks/bench_speech.py [--rounds N] [--rate WPM] [--text FILE]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from presenter.speech.factory import system_engine  # noqa: E402
from presenter.speech.model import SpeechEngine  # noqa: E402

SEEDS = REPO.parent / "shared" / "seeds"
LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"
TARGET_WORDS = 850
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+")


def default_text() -> str:
    """About 850 words of English prose: the shared seed text, else the sample lesson."""
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    raw = seeds[0].read_text(encoding="utf-8") if seeds else LESSON.read_text(encoding="utf-8")
    lines = [ln.strip(" #*-") for ln in raw.splitlines()]
    prose = " ".join(ln for ln in lines if ln and not ln.startswith("---"))
    words = prose.split()
    return " ".join(words[:TARGET_WORDS])


def sentences(text: str) -> list[str]:
    """Split prose into sentences at . ! ? followed by space."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def time_engine(engine: SpeechEngine, parts: list[str], out_dir: Path, rate: int) -> float:
    """Seconds to synthesize every sentence to its own WAV, one after another."""
    start = time.perf_counter()
    for i, sentence in enumerate(parts):
        engine.synthesize(sentence, out_dir / f"s{i:03d}.wav", voice="gmw/en-us", rate_wpm=rate)
    return time.perf_counter() - start


def time_cli(text_file: Path, out_wav: Path, rate: int) -> float:
    """Seconds for `espeak-ng -w` to speak the whole text file at once."""
    start = time.perf_counter()
    subprocess.run(
        ["espeak-ng", "-v", "gmw/en-us", "-s", str(rate), "-w", str(out_wav), "-f", str(text_file)],
        check=True,
    )
    return time.perf_counter() - start


def main() -> int:
    """Run the interleaved benchmark and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--rate", type=int, default=175)
    parser.add_argument("--text", type=Path)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng command not found; install the espeak-ng package", file=sys.stderr)
        return 2
    text = args.text.read_text(encoding="utf-8") if args.text else default_text()
    parts = sentences(text)
    engine = system_engine()  # eSpeak NG: bench_piper.py measures the natural voice
    with tempfile.TemporaryDirectory(prefix="bench-speech-") as tmp:
        tmp_dir = Path(tmp)
        text_file = tmp_dir / "text.txt"
        text_file.write_text(text, encoding="utf-8")
        # Warm-up: first voice load, page cache, first process start.
        time_engine(engine, parts[:3], tmp_dir, args.rate)
        time_cli(text_file, tmp_dir / "cli.wav", args.rate)
        ours: list[float] = []
        cli: list[float] = []
        for round_no in range(args.rounds):
            run_dir = tmp_dir / f"r{round_no}"
            run_dir.mkdir()
            ours.append(time_engine(engine, parts, run_dir, args.rate))
            cli.append(time_cli(text_file, tmp_dir / "cli.wav", args.rate))
            shutil.rmtree(run_dir)
        # A short sentence alone: the latency a user waits for when one sentence is missing.
        short_times = []
        for i in range(20):
            start = time.perf_counter()
            engine.synthesize("Next week the program will start.", tmp_dir / f"short{i}.wav",
                              voice="gmw/en-us", rate_wpm=args.rate)
            short_times.append(time.perf_counter() - start)
    ours_s = statistics.median(ours)
    cli_s = statistics.median(cli)
    print(f"engine: {engine.engine_version}")
    print(f"text: {len(text.split())} words, {len(parts)} sentences, rate {args.rate} wpm")
    print(f"engine, sentence by sentence: median {ours_s:.3f} s over {args.rounds} rounds")
    print(f"espeak-ng -w, whole text:     median {cli_s:.3f} s over {args.rounds} rounds")
    print(f"short sentence latency: median {statistics.median(short_times) * 1000:.1f} ms")
    ratio = ours_s / cli_s
    print(f"ratio: {ratio:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
