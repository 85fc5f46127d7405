"""The printable handout as HTML for QTextDocument: vocabulary table, the reading, questions with room to write."""

from __future__ import annotations

import html

from presenter.export.exercises_html import handout_exercises, handout_warmup
from presenter.export.handout_images import picture_html
from presenter.lesson.model import Lesson, Question

POS_SHORT = {"noun": "n.", "verb": "v.", "adjective": "adj.", "adverb": "adv.", "phrase": "phr.",
             "phrasal verb": "phr. v.", "preposition": "prep.", "conjunction": "conj.", "pronoun": "pron.",
             "determiner": "det.", "expression": "expr.", "noun phrase": "n. phr.", "abbreviation": "abbr."}
# Qt lays out a paragraph in time that grows with the square of its length (a 2 MB word took
# minutes): longer paragraphs go to the PDF as consecutive blocks of at most this many characters.
BLOCK_CHARS = 2000
# Anchor names marking blocks for the PDF writer: the first block of a question (kept whole on
# one page) and each block of the reading (numbered lines).
KEEP = "keep-"
LINE = "line-"

_CSS = """
body { font-family: 'DejaVu Sans', 'Arial', sans-serif; font-size: 11pt; color: #111; }
h1 { font-size: 20pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; border-bottom: 1px solid #888; }
.meta { color: #444; font-size: 10pt; }
table.vocab { border-collapse: collapse; width: 100%; }
table.vocab td, table.vocab th { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
table.vocab th { background: #e8eef6; text-align: left; }
.speaker { font-weight: bold; }
p { line-height: 140%; margin-top: 0px; margin-bottom: 12px; }
.lines { color: #aaa; }
.section { text-align: center; color: #777; }
.answer { color: #1a5fb4; }
.copy { color: #a51d2d; font-weight: bold; }
p.cont { margin-bottom: 0px; }
"""


def _blocks(text: str, limit: int = BLOCK_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters, at a space when there is one."""
    pieces: list[str] = []
    pos = 0
    while len(text) - pos > limit:
        space = text.rfind(" ", pos + limit // 2, pos + limit)
        end = space + 1 if space >= 0 else pos + limit
        pieces.append(text[pos:end])
        pos = end
    pieces.append(text[pos:])
    return pieces


def _answer(q: Question) -> str:
    """The teacher's copy: the answer in place of the room to write."""
    text = html.escape(q.answer) if q.answer else "(no answer given in the lesson)"
    return f"<p class='answer'>&nbsp;&nbsp;&nbsp;<b>Answer:</b> {text}</p>"


def handout_html(lesson: Lesson, answers: bool = False) -> str:
    """The handout as HTML for QTextDocument (a subset of HTML 4 and CSS 2); `answers`: the teacher's copy."""
    e = html.escape
    out = [f"<html><head><style>{_CSS}</style></head><body>", f"<h1>{e(lesson.title)}</h1>",
           picture_html(lesson, lesson.image)]
    after = [len([q for s in lesson.reading.sections[:n] for q in s.paragraphs]) for n in range(len(lesson.reading.sections))]
    if answers:
        out.append("<p class='copy'>Teacher's copy: answer key</p>")
    meta = " · ".join(x for x in (lesson.level and f"Level {lesson.level}", lesson.source) if x)
    if meta:
        out.append(f"<p class='meta'>{e(meta)}</p>")
    if not answers:
        out.append("<p class='meta'>Name: ______________________________ &nbsp;&nbsp; Date: ______________</p>")
    out += handout_warmup(lesson, KEEP)
    if lesson.vocabulary:
        out.append("<h2>Vocabulary</h2><table class='vocab' width='100%' cellspacing='0' cellpadding='4'>")
        out.append("<tr><th width='26%'>Word</th><th width='10%'>Type</th><th>Meaning</th></tr>")
        for v in lesson.vocabulary:
            term = " – ".join((v.term, *v.forms)) if v.forms else v.term
            pos = POS_SHORT.get(v.part_of_speech, v.part_of_speech)
            out.append(f"<tr><td><b>{e(term)}</b></td><td>{e(pos)}</td><td>{e(v.definition)}</td></tr>")
        out.append("</table>")
    out.append("<h2>Reading</h2>")
    for n, section in enumerate(lesson.reading.sections):
        if n:
            out.append("<p class='section'>* &nbsp; * &nbsp; *</p>")
        if section.title:
            out.append(f"<h3>{e(section.title)}</h3>")
        for p in section.paragraphs:
            speaker = f"<span class='speaker'>{e(p.speaker)}:</span> " if p.speaker else ""
            *first, last = _blocks(p.text)
            out.extend(f"<p class='cont'><a name='{LINE}'>{speaker if i == 0 else ''}{e(piece)}</a></p>"
                       for i, piece in enumerate(first))
            out.append(f"<p><a name='{LINE}'>{'' if first else speaker}{e(last)}</a></p>")
            after[n] += 1
            out += [picture_html(lesson, r.media) for r in lesson.reading.images if r.after == after[n]]
    writing_lines = "<p class='lines'>" + "<br/><br/>".join(["_" * 64] * 3) + "</p>"
    if lesson.comprehension:
        out.append("<h2>Questions</h2>")
        for i, q in enumerate(lesson.comprehension, 1):
            out.append(f"<p><a name='{KEEP}q{i}'><b>{e(q.label or str(i))}.</b> {e(q.text)}</a></p>")
            for k, option in enumerate(q.options):
                out.append(f"<p>&nbsp;&nbsp;&nbsp;{chr(97 + k)}) {e(option)}</p>")
            if answers:
                out.append(_answer(q))
            else:
                out.append("<p>&nbsp;&nbsp;&nbsp;☐ True &nbsp;&nbsp; ☐ False</p>" if q.kind == "true-false"
                           else writing_lines)
    out += handout_exercises(lesson, KEEP, answers)
    if lesson.discussion:
        out.append("<h2>Discussion</h2>")
        for i, prompt in enumerate(lesson.discussion):
            label = e(prompt.label or chr(65 + i))
            out.append(f"<p><a name='{KEEP}d{i}'><b>{label}.</b> {e(prompt.text)}</a></p>")
            if prompt.options:
                out.append("<p>" + " &nbsp; ".join(f"☐ {e(o)}" for o in prompt.options) + "</p>")
            elif not answers:
                out.append(writing_lines)
    out.append("</body></html>")
    return "\n".join(out)
