"""Question lists in the printed handout (QTextDocument HTML) and the EPUB (XHTML): warm-up, questions, exercises."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from presenter.deck.exercises import matching_order
from presenter.lesson.model import Exercise, Lesson, Question
from presenter.lesson.exercises import choice_answer

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _meanings(e: Exercise) -> list[str]:
    """The meanings in the order the slide shows them (the class's paper matches the projector)."""
    return [e.pairs[i][1] for i in matching_order(len(e.pairs))]


def _matches(e: Exercise) -> list[str]:
    """Each term's letter, in term order."""
    order = matching_order(len(e.pairs))
    return [LETTERS[order.index(i)] for i in range(len(e.pairs))]


def exercise_answer(e: Exercise) -> str:
    """The answer as written on the teacher's copy: "B) pollution", or "1 c, 2 a, 3 b"."""
    if e.kind == "matching":
        return ", ".join(f"{i + 1} {letter}" for i, letter in enumerate(_matches(e)))
    return choice_answer(e.answer, e.options)


def handout_warmup(lesson: Lesson, keep: str) -> list[str]:
    """The "Before you read" questions, to talk about (no room to write)."""
    if not lesson.warmup:
        return []
    out = ["<h2>Before you read</h2>"]
    for i, p in enumerate(lesson.warmup):
        out.append(f"<p><a name='{keep}w{i}'><b>{escape(p.label or str(i + 1))}.</b> {escape(p.text)}</a></p>")
    return out


def handout_exercises(lesson: Lesson, keep: str, answers: bool) -> list[str]:
    """Multiple choice with boxes to tick; matching as terms with a blank beside a lettered list of meanings."""
    if not lesson.exercises:
        return []
    out = ["<h2>Exercises</h2>"]
    for i, e in enumerate(lesson.exercises):
        out.append(f"<p><a name='{keep}e{i}'><b>{escape(e.label or str(i + 1))}.</b> {escape(e.text)}</a></p>")
        if e.kind == "matching":
            out.append("<table width='100%' cellspacing='0' cellpadding='3'>")
            for row, (pair, meaning) in enumerate(zip(e.pairs, _meanings(e), strict=True)):
                blank = f"<b class='answer'>{_matches(e)[row]}</b>" if answers else "____"
                out.append(f"<tr><td width='34%'>{row + 1}. {escape(pair[0])} &nbsp; {blank}</td>"
                           f"<td>{LETTERS[row]}) {escape(meaning)}</td></tr>")
            out.append("</table>")
        else:
            out.extend(f"<p>&nbsp;&nbsp;&nbsp;☐ {chr(97 + k)}) {escape(o)}</p>" for k, o in enumerate(e.options))
        if answers:
            text = exercise_answer(e) or "(no answer given in the lesson)"
            out.append(f"<p class='answer'>&nbsp;&nbsp;&nbsp;<b>Answer:</b> {escape(text)}</p>")
    return out


def epub_warmup(lesson: Lesson) -> str:
    """The warm-up questions as an XHTML list."""
    return "<ol>\n" + "\n".join(f"<li><p>{escape(p.text)}</p></li>" for p in lesson.warmup) + "\n</ol>"


def epub_exercises(lesson: Lesson) -> str:
    """The exercises as XHTML: options or a matching table, each answer folded away in `<details>`."""
    items = []
    for e in lesson.exercises:
        if e.kind == "matching":
            rows = "".join(f"<tr><td>{n + 1}. {escape(t)}</td><td>{LETTERS[n]}) {escape(m)}</td></tr>"
                           for n, ((t, _), m) in enumerate(zip(e.pairs, _meanings(e), strict=True)))
            body = f'<table class="matching">{rows}</table>'
        else:
            body = '<ol type="a">' + "".join(f"<li>{escape(o)}</li>" for o in e.options) + "</ol>" if e.options else ""
        answer = exercise_answer(e)
        folded = (f'<details class="answer"><summary>Show answer</summary><p>{escape(answer)}</p></details>'
                  if answer else "")
        items.append(f"<li><p>{escape(e.text)}</p>{body}{folded}</li>")
    return "<ol>\n" + "\n".join(items) + "\n</ol>"


def _options(options: Sequence[str]) -> str:
    """Options as a lettered XHTML list."""
    return '<ol type="a">' + "".join(f"<li>{escape(o)}</li>" for o in options) + "</ol>" if options else ""


def _answer(q: Question) -> str:
    """The answer folded away under the question (a `<details>` block): shown only on request."""
    if not q.answer:
        return ""
    return f'<details class="answer"><summary>Show answer</summary><p>{escape(q.answer)}</p></details>'


def epub_questions(lesson: Lesson) -> str:
    """The comprehension questions as XHTML, answers folded away."""
    return "<ol>\n" + "\n".join(f"<li><p>{escape(q.text)}</p>{_options(q.options)}{_answer(q)}</li>"
                                for q in lesson.comprehension) + "\n</ol>"


def epub_discussion(lesson: Lesson) -> str:
    """The discussion prompts as XHTML."""
    return '<ol type="A">\n' + "\n".join(f"<li><p>{escape(p.text)}</p>{_options(p.options)}</li>"
                                         for p in lesson.discussion) + "\n</ol>"
