"""What the teacher's console shows beside a slide: answers, definitions and the lesson's notes."""

from __future__ import annotations

from presenter.deck.deck import Deck
from presenter.deck.exercises import matching_answer
from presenter.deck.kinds import SlideKind


def teacher_notes(deck: Deck, index: int) -> list[str]:
    """Lines for the console about slide `index`; never shown to the class."""
    slide, lesson = deck.slides[index], deck.lesson
    lines: list[str] = []
    if slide.kind == SlideKind.QUESTION and slide.item is not None:
        q = lesson.comprehension[slide.item]
        lines.append(f"Answer: {q.answer}" if q.answer else "No answer in the lesson.")
        if q.kind == "true-false":
            lines.append("True/false question: A reveals the answer.")
    elif slide.kind in (SlideKind.CHOICE, SlideKind.MATCHING) and slide.item is not None:
        e = lesson.exercises[slide.item]
        answer = matching_answer(e) if e.kind == "matching" else e.answer
        lines.append(f"Answer: {answer}  (A shows it)" if answer else "No answer in the lesson.")
        if e.kind == "matching":
            lines.extend(f"{t} = {m}" for t, m in e.pairs)
    elif slide.kind in (SlideKind.PROMPT, SlideKind.WARM_UP) and slide.item is not None:
        p = (lesson.discussion if slide.kind == SlideKind.PROMPT else lesson.warmup)[slide.item]
        if slide.kind == SlideKind.WARM_UP:
            lines.append("Before reading: let the class guess and share; no answer is wrong.")
        if slide.kind == SlideKind.PROMPT and p.grouping in ("pairs", "groups"):
            lines.append(f"Grouping: {p.grouping}  (Shift+G: random {p.grouping} from the class list; again: new ones)")
        elif p.grouping:
            lines.append(f"Grouping: {p.grouping}")
        if p.think_seconds:
            lines.append(f"Think {p.think_seconds} s, then talk {lesson.prompt_seconds(p)} s")
        if p.options:
            lines.append("Poll: keys 1–9 add votes")
    elif slide.kind == SlideKind.CARD and slide.item is not None:
        v = lesson.vocabulary[slide.item]
        lines.append(f"{v.term}: {v.definition}" if v.definition else f"{v.term}: no definition in the lesson")
    elif slide.kind == SlideKind.PREDICT:
        lines.append("Ask: what do you think the reading is about? Which words do you know?")
    elif slide.kind == SlideKind.READING and slide.page is not None:
        speakers = sorted({c.speaker for c in slide.page.chunks if c.speaker})
        if speakers:
            lines.append("Speakers: " + ", ".join(speakers))
    lines.extend(f"Note: {n}" for n in slide.notes)
    return lines
