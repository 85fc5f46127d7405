"""The Warm-up and Exercises sections: parsing, check's warnings (file:line, with a fix), JSON and the writer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from repo_paths import REPO

from presenter.lesson.exercises import choice_letter, split_pair
from presenter.lesson.jsonview import lesson_to_dict
from presenter.lesson.parser import parse_lesson
from presenter.lesson.writer import write_lesson_markdown

LESSON = """---
title: Streets Without Cars
durations:
  warmup: 90s
---

# Lead-in

1. How do you get to school every day?
2. Would you like a town without cars?
   Time: 3m
   Grouping: pairs

# Reading

The town closed its centre to cars. People now walk to work.

# Exercises

1. Why did the town close its centre?
   a) to save money
   b) to make the streets quiet
   Answer: b
2. Match the words with their meanings.
   - close = to stop people going in
   - centre = the middle part of a town
   - walk = to move on foot
"""


def test_warmup_questions_and_both_kinds_of_exercise_are_read() -> None:
    lesson, problems = parse_lesson(LESSON)
    assert lesson is not None, problems
    assert [p.text for p in lesson.warmup] == ["How do you get to school every day?", "Would you like a town without cars?"]
    assert [lesson.warmup_seconds(p) for p in lesson.warmup] == [90, 180]  # the lesson's default, then its own
    assert lesson.warmup[1].grouping == "pairs"
    assert lesson.discussion == ()  # a lead-in is not discussion
    choice, matching = lesson.exercises
    assert (choice.kind, choice.options, choice.answer) == ("choice", ("to save money", "to make the streets quiet"), "b")
    assert matching.kind == "matching"
    assert matching.pairs == (("close", "to stop people going in"), ("centre", "the middle part of a town"),
                              ("walk", "to move on foot"))
    assert not [p for p in problems if p.severity == "error"]


def test_the_writer_round_trips_warmup_and_exercises() -> None:
    lesson, _ = parse_lesson(LESSON)
    assert lesson is not None
    again, problems = parse_lesson(write_lesson_markdown(lesson))
    assert again is not None, problems
    assert [(p.text, p.seconds, p.grouping) for p in again.warmup] == [(p.text, p.seconds, p.grouping) for p in lesson.warmup]
    assert [(e.kind, e.text, e.options, e.answer, e.pairs) for e in again.exercises] == \
        [(e.kind, e.text, e.options, e.answer, e.pairs) for e in lesson.exercises]
    assert again.durations.warmup == 90


def test_inspect_json_adds_warmup_and_exercises_keeping_the_old_keys() -> None:
    lesson, _ = parse_lesson(LESSON)
    assert lesson is not None
    data = lesson_to_dict(lesson)
    assert {"comprehension", "discussion", "vocabulary", "reading"} <= data.keys()
    assert data["warmup"][0]["seconds"] == 90 and data["durations"]["warmup"] == 90
    assert data["exercises"][0]["kind"] == "choice" and data["exercises"][0]["answer"] == "b"
    assert data["exercises"][1]["pairs"][2] == {"term": "walk", "meaning": "to move on foot"}


def test_check_names_the_line_and_the_fix_for_each_broken_exercise(tmp_path: Path) -> None:
    text = LESSON + """3. Which word means "the middle"?
   a) centre
   b) street
   Answer: e
4. Which is right?
5. Which is quiet?
   a) a street without cars
   b) a busy road
6. Match them.
   - quiet = with little noise
   - busy road
   - street = a road in a town
"""
    path = tmp_path / "lesson.md"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "presenter", "check", str(path)], capture_output=True, text=True,
                         cwd=REPO, timeout=120)
    lines = text.split("\n")
    at = {needle: next(i for i, line in enumerate(lines, 1) if needle in line)
          for needle in ("Answer: e", "4. Which", "5. Which", "6. Match")}
    assert out.returncode == 0, out.stdout + out.stderr  # warnings: the lesson still opens
    assert f'lesson.md:{at["Answer: e"]}: warning: the answer "e" is not one of the options a–b' in out.stdout
    assert f'lesson.md:{at["4. Which"]}: warning: exercise "Which is right?" needs options' in out.stdout
    assert f'lesson.md:{at["5. Which"]}: warning: exercise "Which is quiet?" has no answer' in out.stdout
    assert 'add "Answer: b"' in out.stdout
    assert f'lesson.md:{at["6. Match"]}: warning: "busy road" in this matching exercise is no pair' in out.stdout


def test_slides_json_lists_the_new_kinds_in_lesson_order(tmp_path: Path) -> None:
    path = tmp_path / "lesson.md"
    path.write_text(LESSON + "\n# Discussion\n\n1. Should your town do it?\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "presenter", "slides", str(path), "--json", "--size", "1024x768"],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    kinds = [s["kind"] for s in json.loads(out.stdout)["slides"]]
    assert kinds[:3] == ["title", "warm-up", "warm-up"]
    assert kinds.index("exercise-choice") > kinds.index("reading")
    assert kinds.index("exercise-matching") == kinds.index("exercise-choice") + 1 < kinds.index("discussion")
    assert [s.get("seconds") for s in json.loads(out.stdout)["slides"][1:3]] == [90, 180]


def test_pairs_and_answers_are_read_the_ways_teachers_write_them() -> None:
    assert split_pair("take off → to leave the ground") == ("take off", "to leave the ground")
    assert split_pair("well-known = famous") == ("well-known", "famous")
    assert split_pair("a well-known place") is None
    options = ("noise", "pollution", "traffic")
    assert [choice_letter(a, options) for a in ("b", "B)", "(c)", "pollution", "Pollution.", "d", "")] == \
        ["B", "B", "C", "B", "B", "", ""]
