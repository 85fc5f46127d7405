"""Which line names the lesson, chosen by score once the reading is found: the one the page repeats, or the one over the text.

The first title-like line of a page is often the site's, the course's or the class's name. Two
things mark the lesson's own title wherever the handout comes from: the page names it again (a
breadcrumb's last step, "Quiz: …", a running header), and it stands right above the text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from presenter.handout.cues import is_part_label
from presenter.handout.info import is_metadata, is_source, level_of
from presenter.handout.lines import (Line, ends_sentence, heading_with_content, is_separator, letter_label, num_label, section_kind,
                                     word_count)
from presenter.handout.questions import is_instruction
from presenter.handout.reading import speaker_of
from presenter.handout.roles import Part, Role
from presenter.handout.segment import Region
from presenter.text.lexicon import all_lemmas
from presenter.handout.title import MAX_TITLE_WORDS, cells_apart, cleaned, is_chrome, not_a_title, split_level, title_case

# The weights of the evidence (a candidate's score is their sum; the first title found keeps ties).
FOUND_FIRST = 1.0  # the first title-like line at the top, as find_title took it
REPEATED = 2.5  # the page names it again, inside another line
ABOVE_TEXT = 1.0  # the last title-like line before the text, with no prose between (alone, it ties with the first)
NAMES_THE_TEXT = 1.0  # "The reading: Night Trains": a heading that gives the text's name
UNDER_TEXT_LABEL = 1.5  # right under "Reading 3.2" / "Text B": the label numbers the text, the line names it
ABOUT_THE_TEXT = 1.0  # one of its longer words comes back in the text twice or more (a menu's or a site's name does not)
LOOKS_LIKE_A_TITLE = 0.5  # a Markdown heading, or most words capitalised
CHROME = -3.0  # the site's or the sheet's kind ("Worksheets", "English Reading Practice", a domain)
ONE_WORD = -1.5  # "Classroom", "Account": a tab or an app's name more often than a lesson's title
EXCLAIMS = -2.0
NOT_TITLE_LIKE = -2.0  # the first title found fails what the others must meet ("Name and surname: Group:")  # "Thank you for your purchase!": said to the reader
# "Read: Part 1 – Leaving the lakes", "Section 2": a part of the text, or a task on it, not the lesson's name.
_PART_OF_TEXT = re.compile(r"^(?:read|listen|watch)\s*:|^[A-H](?:\s{2,}|\t)\S|_{3,}|:.*:|\b(?:part|section)\s+(?:\d{1,2}|[IVX]{1,4}|one|two|three)\b", re.I)
# "Thank you!! - AD", "Many thanks, Jo": a note's sign-off to whoever reads it.
_SIGN_OFF = re.compile(r"^(?:thanks|thank you|many thanks|cheers|(?:kind |best )?regards|best wishes|good luck|have fun)\b.*(?:!|[-–—]\s*\w+)$", re.I)
_CREDIT = re.compile(r"©|\bcopyright\b|\(c\)\s*\d{4}", re.I)
_SKIP = (Role.DEBRIS, Role.SOURCE, Role.LEVEL, Role.SLUG, Role.SEPARATOR)


def _tokens(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def _candidate(line: Line, loose: set[int] | None = None) -> bool:
    text = line.text
    if not text or line.role in _SKIP or line.role == Role.DROPPED and line.reason != "lesson info":
        return False
    if "part" in line.extra and (id(line) not in loose if loose is not None else line.extra["part"] != Part.READING):
        return False  # a word list's or a question's line
    if word_count(text) > MAX_TITLE_WORDS or section_kind(text) is not None or is_separator(text) or is_part_label(text):
        return False
    if _PART_OF_TEXT.search(text) or _PART_OF_TEXT.match(line.raw.strip()) or "\t" in line.raw.strip():  # or a table's row
        return False
    if num_label(text) or letter_label(text) or speaker_of(text) is not None and ends_sentence(text) or is_instruction(text) \
            or not_a_title(text):
        return False
    if re.search(r"[a-z][.!] [A-Z]", text) or re.search(r"[a-z]\? [A-Z]", text) and not title_case(text):
        return False  # a sentence ends inside it: a wrapped line of prose ("Who Owns Your Phone? The Case for…" is a title)
    if is_metadata(text) or is_source(text) or level_of(text) is not None or text.endswith(":") or text.count(",") >= 2:
        return False
    if re.search(r"not part of the text: .*(?:task|message|credit|question)", line.extra.get("why", "")):
        return False  # cut off the text's edge as a task, a message or a credit
    return not ends_sentence(text) or text.endswith(("?", "..."))


def title_score(line: Line, first: bool, repeated: bool, above_text: bool, about: bool = False) -> float:
    """A candidate line's score as the lesson's title, from its evidence (see the weights above)."""
    text = split_level(cleaned(line.text, series=True))[0]
    score = FOUND_FIRST * first + REPEATED * repeated + ABOVE_TEXT * above_text + ABOUT_THE_TEXT * about
    score += LOOKS_LIKE_A_TITLE * bool(line.md_level or title_case(text))
    score += NAMES_THE_TEXT * ((named := heading_with_content(line.text)) is not None and named[0] == Part.READING)
    score += CHROME * is_chrome(text) + ONE_WORD * (word_count(text) == 1) + EXCLAIMS * bool(text.endswith("!") or _SIGN_OFF.match(text))
    return score


def choose_title(lines: list[Line], title: str, title_lines: list[Line], regions: list[Region]) -> tuple[str, list[Line], str]:
    """The lesson's title and its lines, and why, given the first title found and the handout's parts."""
    # A line the parts hold may be the title only from the reading or from a word list with no heading (a title and
    # its banner look like a short list); the chosen line leaves its part.
    reading_start = next((ln.no for r in regions if r.kind == Part.READING for ln in r.lines if ln.text), 0)
    loose = {id(ln) for r in regions if r.kind == Part.READING or r.kind == Part.VOCABULARY and not r.explicit
             for ln in r.lines}
    counts = Counter(_root(w) for r in regions if r.kind == Part.READING for ln in r.lines for w in _content_words(ln.text))
    chosen, lines_of, why = _choose(lines, title, title_lines, reading_start, loose, counts)
    if why:
        for region in regions:
            region.lines = [ln for ln in region.lines if ln not in lines_of]
    return chosen, lines_of, why


def _choose(lines: list[Line], title: str, title_lines: list[Line], reading_start: int,
            loose: set[int], text_words: Counter[str]) -> tuple[str, list[Line], str]:
    end = max(0, reading_start - 1)
    while end < len(lines) and (not lines[end].text or lines[end].role in _SKIP or _candidate(lines[end]) and _alone(lines, end)):
        end += 1  # the text's own title heads the reading's lines, on a line of its own
    top = lines[:end]
    candidates = [ln for ln in top if _candidate(ln, loose) and ln not in title_lines or ln in title_lines[:1]][:60]
    if not candidates:
        return title, title_lines, ""
    texts = [_tokens(ln.text) for ln in lines if ln.text]
    credits = [_tokens(ln.text) for ln in lines if _CREDIT.search(ln.text)]
    above = _above_text(top)
    best, best_score, why = title_lines[0] if title_lines else None, float("-inf"), ""
    for ln in candidates:
        first = bool(title_lines) and ln is title_lines[0]
        own = _tokens(title if first else split_level(cleaned(ln.text, series=True))[0])  # a title broken over lines, whole
        # Named again: inside a line that starts with something else ("Quiz: …", a breadcrumb, a running header),
        # or starting a line with little after it; a footer that starts with it ("Greenhill School, Mill Lane,
        # Ashford | Tel: …") names the publisher.
        printed = sum(t == own for t in texts)  # the same line over every post or page is a header, not the title named again
        repeated = len(own.split()) >= 2 and len(own) >= 10 and sum(
            t.find(own) > 0 or t.startswith(own) and len(t.split()) <= len(own.split()) + 4 for t in texts) \
            >= 2 - (first and len(title_lines) > 1) and printed < 3
        about = _about(_content_words(own), text_words)
        # The publisher (named in the "©" footer) is chrome. So are, when the text does not use their words, a page
        # header's cells far apart ("College      Entry 3"; a title spaced or centred in a PDF is about its text) and a
        # line the page prints again and again ("Your answer" under every field): a title is printed once or twice,
        # on top and in a running header, so a third time says a form's or a page's furniture.
        chrome = any(own in t for t in credits) or not about and (
            cells_apart(ln.raw) or printed >= 3)
        score = title_score(ln, first, repeated, ln is above, about) + NOT_TITLE_LIKE * (first and not _candidate(ln, loose)) \
            + CHROME * chrome + UNDER_TEXT_LABEL * _under_text_label(lines, ln)
        if score > best_score:
            best, best_score = ln, score
            why = ", ".join(w for w, on in (("named again on the page", repeated), ("right above the text", ln is above),
                                              ("its words come back in the text", about),
                                              ("the first title-like line", first)) if on)
    if best is None or title_lines and best is title_lines[0]:
        return title, title_lines, ""
    for ln in title_lines:
        ln.role, ln.reason = Role.DROPPED, "the site's, course's or class's name, above the lesson's title"
    # A line chosen on its looks alone still leaves its part: an empty "why" would leave it a note as well.
    return split_level(cleaned(best.text, series=True))[0], [best], why or "the most title-like line above the text"


_FUNCTION_WORDS = frozenset("that this with from have what when where which they them their there were will would could should "
                            "about into your than then some more most very also just been only over such each".split())


def _content_words(text: str) -> list[str]:
    """The words of four or more letters that carry meaning ("kite", "onions"), not "with" or "that"."""
    return [w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FUNCTION_WORDS]


def _about(words: list[str], text_words: Counter[str]) -> bool:
    """Whether a line is about the text: one of its words comes back twice or more, and most of them come back at all."""
    # "Northgate College – ESOL Department" names a place the text names once; the headline's words are the text's.
    roots = [_root(w) for w in words]
    return any(text_words[r] >= 2 for r in roots) and 2 * sum(1 for r in roots if text_words[r]) >= len(roots)


@lru_cache(maxsize=4096)
def _root(word: str) -> str:
    """A word's lemma, to find it again in another form ("drivers" -> "driver", "studies" -> "study"); the word when unknown."""
    lemmas = {lemma for forms in all_lemmas(word).values() for lemma in forms}
    return min(lemmas) if lemmas else word  # the same choice for every form of a word, whichever form is met


