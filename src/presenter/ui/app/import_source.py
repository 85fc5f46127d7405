"""The import preview's left pane: the handout's lines, each tinted and named by what it became, with a legend."""

from __future__ import annotations

import html
import re

from presenter.handout import ImportResult
from presenter.handout.roles import Role

LEFT_OUT = "#eeeeee"
NOTE = "#ffd0d0"
# (background, what the teacher reads) per role: plain words, not the importer's names.
ROLES: dict[Role, tuple[str, str]] = {
    Role.TITLE: ("#d7e8ff", "title"), Role.LEVEL: ("#d7e8ff", "level"), Role.SOURCE: ("#d7e8ff", "source"),
    Role.INTRO: ("#d7e8ff", "intro"), Role.SLUG: (LEFT_OUT, "left out"),
    Role.WARMUP: ("#ffe0cc", "warm-up"), Role.VOCABULARY: ("#dff5d8", "vocabulary"), Role.READING: ("#ffffff", "reading"),
    Role.QUESTION: ("#fff1c4", "question"), Role.QUESTIONS: ("#fff1c4", "question"),
    Role.PROMPT: ("#ffe0cc", "discussion"), Role.DISCUSSION: ("#ffe0cc", "discussion"),
    Role.EXERCISE: ("#e3f2f2", "exercise"), Role.ANSWERS: ("#e3f2f2", "answer key"),
    Role.HEADING: ("#ece6ff", "heading"), Role.SEPARATOR: (LEFT_OUT, "separator"),
    Role.DEBRIS: (LEFT_OUT, "left out"), Role.DROPPED: (LEFT_OUT, "left out"),
    Role.UNPLACED: (NOTE, "teacher note"), Role.NOTES: (NOTE, "teacher note"), Role.BLANK: ("#ffffff", ""),
}
LEGEND = (Role.TITLE, Role.WARMUP, Role.VOCABULARY, Role.READING, Role.QUESTION, Role.EXERCISE, Role.HEADING,
          Role.UNPLACED, Role.DROPPED)


REASONS = {"slug": "the page's web address"}  # the importer's words a teacher would not know
_SCORES = re.compile(r"\s*\[[^\]]*\d\.\d[^\]]*\]")  # "[vocabulary 3.0, next reading 3.0]": --explain's, not a teacher's


def role_label(role: Role, reason: str = "") -> str:
    """What a line became, in the teacher's words; why, for a line left out or kept as a note."""
    label = ROLES.get(role, ("", str(role)))[1]
    if reason and role in (Role.DEBRIS, Role.DROPPED, Role.SLUG, Role.UNPLACED):
        return f"{label}: {_SCORES.sub('', REASONS.get(reason, reason))}"
    return label


def legend_html() -> str:
    """One swatch per kind of line, as the pane tints them."""
    cells = "".join(f"<span style='background:{ROLES[r][0]}'>&nbsp;{ROLES[r][1]}&nbsp;</span>&nbsp; " for r in LEGEND)
    return f"<small>{cells}&nbsp; <s>struck out</s>: not in the lesson</small>"


def source_html(result: ImportResult) -> str:
    """The handout's lines, each tinted by what the importer made of it."""
    rows = []
    for n, line in enumerate(result.source_text.split("\n")):
        role = result.roles[n] if n < len(result.roles) else Role.NONE
        reason = result.reasons[n] if n < len(result.reasons) else ""
        colour = ROLES.get(role, ("#ffffff", ""))[0]
        strike = "text-decoration: line-through; color:#777;" if role in (Role.DEBRIS, Role.DROPPED, Role.SLUG) else ""
        rows.append(f"<tr><td style='color:#999; padding-right:6px'>{n + 1}</td>"
                    f"<td style='background:{colour}; {strike}'>{html.escape(line) or '&nbsp;'}</td>"
                    f"<td style='color:#555; padding-left:6px'>{html.escape(role_label(role, reason))}</td></tr>")
    return "<table cellspacing='0' cellpadding='1' style='font-family:monospace'>" + "".join(rows) + "</table>"
