"""Every export format gets the mode the user's umask gives a new file (not mkstemp's 0600)."""

import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from repo_paths import REPO, SAMPLE_LESSON


@pytest.mark.slow  # narrates the lesson with the real engine for the pack, the EPUB, the audio and the deck
def test_every_export_gets_the_umasks_mode(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import os, sys
        os.umask(0o027)
        from presenter.cli import main
        sys.exit(main(["export", *sys.argv[1:]]))
    """)
    outs = {flag: tmp_path / f"out{suffix}" for flag, suffix in (
        ("--cards", ".tsv"), ("--pdf", ".pdf"), ("--anki", ".apkg"), ("--pack", ".zip"), ("--epub", ".epub"),
        ("--audio", ".mp3"))}
    args = [str(SAMPLE_LESSON)] + [x for flag, out in outs.items() for x in (flag, str(out))]
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=REPO,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    modes = {flag: oct(stat.S_IMODE(out.stat().st_mode)) for flag, out in outs.items()}
    assert modes == {flag: oct(0o640) for flag in outs}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in outs.values())  # no temp file left
