"""write_lesson_markdown: what it writes, parse_lesson reads back to an equal lesson."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from presenter.lesson import Lesson, Paragraph, Prompt, Question, Reading, Section, VocabEntry, parse_lesson
from presenter.lesson.model import Durations
from presenter.lesson.writer import POS_ABBREVIATIONS, write_lesson_markdown

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "lessons" / "social-credit-1" / "lesson.md"


def without_lines(value: Any) -> Any:
    """The value with every `line` set to 0 and the path dropped, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if f.name == "line":
                changes[f.name] = 0
            elif f.name == "path":
                changes[f.name] = None
            else:
                changes[f.name] = without_lines(v)
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(without_lines(v) for v in value)
    return value


def roundtrip(lesson: Lesson) -> tuple[Lesson | None, str, list[Any]]:
    text = write_lesson_markdown(lesson)
    back, problems = parse_lesson(text)
    return back, text, problems


def test_sample_lesson_round_trips() -> None:
    lesson, problems = parse_lesson(SAMPLE.read_text(encoding="utf-8"))
    assert lesson is not None, problems
    back, text, problems = roundtrip(lesson)
    assert back is not None, (problems, text)
    assert without_lines(back) == without_lines(lesson)
    assert "- **benefit(s)** (2) (n.) — " in text
    assert "- **buy** / bought / bought (v.) — " in text
    assert "Journalist: “This know every person" in text


def test_entries_without_definition_are_written_bare_and_warned() -> None:
    lesson = Lesson(title="T", reading=Reading((Section((Paragraph("Text."),)),)),
                    vocabulary=(VocabEntry("score", count=2), VocabEntry("real estate")))
    text = write_lesson_markdown(lesson)
    assert "- **score** (2)\n" in text
    assert "- **real estate**\n" in text
    back, problems = parse_lesson(text)
    assert back is not None and without_lines(back) == without_lines(lesson)
    assert sum("has no definition" in p.message for p in problems) == 2


def test_front_matter_values_are_quoted_safely() -> None:
    lesson = Lesson(title='yes: "no" # not a comment', reading=Reading((Section((Paragraph("x"),)),)),
                    level="null", source="Video: Social credit in China, CBS News", author="@me")
    back, text, problems = roundtrip(lesson)
    assert back is not None, (problems, text)
    assert without_lines(back) == without_lines(lesson)


def test_markup_in_text_survives() -> None:
    para = Paragraph("Note: *this* is [not] a link & <b>not</b> html_ok \\ 1. two")
    lesson = Lesson(
        title="T",
        reading=Reading((Section((para, Paragraph("1. In 2019 the city grew."), Paragraph("# not a heading"),
                                  Paragraph("Budget: the plan is simple."),
                                  Paragraph("- not a list", slide_break_before=True))),
                         Section((Paragraph("Second part."),), title="Part 2"))),
        comprehension=(Question("first?", label=""), Question("- dash?", label="2", answer="True",
                                                                kind="true-false"),
                       Question("Pick one", label="B", options=("a | b", "c, d", "e/f"), kind="choice")),
        discussion=(Prompt("Talk.", label="A", seconds=120, think_seconds=30, grouping="pairs",
                           notes=("Answer: free",)), Prompt("- more (1) and 2.", label="")),
    )
    back, text, problems = roundtrip(lesson)
    assert back is not None, (problems, text)
    assert without_lines(back) == without_lines(lesson), text


# --- generated lessons ------------------------------------------------------------------

# Words, with the punctuation and markup characters that a writer must escape glued to some.
_BASE_WORDS = ("the city score Liu said café naïve it’s don't A I Note Answer Time Options yes no 1 2019 "
               "x y quick brown jumps over lazy dog").split()
_MARKS = ["", "", "", ",", ".", "?", "!", ":", ";", " —", " -", "*", "_", "&", "<", ">", "[", "]", "(s)", "\\",
          "`", "#", "“", "”", "(2)", "/", "|", "&amp;", "**", "1.", "a)"]
_TOKENS = sorted({w + m for w in _BASE_WORDS for m in _MARKS} | {m.strip() + w for w in _BASE_WORDS[:6] for m in _MARKS})


def _text(max_words: int = 12) -> st.SearchStrategy[str]:
    """Text of one line: words with punctuation and markup characters."""
    return st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=max_words).map(
        lambda ws: " ".join(" ".join(ws).split()))


_TERM_WORD = st.builds(str.__add__, st.text(alphabet="abcdefghijklmnopqrstuvwxyzCEO", min_size=1, max_size=6),
                       st.sampled_from(["", "", "", "-in", "s"]))


@st.composite
def _entry(draw: st.DrawFn) -> VocabEntry:
    term = " ".join(draw(st.lists(_TERM_WORD, min_size=1, max_size=3)))
    forms = tuple(f for f in draw(st.lists(_TERM_WORD, max_size=3)) if f != term)
    if draw(st.booleans()) and " " not in term:
        forms = (term + "s", *forms)
    return VocabEntry(
        term=term, forms=forms, count=draw(st.one_of(st.none(), st.integers(1, 9))),
        definition=draw(st.one_of(st.just(""), _text())),
        part_of_speech=draw(st.one_of(st.just(""), st.sampled_from(sorted(POS_ABBREVIATIONS)))),
        example=draw(st.one_of(st.just(""), _text())),
    )


