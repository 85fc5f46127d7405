"""What a worksheet's own wording says about the lines after it: part labels, task instructions, teacher's notes."""

from __future__ import annotations

import re

from presenter.handout.roles import Part
from presenter.handout.lines import ends_sentence, letter_label, num_label, section_kind, word_count

# "Task 1 – Think", "Part B", "Exercise 3:", "Activity 2 - Over to you": a numbered part of a worksheet.
_PART_LABEL = re.compile(r"^(?:(?:task|part|section|exercise|activity|step|stage)\s*(?:\d{1,2}|[A-H]|[IVX]{1,4})\b"
                         r"|(?:preparation|main|pre-|post-)\s*task\b|preparation\b)"
                         r"\s*(?:[.:)–—-]\s*([A-Za-z][A-Za-z ,'’&/!?-]{0,40}))?$", re.I)
_BEFORE = re.compile(r"\bbefore (?:you (?:read|listen|watch|start)|reading|listening|watching)\b", re.I)
_TALK = re.compile(r"\b(?:discuss|talk about|tell your partner|share your (?:ideas|opinions|answers))\b", re.I)
_PARTNER = re.compile(r"\b(?:with|to) (?:a|your) (?:partner|group|classmates?)\b|\bin (?:pairs|groups|small groups)\b", re.I)
_TEACHER = re.compile(r"^(?:ask (?:the )?(?:students|class|learners|ss|pairs|groups)|elicit(?: from (?:students|ss))?|"
                      r"students (?:discuss|talk about)|t asks)\s*[:,–—-]\s*", re.I)
# A question that only follows up the one before it: "Why or why not?", "If so, where?", "Explain."
_FOLLOW_UP = re.compile(r"^(?:why(?: or why not| not)?\?|how\?|if (?:so|not|yes|no)\b|what about you\b|how about you\b|"
                        r"explain\b|give (?:a )?reasons?\b|in what way\b|which one\b)", re.I)
# "Speaker notes: …", "Teacher's note: …", "Notes for the teacher: …": said to the teacher, not the class.
_NOTE = re.compile(r"^(?:(?:speaker|teacher'?s?|presenter|teaching)\s+(?:notes?|tips?)|notes? (?:for|to) (?:the )?teachers?)\s*:", re.I)
_ASKS = re.compile(r"(?<=\?)\s+(?=[A-Z“\"])")


def is_part_label(text: str) -> bool:
    """Whether a line only numbers a part of the worksheet ("Task 1 – Think"), whatever the part is called."""
    m = _PART_LABEL.match(text)
    return m is not None and section_kind(text) is None and (not m.group(1) or (
        word_count(m.group(1)) <= 5 and not ends_sentence(m.group(1)) or m.group(1).endswith("?")))


# "PART 1. Answer…", "DAY 2 ▶ Read the story.": a numbered part, then its task.
_NUMBERED_TASK = re.compile(r"^(?:task|part|section|exercise|activity|step|day|week|lesson)\s*(?:\d{1,2}|[A-H])\s*[.:)–—▶►→>-]\s*(?=\S)", re.I)


def task_text(text: str) -> str:
    """"Answer the questions." for "A. Answer the questions." or "PART 1. Answer the questions." (a task and its label)."""
    found = letter_label(text) or num_label(text)
    return found[1] if found else _NUMBERED_TASK.sub("", text)


def instruction_cue(text: str, reading_seen: bool) -> Part | None:
    """The section a task instruction opens: "… before you read." a warm-up; "Discuss with a partner." after the text, talk."""
    if _BEFORE.search(text) and not reading_seen:
        return Part.WARMUP
    if _TALK.search(text) and reading_seen:
        return Part.DISCUSSION
    return None


def is_teacher_note(text: str) -> bool:
    """Whether a line is a note to the teacher ("Speaker notes: pairs, 3 minutes."), which no slide shows."""
    return bool(_NOTE.match(text.strip("*_ ")))


def talks(text: str) -> bool:
    """Whether a line sets talk ("Discuss with a partner.", "Tell your partner about…"): a prompt, not a question on the text."""
    return bool(_TALK.search(text) or _PARTNER.search(text))


def without_teacher_note(text: str) -> str:
    """"Have you ever …?" for "Ask students: Have you ever …?" (a lesson plan's note to the teacher)."""
    return _TEACHER.sub("", text, count=1)


def split_questions(text: str) -> list[str]:
    """The questions of one unlabelled line, each on its own; a follow-up ("Why or why not?") stays with its question."""
    parts = _ASKS.split(text)
    out: list[str] = []
    for part in parts:
        if out and (_FOLLOW_UP.match(part) or word_count(part) < 3 or not out[-1].endswith("?")):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out
