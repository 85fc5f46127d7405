"""Independent check of the measured word times: pocketsphinx forced alignment of eSpeak's audio."""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from pathlib import Path

import pytest

from presenter.speech.model import Clip, SpeechEngine
from speech_support import espeak_engine  # noqa: F401  (pytest fixtures)

pocketsphinx = pytest.importorskip("pocketsphinx")

SENTENCES = (
    "Nearly eleven million Chinese people can no longer fly, and four million are barred "
    "from trains.",
    "So some people with low scores are already being punished if they want to travel.",
    "When Liu Hu recently tried to book a flight, he was told he was banned from flying "
    "because he’s on the list of untrustworthy people.",
)
# Wide beams and a single pass: with the defaults the aligner gives up on eSpeak's voice
# at 175 words a minute and returns no segmentation at all.
ALIGNER = {"beam": 1e-100, "wbeam": 1e-80, "pbeam": 1e-100, "fwdflat": False, "bestpath": False}


def aligned_starts(clip: Clip) -> list[int]:
    """Word start times (ms) that pocketsphinx finds for the clip's own words."""
    raw = subprocess.run(
        ["sox", str(clip.wav_path), "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16",
         "-c", "1", "-"], capture_output=True, check=True).stdout  # the model wants 16 kHz
    words = [w.text.lower().replace("’", "'") for w in clip.words]
    decoder = pocketsphinx.Decoder(lm=None, loglevel="FATAL", **ALIGNER)
    decoder.set_align_text(" ".join(words))
    decoder.start_utt()
    decoder.process_raw(raw, no_search=False, full_utt=True)
    decoder.end_utt()
    segments = decoder.seg()
    assert segments is not None, "pocketsphinx found no alignment"
    found = [(re.sub(r"\(\d+\)$", "", s.word), s.start_frame * 10) for s in segments
             if not s.word.startswith(("<", "["))]
    assert [w for w, _ in found] == words
    return [start for _, start in found]


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