_SPEAKER = st.one_of(
    st.none(),
    st.sampled_from(["Journalist", "Shu Li, CEO Sense Time", "Dr. Smith", "Ken Dewoskin, Economist", "A",
                     "Reporter (voice-over)", "Man 2"]),
)


@st.composite
def _paragraph(draw: st.DrawFn, first: bool) -> Paragraph:
    return Paragraph(
        text=draw(_text(20)), speaker=draw(_SPEAKER),
        slide_break_before=False if first else draw(st.booleans()),
        notes=tuple(draw(st.lists(_text(), max_size=2))),
    )


@st.composite
def _section(draw: st.DrawFn, first: bool) -> Section:
    n = draw(st.integers(1, 4))
    paragraphs = tuple(draw(_paragraph(i == 0)) for i in range(n))
    title = draw(st.one_of(st.just(""), st.sampled_from(["Part 2", "What is it?", "The new rules"])))
    return Section(paragraphs, title=title if (title or first) else "")


# An unlabelled item that starts like "A. …" is read as labelled: the format cannot say otherwise.
_LABELLED = re.compile(r"\s*(?:\(?([A-Za-z]|\d{1,3})[.)])\s+(?=\S)")
_TF = re.compile(r"(true\s+or\s+false|\bt\s*/\s*f)\W*$", re.I)


@st.composite
def _question(draw: st.DrawFn, label: str) -> Question:
    text = draw(_text().filter(lambda t: bool(label) or not _LABELLED.match(t)))
    if draw(st.booleans()):
        text += " True or false?"
    # "11." + " True or false?" starts like a label only once the ending is added.
    assume(bool(label) or not _LABELLED.match(text))
    answer = draw(st.one_of(st.just(""), st.sampled_from(["True", "False"]), _text()))
    options = tuple(draw(st.lists(_text(4), max_size=4)))
    if draw(st.booleans()):
        # Nine or more options go on one "Options: a | b" line, so none may hold a "|".
        options = tuple(draw(st.lists(_text(3).filter(lambda o: "|" not in o), min_size=9, max_size=10)))
    kind = "open"
    if _TF.search(text) or answer.lower().rstrip(".!") in ("true", "false", "t", "f"):
        kind = "true-false"
    elif options:
        kind = "choice"
    return Question(text=text, label=label, answer=answer, kind=kind, options=options,  # type: ignore[arg-type]
                    seconds=draw(st.one_of(st.none(), st.integers(1, 600))),
                    notes=tuple(draw(st.lists(_text(), max_size=2))))


@st.composite
def _prompt(draw: st.DrawFn, label: str) -> Prompt:
    seconds = draw(st.one_of(st.none(), st.integers(1, 900)))
    think = draw(st.one_of(st.none(), st.integers(1, 90))) if seconds is not None else None
    return Prompt(text=draw(_text().filter(lambda t: bool(label) or not _LABELLED.match(t))), label=label, seconds=seconds, think_seconds=think,
                  grouping=draw(st.sampled_from([None, "alone", "pairs", "groups", "class"])),
                  options=tuple(draw(st.lists(_text(3), max_size=5))), notes=tuple(draw(st.lists(_text(), max_size=1))))


_LABELS = st.sampled_from(["", "1", "2", "10", "A", "b"])


@st.composite
def lessons(draw: st.DrawFn) -> Lesson:
    """Lessons the format can hold: any text, labels, options, notes and times."""
    n_sections = draw(st.integers(1, 3))
    return Lesson(
        title=draw(_text(8)),
        reading=Reading(tuple(draw(_section(i == 0)) for i in range(n_sections))),
        vocabulary=tuple(draw(st.lists(_entry(), max_size=6))),
        comprehension=tuple(draw(_question(draw(_LABELS))) for _ in range(draw(st.integers(0, 4)))),
        discussion=tuple(draw(_prompt(draw(_LABELS))) for _ in range(draw(st.integers(0, 3)))),
        language=draw(st.sampled_from(["en-US", "en-GB", "fr"])),
        level=draw(st.sampled_from(["", "B1", "intermediate", "yes", "12"])),
        durations=Durations(draw(st.integers(1, 600)), draw(st.integers(1, 900)), draw(st.integers(1, 600))),
        voice=draw(st.sampled_from([None, "gmw/en-us"])),
        rate=draw(st.integers(80, 400)),
        source=draw(st.one_of(st.just(""), _text())),
        author=draw(st.one_of(st.just(""), _text(3))),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lessons())
def test_generated_lessons_round_trip(lesson: Lesson) -> None:
    back, text, problems = roundtrip(lesson)
    assert back is not None, (problems, text)
    assert without_lines(back) == without_lines(lesson), text


@pytest.mark.parametrize("pos", sorted(POS_ABBREVIATIONS))
def test_every_part_of_speech_reads_back(pos: str) -> None:
    lesson = Lesson(title="T", reading=Reading((Section((Paragraph("x"),)),)),
                    vocabulary=(VocabEntry("go", part_of_speech=pos, definition="move"),))
    back, text, _ = roundtrip(lesson)
    assert back is not None and back.vocabulary[0].part_of_speech == pos, text
