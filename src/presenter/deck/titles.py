"""The text of a lesson's title slide.

One definition for the deck and for the title card that the app paints before the deck is
built (presenter.ui.slides.titlecard), which has only the lesson's title, level and source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presenter.lesson.model import Lesson


def title_lines(title: str, level: str = "", source: str = "") -> str:
    """The title slide's lines: the title, then the level and the source when there are any."""
    return "\n".join(x for x in (title, level, source) if x)


def title_slide_text(lesson: Lesson) -> str:
    """The title slide's lines for `lesson`."""
    return title_lines(lesson.title, lesson.level, lesson.source)
