"""Progress survives a writer killed at any moment: the file always loads, as the old or the new state."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from presenter.student.progress import ProgressStore

pytestmark = pytest.mark.slow  # the real speech engine, epubcheck or many processes
REPO = Path(__file__).resolve().parents[2]

TERMS = 300
# Saves states 1, 2, 3, ... after `start`; state n is position n with the first n % TERMS words known,
# so a mix of two states (or a half-written file) cannot pass for a state.
WRITER = textwrap.dedent(f"""
    import sys
    from pathlib import Path
    from presenter.student.progress import Progress, ProgressStore
    store = ProgressStore(Path(sys.argv[1]))
    terms = [f"word{{i}}" for i in range({TERMS})]
    n = int(sys.argv[2])
    while True:
        n += 1
        p = Progress("lesson", "Crash test", position=n)
        p.sync_terms(terms)
        for t in terms[: n % {TERMS}]:
            p.mark(t, True)
        store.save(p)
        print(n, flush=True)
""")


def consistent(position: int, known: set[str], turn: int) -> bool:
    return known == {f"word{i}" for i in range(position % TERMS)} and turn == position % TERMS


def test_sigkill_at_random_moments_never_corrupts_progress(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    store = ProgressStore(tmp_path)
    state, saves = 0, 0
    temps: set[str] = set()
    attempt = 0
    # At least 40 kills and 100 finished saves: on a loaded machine each child saves less before
    # its kill, so more kills are made rather than fewer saves checked.
    while attempt < 40 or (saves <= 100 and attempt < 200):
        attempt += 1
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), str(state)], cwd=REPO,
                                 stdout=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.05, 0.5))  # imports take ~0.1 s: some kills come before any save
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        done = [int(line) for line in out.split()]
        last = done[-1] if done else state
        saves += len(done)
        temps |= {t.name for t in tmp_path.glob(".lesson.json.*.tmp")}  # left by a kill during a save
        loaded = store.load("lesson")
        p = loaded.progress
        where = f"(seed {seed}, attempt {attempt}, last finished save {last})"
        assert loaded.notice == "", f"{loaded.notice} {where}"
        if last:
            # The save under way when the kill came may or may not have landed; nothing else can.
            assert p.position in (last, last + 1), f"loaded state {p.position} {where}"
            assert consistent(p.position, p.known, p.turn), f"a mixed state was loaded {where}"
        state = p.position
    assert saves > 100
    print(f"\n{attempt} kills, {saves} saves finished, {len(temps)} temporary files of interrupted saves seen, "
          f"last state {state} (seed {seed})")