# "Reading 3.2", "Text B", "Passage 4": a label that numbers the text, printed over its name.
_TEXT_LABEL = re.compile(r"^(?:reading|text|passage|article|story|poem)\s+(?:\d{1,2}(?:\.\d{1,2})?|[A-H]|of\s+the\s+(?:day|week|month))$", re.I)


def _under_text_label(lines: list[Line], line: Line) -> bool:
    """Whether the line right above this one numbers the text ("Reading 3.2" over "Who Owns Your Phone?")."""
    above = lines[line.no - 2] if 2 <= line.no <= len(lines) + 1 and lines[line.no - 1] is line else None
    # "📖 READING OF THE WEEK (level B1)": the label behind an icon, with the level after it.
    return above is not None and bool(_TEXT_LABEL.match(re.sub(r"^[\W_]+", "", split_level(above.text)[0])))


def _alone(lines: list[Line], i: int) -> bool:
    """Whether line i stands apart from the line below: a blank or chrome between, or a much longer line (a heading over its text)."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is None or not below.text or below.role in _SKIP or word_count(below.text) >= max(12, 2 * word_count(lines[i].text))


def _above_text(top: list[Line]) -> Line | None:
    """The first line of the last run of title-like lines before the text, when no prose stands between them and the text."""
    found: Line | None = None
    for ln in reversed(top):
        if not ln.text and found is not None:
            return found  # the run of title lines ends at a blank line
        if not ln.text or ln.role in _SKIP or ln.role == Role.DROPPED:
            continue
        if _candidate(ln):
            found = ln  # "Sea Otters" over "Grade 4–6 ★ A2": the title, then its banner
            continue
        if found is not None:
            return found
        if ln.extra.get("part", "reading") != "reading" or word_count(ln.text) >= 8 and not is_instruction(ln.text) and not is_metadata(ln.text):
            return None
    return found
