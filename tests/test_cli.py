"""The command line as a user runs it: a real process, real files."""

import json
import subprocess
import sys
from pathlib import Path

from repo_paths import REPO, SAMPLE_LESSON


def presenter(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presenter", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_version() -> None:
    out = presenter("--version")
    assert out.returncode == 0 and out.stdout.startswith("presenter ")


def test_check_lessons_folder_is_clean() -> None:
    out = presenter("check", "lessons/")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout


def test_check_broken_copy_exits_1_with_line(tmp_path: Path) -> None:
    text = SAMPLE_LESSON.read_text(encoding="utf-8").replace("rate: 150", "rate: quick")
    line = text.split("\n").index("rate: quick") + 1
    (tmp_path / "lesson.md").write_text(text, encoding="utf-8")
    out = presenter("check", str(tmp_path))
    assert out.returncode == 1
    assert f"lesson.md:{line}: error: rate 'quick'" in out.stdout


def test_inspect_json_sample() -> None:
    out = presenter("inspect", str(SAMPLE_LESSON), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["title"] == "Social Credits and Surveillance in China, I"
    assert len(data["vocabulary"]) == 57
    assert all(v["definition"] for v in data["vocabulary"])
    assert set(data["vocabulary"][0]) >= {"term", "forms", "count", "definition", "example"}
    assert len(data["reading"]["sections"]) == 2
    assert {"speaker", "text"} <= set(data["reading"]["sections"][1][0])
    assert len(data["comprehension"]) == 7 and {"text", "answer"} <= set(data["comprehension"][0])
    assert len(data["discussion"]) == 5
    assert data["discussion"][0]["seconds"] == 180 and data["discussion"][0]["grouping"] == "pairs"


def test_inspect_broken_file_exits_1() -> None:
    out = presenter("inspect", str(REPO / "tests/data/broken/no_reading.md"), "--json")
    assert out.returncode == 1 and "no reading" in out.stderr
