"""Lines that say something about the lesson rather than being part of it: source, level, lesson info, answers."""

from __future__ import annotations

import re

from presenter.handout.lines import word_count

_SOURCE = re.compile(
    r"^\(?(?:(?:video|audio|source|sources|podcast|film|clip|documentary|credit|credits|based on)"
    r"\s*[:–—-]|(?:adapted|taken|abridged|text|article|story)\s+from\b|based on (?:an? |the )?"
    r"(?:article|story|report|video|text)\b)\s*\S", re.I)
_LEVEL_WORDS = r"(?:[ABC][12]\+?|beginners?|elementary|(?:pre-|upper[- ])?intermediate|advanced)"
_LEVEL = re.compile(rf"^(?:level|cefr level|cefr)\s*(?:[:–—-]\s*(.{{1,40}})|\s+(\d{{1,2}}|{_LEVEL_WORDS}))$", re.I)
_META = re.compile(
    r"^(?:time|duration|age|ages|age group|topic|theme|skills?|aims?|objectives?|materials?|grammar|"
    r"target language|date|name|class|teacher|student|students|length|words|"
    r"word count|reading time|type)\s*:(?:\s.{0,60})?$", re.I)
_ANSWER_LINE = re.compile(r"^(?:(?:the\s+)?(?:correct|right|best|suggested)\s+)?(?:answer|ans|key)(?:\s+is)?"
                          r"\s*[:.=–—-]\s*(\S.{0,40})$", re.I)
_KEY_PAIR = re.compile(r"\b(?:\d{1,3}\s*[.):=-]?\s*[a-hA-H]|[a-h]\s*[.):=-]?\s*(?:True|False|T|F|[A-D]))\b")


def single_answer(text: str) -> str | None:
    """"b" for "Correct answer: b" or "Answer: True" under one item; None for a key to many ("Answers: 1b 2c", "Key: a F b T")."""
    m = _ANSWER_LINE.match(text.strip("*_ "))
    if m is None:
        return None
    value = m.group(1).strip()
    return value if word_count(value) <= 6 and len(_KEY_PAIR.findall(value)) < 2 else None


def is_source(text: str) -> bool:
    """"Video: Social credit in China, CBS News", "Source: BBC": where the reading comes from."""
    return bool(_SOURCE.match(text)) and word_count(text) <= 25


def level_of(text: str) -> str | None:
    """"B1" for "Level: B1"; None for other lines."""
    m = _LEVEL.match(text)
    return (m.group(1) or m.group(2)).strip() if m else None


_INFO_PART = re.compile(r"^(?:(?:cefr\s+)?level\s+\w+(?:[+/-]\w+)?|[ABC][12][+]?|\d{1,3}\s*(?:min|mins|minutes|hours?|words)\.?|"
                        r"(?:beginners?|elementary|(?:pre-|upper[- ])?intermediate|advanced|all levels)|"
                        r"(?:lesson|worksheet|unit)\s+\d{1,3})$", re.I)


_LESSON_KIND = re.compile(r"^(?:[\w-]+\s+)?(?:lesson|worksheet|activity|exercise|handout)s?$", re.I)


def info_parts(text: str) -> list[str]:
    """The parts of "Unit 5 | At the Doctor's | A2" that are not lesson info (["At the Doctor's"])."""
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text) if p.strip()]
    return [p for p in parts if not (_INFO_PART.match(p) or _LESSON_KIND.search(p))]


def is_metadata(text: str) -> bool:
    """Lesson-plan lines such as "Time: 45 minutes", "Name: ______", "Listening lesson · Level B1 · 6 minutes"."""
    if _META.match(text) or re.fullmatch(r"(?:lesson|unit|worksheet|episode|handout)\s+\d{1,3}", text, re.I):
        return True  # "Lesson 22" alone: where the sheet sits in a course
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text) if p.strip()]
    info = sum(1 for p in parts if _INFO_PART.match(p) or _LESSON_KIND.search(p))
    return len(parts) >= 2 and info == len(parts)
