"""The reading's edges: lines around the text that are not part of it (a task, a heading, an ad, a credit)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from presenter.handout.cues import is_teacher_note, task_text
from presenter.handout.debris import DATE
from presenter.handout.info import is_source, level_of
from presenter.handout.layout import blocks
from presenter.handout.lines import Line, ends_sentence, section_kind, word_count
from presenter.handout.questions import is_instruction
from presenter.handout.segment import Region
from presenter.handout.title import CONNECTORS
from presenter.handout.text_span import lead_in
from presenter.handout.roles import Role

# A task set to the learner: an imperative verb (maybe after "Now", "First") and a word about the task.
_TASK = re.compile(
    r"^(?:(?:now|first|then|next|finally|please)\s*,?\s+)?(?:read|listen|use|look|watch|answer|match|complete|choose|"
    r"do|find|underline|circle|skim|scan|practi[cs]e|work|talk|discuss)\b(?=\s+about\b|.*\b(?:help you|your (?:reading|listening|notebook|partner|answers?)|text|article|poem|"
    r"story|passage|letter|post|words?|tasks?|exercises?|activit(?:y|ies)|word bank|glossary|below|following|questions?|read|listen|reading|audio))", re.I)
# "Fun Fact: …", "Did you know? …", "Top tip: …": a box printed beside the text.
_BOX = re.compile(r"^(?:fun facts?|did you know|fact box|quick fact|top tips?|tip)\s*[:?!–—-]\s*\S", re.I)
_MARKER = re.compile(r"^(?:slide|page|part|section|step|unit|lesson)\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.I)
_AD = re.compile(r"^\[?\s*(?:advertisement|advert|sponsored(?: content)?|ad)\s*\]?(?:\s*[-–—:|]\s*.{0,80})?$", re.I)
# "Created: 3 May 2026", "Status: Ready": a page's property line, a short label and a short value.
_PROPERTY = re.compile(r"^[A-Z][A-Za-z ]{1,20}:\s+\S.{0,40}$")
_BAR = re.compile(r"\s+[|~·•]\s+|\s{3,}")
_MARKUP = re.compile(r"^</?[a-z][\w-]*(?:\s[^>]*)?>$")
_HANDLE = re.compile(r"(?:^|\s)[@#]\w{3,}")
_ABOUT_HANDOUT = re.compile(r"\b(?:glossary|word bank|word list)\b", re.I)
_ASKS_YOU = re.compile(r"\b(?:you|your)\b.*\?$", re.I)
_DATE = re.compile(DATE, re.I)
_LEVEL = re.compile(r"level\s+\w{1,12}(?:\s*\([^)]{1,20}\))?", re.I)
_CREDIT = re.compile(r"^(?:adapted|abridged|excerpted|taken|retold)\b.{0,120}\bfrom\b|^based on\b|"
                     r"^(?:source|credit|text|photo|image)s?\s*[:–—-]|.{0,60}(?:©|\bcopyright\b|\bused with (?:kind )?permission\b)", re.I)


def _bare(line: Line) -> str:
    return line.text.strip("*_ []")


class EdgeKind(StrEnum):
    """What a line cut off the reading's edge becomes."""

    DEBRIS = "debris"  # the page's chrome: dropped
    SOURCE = "source"  # a credit: kept as the text's source
    NOTE = "note"  # a task, a box, a message: kept as a note


@dataclass(frozen=True, slots=True)
class Edge:
    """Why a line at the reading's edge is not part of the text."""

    kind: EdgeKind
    why: str

    @property
    def role(self) -> Role:
        return {EdgeKind.DEBRIS: Role.DEBRIS, EdgeKind.SOURCE: Role.SOURCE}.get(self.kind, Role.NONE)


