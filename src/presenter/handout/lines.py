"""The lines of a handout and what each one looks like: label, heading, separator, source…"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from presenter.handout.roles import Part, Role

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(?:[-*+•▪◦●○■□►▸➢✓✔–—]|\d{1,2}\s*[-–]\s(?=\D))\s*(?=\S)")
# "1. ", "1) ", "(1) ", "Q1: ", "Question 1 ", "1 - ", and "1.The" (a copy that lost its space).
NUM_LABEL = re.compile(r"^(?:(?:Q|Question|QUESTION)\s*(\d{1,3})\s*[.):-]?\s+|\(?(\d{1,3})\s*[.)]\s+|(\d{1,3})\s*[-–]\s+(?=\S)"
                       r"|(\d{1,3})[.)](?=[A-Z“\"‘'])|\[(\d{1,3})\]\s*(?=\S))")
LETTER_LABEL = re.compile(r"^\(?([A-Za-z]|(?:ii|iii|iv|vi|vii|viii|ix|II|III|IV|VI|VII|VIII|IX))\s*[.)]\s+(?=\S)")
_SEPARATOR = re.compile(r"^[\s.*•·∙◦○●~_=#+–—…o0\u2500-\u257f-]*$")  # and box-drawing rules ("────")
_SEPARATOR_SYMBOLS = re.compile(r"[.*•·∙◦○●~_=#+–—…\u2500-\u257f-]")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")
_ENDS_Q = re.compile(r"\?[\"'”’»)\]*_ ]*$")
_HEADING_PREFIX = re.compile(
    r"^(?:(?:part|section|exercise|activity|task|step|unit|lesson)(?:\s*\d{1,2}|\s+[a-z]|\s+[ivx]{1,4})\b\s*[.:–—-]?\s*"
    r"|\d{1,2}\s*[.)]\s*|\d{1,2}\s+(?=(?-i:[A-Z]))|[a-h]\s*[.)]\s+|[ivx]{1,4}\s*[.)]\s*)", re.I)
# "Match the words with their meanings", "Draw a line from each word to its definition": a verb that joins, then
# what is joined (the words and their meanings, in either order).
_MATCHING = re.compile(r"\b(?:match(?:ing)?|draw (?:a )?lines?|connect|join)\b(?=.*\b(?:words?|terms?|phrases?|expressions?"
                       r"|vocabulary)\b)(?=.*\b(?:meanings?|definitions?|synonyms?)\b)")
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")

_HEADINGS: dict[str, Part] = {}
for _kind, _names in (
    (Part.VOCABULARY, "vocabulary|vocab|key vocabulary|key words|keywords|glossary|word list|words to know|new words|"
                   "useful words|useful vocabulary|useful expressions|words and phrases|words and expressions|"
                   "target vocabulary|vocabulary preview|pre-reading vocabulary|vocabulary list|word bank|key terms|"
                   "useful phrases|word box|learn the words|words to learn|vocabulary focus|vocabulary in context|language focus|words|terms|expressions|"
                   "phrases|key expressions|key phrases|new vocabulary|vocabulary words|lexis|idioms|"
                   "vocabulary and expressions|words from the text|words from the article|focus vocabulary|"
                   "words in this story|words in the story|words in this article|words in this lesson|"
                   "key words and phrases|key vocabulary words|vocabulary builder|word power|useful language|pre-teach|difficult words|hard words|tricky words|"
                   "pre-teach vocabulary|vocabulary to pre-teach|words to pre-teach|target words|key language|synonym match|"
                   "vocabulary match|word match"),
    (Part.READING, "reading|read|text|transcript|video transcript|audio transcript|article|the article|story|"
                "the story|script|passage|reading passage|reading text|the text|read the text|read the article|"
                "read the story|listening|listening transcript|listening script|audio script|tapescript|video script|the reading|the transcript|full transcript|"
                "news|news story|news article|dialogue|dialog|conversation|the conversation|the dialogue|interview"),
    (Part.QUESTIONS, "questions|comprehension|comprehension questions|reading comprehension|check your understanding|"
                  "understanding|questions about the text|answer the questions|answer these questions|after reading|"
                  "after you read|quiz|true or false|true/false|t/f|true false|multiple choice|"
                  "choose the correct answer|choose the best answer|circle the correct answer|comprehension check|"
                  "checking understanding|questions on the text|questions for understanding|reading questions|"
                  "listening questions|video questions|exercises|exercise|questions about the article|"
                  "questions about the video|questions about the story|understanding the text|check your answers|"
                  "true or false statements|true or false questions|decide if the statements are true or false|"
                  "are these sentences true or false|answer the following questions|comprehension exercise|"
                  "reading check|question|post-reading|post reading|after watching|while reading|check|listening check|"
                  "detailed questions|gist question|gist questions|check your reading|right or wrong|right/wrong"),
    (Part.DISCUSSION, "discussion|discussion questions|discussion prompts|discussion question|discussion topics|"
                   "let's talk|let’s talk|lets talk|let's discuss|let’s discuss|speaking|conversation questions|"
                   "talk about it|over to you|your turn|your opinion|what do you think|think and discuss|discuss|"
                   "debate|follow-up|follow up|follow-up questions|questions for discussion|personal questions|"
                   "speaking questions|talking points|discussion points|for discussion|"
                   "group discussion|class discussion|pair work|speaking practice|opinion questions|"
                   "discuss with a partner|discuss in pairs|discuss in groups|critical thinking|think about it|"
                   "extension|further discussion|discussion and debate|speaking activity|talk|talk together|let's chat|"
                   "let’s chat|chat|your views|views|role-play|role play|roleplay|speaking task|pair work"),
    (Part.WARMUP, "warm-up|warm up|warmer|lead-in|lead in|before you read|before reading|pre-reading|"
               "pre-reading questions|warm-up questions|warm up questions|lead-in questions|before you read questions|"
               "starter|getting started|pre-reading discussion|pre-reading task|think ahead|get ready|"
               "before you start|introduction|warming up|pre-listening|before you listen|before you watch|"
               "let's get started|let’s get started|think first|let's begin|let’s begin|before you begin"),
    (Part.ANSWERS, "answers|answer key|key|answers key|suggested answers|answer|solutions|answers to the questions|"
                "key answers|teacher's key|teacher’s key|answer sheet"),
    (Part.NOTES, "grammar|grammar focus|grammar point|grammar box|grammar note|grammar notes|grammar practice|writing|"
              "writing task|writing practice|write|homework|project|pronunciation|pronunciation focus|spelling|"
              "teacher's notes|teacher’s notes|teacher notes|notes for the teacher|notes for teachers|extra practice|"
              "hw|gap fill|gap-fill|gapfill|fill the gaps|fill in the gaps|fill in the blanks|sentence completion"),
):
    for _name in _names.split("|"):
        _HEADINGS[_name] = _kind


@dataclass(slots=True)
class Line:
    """One line of the handout: where it is, its text, and what the importer made of it."""

    no: int
    raw: str
    text: str
    md_level: int = 0
    role: Role = Role.NONE
    reason: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def blank(self) -> bool:
        """Whether the line holds no text."""
        return not self.text


_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# "seed¹", "bank²,": a footnote mark after a word (not "m²", "km³": units); "¹ seed: …" starts the footnote.
_FOOTNOTE_MARK = re.compile(rf"(?<=[^\W\d_]{{2}})(?<!km)(?<!cm)(?<!mm)(?<!ft)[{_SUPERSCRIPTS}]+|(?<=[.,;:!?\"”’)])[{_SUPERSCRIPTS}]+")
_FOOTNOTE_START = re.compile(rf"^[{_SUPERSCRIPTS}]+\s*")


def without_footnote_marks(text: str) -> str:
    """The text without footnote marks: "kind of seed¹ in" → "kind of seed in", "¹ seed: …" → "seed: …"."""
    return _FOOTNOTE_START.sub("", _FOOTNOTE_MARK.sub("", text), count=1)


_TABLE_ROW = re.compile(r"^\|[^|]+(?:\|[^|]*)+\|$")
_TIMESTAMP = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?=\S)")


def make_lines(text: str) -> list[Line]:
    """The handout's lines, numbered from 1, with Markdown heading marks taken off."""
    out: list[Line] = []
    for i, raw in enumerate(text.split("\n"), 1):
        raw = raw.rstrip()
        stripped = " ".join(raw.split())
        level = 0
        if m := _MD_HEADING.match(stripped):
            level, stripped = len(m.group(1)), m.group(2).strip()
        stripped = stripped.replace("**", "").strip() if stripped.count("**") >= 2 else stripped
        stripped = _TIMESTAMP.sub("", stripped, count=1)
        stripped = without_footnote_marks(stripped)  # "[00:05] Host: …": a transcript's times are not text
        if _TABLE_ROW.match(stripped):
            # A Markdown table row "| word | meaning |": its cells as a tab-separated row; "|---|---|" is no text.
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                out.append(Line(i, raw, stripped, level, role=Role.DROPPED, reason="table rule"))
                continue
            raw, stripped = "\t".join(cells), " ".join(cells)
        out.append(Line(i, raw, stripped, level))
    return out


