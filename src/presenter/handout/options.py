"""A question's options written on its own line: "a) noise  b) losing customers", "□ the news  □ soft music"."""

from __future__ import annotations

import re

from presenter.handout.lines import CELL_GAP

_INLINE_OPTION = re.compile(r"(?:(?<=\s)|^)\(?([a-hA-H])[.)]\s+")


def split_inline_options(text: str, first: int = 0) -> tuple[str, list[str]]:
    """("The man is ___.", ["happy", "sad"]) for "The man is ___. a) happy b) sad"; with `first` 2, letters from c)."""
    matches = list(_INLINE_OPTION.finditer(text))
    # Options are letters in order from a: a) b) c) …; anything else is part of the sentence.
    run: list[re.Match[str]] = []
    start = chr(ord("a") + first)
    for m in matches:
        expected = chr(ord(start) + len(run))
        if m.group(1).lower() == expected:
            run.append(m)
        elif m.group(1).lower() == start:
            run = [m]
    if len(run) < 2:
        return slashed_options(text)
    options = [text[m.end() : (run[i + 1].start() if i + 1 < len(run) else len(text))].strip() for i, m in enumerate(run)]
    return text[: run[0].start()].strip(), [o for o in options if o]


# "The school saves money on… ( teachers / buses / books )", "What colour was it?    red  /  blue  /  green":
# choices set apart by slashes, in brackets or after a wide gap that ends the question.
_SLASHED = re.compile(r"^(.*?(?:[?…:]|_{2,}|\.{3}|\]))\s*(?:\(\s*([^()]*?/[^()]*?)\s*\)|\s{2,}(\S[^()]*?\s/\s[^()]*?))\s*$")


def slashed_options(text: str) -> tuple[str, list[str]]:
    """("What colour was it?", ["red", "blue"]) for "What colour was it?   red / blue"; else (text, [])."""
    m = _SLASHED.match(text)
    if m is None:
        return text, []
    options = [o.strip() for o in (m.group(2) or m.group(3)).split("/")]
    if len(options) < 2 or not all(0 < len(o.split()) <= 8 for o in options):
        return text, []
    return m.group(1).strip(), options


# Tick boxes, radio buttons and bubbles: "□ the news", "○ a builder", "Ⓞ A  fat", "[ ] They close", "( ) soft music".
# A review screen prints the chosen one filled in: "(•) up the hill", "[x] They close".
_BOX = re.compile(r"\s*(?:[□☐❑◻▢○◯◌Ⓞⓞ⚪◎◉●]|\[[\sxX✓✔]?\]|\([\s•●xX✓✔]?\))\s*")
_BOX_LETTER = re.compile(r"^[A-Ha-h](?:[.)]\s*|\s{2,}|\t)(?=\S)")  # "Ⓞ A  fat" (not "○ A British engineer")


def box_options(text: str) -> list[str]:
    """["the news", "soft music"] for "□ the news  □ soft music" (a line, as typed, that starts with a tick box)."""
    if not _BOX.match(text):
        return []
    return [_BOX_LETTER.sub("", part.strip(), count=1) for part in _BOX.split(text) if part.strip()]


# "A<tab>30", "   B  through their employer", "[B] 40", "C – 50": a letter set apart by a tab, a wide gap, brackets
# or a dash (a table's columns, a printout's options).
_COLUMN_OPTION = re.compile(r"^\s*(?:\(?([A-Ha-h])[.)]?(?:\t+|\s{2,})|\[([A-Ha-h])\]\s*|([A-Ha-h])\s+[–—-]\s+)(\S.*)$")


_GAPPED_OPTION = re.compile(r"^\(?([A-Ha-h])(?:[.)]\s*|\s+)(\S.*)$")


def gapped_row(raw: str, first: int = 0) -> list[str]:
    """["on a farm", "on a roof"] for "A  on a farm      B  on a roof" (a row of letters set apart by wide gaps)."""
    chunks: list[str] = []
    for part in CELL_GAP.split(raw.strip()):
        if chunks and re.fullmatch(r"\(?[A-Ha-h][.)]?", chunks[-1]):
            chunks[-1] += " " + part  # "A", "on a farm": the letter, then the option after a gap
        else:
            chunks.append(part)
    matches = [_GAPPED_OPTION.match(c) for c in chunks]
    if len(chunks) < 2 or any(m is None or m.group(1).lower() != chr(97 + first + i) for i, m in enumerate(matches)):
        return []
    return [" ".join(m.group(2).split()) for m in matches if m is not None]


_CIRCLED = "①②③④⑤⑥⑦⑧ⓐⓑⓒⓓⓔⓕⓖⓗⒶⒷⒸⒹⒺⒻⒼⒽ"


def circled_options(text: str, first: int = 0) -> list[str]:
    """["jackets", "shoes"] for "① jackets    ② shoes" (circled numbers or letters in order, as a test paper prints)."""
    labels = [(i, _CIRCLED.index(c) % 8) for i, c in enumerate(text) if c in _CIRCLED]
    if not labels or labels[0][0] != 0 or [n for _, n in labels] != list(range(first, first + len(labels))):
        return []
    ends = [i for i, _ in labels[1:]] + [len(text)]
    options = [" ".join(text[i + 1 : end].split()) for (i, _), end in zip(labels, ends, strict=True)]
    return options if all(options) else []


_VOTES = re.compile(r"^\d{1,3}(?:[.,]\d)?\s*%\s+(\S.*)$")  # "64%  It makes you sleepy.": a poll's result


def poll_option(text: str) -> str | None:
    """The option's text when a line is a poll's option with its share of the votes; else None."""
    m = _VOTES.match(text.strip())
    return " ".join(m.group(1).split()) if m else None


def column_option(raw: str, count: int) -> str | None:
    """The option's text when a raw line is the next lettered option in a column (after `count` options); else None."""
    m = _COLUMN_OPTION.match(raw)
    letter = m and (m.group(1) or m.group(2) or m.group(3))
    if m is None or not letter or letter.lower() != chr(97 + count) or re.fullmatch(r"[A-Ha-h]", m.group(4).strip()):
        return None  # "A<tab>B": a table's column letters, no option
    return " ".join(m.group(4).split())
