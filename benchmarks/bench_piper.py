"""The natural voice (Piper) against eSpeak NG, in one run on the sample lesson's reading.

Prints, for each engine:
- pre-rendering: time to synthesize every sentence of the reading / the audio's duration
  (target for Piper: at most 0.2 on 2 cores);
- key press to sound, cached and uncached (targets 100 / 300 ms), through the real narrator
  and QtMultimedia, the voice already loaded (it loads once, while the lesson opens);
- the word error rate of pocketsphinx's own recognizer on each engine's clips: an objective
  check that the natural voice is at least as intelligible (same references for both, so the
  numbers written in digits cost both the same).

    .venv/bin/python benchmarks/bench_piper.py [--press-only]

Press to sound is measured twice: each sentence rendered whole (the baseline) and rendered in parts
(narration.parts: its first words sound while the rest renders).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from PySide6.QtWidgets import QApplication  # noqa: E402

from presenter.deck.geometry import Geometry  # noqa: E402
from presenter.deck.reading import ReadingIndex  # noqa: E402
from presenter.lesson import load_lesson  # noqa: E402
from presenter.narration.cache import ClipCache  # noqa: E402
from presenter.speech.factory import create_engine, system_engine  # noqa: E402
from presenter.speech.model import Clip, SpeechEngine  # noqa: E402
from presenter.speech.worker import SpeechWorker  # noqa: E402
from presenter.ui.audio import clipsource  # noqa: E402
from presenter.ui.audio.clipsource import ClipSource  # noqa: E402
from presenter.ui.slides.controller import DeckController  # noqa: E402
from presenter.ui.audio.narrator import Narrator  # noqa: E402
from qt_waiting import wait_until  # noqa: E402  (beside this script)

SAMPLE = Path(__file__).resolve().parents[1] / "lessons" / "social-credit-1" / "lesson.md"
NATURAL, ESPEAK = "piper:en_US-joe-medium", "gmw/en-us"


def prerender(engine: SpeechEngine, voice: str, sentences: list[str], rate: int, out: Path) -> tuple[float, list[Clip]]:
    """Seconds to synthesize every sentence, and the clips."""
    engine.synthesize("Warm up.", out / "warm.wav", voice=voice, rate_wpm=rate)  # the voice's one-off load
    t0 = time.perf_counter()
    clips = [engine.synthesize(s, out / f"{i:03d}.wav", voice=voice, rate_wpm=rate) for i, s in enumerate(sentences)]
    return time.perf_counter() - t0, clips


def words_of(text: str) -> list[str]:
    """Lower-case words, apostrophes kept, other punctuation dropped."""
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def edits(a: list[str], b: list[str]) -> int:
    """Word-level edit distance."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def word_error_rate(clips: list[Clip]) -> float:
    """pocketsphinx's recognizer (its US English model and language model) on every clip."""
    import pocketsphinx

    decoder = pocketsphinx.Decoder(loglevel="FATAL")
    errors = total = 0
    for clip in clips:
        raw = subprocess.run(["sox", str(clip.wav_path), "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16",
                              "-c", "1", "-"], capture_output=True, check=True).stdout
        decoder.start_utt()
        decoder.process_raw(raw, full_utt=True)
        decoder.end_utt()
        heard = decoder.hyp().hypstr if decoder.hyp() else ""
        reference = words_of(clip.text)
        errors += edits(reference, words_of(heard))
        total += len(reference)
    return errors / max(1, total)