def junk_reason(line: Line) -> Edge | None:
    """Why a line at the reading's edge is not part of the text, or None when it may be."""
    text = _bare(line)
    if not text:
        return None
    if _MARKUP.match(line.text):
        return Edge(EdgeKind.DEBRIS, "markup")
    if _AD.match(text):
        return Edge(EdgeKind.DEBRIS, "an advertisement")
    if _MARKER.match(text) and word_count(text) <= 6 and not ends_sentence(text):
        return Edge(EdgeKind.DEBRIS, "a slide or page marker")
    parts = [p for p in _BAR.split(line.raw.strip("*_ \t")) if p.strip()]  # the raw line keeps its wide gaps
    if len(parts) >= 2 and all(_DATE.fullmatch(p.strip()) or level_of(p.strip()) or _LEVEL.fullmatch(p.strip()) for p in parts):
        return Edge(EdgeKind.DEBRIS, "a date and level line")
    if len(parts) >= 3 and all(word_count(p) <= 10 and not ends_sentence(p) for p in parts) \
            and not any(p.strip().lower() in CONNECTORS for p in parts):  # "Garden   Under   the   Bridge": a title, spaced
        return Edge(EdgeKind.DEBRIS, "a bar of short items (site or page chrome)")
    if _BOX.match(text):
        return Edge(EdgeKind.NOTE, "a box beside the text (a fact or a tip)")
    if word_count(text) <= 25 and (is_source(text) or _CREDIT.match(text)):
        return Edge(EdgeKind.SOURCE, "a source or credit line")
    if word_count(text) <= 15 and _HANDLE.search(text):
        return Edge(EdgeKind.DEBRIS, "a call to share on social media")
    if is_teacher_note(text) or word_count(text) <= 15 and _ABOUT_HANDOUT.search(text) and not text.endswith("?"):
        return Edge(EdgeKind.NOTE, "notes for the teacher")
    task = task_text(text)  # "Task 4 – Answer the questions.": the task after its number
    if word_count(task) <= 20 and not task.endswith("?") and (is_instruction(task) or _TASK.match(task)):
        return Edge(EdgeKind.NOTE, "a task set to the learner")
    if task != text and section_kind(task) is not None:
        return Edge(EdgeKind.NOTE, "a numbered part's heading")  # "DAY 3 ▶ Check your understanding" after the text
    if re.fullmatch(r"\([^()]+[.!]\)", line.text.strip("*_ ")) and word_count(text) >= 5:
        return Edge(EdgeKind.NOTE, "a note in brackets about the text")  # "(The names have been changed.)"
    if _PROPERTY.match(text) and not ends_sentence(text):
        return Edge(EdgeKind.NOTE, "a label and value (page properties)")
    return None


def heading_like(line: Line) -> bool:
    """A short line that names a part ("Tasks", "Understanding the poem", "Ask your child:")."""
    text = _bare(line)
    if not text or word_count(text) > 8 or not (text[0].isupper() or text[0].isdigit() or line.md_level):
        return False
    return line.md_level > 0 or text.endswith(":") or not (ends_sentence(text) or text.endswith(("'", '"', "”", "’", ",")))


def _edge_block(block: list[Line]) -> bool:
    """A block made only of lines that are not text, with at least one that surely is not."""
    reasons = [junk_reason(ln) for ln in block]
    return all(r or heading_like(ln) for r, ln in zip(reasons, block)) and (
        any(reasons) or any(ln.md_level or _bare(ln).endswith(":") for ln in block) or len(block) <= 2)


# A message to the reader about the handout: "Hi everyone! This week's reading is…", "I hope your students enjoy…".
_ADDRESS = re.compile(r"\b(?:hi|hello|dear|welcome|thank you|thanks|i hope|enjoy|please|you should)\b", re.I)
_ABOUT_SHEET = re.compile(r"\b(?:(?:this|the|our|next) (?:week'?s )?(?:reading|text|article|passage|story|lesson|worksheet|handout|"
                          r"resources?|questions)|your (?:students|class|learners)|(?:my|our) (?:store|shop|class|blog)|"
                          r"(?:text|article|passage|story) below|questions? \d)", re.I)


def _message(block: list[Line]) -> bool:
    """A short message to the reader about the handout (a greeting, a thank-you, what to do with it), not the text."""
    text = " ".join(ln.text for ln in block)
    return word_count(text) <= 80 and bool(_ADDRESS.search(text)) and bool(_ABOUT_SHEET.search(text))


# "Our correspondent EMMA LINDQVIST boarded…", "…, reports our writer": the teaser above an article names who wrote it.
_WRITER = re.compile(r"\bour (?:own )?(?:correspondent|reporter|journalist|writer|editor|columnist)\b", re.I)


def _standfirst(block: list[Line]) -> bool:
    """A short teaser above the article that names its writer (a magazine's standfirst): about the text, not the text."""
    text = " ".join(ln.text for ln in block)
    return word_count(text) <= 60 and bool(_WRITER.search(text))


def _asks_learner(block: list[Line]) -> bool:
    """Two or more questions to the learner, maybe under a heading: talk before the text, not the text."""
    asks = sum(1 for ln in block if _ASKS_YOU.search(ln.text))
    return asks >= 2 and all(_ASKS_YOU.search(ln.text) or heading_like(ln) for ln in block)


_ADMONITION = re.compile(r"^(?:!!!|\?\?\?\+?)\s*[a-z]+\b", re.I)


def _boxed(block: list[Line]) -> bool:
    """A box set beside the text in a site's markup ("!!! tip" over its lines, "??? note"): a note, not the text."""
    return bool(_ADMONITION.match(block[0].text))


