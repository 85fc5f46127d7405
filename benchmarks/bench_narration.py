"""Start-to-sound latency of narration: from the key press to the moment the audio started.

The player reports its position only every ~100 ms here, so "started" is worked out from its
own report: the time its position was first seen above zero, less that position.

A cached sentence should start within 100 ms, an uncached one (synthesized on demand) within
300 ms. Printed with a baseline measured in the same run: QMediaPlayer playing the same WAV
file directly, with no app around it, from play() to its position moving.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from presenter.deck.geometry import Geometry  # noqa: E402
from presenter.lesson import load_lesson  # noqa: E402
from presenter.narration.cache import ClipCache  # noqa: E402
from presenter.speech.worker import SpeechWorker  # noqa: E402
from presenter.ui.audio.clipsource import ClipSource  # noqa: E402
from presenter.ui.slides.controller import DeckController  # noqa: E402
from presenter.ui.audio.narrator import Narrator  # noqa: E402
from qt_waiting import wait_until  # noqa: E402  (beside this script)

SAMPLE = Path(__file__).resolve().parents[1] / "lessons" / "social-credit-1" / "lesson.md"


def main() -> int:
    """Print the latencies and ratios."""
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    deck = DeckController(load_lesson(SAMPLE), Geometry(1920, 1080))
    worker = SpeechWorker()
    source = ClipSource(worker, ClipCache(tmp / "clips"))
    narrator = Narrator(deck, source)
    count = len(deck.deck.index.sentences)
    uncached, cached, bare = [], [], []
    player = QMediaPlayer()
    audio = QAudioOutput()
    player.setAudioOutput(audio)
    for i in range(0, count, 3):
        t0 = time.perf_counter()
        narrator.play(i)  # not in the cache yet: synthesized on demand
        wait_until(app, lambda: narrator.state == "playing" and narrator.position_ms() > 0)
        uncached.append(time.perf_counter() - t0 - narrator.position_ms() / 1000)
        narrator.stop()
        t0 = time.perf_counter()
        narrator.play(i)  # now cached
        wait_until(app, lambda: narrator.state == "playing" and narrator.position_ms() > 0)
        cached.append(time.perf_counter() - t0 - narrator.position_ms() / 1000)
        wav = narrator._clip.wav_path if narrator._clip else None  # noqa: SLF001 - the same file, for the baseline
        narrator.stop()
        assert wav is not None
        player.setSource(QUrl.fromLocalFile(str(wav)))
        t0 = time.perf_counter()
        player.play()
        wait_until(app, lambda: player.position() > 0)
        bare.append(time.perf_counter() - t0 - player.position() / 1000)
        player.stop()
    worker.close()
    b = statistics.median(bare)
    for name, values, target in (("cached", cached, 0.100), ("uncached", uncached, 0.300)):
        m = statistics.median(values)
        print(f"{name} sentence: key press to sound {m * 1000:.0f} ms median, {max(values) * 1000:.0f} ms worst "
              f"(target {target * 1000:.0f} ms); bare QMediaPlayer {b * 1000:.0f} ms; ratio {m / b:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
