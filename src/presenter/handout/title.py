"""The handout's title: its first real line, joined with the next when it was broken, minus a URL slug."""

from __future__ import annotations

import re
import unicodedata

from presenter.handout.block_kinds import form_line
from presenter.handout.debris import DATE
from presenter.handout.info import info_parts, is_metadata, is_source, level_of
from presenter.handout.lines import (Line, is_separator, letter_label, num_label, section_kind, undecorated,
                                     word_count)
from presenter.handout.roles import Role
from presenter.text.lexicon import all_lemmas

# Words that join a title's words ("Time and Tide"); alone between wide gaps they say one phrase printed wide, not cells.
CONNECTORS = frozenset("and or of the a an in on for to with from at by & about vs versus into".split())
_SLUG = re.compile(r"^[a-z0-9][a-z0-9 _-]*$")
_TITLE_PREFIX = re.compile(r"^(?:(?:the\s+)?(?:title|lesson title|topic|listening|reading|video|lesson|article|story|lesson plan|"
                           r"worksheet|chapter\s+\w{1,4}|unit\s+\w{1,4}(?:\s+\w+)?|(?:reading\s+)?(?:passage|quiz|test)\s+\d{1,3})\s*[:–—-]\s*"
                           r"|(?:chapter|unit)\s+\d{1,3}\s+(?=[A-Z]))", re.I)
# "Interview 9: The Ice Cream Scientist", "Episode 4 – …": a numbered title in a series.
_SERIES_LABEL = re.compile(r"^(?:(?:reading|listening|vocabulary|grammar)\s+)?(?:interview|episode|lesson|unit|chapter|part|week|"
                           r"day|story|text|reading|article|podcast|video|worksheet|listening|quiz|test)\s+\d{1,3}\s*[:–—-]\s+(?=\S)", re.I)
# "READING COMPREHENSION WORKSHEET", "English Listening Practice": says what kind of sheet, not what it is about.
_GENERIC = re.compile(r"(?:(?:english|esl|efl|reading|listening|comprehension|vocabulary|grammar|speaking|writing|"
                      r"worksheet|lesson|handout|practice|exercises?|activity|activities|quiz|test|and|for|&|"
                      r"students|kids|adults|teens|class|homework)\s*)+", re.I)
# Lines around a title that name the site, the series or the page, not the lesson: breadcrumbs and
# menus ("Home | Lessons", "Reading › Nature"), series names ("English Corner Worksheets · B1",
# "Passage 5 of 20"). A title is taken after them when one follows before the first section.
_CHROME = re.compile(r"[|›»>·•]|\b(?:worksheets?|lessons|printable|practice|passage\s+\d+|episode\s+\d+|issue\s+#?\d+|"
                     r"companion|club|esl|free|updated|min read|posted|interview\s+\d+|online|unit\s+\d+|module\s+\d+|learn(?:ing)?\s+english|"
                     r"[\w-]+\.(?:com|org|net|co\.uk|io|edu|info|example)|level\s+(?:\d{1,2}|[abc][12])|"
                     # Whom the sheet is for or how it is run, not what it is about: "Notes for the supply teacher", "Cover work".
                     r"(?:notes?|instructions?|guidance|reminders?)\s+(?:for|to)\s+(?:the\s+|our\s+|any\s+)?\w+|"
                     r"(?:cover|supply|substitute|sub)\s+(?:work|lessons?|sheets?|plans?|supervisors?|teachers?)|teacher'?s'?\s+(?:notes?|guide|copy)|"
                     r"(?:english|language|languages|esl|efl)\s+(?:academy|school|institute|cent(?:re|er)|college|club|hub|corner))\b", re.I)
