"""A lesson pack made in one process plays in a fresh one with no speech engine: its own audio, its own word timings."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from repo_paths import REPO, SAMPLE_LESSON

PLAYER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from presenter.speech import SpeechWorker
    from presenter.speech.factory import speech_off
    from presenter.ui.student.session import StudentSession

    app = QApplication(sys.argv[:1])
    worker = SpeechWorker(speech_off)  # this process has no speech engine at all
    tmp = Path(sys.argv[2])
    s = StudentSession(Path(sys.argv[1]), worker, tmp / "cache", tmp / "data")
    s.window.show()
    c = s.controller
    c.goto(c.deck.first_reading_slide)
    s.narrator.play()
    seen, t0 = [], time.monotonic()
    while time.monotonic() - t0 < 8 and len(seen) < 5:
        app.processEvents()
        w = c.model.highlight.word
        if w is not None and (not seen or seen[-1] != list(w)):
            seen.append(list(w))
        time.sleep(0.005)
    engine = ""
    try:
        worker.engine_version(timeout_s=5)
    except Exception as exc:
        engine = str(exc)
    print(json.dumps({"seen": seen, "state": s.narrator.state, "engine": engine,
                      "clip": str(s.narrator._clip.wav_path) if s.narrator._clip else "",
                      "sentence": c.deck.index.sentences[0].text}))
    worker.close()
""")


@pytest.mark.slow
def test_pack_plays_without_a_speech_engine(tmp_path: Path) -> None:
    pack = tmp_path / "lesson.zip"
    made = subprocess.run([sys.executable, "-m", "presenter", "export", str(SAMPLE_LESSON), "--pack", str(pack)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert made.returncode == 0, made.stderr
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    played = subprocess.run([sys.executable, "-c", PLAYER, str(pack), str(tmp_path / "student")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert played.returncode == 0, played.stderr
    out = json.loads(played.stdout.strip().splitlines()[-1])
    assert "speech is turned off" in out["engine"]  # no engine in this process
    assert out["state"] == "playing"
    assert str(tmp_path / "student" / "data" / "packs") in out["clip"]  # the pack's own recording
    seen = out["seen"]
    assert len(seen) >= 3 and all(s[0] == 0 for s in seen)
    starts = [s[1] for s in seen]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)  # word by word, in order
    assert out["sentence"][seen[0][1]:seen[0][2]] == "By"