def trim_edges(reading: list[Line]) -> list[Line]:
    """The non-text lines at the start and end of the reading's lines, each marked why."""
    parts = [b for b, _ in blocks(reading)]
    text_words = sum(word_count(ln.text) for b in parts for ln in b)
    cut: list[Line] = []

    def take(lines: list[Line]) -> bool:
        """Cut these lines unless that would leave almost no text."""
        nonlocal text_words
        words = sum(word_count(ln.text) for ln in lines)
        if text_words - words < 25:
            return False
        text_words -= words
        cut.extend(lines)
        return True

    # Leading: whole blocks of tasks, notes and chrome; a plain heading block stays (it titles the text) and
    # the search goes on past it ("Tiny forests" / "14 May 2026  Level 4" / the text).
    boxed = {id(ln) for b in parts if _boxed(b) for ln in b}
    teasers = {id(ln) for b in parts[:2] if _standfirst(b) for ln in b}
    while len(parts) > 1 and (_edge_block(parts[0]) or _asks_learner(parts[0]) or _message(parts[0]) or _boxed(parts[0])
                              or _standfirst(parts[0])):
        if (any(junk_reason(ln) for ln in parts[0]) or _asks_learner(parts[0]) or _message(parts[0]) or _boxed(parts[0])
                or _standfirst(parts[0])) and not take(parts[0]):
            break
        if parts[0][0] in cut:
            parts.pop(0)
        elif len(parts) > 2 and (_edge_block(parts[1]) or _asks_learner(parts[1]) or _standfirst(parts[1])):
            parts.pop(0)  # a heading kept in place, with more edge lines below it
        else:
            break
    if parts:
        first = parts[0]
        last_junk = max((i for i, ln in enumerate(first) if junk_reason(ln)), default=-1)
        head = first[: last_junk + 1]
        if head and all(junk_reason(ln) or heading_like(ln) for ln in head) and len(head) < len(first):
            take(head)
    # Trailing: blocks that name the next part, or credit the text, or advertise; then such lines at the end.
    while len(parts) > 1 and _edge_block(parts[-1]) and take(parts[-1]):
        parts.pop()
    if parts:
        tail: list[Line] = []
        for ln in reversed(parts[-1][1:]):
            # A heading right above a task ("Part 2" over "Answer the questions.") names that task's part.
            if not (junk_reason(ln) or heading_like(ln) and (ln.md_level or _bare(ln).endswith(":") or tail)):
                break
            tail.insert(0, ln)
        if tail:
            take(tail)
    for ln in cut:
        edge = junk_reason(ln) or _cut_as(ln, id(ln) in boxed, id(ln) in teasers)
        ln.role = edge.role
        ln.reason = edge.why if edge.kind == EdgeKind.DEBRIS else ln.reason
        ln.extra["why"] = f"at the reading's edge, not part of the text: {edge.why}"
        ln.extra.pop("part", None)
    return cut


def _cut_as(line: Line, boxed: bool, teaser: bool) -> Edge:
    """Why a line with no junk of its own was cut with its block: a box, a teaser, a question, a message or a heading."""
    if boxed:
        return Edge(EdgeKind.NOTE, "a box beside the text")
    if teaser:
        return Edge(EdgeKind.NOTE, "a teaser above the article that names its writer (a standfirst)")
    if _ASKS_YOU.search(line.text):
        return Edge(EdgeKind.NOTE, "a question to the learner before the text")
    if not heading_like(line):
        return Edge(EdgeKind.NOTE, "a message to the reader about the handout")
    return Edge(EdgeKind.NOTE, "a heading at the reading's edge (it names a part)")


def trim_regions(regions: list[Region]) -> list[Line]:
    """Cut the non-text lines off the two ends of the reading, which these regions hold; return them."""
    reading = [ln for r in regions for ln in [*r.lines, Line(0, "", "")]]
    early = lead_in(reading)
    for ln in early:
        ln.role, ln.extra["why"] = Role.NONE, "above the text's paragraphs, not part of the text: kept as a note"
        ln.extra.pop("part", None)
    ids = {id(ln) for ln in early}
    cut = early + trim_edges([ln for ln in reading if id(ln) not in ids])
    ids = {id(ln) for ln in cut}
    for region in regions:
        region.lines = [ln for ln in region.lines if id(ln) not in ids]
    _headline_apart(regions)
    return cut


def _headline_apart(regions: list[Region]) -> None:
    """"The bees on the roof" printed right on top of the text's first line (a PDF): a heading, not its first words."""
    region = next((r for r in regions if any(ln.text for ln in r.lines)), None)
    if region is None:
        return
    start = next(i for i, ln in enumerate(region.lines) if ln.text)
    block = blocks(region.lines[start:])[0][0]
    if len(block) < 3 or not heading_like(block[0]) or junk_reason(block[0]) or word_count(block[0].text) > 8 \
            or not block[1].text[:1].isupper() or word_count(block[1].text) < max(8, 2 * word_count(block[0].text)):
        return
    region.lines.insert(start + 1, Line(0, "", ""))