# "The Four-Day Week (B2)", "Bees – A2": a CEFR level written after the title.
_LEVEL_SUFFIX = re.compile(r"\s*(?:[(\[]\s*(?:level\s*)?([ABC][12](?:[+/-][ABC]?[12]?)?|(?:pre-|upper[- ])?intermediate|"
                           r"beginners?|elementary|advanced)\s*[)\]]|[-–—|]\s*([ABC][12]|level\s+\d{1,2}|(?:pre-|upper[- ])?intermediate|"
                           r"beginners?|elementary|advanced))\s*$", re.I)


def split_level(title: str) -> tuple[str, str]:
    """("The Four-Day Week", "B2") for "The Four-Day Week (B2)"; (title, "") when it names no level."""
    m = _LEVEL_SUFFIX.search(title)
    if m is None or m.start() == 0:
        return title, ""
    return title[: m.start()].rstrip(), m.group(1) or m.group(2)
MAX_TITLE_WORDS = 16


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def is_slug_of(slug: str, title: str) -> bool:
    """Whether a lower-case line is the web page's slug for the title ("social-credit" for "Social Credits…")."""
    if not _SLUG.match(slug) or len(slug) > 120:
        return False
    slug_words = [_stem(w) for w in re.split(r"[\s_-]+", slug) if w]
    title_words = {_stem(w) for w in re.findall(r"[a-z0-9]+", title.lower())}
    if not slug_words:
        return False
    shared = sum(1 for w in slug_words if w in title_words)
    # "elephants-and-bees" is a web address's slug whatever it says; "social credit" must match better.
    needed = 0.4 if re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)+", slug) else 0.6
    return shared >= max(1, needed * len(slug_words))


def _candidate(line: Line) -> bool:
    text = line.text
    return bool(text) and line.role == Role.NONE and not is_separator(text) and not is_source(text) \
        and level_of(text) is None and not is_metadata(text)


def _is_title_like(line: Line) -> bool:
    text = line.text
    if line.md_level:
        return section_kind(text) is None
    if word_count(text) > MAX_TITLE_WORDS or section_kind(text) is not None:
        return False
    if num_label(text) is not None or letter_label(text) is not None or not_a_title(text):
        return False
    return not text.endswith((".", ";")) or text.endswith("...")


# "184K subscribers", "38,512 views": a page's counter; "FROM THE CITY NEWS, page 7": where a text was printed.
_COUNTER = re.compile(r"^\d[\d,.]*\s?[KkMm]?\s+(?:subscribers|views|followers|likes|comments|ratings|reviews|downloads|"
                      r"members|plays|shares)\b", re.I)
# "shore = the land next to the sea": a word, then its meaning in a phrase ("Time = Money" is a title).
_GLOSS = re.compile(r"^[^=]{1,40}?\s=\s+[a-z(][^=\s]*(?:\s+\S+){2,}$")
# "obsolescence (n.) the process of": a glossary's word, its part of speech, then its meaning.
_GLOSSARY_ENTRY = re.compile(r"^[\w'’ -]{1,30}\s\((?:n|v|adj|adv|prep|conj|pron|phr\.? ?v|idiom)\.?\)\s+\S", re.I)
_PRINTED_IN = re.compile(r"^from\s+(?:the\s+)?\S.*\bp(?:age|\.)\s*\d", re.I)


