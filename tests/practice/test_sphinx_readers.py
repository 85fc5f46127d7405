"""The real checker on a small slice of the synthetic readers (the whole set is benchmarks/bench_practice.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from presenter.practice import Mark, PracticeError, SphinxChecker
from repo_paths import REPO, SAMPLE_LESSON

sys.path.insert(0, str(REPO / "benchmarks"))
import practice_readers as pr  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not pr.available(), reason="needs espeak-ng and sox")]


@pytest.fixture(scope="module")
def checker() -> SphinxChecker:
    return SphinxChecker()


def slice_cases() -> list[pr.Case]:
    prons = pr.Pronunciations(pr.DICTIONARY)
    return [c for c in pr.cases(prons, ("en+f3",), limit=3)
            if c.rate == pr.SPEEDS[0] and not c.noisy and c.kind in ("correct", "omitted")]


def test_a_left_out_word_is_marked_and_a_correct_reading_mostly_read(checker: SphinxChecker, tmp_path: Path) -> None:
    false_marks = judged = 0
    for case in slice_cases():
        result = checker.check(case.sentence, pr.render(case, tmp_path))
        marks = [w.mark for w in result.words]
        if case.kind == "omitted":
            assert all(marks[i] in (Mark.MISSED, Mark.UNCLEAR) for i in case.wrong), (case.spoken, marks)
        else:
            judged += sum(m is not Mark.UNCHECKED for m in marks)
            false_marks += sum(m in (Mark.MISSED, Mark.UNCLEAR) for m in marks)
            assert 60 < result.wcpm < 250
    assert false_marks <= 0.15 * judged


def test_silence_is_not_a_reading(checker: SphinxChecker, tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-b", "16", "-c", "1", str(quiet), "trim", "0", "2"], check=True)
    with pytest.raises(PracticeError, match="silent"):
        checker.check("So some people with low scores are already being punished.", quiet)


def test_practice_check_command_prints_the_marks_as_json(tmp_path: Path) -> None:
    case = slice_cases()[0]
    wav = pr.render(case, tmp_path)
    out = subprocess.run([sys.executable, "-m", "presenter", "practice-check", str(SAMPLE_LESSON), "--sentence",
                          str(case.sentence_no), str(wav), "--json"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert set(data) == {"words", "wcpm", "pauses_ms"}
    assert [w["text"] for w in data["words"]][:3] == [w.strip(",") for w in case.sentence.split()[:3]]
    assert set(data["words"][0]) == {"text", "mark", "start_ms", "end_ms", "score"}
    bad = subprocess.run([sys.executable, "-m", "presenter", "practice-check", str(SAMPLE_LESSON), "--sentence", "999",
                          str(wav)], capture_output=True, text=True)
    assert bad.returncode == 1 and "--sentence must be 1 to" in bad.stderr and "Traceback" not in bad.stderr
