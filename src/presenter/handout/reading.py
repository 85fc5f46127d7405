"""The reading: paragraphs (joined when a line was wrapped), speaker turns and sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from presenter.handout.lines import Line, ends_sentence, num_label, section_kind, strip_bullet, word_count
from presenter.lesson.model import Paragraph, Reading, Section
from presenter.handout.roles import Role

_SPEAKER = re.compile(r"^(?:\*\*)?([A-Z][^:\n]{0,58}?)(?:\*\*)?\s*:(?:\*\*)?\s+(?=\S)")
_NOT_IN_LABEL = set('"“”?!«»[]*\\')
_PAREN = re.compile(r"\s*\([^)]*\)")
_TITLES = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr)\.")
_PARTICLES = frozenset("de da van von der al bin la le of the y".split())
_NOT_SPEAKERS = frozenset(
    "note notes video audio source sources example examples answer answers time level question questions vocabulary "
    "warning tip tips update photo image picture watch read listen definition meaning title subject topic summary "
    "conclusion introduction chapter task step part exercise activity remember important caption credit credits "
    "transcript key hint fact facts quote reading text translation grammar instructions instruction today yesterday "
    "tomorrow result results why how what when where who which so but and or yes no".split()
)
_ROLES = frozenset(
    "journalist reporter interviewer narrator host presenter anchor correspondent man woman boy girl teacher student "
    "doctor nurse customer waiter waitress officer police guest speaker caller voice announcer interviewee mother "
    "father mom dad son daughter child friend manager assistant clerk driver passenger patient expert professor "
    "economist scientist official spokesperson spokesman spokeswoman resident witness worker farmer".split()
)


def speaker_of(text: str) -> tuple[str, str] | None:
    """("Ken Dewoskin, Economist", words) for a line that starts with a speaker's label."""
    m = _SPEAKER.match(text)
    if not m:
        return None
    label = " ".join(m.group(1).split())
    masked = _TITLES.sub(lambda t: t.group(0)[:-1], label)
    if word_count(label) > 6 or _NOT_IN_LABEL.intersection(label) or "." in masked or section_kind(label):
        return None
    # "Reporter (voice-over)": what is in brackets says how, not who.
    name = _PAREN.sub("", label).split(",", 1)[0].split()
    if not name or name[0].lower().rstrip(".") in _NOT_SPEAKERS or "(" in _PAREN.sub("", label):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _PARTICLES for w in name):
        return None
    return label, text[m.end() :].strip()


def strong_speaker(label: str) -> bool:
    """Whether a label is surely a speaker even if it is the only one: a role, a full name, "Name, Role"."""
    name = label.split(",", 1)[0].split()
    return "," in label or len(name) >= 2 or label.lower() in _ROLES or (len(name) == 1 and len(name[0]) == 1)


def believed_speakers(reading_lines: list[Line]) -> set[str]:
    """Speaker labels to believe: all of them in a dialogue, only unmistakable ones when alone."""
    labels = [found[0] for ln in reading_lines if (found := speaker_of(ln.text)) is not None]
    if len(labels) >= 2:
        return set(labels)
    return {label for label in labels if strong_speaker(label)}


def is_subheading(line: Line) -> bool:
    """A short title-like line inside the reading ("The new rules", "What is social credit?")."""
    text = line.text
    if not text or word_count(text) > 10 or speaker_of(text) is not None or not (text[0].isupper() or text[0].isdigit()):
        return False
    if line.md_level:
        return True
    return not ends_sentence(text) or text.endswith("?")


@dataclass(slots=True)
class ReadingBuilder:
    """Collects the reading's paragraphs and sections as the importer walks the handout."""

    speakers_allowed: set[str] = field(default_factory=set)
    wrapped_width: int = 0
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str = ""
    title_line: int = 0
    break_pending: bool = False

    def section_break(self, title: str = "", line: int = 0) -> None:
        """Start a new section (a separator line or a subheading) before the next paragraph."""
        if self.paragraphs:
            self.sections.append(Section(tuple(self.paragraphs), self.title, self.title_line))
            self.paragraphs = []
            self.title, self.title_line = "", 0
        if title:
            self.title, self.title_line = title, line

    def add_block(self, lines: list[Line]) -> None:
        """Add a run of consecutive lines: one or more paragraphs."""
        lines = [ln for ln in lines if ln.role != Role.DROPPED]  # a box's border, an instruction: set aside, not text
        current: list[Line] = []
        speaker: str | None = None

        def flush() -> None:
            """End the paragraph being read."""
            if current:
                text = _join([ln.text for ln in current])
                if speaker is not None:
                    found = speaker_of(text)
                    text = found[1] if found else text
                if text:
                    self.paragraphs.append(Paragraph(text, speaker, current[0].no))
            current.clear()

        if self.paragraphs and lines and lines[0].text[:1].islower() and not ends_sentence(self.paragraphs[-1].text):
            # "…for their families, and" / page footer / "fewer people left": a paragraph goes on over a page break.
            last = self.paragraphs.pop()
            current.extend([Line(last.line, last.text, last.text)])
            speaker = last.speaker
        for line in lines:
            found = speaker_of(line.text)
            is_turn = found is not None and found[0] in self.speakers_allowed
            if is_turn or not current or self._new_paragraph(current[-1], line):
                flush()
                speaker = found[0] if is_turn and found else None
            current.append(line)
            line.role = line.role or Role.READING
        flush()

    def _new_paragraph(self, prev: Line, line: Line) -> bool:
        """Whether `line` starts a paragraph rather than continuing the wrapped line before it."""
        if line.raw[:1] in (" ", "\t") and not prev.raw[:1] in (" ", "\t"):
            return True  # an indented first line
        if num_label(line.text) is not None or strip_bullet(line.text) != line.text:
            return True  # numbered paragraphs, tips or bullet points: one paragraph each
        if not ends_sentence(prev.text):
            return False
        first = line.text[:1]
        if first.islower() or first in ",;)":
            return False
        # In a hard-wrapped text a full line ending in a full stop is still mid-paragraph.
        return not (self.wrapped_width and len(prev.raw) >= 0.8 * self.wrapped_width)

    def build(self) -> Reading:
        """The reading with every section, the last one included."""
        self.section_break()
        return Reading(tuple(self.sections))


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if not out:
            out = part
        elif out.endswith("-") and not out.endswith(" -") and part[:1].islower():
            out += part  # a word broken at the line end: "inter-" + "national" keeps its hyphen
        else:
            out += " " + part
    return out


def wrapped_width(lines: list[Line]) -> int:
    """The width a hard-wrapped text was wrapped at, or 0 when its lines are whole paragraphs."""
    prose = [ln for ln in lines if word_count(ln.text) >= 6]
    if len(prose) < 4:
        return 0
    lengths = sorted(len(ln.raw) for ln in prose)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    unfinished = sum(1 for ln in prose if not ends_sentence(ln.text))
    if width <= 110 and unfinished >= 0.35 * len(prose):
        return width
    return 0


def with_notes(reading: Reading, notes: list[str]) -> Reading:
    """The reading with these teacher notes added to its first paragraph."""
    first = reading.sections[0]
    paragraph = replace(first.paragraphs[0], notes=(*first.paragraphs[0].notes, *notes))
    return Reading((replace(first, paragraphs=(paragraph, *first.paragraphs[1:])), *reading.sections[1:]))
