"""What a block of lines is by its own lines: prose, a question with its options, a word list drawn from the text, a blurb."""

from __future__ import annotations

import re

from presenter.handout.lines import Line, ends_question, ends_sentence, letter_label, num_label, strip_bullet, word_count
from presenter.handout.questions import is_instruction, is_question_like
from presenter.handout.reading import speaker_of
from presenter.handout.units import Block, Separator, Unit


def items_question_like(block: Block) -> bool:
    heads = [strip_bullet(ln.text) for ln in block.lines if num_label(strip_bullet(ln.text)) or letter_label(strip_bullet(ln.text))]
    if any(num_label(h) for h in heads):
        heads = [h for h in heads if num_label(h)]  # "(A) India" under "1. Where…?": options, not items
    bodies = [(num_label(h) or letter_label(h) or ("", h))[1] for h in heads]
    if not bodies:
        return False
    asks = sum(1 for b in bodies if is_question_like(b))
    return asks * 2 >= len(bodies)


_OPTION = re.compile(r"^\(?[A-Da-d]\)?(?:[.)]|\s{2,}|\t)\s*\S|^[○◯●□☐⬜◻▢]\s*\S")


def choice_item(block: Block) -> bool:
    """"15  Why did Tom leave?" over "A  …" "B  …" "C  …": a question and its options, whatever its number looks like."""
    head, *rest = [ln.raw.strip() for ln in block.lines]
    stem = re.sub(r"^\(?\d{1,3}[.)]?\s+", "", head)
    asks = ends_question(stem) or stem.endswith(("…", "...", "_")) or is_question_like(stem)
    return asks and word_count(stem) <= 40 and len(rest) >= 2 and all(
        _OPTION.match(t) and word_count(t) <= 25 for t in rest)


def dialogue(block: Block) -> bool:
    """Lines that start with speakers' names ("Journalist: …"), which look like "term: definition"."""
    return sum(1 for ln in block.lines if speaker_of(ln.text) is not None) * 2 >= len(block.lines)


def numbered_words(block: Block) -> bool:
    """A numbered list of single words or short phrases: vocabulary, not questions."""
    bodies = [(num_label(strip_bullet(ln.text)) or ("", ln.text))[1] for ln in block.lines]
    return all(word_count(b) <= 5 and not ends_question(b) and not ends_sentence(b) for b in bodies)


_ABOUT_LESSON = re.compile(r"\b(?:lesson|students?|learners?|worksheet|practi[cs]e|level|you will|activities|"
                           r"this (?:text|article|story|reading|video))\b", re.I)


def blurb(text: str) -> bool:
    """A line about the lesson ("A lesson for B1 students about …"), not a one-paragraph text."""
    if not ends_sentence(text) and word_count(text) <= 12 and not text.endswith(("?", ":")):
        return False  # "Lighthouse Keepers": a title-like line, which names the lesson rather than describing it
    return word_count(text) <= 20 or word_count(text) <= 40 and _ABOUT_LESSON.search(text) is not None


def full_lines(lines: list[Line]) -> bool:
    """Lines of 5+ words on average with sentences (or speakers' turns) in them: prose, not a menu or a list."""
    lines = [ln for ln in lines if ln.text and not is_instruction(ln.text)]
    total = word_total(lines)
    stops = sum(len(re.findall(r"[.!?…][\"'”’)]?(?:\s|$)", ln.text)) for ln in lines)
    turns = sum(1 for ln in lines if speaker_of(ln.text) is not None)
    asks = sum(1 for ln in lines if ends_question(ln.text))  # a list of questions is not the text
    return bool(lines) and total >= 5 * len(lines) and asks * 2 < len(lines) and (
        stops >= max(1, total // 40) or turns * 2 >= len(lines))


_LEADER = re.compile(r"\.{4,}|_{4,}|…{2,}|(?:\. ){4,}")


def form_line(text: str) -> bool:
    """"Name ........  Form ...", "deaf ....... not able to hear": a form's line or a dotted glossary row, not prose."""
    return _LEADER.search(text) is not None


def text_like(lines: list[Line]) -> bool:
    """Prose of 25+ words in full lines: text."""
    return full_lines(lines) and word_total([ln for ln in lines if not is_instruction(ln.text)]) >= 25


def paragraphs(lines: list[Line]) -> bool:
    """Text in paragraphs: text-like, long lines, a short one only where a paragraph ends (a question's options are short)."""
    short = [ln for ln in lines[:-1] if word_count(ln.text) < 4]
    return text_like(lines) and word_total(lines) >= 8 * len(lines) and len(short) * 4 <= len(lines) \
        and all(ends_sentence(ln.text) for ln in short)


def main_text(units: list[Unit]) -> list[Line]:
    """The lines of the longest run of prose blocks: where the handout's text most likely is."""
    runs: list[list[Line]] = [[]]
    for unit in units:
        if isinstance(unit, Block) and full_lines(unit.lines):
            runs[-1].extend(unit.lines)
        elif not isinstance(unit, Separator) and runs[-1]:
            runs.append([])
    return max(runs, key=word_total)


def in_text(lines: list[Line], text_words: set[str]) -> bool:
    """Whether most lines of a word list name a word the handout's prose uses (a word list's terms come from its text)."""
    if not text_words:
        return True
    def used(line: Line) -> bool:
        head = re.split(r"\t|\s+[–—-]+\s+|:\s|\s=\s|\(", line.text, maxsplit=1)[0]  # a glossary's term, not its meaning
        words = re.findall(r"[a-z]{3,}", head.lower())
        if word_count(head) > 5:
            return False  # no term is that long: a sentence or a page's line
        return any(any(t.startswith(w[: max(4, len(w) - 2)]) for t in text_words) for w in words[:4])
    return sum(used(ln) for ln in lines) * 2 >= len(lines)


def word_total(lines: list[Line]) -> int:
    """How many words the lines hold."""
    return sum(word_count(ln.text) for ln in lines)