def strip_bullet(text: str) -> str:
    """The text without a leading bullet (•, -, *, ▪ …)."""
    return _BULLET.sub("", text, count=1)


def num_label(text: str) -> tuple[str, str] | None:
    """("3", rest) for "3. …", "3) …", "(3) …", "Q3: …", "Question 3 …"; None otherwise."""
    m = NUM_LABEL.match(text)
    if not m:
        return None
    return next(g for g in m.groups() if g is not None), text[m.end() :].strip()


def letter_label(text: str) -> tuple[str, str] | None:
    """("A", rest) for "A. …", "a) …", "(b) …"; None otherwise."""
    m = LETTER_LABEL.match(text)
    if not m:
        return None
    return m.group(1), text[m.end() :].strip()


def is_separator(text: str) -> bool:
    """Lines of dots, asterisks, dashes or underscores: ". . . .", "* * *", "***", "---"."""
    if not text or not _SEPARATOR.match(text) or re.search(r"[┌┐└┘╔╗╚╝╭╮╰╯]", text):
        return False  # a rule with corners is a box's top or bottom: it goes with the box's lines
    return len(_SEPARATOR_SYMBOLS.findall(text)) >= 3


CELL_GAP = re.compile(r"\t+|\s{2,}")  # between two cells of a box or grid: a tab, or two spaces
COLUMN_GAP = re.compile(r"\t+|\s{3,}")  # between a table's cells, whether a Word table's tabs or aligned spaces
_BOX_RULE = re.compile(r"^[\s┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬+|-]+$")


