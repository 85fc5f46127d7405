"""'Find words in the text that mean…': numbered meanings whose words the learners find in the text (the key names them)."""

from __future__ import annotations

import re

from presenter.handout.exercises import Matching, task_above, task_label
from presenter.handout.lines import Line, num_label
from presenter.handout.roles import Role

_TASK = re.compile(r"\bfind\b.{0,40}\b(?:words?|phrases?|expressions?)\b.{0,50}\b(?:means?|meanings?)\b", re.I)
_WHERE = re.compile(r"\s*\((?:in\s+)?(?:para(?:graph)?s?\.?|lines?|l\.)\s*\d{1,2}(?:\s*[–-]\s*\d{1,2})?\)\s*$", re.I)  # "(para 1)"


def find_words(block: list[Line], lines: list[Line]) -> Matching | None:
    """The exercise when a block's numbered lines are meanings under a task to find their words; else None."""
    task = block[0] if _TASK.search(block[0].text) else task_above(block[0].no, lines, _TASK)
    rows = [ln for ln in block if ln is not task]
    found = [num_label(ln.text) for ln in rows]
    if task is None or len(rows) < 2 or any(f is None or "?" in ln.text for f, ln in zip(found, rows, strict=True)):
        return None
    if [f[0] for f in found if f] != [str(i + 1) for i in range(len(rows))]:
        return None
    for ln in rows:
        ln.role, ln.reason = Role.EXERCISE, "a meaning to find a word for in the text (the key names the words)"
    meanings = [_WHERE.sub("", f[1]) for f in found if f]
    return Matching(task.text, [], meanings, rows[0].no, rows=rows, label=task_label(task.text))