def not_a_title(text: str) -> bool:
    """A line that never names a lesson: a form line, an aside, a counter, a page reference, a gloss, codes, another script."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, ""))
    tokens = text.split()
    words = sum(1 for t in tokens if re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", t.strip("\"“”‘’'«»()*_,.:;!?")))
    return form_line(text) or text.startswith(("(", "[")) or bool(_GLOSS.match(text)) or bool(_COUNTER.match(text) or _PRINTED_IN.match(text) or _GLOSSARY_ENTRY.match(text)) \
        or latin * 2 < len(letters) or not letters or len(tokens) >= 3 and words * 2 < len(tokens)  # codes, not words


def cells_apart(raw: str) -> bool:
    """A line of cells set far apart ("College      Entry 3"), not one phrase printed wide ("Garden   Under   the   Bridge")."""
    cells = re.split(r"\s{4,}", raw.strip())
    return len(cells) >= 2 and not any(c.lower() in CONNECTORS for c in cells)


def find_title(lines: list[Line]) -> tuple[str, list[Line], Line | None]:
    """(title, the title's lines, the slug line) from the top of the handout; ("", [], None) if none."""
    candidates = [i for i, ln in enumerate(lines) if _candidate(ln)]
    if not candidates:
        return "", [], None
    first = candidates[0]
    # Stop at the first section heading: nothing after it is the title.
    if section_kind(lines[first].text) is not None:
        return "", [], None
    if not _is_title_like(lines[first]):
        # "Here is the text for Monday's class." above "The Island With No Cars": a note, then the title.
        standout = next((i for i in candidates[1:5] if _standout(lines, i)), None)
        if standout is None:
            return "", [], None
        first = standout
    # A header's cells stand apart ("Site.com            Unit 7"): a page's chrome, not a title.
    while (_CHROME.search(lines[first].text) or _GENERIC.fullmatch(lines[first].text) or cells_apart(lines[first].raw)) \
            and not _TITLE_PREFIX.match(lines[first].text):
        nxt = _next_candidate(lines, first, skip=("debris", "dropped", "level", "source"))
        if nxt is None or section_kind(lines[nxt].text) is not None or not _is_title_like(lines[nxt]):
            break
        lines[first].role, lines[first].reason = Role.DROPPED, "the site's or series' name, above the title"
        first = nxt
    below, series = first + 1, first != candidates[0] and bool(_SERIES_LABEL.match(lines[first].text))
    if below < len(lines) and _candidate(lines[below]) and _SERIES_LABEL.match(lines[below].text) \
            and not _SERIES_LABEL.match(lines[first].text) and _is_title_like(lines[below]):
        # "English Interviews Online" / "Interview 9: The Ice Cream Scientist": the site, then the numbered title.
        lines[first].role, lines[first].reason = Role.DROPPED, "the site's or series' name, above the title"
        first = below
        series = True
    slug: Line | None = None
    start = first
    nxt = _next_candidate(lines, first)
    if nxt is not None and _is_title_like(lines[nxt]):
        joined_next = _joined(lines, nxt)[0]
        if is_slug_of(lines[first].text, joined_next) and lines[first].text != joined_next:
            slug, start = lines[first], nxt
    title, used = _joined(lines, start, lines[first].text if slug is not None else "")
    if _UNIT_CODE.match(lines[start].raw.strip()):
        title = re.sub(r"^\d{1,2}[A-H]\s+", "", title.strip())  # "7B   Pay what you can": a coursebook's lesson code, set apart
    return cleaned(title, series), used, slug


_UNIT_CODE = re.compile(r"^\d{1,2}[A-H](?:\s{2,}|\t)(?=\S)")


def cleaned(title: str, series: bool = False) -> str:
    """A title line without what is not the title: lesson info, a "Title:" or series label, decoration, a date, quotes."""
    if len(rest := info_parts(title)) == 1 and rest[0] != title:
        title = rest[0]  # "Unit 5 | At the Doctor's | Pre-intermediate": the one part that is not lesson info
    title = undecorated(_TITLE_PREFIX.sub("", _SERIES_LABEL.sub("", title) if series else title).strip()).strip("*_ ")
    title = _DATED.sub("", title) or title  # "Robots Deliver Pizza – 12th March, 2025": the posting date is no title
    if (author := _AUTHOR.search(title)) and author.start() > 0 and not all_lemmas(author.group(1).lower()):
        title = title[: author.start()]  # "The Night Ferry (Maren Holt)": a book's title, then its author's name
    if len(title) > 2 and title[0] in _OPENING and title[-1] in _CLOSING_QUOTES and title[1:-1].count('"') == 0:
        title = title[1:-1].strip()  # "\"The Island With No Cars\"" names the text; the quotes are not its title
    return title


# "(Maren Holt)", "(by Jo March)": a given name (not an English word), then a surname, in brackets at the end.
_AUTHOR = re.compile(r"\s*\((?:by\s+)?([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+\)$")
_DATED = re.compile(rf"\s*[-–—|,(]\s*{DATE}\)?$", re.I)
_OPENING, _CLOSING_QUOTES = "\"“‘'«", "\"”’'»"


def is_chrome(text: str) -> bool:
    """Whether a title-like line names the site, the series or the kind of sheet rather than the lesson."""
    return bool(_CHROME.search(text) or _GENERIC.fullmatch(text) or re.search(r"\S\s{4,}\S", text))


def title_case(text: str) -> bool:
    """Whether most of the longer words start with a capital ("Working From Anywhere", "A Day Without Plastic")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    return len(words) >= 1 and sum(w[0].isupper() for w in words) >= 0.6 * len(words) and word_count(text) >= 2


def _standout(lines: list[Line], i: int) -> bool:
    """A title-like line standing alone, quoted or in title case (or a Markdown heading), below a note."""
    line = lines[i]
    if section_kind(line.text) is not None or not _is_title_like(line) or line.text.endswith(","):
        return False
    alone = (i == 0 or not lines[i - 1].text) and (i + 1 == len(lines) or not lines[i + 1].text)
    quoted = line.text[:1] in _OPENING and line.text[-1:] in _CLOSING_QUOTES
    return alone and (bool(line.md_level) or quoted or title_case(line.text))


def _next_candidate(lines: list[Line], i: int, max_blank: int = 3, skip: tuple[str, ...] = ("debris",)) -> int | None:
    blanks = 0
    j = i + 1
    while j < len(lines):
        if not lines[j].text:
            blanks += 1
            if blanks > max_blank:
                return None
        elif lines[j].role in skip:
            pass
        else:
            return j if _candidate(lines[j]) else None
        j += 1
    return None


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def _joined(lines: list[Line], i: int, slug: str = "") -> tuple[str, list[Line]]:
    """The title from line i, with the lines a layout broke it onto ("Social Credits and" / "Surveillance…")."""
    # A slug that goes on where the line stops ("…-in-the-old-harbour") also says the title goes on.
    used = [lines[i]]
    title = lines[i].text
    while len(used) < 3:
        last_word = title.split()[-1].lower() if title.split() else ""
        broken = last_word in CONNECTORS or title.endswith((",", ":", "-", "–", "—"))
        j = _next_candidate(lines, used[-1].no - 1, max_blank=2)
        if j is None or not _is_title_like(lines[j]):
            break
        # "The Secret Language" / "of Honeybees": a line going on in lower case continues the title.
        first_word = lines[j].text.split()[0]
        rest_of_slug = _words(slug)[len(_words(title)):]
        in_slug = bool(rest_of_slug) and _words(lines[j].text) == rest_of_slug[: len(_words(lines[j].text))]
        if not broken and not in_slug and not (first_word in CONNECTORS and word_count(lines[j].text) <= 6):
            break
        if word_count(title) + word_count(lines[j].text) > MAX_TITLE_WORDS + 4:
            break
        title = f"{title} {lines[j].text}"
        used.append(lines[j])
    return title, used


def slugify(title: str) -> str:
    """A folder name for the lesson: "Social Credits and Surveillance in China, I" → "social-credits-…-china-i"."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if len(slug) > 60:
        slug = slug[:60].rsplit("-", 1)[0]
    return slug or "lesson"


def fallback_title(name: str, first_paragraph: str) -> tuple[str, str]:
    """A title for a handout with none: its file's name, else the reading's first words; and the warning to give."""
    if name:
        title = re.sub(r"[_-]+", " ", name).strip()
        title = title[:1].upper() + title[1:]
        return title, f'no title found; the file name was used: "{title}"'
    words = first_paragraph.split()
    title = " ".join(words[:8]).rstrip(".,;:") + ("…" if len(words) > 8 else "")
    return title, f'no title found; the start of the reading was used: "{title}"'