def press_to_sound(app: QApplication, voice: str, tmp: Path, parts: bool = True) -> tuple[float, float, float]:
    """Median key press to sound (s), uncached and cached, over every third sentence; and the longest
    wait between a sentence's parts while three long sentences play through (0 when not in parts)."""
    clipsource.SPLIT_ABOVE_MS = 200 if parts else float("inf")  # inf: the baseline, each sentence rendered whole
    deck = DeckController(load_lesson(SAMPLE), Geometry(1920, 1080))
    worker = SpeechWorker()
    tmp.mkdir(parents=True, exist_ok=True)
    worker.submit("Warm up.", tmp / "warm.wav", voice, 150).wait(30)  # the voice loads as the lesson opens
    narrator = Narrator(deck, ClipSource(worker, ClipCache(tmp / "clips")))
    narrator.set_voice(voice)
    narrator.source.prerender([])  # nothing rendered ahead: every press below is uncached
    narrator.say("Good morning.")  # the source learns how fast the voice renders
    wait_until(app, lambda: narrator.state == "playing")
    narrator.stop()
    uncached, cached = [], []
    sentences = deck.deck.index.sentences
    for i in range(0, len(sentences), 3):
        for times in (uncached, cached):
            t0 = time.perf_counter()
            narrator.play(i)
            wait_until(app, lambda: narrator.state == "playing" and narrator.position_ms() > 0)
            times.append(time.perf_counter() - t0 - narrator.position_ms() / 1000)
            narrator.stop()
            wait_until(app, lambda: not narrator.source._busy, 30)  # the rest of a parted sentence renders
    during: list[float] = []  # pressed while the pre-rendering is busy with another sentence
    for i in (4, 10, 16, 22):
        narrator.prerender()
        if not narrator.source._busy:  # everything ahead is cached already: nothing to press against
            continue
        t0 = time.perf_counter()
        narrator.play(i)
        wait_until(app, lambda: narrator.state == "playing" and narrator.position_ms() > 0)
        during.append(time.perf_counter() - t0 - narrator.position_ms() / 1000)
        narrator.stop()
        narrator.source.prerender([])
        wait_until(app, lambda: not narrator.source._busy, 30)
    print(f"  {voice}, {'in parts' if parts else 'whole'}: press to sound while pre-rendering another sentence, "
          f"median {statistics.median(during or [0.0]) * 1000:.0f} ms (runs: {' '.join(f'{t * 1000:.0f}' for t in during)})")
    longest = [s.index for s in sorted(sentences, key=lambda s: -len(s.text))[:3] if s.index % 3]
    waits: list[float] = []
    for i in longest:
        narrator.play(i)
        wait_until(app, lambda: narrator.state == "playing")
        since = None
        while narrator.sentence == i and narrator.state != "stopped":
            app.processEvents()
            if narrator.state == "loading" and since is None:
                since = time.perf_counter()
            elif narrator.state == "playing" and since is not None:
                waits.append(time.perf_counter() - since)
                since = None
            time.sleep(0.001)
        narrator.stop()
    worker.close()
    return statistics.median(uncached), statistics.median(cached), max(waits, default=0.0)


def main() -> int:
    """Print the figures for both engines side by side (`--press-only`: press to sound alone, no pre-render or WER)."""
    app = QApplication(sys.argv[:1])
    full = "--press-only" not in sys.argv
    lesson = load_lesson(SAMPLE)
    sentences = [s.text for s in ReadingIndex.build(lesson.reading).sentences]
    tmp = Path(tempfile.mkdtemp())
    t0 = time.perf_counter()
    mixed = create_engine()
    mixed.synthesize("Load.", tmp / "load.wav", voice=NATURAL, rate_wpm=lesson.rate)
    print(f"engine start + natural voice load: {time.perf_counter() - t0:.2f} s (once, off the GUI thread)")
    rows = []
    for name, engine, voice in (("Piper (joe, medium)", mixed, NATURAL), ("eSpeak NG", system_engine(), ESPEAK)):
        out = tmp / name.split()[0]
        out.mkdir()
        seconds, clips = prerender(engine, voice, sentences, lesson.rate, out) if full else (0.0, [])
        audio = sum(c.duration_ms for c in clips) / 1000
        whole, _, _ = press_to_sound(app, voice, out / "whole", parts=False)
        uncached, cached, wait = press_to_sound(app, voice, out / "parts")
        rows.append((name, seconds, audio, whole, uncached, cached, wait, word_error_rate(clips) if full else 0.0))
    print(f"sample reading: {len(sentences)} sentences, {sum(len(words_of(s)) for s in sentences)} words, 2 cores")
    for name, seconds, audio, whole, uncached, cached, wait, wer in rows:
        if full:
            print(f"{name:<20} pre-render {seconds:6.1f} s for {audio:6.1f} s of audio = {seconds / audio:.3f} of "
                  f"real time (Piper target <= 0.2) | pocketsphinx WER {wer:.0%}")
        print(f"{name:<20} press to sound: uncached {uncached * 1000:4.0f} ms (rendered whole: {whole * 1000:4.0f} ms, "
              f"{whole / uncached:.1f}x slower), cached {cached * 1000:3.0f} ms (targets 300 / 100) | longest wait "
              f"between a sentence's parts {wait * 1000:.0f} ms")
    piper, espeak = rows
    if full:
        print(f"ratios Piper / eSpeak NG: pre-render {piper[1] / piper[2] / (espeak[1] / espeak[2]):.1f}x, "
              f"WER {piper[7] / max(espeak[7], 1e-9):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
