"""Handouts in the layouts teachers use, each with its expected structure in a JSON file beside it.

The JSON lists the whole vocabulary (term, forms, count, part of speech, definition, example),
each reading section's paragraphs (speaker and the start of the text), every question (label,
text, kind, options and, when given, answer), every prompt and warm-up question (label, text) and the lines dropped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from presenter.handout import ImportResult, import_handout

DATA = Path(__file__).resolve().parents[1] / "data" / "handouts"
CASES = sorted(p for p in DATA.glob("*.json"))


def _source(case: Path) -> Path:
    return next(p for p in DATA.glob(case.stem + ".*") if p.suffix != ".json")


def _load(case: Path) -> tuple[ImportResult, dict[str, Any]]:
    return import_handout(_source(case)), json.loads(case.read_text(encoding="utf-8"))


def test_there_are_enough_handouts() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_title_source_level(case: Path) -> None:
    result, want = _load(case)
    assert result.lesson.title == want["title"]
    assert result.lesson.source == want.get("source", "")
    assert result.lesson.level == want.get("level", "")


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_vocabulary(case: Path) -> None:
    result, want = _load(case)
    got = [[e.term, list(e.forms), e.count, e.part_of_speech, e.definition, e.example]
           for e in result.lesson.vocabulary]
    assert got == want["vocabulary"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_reading(case: Path) -> None:
    result, want = _load(case)
    got = [[[p.speaker, p.text] for p in s.paragraphs] for s in result.lesson.reading.sections]
    assert [len(s) for s in got] == [len(s) for s in want["reading"]], "paragraphs per section"
    for section, want_section in zip(got, want["reading"]):
        for (speaker, text), (want_speaker, want_start) in zip(section, want_section):
            assert speaker == want_speaker
            assert text.startswith(want_start), (text, want_start)
    if "section_titles" in want:
        assert [s.title for s in result.lesson.reading.sections] == want["section_titles"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_questions(case: Path) -> None:
    result, want = _load(case)
    got = [[q.label, q.text, q.kind, list(q.options)] + ([q.answer] if q.answer else [])
           for q in result.lesson.comprehension]
    assert got == want["questions"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_prompts(case: Path) -> None:
    result, want = _load(case)
    assert [[p.label, p.text] for p in result.lesson.discussion] == want["prompts"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_warmup(case: Path) -> None:
    result, want = _load(case)
    assert [[p.label, p.text] for p in result.lesson.warmup] == want.get("warmup", [])


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_dropped_lines(case: Path) -> None:
    result, want = _load(case)
    assert sorted(d.text for d in result.dropped) == sorted(want["dropped"])
    for text in want["dropped"]:
        assert text not in result.markdown


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_warnings(case: Path) -> None:
    result, want = _load(case)
    messages = [str(w) for w in result.warnings]
    for expected in want.get("warnings", []):
        assert any(expected in m for m in messages), (expected, messages)
    if not any("could not place" in w for w in want.get("warnings", [])):
        assert not any("could not place" in m for m in messages), messages
    if not any("cut off" in w for w in want.get("warnings", [])):
        assert not any("cut off" in m for m in messages), messages
