"""Time stamps on the reading's paragraphs: parsed, taken off the text, bad ones reported with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from presenter.cli import main
from presenter.lesson import parse_lesson
from presenter.lesson.stamps import stamp_ms

HEAD = "---\ntitle: Watch\nvideo: clip.mp4\n---\n\n# Reading\n\n"


@pytest.mark.parametrize(("text", "ms"), [("00:12", 12_000), ("1:05", 65_000), ("12:00.5", 720_500),
                                          ("1:02:03", 3_723_000), ("0:00:00.25", 250), ("100:00", 6_000_000)])
def test_stamps_in_minutes_and_hours(text: str, ms: int) -> None:
    assert stamp_ms(text) == ms


@pytest.mark.parametrize("text", ["00:60", "1:2", "1:60:00", "12", "::", "1:02:03:04", "00:1a"])
def test_what_is_not_a_time(text: str) -> None:
    assert stamp_ms(text) is None


def test_stamps_are_taken_off_the_text_before_the_speaker() -> None:
    lesson, problems = parse_lesson(HEAD + "[00:03] **Anchor:** The city is busy.\n\nPeople cross.\n\n"
                                           "[0:09.5]   Cameras watch them.\n\n[1] A numbered note stays text.\n")
    assert lesson is not None and not problems
    paras = lesson.reading.paragraphs
    assert [(p.text, p.speaker, p.start_ms) for p in paras] == [
        ("The city is busy.", "Anchor", 3000), ("People cross.", None, None),
        ("Cameras watch them.", None, 9500), ("[1] A numbered note stays text.", None, None)]


def test_bad_and_backward_stamps_are_warned_about_on_their_line() -> None:
    text = HEAD + "[00:10] One.\n\n[00:75] Two.\n\n[00:05] Three.\n\n[00:10] Four.\n"
    lesson, problems = parse_lesson(text)
    assert lesson is not None  # warnings: the lesson still opens
    lines = text.split("\n")
    found = {(p.line, p.severity) for p in problems}
    assert found == {(lines.index("[00:75] Two.") + 1, "warning"), (lines.index("[00:05] Three.") + 1, "warning"),
                     (lines.index("[00:10] Four.") + 1, "warning")}
    bad = next(p for p in problems if p.line == lines.index("[00:75] Two.") + 1)
    assert "not a time stamp" in bad.message and "[mm:ss]" in bad.message
    assert lesson.reading.paragraphs[1].text == "Two." and lesson.reading.paragraphs[1].start_ms is None


def test_stamps_without_a_clip_are_warned_about(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lesson.md"
    path.write_text(HEAD.replace("video: clip.mp4\n", "") + "[00:03] One.\n\n[00:60] Two.\n", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}:7: warning:" in out and "no clip" in out
    assert f"{path}:9: warning:" in out and "not a time stamp" in out


def test_the_writer_keeps_stamps_and_escapes_text_that_looks_like_one() -> None:
    from presenter.lesson.writer import write_lesson_markdown

    lesson, _ = parse_lesson(HEAD + "[00:03] **Anchor:** The city.\n\n[1:02:03.25] People.\n\n\\[00:05] Text.\n")
    assert lesson is not None
    back, problems = parse_lesson(write_lesson_markdown(lesson))
    assert back is not None and not problems
    assert [(p.text, p.speaker, p.start_ms) for p in back.reading.paragraphs] == [
        ("The city.", "Anchor", 3000), ("People.", None, 3_723_250), ("[00:05] Text.", None, None)]


def test_slides_json_lists_the_stretches_the_transcript_follows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    path = tmp_path / "lesson.md"
    path.write_text(HEAD + "Before.\n\n[00:03] One.\n\nTwo.\n\n[01:00] Three.\n", encoding="utf-8")
    assert main(["slides", str(path), "--json"]) == 0
    (video,) = [s for s in json.loads(capsys.readouterr().out)["slides"] if s["kind"] == "video"]
    assert video["transcript"] == [{"start_ms": 3000, "paragraphs": [2, 3]}, {"start_ms": 60_000, "paragraphs": [4, 4]}]
