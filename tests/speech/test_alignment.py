"""Independent check of the measured word times: pocketsphinx forced alignment of eSpeak's audio."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

import pytest

from alignment_support import aligned_starts
from presenter.speech.model import SpeechEngine
from speech_support import espeak_engine  # noqa: F401  (pytest fixtures)

pytest.importorskip("pocketsphinx")

SENTENCES = (
    "Nearly eleven million Chinese people can no longer fly, and four million are barred "
    "from trains.",
    "So some people with low scores are already being punished if they want to travel.",
    "When Liu Hu recently tried to book a flight, he was told he was banned from flying "
    "because he’s on the list of untrustworthy people.",
)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("sox") is None, reason="needs sox to resample")
def test_measured_word_starts_agree_with_forced_alignment(
    espeak_engine: SpeechEngine, tmp_path: Path
) -> None:
    differences: list[int] = []
    for i, sentence in enumerate(SENTENCES):
        clip = espeak_engine.synthesize(sentence, tmp_path / f"{i}.wav", voice="gmw/en-us",
                                        rate_wpm=175)
        starts = aligned_starts(clip)
        differences += [abs(w.start_ms - s) for w, s in zip(clip.words, starts)]
    median = statistics.median(differences)
    print(f"forced alignment: {len(differences)} words, median |start difference| "
          f"{median:.0f} ms, worst {max(differences)} ms")
    assert median < 50
