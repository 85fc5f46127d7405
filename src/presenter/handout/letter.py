"""A handout sent as a letter or e-mail: the greeting above it and the sign-off below it are not lesson content."""

from __future__ import annotations

import re

from presenter.handout.lines import Line, ends_sentence, word_count
from presenter.handout.roles import Role

_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|welcome back)\b[^.?]{0,40}[,!:—-]?$",
                       re.I)
_CLOSING = re.compile(r"^(?:see you\b.{0,30}|(?:best|kind|warm)(?: regards| wishes)?|regards|thanks?(?: you)?(?: all)?|"
                      r"cheers|love|all the best|yours(?: sincerely| truly)?|bye(?: for now)?|take care|"
                      r"happy (?:reading|learning|studying)|enjoy(?: the (?:lesson|reading|text))?|have a (?:good|nice|great) \w+)"
                      r"[,.!]*$", re.I)


def mark_letter(lines: list[Line]) -> None:
    """Mark a letter's greeting (the first line) and sign-off (a closing line, maybe a name, at the end) as dropped."""
    text = [ln for ln in lines if ln.text and not ln.role]
    if not text:
        return
    first = text[0]
    if _GREETING.match(first.text) and word_count(first.text) <= 6:
        first.role, first.reason = Role.DROPPED, "greeting of a letter or e-mail"
    tail = text[-3:]
    for i, ln in enumerate(tail):
        rest = tail[i + 1 :]
        if _CLOSING.match(ln.text) and all(word_count(r.text) <= 4 and not ends_sentence(r.text) for r in rest):
            for closing in (ln, *rest):
                closing.role, closing.reason = Role.DROPPED, "sign-off of a letter or e-mail"
            return
