"""What an import gives back: the lesson, its file text, and everything a teacher should check."""

from __future__ import annotations

from dataclasses import dataclass, field

from presenter.handout.title import slugify
from presenter.handout.picture import HandoutPicture
from presenter.lesson.model import Lesson
from presenter.handout.roles import Role


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something the teacher should check, at a line of the handout (0 when it is about the whole)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A line of the handout left out of the lesson, and why (debris, instruction, lesson info…)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The imported lesson, its Markdown, and per source line what the importer made of it."""

    lesson: Lesson
    markdown: str
    source_text: str
    encoding: str = "utf-8"
    warnings: tuple[ImportWarning, ...] = ()
    dropped: tuple[DroppedLine, ...] = ()
    roles: tuple[Role, ...] = ()  # one per line of source_text: title, vocabulary, reading, question, …
    vocabulary_layout: str = ""
    needs_definition: tuple[str, ...] = field(default=())
    suggested: tuple[str, ...] = ()  # terms whose definition was suggested from the dictionary (--define)
    suggested_words: tuple[str, ...] = ()  # the vocabulary suggested for a handout with no word list (--suggest)
    reasons: tuple[str, ...] = ()  # one per line: why it got its role ("glossary after the reading", …)
    pictures: tuple[HandoutPicture, ...] = ()  # a Word handout's pictures placed in the reading, saved with the lesson

    @property
    def slug(self) -> str:
        """A folder name for the lesson, made from its title."""
        return slugify(self.lesson.title)

    @property
    def debris(self) -> tuple[DroppedLine, ...]:
        """The lines dropped as web-page debris (comment boxes, share buttons, bylines…)."""
        return tuple(d for d in self.dropped if d.reason in ("web page", "byline", "navigation", "share buttons",
                                                               "page number", "slug"))

    def summary(self) -> str:
        """A few lines saying what was found, for the command line and the import dialog."""
        lesson = self.lesson
        reading = lesson.reading
        kinds: dict[str, int] = {}
        for q in lesson.comprehension:
            kinds[q.kind] = kinds.get(q.kind, 0) + 1
        kinds_text = ", ".join(f"{n} {k}" for k, n in kinds.items())
        vocab = f"{len(lesson.vocabulary)} entries"
        if self.vocabulary_layout:
            vocab += f" ({self.vocabulary_layout})"
        if self.suggested_words:
            vocab += ", suggested from the reading's rarest words (delete from the saved lesson the ones you don't want)"
        elif not lesson.vocabulary:
            vocab += " (no word list: --suggest N adds the reading's N rarest words)"
        if self.suggested:
            vocab += f", {len(self.suggested)} definition(s) suggested from the dictionary (check them)"
        if self.needs_definition:
            vocab += f", {len(self.needs_definition)} without a definition"
        lines = [
            f"title:       {lesson.title}",
            f"vocabulary:  {vocab}",
            f"reading:     {len(reading.sections)} section(s), {len(reading.paragraphs)} paragraph(s), "
            f"{reading.word_count} words",
            f"speakers:    {'; '.join(reading.speakers) if reading.speakers else 'none'}"
            + (f" ({len(reading.speakers)})" if reading.speakers else ""),
            f"questions:   {len(lesson.comprehension)}" + (f" ({kinds_text})" if kinds_text else ""),
            f"discussion:  {len(lesson.discussion)} prompt(s)",
        ]
        if lesson.warmup:
            lines.append(f"warm-up:     {len(lesson.warmup)} question(s), before the reading")
        if lesson.exercises:
            what = ", ".join(f"{len(e.pairs)} pairs to match" if e.kind == "matching" else "multiple choice"
                             for e in lesson.exercises)
            lines.append(f"exercises:   {len(lesson.exercises)} ({what})")
        if lesson.source:
            lines.append(f"source:      {lesson.source}")
        if self.pictures:
            lines.append(f"pictures:    {len(self.pictures)}, saved into images/ beside the lesson")
        debris = self.debris
        lines.append(f"dropped:     {len(debris)} line(s) of debris"
                     + (f", {len(self.dropped) - len(debris)} other line(s)" if len(self.dropped) > len(debris) else ""))
        lines.extend(f"  line {d.line} ({d.reason}): {d.text}" for d in self.dropped)
        if self.warnings:
            lines.append(f"warnings:    {len(self.warnings)} (check these)")
            lines.extend(f"  {w}" for w in self.warnings)
        return "\n".join(lines)

    def explain(self) -> str:
        """Every source line with the role it got and why (`presenter import --explain`)."""
        out = []
        for i, text in enumerate(self.source_text.split("\n")):
            role = self.roles[i] if i < len(self.roles) else ""
            why = self.reasons[i] if i < len(self.reasons) else ""
            if role == Role.BLANK:
                out.append(f"{i + 1:5d}")
                continue
            out.append(f"{i + 1:5d}  {role:11s} {('(' + why + ')') if why else '':42s} {text.strip()}")
        return "\n".join(out)


def short(text: str, limit: int = 70) -> str:
    """The text cut to `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
