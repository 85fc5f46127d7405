"""The text of a lesson's title slide.

One definition for the deck and for the title card that the app paints before the deck is
built (presenter.ui.titlecard).
"""

from __future__ import annotations

from presenter.lesson.model import Lesson


def title_slide_text(lesson: Lesson) -> str:
    """The title slide's lines: the lesson's title, then its level and source when it has them."""
    return "\n".join(x for x in (lesson.title, lesson.level, lesson.source) if x)
