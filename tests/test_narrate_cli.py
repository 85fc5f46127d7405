"""`presenter narrate` on the sample lesson: every sentence, in order, each clip speech with silence only at its edges."""

import array
import json
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from repo_paths import REPO, SAMPLE_LESSON
from presenter.deck.reading import ReadingIndex
from presenter.lesson import load_lesson

FRAME_MS = 20


def frame_rms(path: Path) -> tuple[int, list[float]]:
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        rate = w.getframerate()
        pcm = array.array("h", w.readframes(w.getnframes()))
    n = rate * FRAME_MS // 1000
    return rate, [(sum(x * x for x in pcm[i : i + n]) / n) ** 0.5 for i in range(0, len(pcm) - n + 1, n)]


@pytest.mark.slow
def test_narrate_sample_lesson(tmp_path: Path) -> None:
    out = tmp_path / "narration"
    result = subprocess.run([sys.executable, "-m", "presenter", "narrate", str(SAMPLE_LESSON), "--out", str(out)],
                            capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    entries = json.loads((out / "timings.json").read_text(encoding="utf-8"))
    expected = [s.text for s in ReadingIndex.build(load_lesson(SAMPLE_LESSON).reading).sentences]
    assert [e["sentence"] for e in entries] == expected  # every sentence, in reading order
    slides = [e["slide"] for e in entries]
    assert slides == sorted(slides)
    for e in entries:
        rate, rms = frame_rms(out / e["wav"])
        assert rate == 22050
        loud = [r > 300 for r in rms]
        assert sum(loud) * FRAME_MS > 300, f"no speech in {e['wav']}"
        first, last = loud.index(True), len(loud) - 1 - loud[::-1].index(True)
        # Inside the speech, pauses are a breath at a comma, never a gap in the audio.
        longest, run = 0, 0
        for is_loud in loud[first : last + 1]:
            run = 0 if is_loud else run + 1
            longest = max(longest, run)
        assert longest * FRAME_MS < 700, f"{e['wav']}: {longest * FRAME_MS} ms of silence inside the speech"
        assert abs(e["duration_ms"] - len(rms) * FRAME_MS) < 2 * FRAME_MS
        words = e["words"]
        assert [w["text"] for w in words] == [e["sentence"][w["char_start"] : w["char_end"]] for w in words]
        assert all(a["start_ms"] <= b["start_ms"] for a, b in zip(words, words[1:]))


def test_existing_narration_needs_force(tmp_path: Path) -> None:
    (tmp_path / "timings.json").write_text("[]", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "presenter", "narrate", str(SAMPLE_LESSON), "--out", str(tmp_path)],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 1 and "--force" in result.stderr
    assert (tmp_path / "timings.json").read_text(encoding="utf-8") == "[]"