def is_box_rule(text: str) -> bool:
    """Whether the line is a box's top or bottom border ("┌────┐", "+-----+")."""
    return bool(_BOX_RULE.match(text.strip()))


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence (full stop, ?, !, …, or a closing quote)."""
    return bool(_TERMINAL.search(text[-64:]))  # only the end matters: long items stay linear


def ends_question(text: str) -> bool:
    """Whether the text ends with a question mark (quotes and blanks after it allowed)."""
    return bool(_ENDS_Q.search(text[-64:]))


def word_count(text: str) -> int:
    """How many words the text has."""
    return len(text.split())


_RULE_MARKS = frozenset("~*=#_•·-–—|")


def undecorated(text: str) -> str:
    """The text without the symbols drawn around it ("~ Title ~", "★ Title ★", "✎ Read")."""
    def decoration(c: str) -> bool:
        return c.isspace() or c in _RULE_MARKS or unicodedata.category(c).startswith("S")
    start, end = 0, len(text)
    while start < end and decoration(text[start]):
        start += 1
    while end > start and decoration(text[end - 1]):
        end -= 1
    return text[start:end]


def heading_name(text: str) -> str:
    """The text of a would-be heading, reduced to compare with section names."""
    t = re.sub(r"(?<!\S):[a-z0-9_+-]+:(?!\S)", " ", text.strip()).strip()  # ":material-text: Reading": an icon's shortcode
    t = _HEADING_PREFIX.sub("", undecorated(t), count=1)
    t = _PAREN.sub(" ", t)
    t = t.replace("’", "'").strip(" \t:.!-–—*_#").lower()
    t = re.sub(r"\s*/\s*", "/", t)  # "TRUE / FALSE" is "true/false"
    t = re.sub(r"\s+\d{1,3}\s*[-–—]\s*\d{1,3}$", "", t)  # "Questions 1-3": which items, not what part
    return " ".join(t.split())


def is_matching_task(text: str, *, within: bool = False) -> bool:
    """Whether a line asks to match words with meanings; `within`: after other words ("4 VOCABULARY Match the…")."""
    # A heading starts with the ask; a task line above a list may say more first.
    found = _MATCHING.search if within else _MATCHING.match
    return word_count(text) <= (20 if within else 16) and bool(found(heading_name(text)))


_TASK_VERB = re.compile(r"(?:match|write|read|answer|choose|complete|decide|tick|circle|fill|discuss|talk|listen|find|"
                        r"put|check|say|mark|underline)\b")


def section_kind(text: str) -> Part | None:
    """The section a heading line names ("Discussion Questions" → discussion), or None."""
    if is_matching_task(text):
        return Part.VOCABULARY  # "Exercise 1. Match the words (1-8) with their meanings (a-h)."
    name = heading_name(text)
    first, *rest = re.split(r"[.:]\s+|\s+[–—-]\s+", name, maxsplit=1)
    if rest and first in _HEADINGS and word_count(text) <= 16 and _TASK_VERB.match(rest[0]):
        return _HEADINGS[first]  # "Exercise 1: Vocabulary. Match the words…", "Comprehension – write T or F."
    if word_count(text) > 9 or len(text) > 80:
        return None
    if not name:
        return None
    if name in _HEADINGS:
        return _HEADINGS[name]
    if re.search(r"\btrue\b", name) and re.search(r"\bfalse\b", name) and word_count(name) <= 9 and not re.search(r"\d", name):
        return Part.QUESTIONS  # "True (T), False (F) or Not Given (NG)?", "Tick true or false"
    if _T_OR_F.search(name) and word_count(name) <= 9:
        return Part.QUESTIONS  # "Write T or F.", "Write T (true) or F (false)."
    if name.endswith("?") and name.rstrip("? ") in _HEADINGS:
        return _HEADINGS[name.rstrip("? ")]  # "Exercise 3. True or false?"
    # Looser names: "Key vocabulary from the video", "Reading comprehension questions".
    if re.match(r"(?:pre|post|while)[- ]?(?:reading|listening|watching|viewing)\b", name):
        # "Pre-Listening Exercises", "While-reading tasks", "Post-listening activities": the stage names the part.
        return {"pre": Part.WARMUP, "whi": Part.QUESTIONS}.get(name[:3], Part.DISCUSSION if "reading" not in name else Part.QUESTIONS)
    if re.match(r"speaking\b", name) and word_count(name) <= 6:
        return Part.DISCUSSION  # "Speaking Part 3 follow-up", "Speaking task": talk (a subtitle "… & Speaking" is not)
    if re.fullmatch(r"(?:listening|reading|comprehension) (?:exercises?|activities|tasks?)", name):
        return Part.QUESTIONS
    if word_count(name) <= 6 and not ends_sentence(text.rstrip(":")) and not re.search(
            r"\b(?:worksheet|lesson|unit|handout|course|series)\b", name):
        for word, kind in (("discussion", Part.DISCUSSION), ("warm-up", Part.WARMUP), ("lead-in", Part.WARMUP),
                           ("pre-reading", Part.WARMUP), ("before reading", Part.WARMUP), ("before you read", Part.WARMUP),
                           ("correct answer", Part.QUESTIONS), ("right answer", Part.QUESTIONS), ("best answer", Part.QUESTIONS),
                           ("comprehension", Part.QUESTIONS), ("discuss", Part.DISCUSSION),
                           ("true or false", Part.QUESTIONS), ("vocabulary", Part.VOCABULARY),
                           ("glossary", Part.VOCABULARY), ("transcript", Part.READING), ("answer key", Part.ANSWERS)):
            if word in name:
                return kind
    return None


_ANSWER_HEAD = re.compile(r"^(?:(?:the\s+)?(?:correct|right|best|suggested)\s+)?(?:answer|ans)(?:\s+is)?\s*[:.=–—-]\s*\S{1,12}$",
                          re.I)  # "Correct answer: b" answers its item; it names no section


def heading_with_content(text: str) -> tuple[Part, str] | None:
    """("discussion", "What …?") for "Discussion Question: What …?"; None when the line is not like that."""
    m = re.match(r"^(.{1,40}?)(?::|\s+[-–—]\s+)(.*)$", text)
    if m is None:
        return None
    left, right = m.group(1), m.group(2).strip()
    if not right or word_count(left) > 4 or _ANSWER_HEAD.match(text):
        return None
    kind = section_kind(left)
    return (kind, right) if kind else None


_T_OR_F = re.compile(r"\bt\s+or\s+f\b")


def is_true_false_heading(text: str) -> bool:
    """Whether a questions heading says its items are true/false statements."""
    name = heading_name(text)
    return "true" in name and "false" in name or name == "t/f" or "right" in name and "wrong" in name \
        or bool(_T_OR_F.search(name))
