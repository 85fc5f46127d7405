"""The parts of a handout, and what the importer makes of each line."""

from __future__ import annotations

from enum import StrEnum


class Part(StrEnum):
    """A part of a handout that its headings name and its blocks are assigned to."""

    WARMUP = "warmup"
    VOCABULARY = "vocabulary"
    READING = "reading"
    QUESTIONS = "questions"
    DISCUSSION = "discussion"
    ANSWERS = "answers"
    NOTES = "notes"  # a part the lesson has no slide for (grammar, writing, homework): teacher notes


class Role(StrEnum):
    """What one source line became, as `import --explain` prints it (a line in a part takes the part's name)."""

    NONE = ""
    WARMUP = "warmup"
    VOCABULARY = "vocabulary"
    READING = "reading"
    QUESTIONS = "questions"
    DISCUSSION = "discussion"
    ANSWERS = "answers"
    NOTES = "notes"
    TITLE = "title"
    SLUG = "slug"
    SOURCE = "source"
    LEVEL = "level"
    INTRO = "intro"
    HEADING = "heading"
    SEPARATOR = "separator"
    BLANK = "blank"
    EXERCISE = "exercise"
    QUESTION = "question"
    PROMPT = "prompt"
    DEBRIS = "debris"  # page chrome: navigation, share buttons, page counters
    DROPPED = "dropped"  # said once and left out on purpose (a repeated title, a letter's greeting)
    UNPLACED = "unplaced"  # no part took it: it becomes a teacher note
