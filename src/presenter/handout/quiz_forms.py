"""The labels an online quiz or form prints around each question (Moodle, Google Forms, Canvas, Microsoft Forms)."""

from __future__ import annotations

import re

# "Question 3", "Question 3 of 6", "Question 3 (1 point)", "Question 3<tab>1 pts": a quiz page's number above its question, on a line of its own.
_NUMBER = re.compile(r"^(?:question|q)\s*(\d{1,3})(?:\s*(?:of|/)\s*\d{1,3})?\s*[.:]?\s*(?:\(?\s*\d+(?:\.\d+)?\s*(?:points?|pts?|marks?)\s*\)?)?\s*[.:]?$",
                     re.I)
# What only a platform prints around a question: its state, its score, its controls, the box for the answer.
_LABEL = re.compile(
    r"^(?:not yet answered|not answered|answer saved|answered|partially correct"
    r"|(?:marked|mark(?:ed)?\s+\d+(?:\.\d+)?)\s+out of\s+\d+(?:\.\d+)?|flag question|remove flag|question text|answer text"
    r"|your answer|your email|enter your answer|long answer text|short answer text|required|clear selection"
    r"|select one or more|\d+(?:\.\d+)?\s*(?:points?|pts?|marks?)|\(\s*\d+\s*(?:points?|pts?|marks?)\s*\)"
    r"|your answer is (?:partially )?(?:correct|incorrect)|you have correctly selected \d+"
    r"|time left\s+[\d:]+|quiz navigation|finish attempt\b.*|\* indicates required question"
    r"|\d{1,3}\s*(?:sec|secs|seconds)|[\d.,]+\s*k?\s+votes?|anonymous (?:quiz|poll))\W*$", re.I)  # a game's, a chat's
# Words a platform prints too ("Correct" over "Mark 1.00 out of 1.00"), but also an option's or a heading's.
_WEAK = re.compile(r"^(?:correct|incorrect|complete|incomplete|other|check|answer|feedback)\W*$", re.I)
_NEAR = 2  # how many lines (blank ones aside) a weak label may be from a platform's own label

# "4 points", "(2 marks)", "1 pt": what a question scores, on a line of its own
_SCORE = re.compile(r"^\(?\s*\d+(?:\.\d+)?\s*(?:points?|pts?|marks?)\s*\)?\W*$", re.I)


# "2 - Quiz", "3. Poll", "4 – True or false": a quiz game's number and the kind of its question, on a line of its own
_GAME_NUMBER = re.compile(r"^(\d{1,3})\s*[-–—.:]\s*(?:quiz|poll|question|true or false|multiple choice)$", re.I)


def question_number(text: str) -> str | None:
    """"3" for a line that only numbers the question below it ("Question 3", "Question 3 (1 point)"); else None."""
    m = _NUMBER.match(text.strip()) or _GAME_NUMBER.match(text.strip())
    return m.group(1) if m else None


def is_form_label(text: str) -> bool:
    """Whether a line is a quiz platform's label ("Not yet answered", "Marked out of 1.00", "1 point", "Your answer")."""
    return bool(_LABEL.match(text.strip()))


def is_score(text: str) -> bool:
    """Whether a line only says what a question scores ("4 points", "(2 marks)"): the paper's or the form's, no note."""
    return bool(_SCORE.match(text.strip()))


def form_labels(texts: list[str]) -> set[int]:
    """Indices of a region's lines that are a platform's labels: its own, and weak words next to them."""
    strong = [i for i, t in enumerate(texts) if t.strip() and (question_number(t) is not None or is_form_label(t))]
    filled = [i for i, t in enumerate(texts) if t.strip()]
    near: set[int] = set()
    for i in strong:
        at = filled.index(i)
        near.update(filled[max(0, at - _NEAR) : at + _NEAR + 1])
    # a bubble or a bullet before the word ("◯ Other") makes it an option: the raw line then does not match
    return set(strong) | {i for i in near if _WEAK.match(texts[i].strip())}
