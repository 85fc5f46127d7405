"""The lesson as plain JSON-ready data, for `presenter inspect --json` and other tools."""

from __future__ import annotations

from typing import Any

from presenter.lesson.model import Lesson


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    """Everything in the lesson as dicts and lists; keys are a public interface (add, never rename)."""
    return {
        "title": lesson.title,
        "language": lesson.language,
        "level": lesson.level,
        "voice": lesson.voice,
        "rate": lesson.rate,
        "source": lesson.source,
        "author": lesson.author,
        "durations": {
            "comprehension": lesson.durations.comprehension,
            "discussion": lesson.durations.discussion,
            "game": lesson.durations.game,
            "warmup": lesson.durations.warmup,
            "exercise": lesson.durations.exercise,
        },
        "vocabulary": [
            {
                "term": v.term,
                "forms": list(v.forms),
                "count": v.count,
                "definition": v.definition,
                "part_of_speech": v.part_of_speech,
                "example": v.example,
                "suggested": v.suggested,
                "line": v.line,
            }
            for v in lesson.vocabulary
        ],
        "reading": {
            "sections": [
                [
                    {"speaker": p.speaker, "text": p.text, "line": p.line,
                     "slide_break_before": p.slide_break_before, "notes": list(p.notes)}
                    for p in s.paragraphs
                ]
                for s in lesson.reading.sections
            ],
            "section_titles": [s.title for s in lesson.reading.sections],
            "speakers": list(lesson.reading.speakers),
            "words": lesson.reading.word_count,
        },
        "comprehension": [
            {"label": q.label, "text": q.text, "answer": q.answer, "kind": q.kind,
             "options": list(q.options), "seconds": lesson.question_seconds(q),
             "notes": list(q.notes), "line": q.line}
            for q in lesson.comprehension
        ],
        "discussion": [
            {"label": p.label, "text": p.text, "seconds": lesson.prompt_seconds(p),
             "think_seconds": p.think_seconds, "grouping": p.grouping, "options": list(p.options),
             "notes": list(p.notes), "line": p.line, "group_size": p.group_size}
            for p in lesson.discussion
        ],
        "warmup": [
            {"label": p.label, "text": p.text, "seconds": lesson.warmup_seconds(p), "think_seconds": p.think_seconds,
             "grouping": p.grouping, "options": list(p.options), "notes": list(p.notes), "line": p.line}
            for p in lesson.warmup
        ],
        "exercises": [
            {"label": e.label, "kind": e.kind, "text": e.text, "options": list(e.options), "answer": e.answer,
             "pairs": [{"term": t, "meaning": m} for t, m in e.pairs], "seconds": lesson.exercise_seconds(e),
             "notes": list(e.notes), "line": e.line}
            for e in lesson.exercises
        ],
    }
