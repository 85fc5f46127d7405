"""Reading the lines of one vocabulary entry, question or prompt."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from presenter.lesson.durations import parse_duration
from presenter.lesson.model import GROUPINGS, Grouping, Prompt, Question, QuestionKind, VocabEntry

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

Report = Callable[[int, str, str], None]

ITEM_KEYS = ("answer", "time", "duration", "grouping", "group", "options", "note", "example", "definition", "image")
_KEY_LINE = re.compile(r"\s*([A-Za-z]+)\s*:\s*(.*)")
_OPTION_LINE = re.compile(r"\s*(?:[-*+]|\(?[a-hA-H][.)])\s+(\S.*)")
_LABEL = re.compile(r"\s*(?:\(?([A-Za-z]|\d{1,3})[.)])\s+(?=\S)")
_TRUE_FALSE = re.compile(r"(true\s+or\s+false|\bt\s*/\s*f)\W*$", re.I)
_COUNT = re.compile(r"\(\s*[x×]?(\d{1,2})\s*[x×]?\s*\)")
_POS = re.compile(r"\(\s*([a-z][a-z .]*?)\s*\)", re.I)
_DEF_SEP = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*|\s*:\s+|\s+=\s+")
_PLURAL_S = re.compile(r"\b([A-Za-z][\w-]*)\(s\)")
_GROUPS_OF = re.compile(r"(?:small\s+)?groups?\s+of\s+(\d{1,2})")  # "Grouping: groups of 3"
MAX_GROUP_SIZE = 8
_SUGGESTED = re.compile(r"\s*<!--\s*suggested\s*-->\s*$", re.I)  # a definition the importer suggested
PARTS_OF_SPEECH = {
    "n": "noun", "noun": "noun", "v": "verb", "verb": "verb", "adj": "adjective",
    "adjective": "adjective", "adv": "adverb", "adverb": "adverb", "phr": "phrase",
    "phrase": "phrase", "phrasal verb": "phrasal verb", "phr v": "phrasal verb",
    "idiom": "idiom", "prep": "preposition", "preposition": "preposition",
    "conj": "conjunction", "conjunction": "conjunction", "pron": "pronoun",
    "pronoun": "pronoun", "det": "determiner", "determiner": "determiner",
    "expr": "expression", "expression": "expression", "interj": "interjection",
    "n phr": "noun phrase", "noun phrase": "noun phrase", "abbr": "abbreviation",
}


@lru_cache(maxsize=1)
def _inline_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def plain(markdown_inline: str) -> str:
    """The text of one line of inline Markdown, without emphasis marks or escapes."""
    if not any(c in markdown_inline for c in "*_`\\[<&!"):
        return " ".join(markdown_inline.split())
    out: list[str] = []
    for tok in _inline_parser().parseInline(markdown_inline):
        for child in tok.children or ():
            if child.type in ("text", "code_inline", "html_inline"):
                out.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                out.append(" ")
    return " ".join("".join(out).split())


@dataclass(slots=True)
class ItemLines:
    """The raw lines of one item, with the file line of the first one."""

    lines: list[str]
    line: int
    extra_options: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ParsedItem:
    text: list[str] = field(default_factory=list)
    keys: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    options: list[str] = field(default_factory=list)


def split_keys(item: ItemLines, report: Report, *, options_from_lines: bool) -> ParsedItem:
    """An item's text lines, its key lines (Answer:, Time:…) and its option lines."""
    parsed = ParsedItem()
    for offset, raw in enumerate(item.lines):
        line = item.line + offset
        m = _KEY_LINE.fullmatch(raw)
        if offset > 0 and m:
            key = m.group(1).lower()
            if key in ITEM_KEYS:
                value = m.group(2).strip() if key == "image" else plain(m.group(2))  # a path, not prose
                parsed.keys.setdefault(key, []).append((line, value))
                continue
            close = difflib.get_close_matches(key, ITEM_KEYS, n=1, cutoff=0.75)
            if close:
                # Left out rather than shown: a misspelled "Answr:" line must not put the answer
                # on the projector.
                report(line, "warning", f'"{m.group(1)}:" is not a known line; did you mean "{close[0].capitalize()}:"? '
                       "(the line is left out until it is corrected)")
                continue
        opt = _OPTION_LINE.fullmatch(raw) if offset > 0 and options_from_lines else None
        if opt and parsed.text:
            parsed.options.append(plain(opt.group(1)))
        elif parsed.options or parsed.keys:
            # Text after the keys continues the last key's value (a wrapped Answer: line).
            last = list(parsed.keys)[-1] if parsed.keys else None
            if last is not None:
                lno, val = parsed.keys[last][-1]
                parsed.keys[last][-1] = (lno, f"{val} {plain(raw)}".strip())
            else:
                parsed.options[-1] = f"{parsed.options[-1]} {plain(raw)}"
        else:
            parsed.text.append(raw)
    parsed.options.extend(item.extra_options)
    return parsed


def one_key(parsed: ParsedItem, *keys: str) -> tuple[int, str] | None:
    """(line, value) of the last of these keys given, or None."""
    found = [v for k in keys for v in parsed.keys.get(k, [])]
    return found[-1] if found else None


def item_notes(parsed: ParsedItem) -> tuple[str, ...]:
    """The item's Note: lines."""
    return tuple(v for _, v in parsed.keys.get("note", []) if v)


def item_options(parsed: ParsedItem) -> tuple[str, ...]:
    """The item's options: lettered or bulleted lines, then any Options: line."""
    opts = list(parsed.options)
    for _, value in parsed.keys.get("options", []):
        sep = "|" if "|" in value else ("/" if "/" in value else ",")
        opts.extend(o.strip() for o in value.split(sep) if o.strip())
    return tuple(opts)


def strip_label(text: str) -> tuple[str, str]:
    """Split "A. text" or "3) text" into ("A", "text"); ("", text) when there is no label."""
    m = _LABEL.match(text)
    if not m:
        return "", text.strip()
    return m.group(1), text[m.end() :].strip()


def item_time(parsed: ParsedItem, report: Report, what: str) -> tuple[int | None, int | None]:
    """(think, talk) seconds from the item's Time: line."""
    found = one_key(parsed, "time", "duration")
    if found is None:
        return None, None
    line, value = found
    think: int | None = None
    talk_text = value
    m = re.fullmatch(r"\s*think\s+(.+?)\s*[,;+]\s*(?:then\s+)?talk\s+(.+)", value, re.I)
    if m:
        try:
            think = parse_duration(m.group(1))
        except ValueError:
            report(line, "error", f'think time "{m.group(1)}" is not a time; write it like "Time: think 30s, talk 2m"')
        talk_text = m.group(2)
    try:
        return think, parse_duration(talk_text)
    except ValueError:
        report(line, "error", f'{what} time "{value}" is not a time; write it like "Time: 90s", "Time: 3m" or "Time: think 30s, talk 2m"')
        return think, None


def read_item(item: ItemLines, label: str, report: Report, what: str) -> tuple[ParsedItem, str, str] | None:
    """(its lines, label, text) of a question, prompt or exercise; None, with a warning, when it has no text."""
    parsed = split_keys(item, report, options_from_lines=True)
    text = plain(" ".join(parsed.text))
    if not label:
        label, text = strip_label(text)
    if not text:
        report(item.line, "warning", f"an empty {what} is ignored")
        return None
    return parsed, label, text


def parse_question(item: ItemLines, label: str, report: Report) -> Question | None:
    """Read one comprehension question."""
    if (read := read_item(item, label, report, "question")) is None:
        return None
    parsed, label, text = read
    answer = (one_key(parsed, "answer") or (0, ""))[1]
    options = item_options(parsed)
    kind: QuestionKind = "open"
    if _TRUE_FALSE.search(text) or answer.lower().rstrip(".!") in ("true", "false", "t", "f"):
        kind = "true-false"
        if answer.lower().rstrip(".!") in ("t", "f"):
            answer = "True" if answer.lower().startswith("t") else "False"
    elif options:
        kind = "choice"
    _, seconds = item_time(parsed, report, "question")
    return Question(text=text, label=label, answer=answer, kind=kind, options=options,
                    seconds=seconds, notes=item_notes(parsed), line=item.line)


def parse_prompt(item: ItemLines, label: str, report: Report) -> Prompt | None:
    """Read one discussion prompt."""
    if (read := read_item(item, label, report, "discussion prompt")) is None:
        return None
    parsed, label, text = read
    think, seconds = item_time(parsed, report, "prompt")
    grouping: Grouping | None = None
    group_size: int | None = None
    found = one_key(parsed, "grouping", "group")
    if found:
        gline, gval = found
        word = gval.strip().lower().rstrip(".")
        sized = _GROUPS_OF.fullmatch(word)
        if sized:  # "groups of 3": the size the group key makes
            word, group_size = "groups", int(sized.group(1))
            if not 2 <= group_size <= MAX_GROUP_SIZE:
                report(gline, "warning", f"groups of {group_size}: write a size from 2 to {MAX_GROUP_SIZE}; 4 is used")
                group_size = None
        aliases = {"pair": "pairs", "group": "groups", "whole class": "class", "individual": "alone",
                   "individually": "alone", "solo": "alone", "small groups": "groups"}
        word = aliases.get(word, word)
        matches = [g for g in GROUPINGS if g == word]
        if matches:
            grouping = matches[0]
        else:
            report(gline, "warning", f'grouping "{gval}" is not one of {", ".join(GROUPINGS)}; it is ignored')
    return Prompt(text=text, label=label, seconds=seconds, think_seconds=think, grouping=grouping,
                  options=item_options(parsed), notes=item_notes(parsed), line=item.line, group_size=group_size)


def parse_vocab(item: ItemLines, report: Report) -> VocabEntry | None:
    """Read one vocabulary entry: `**term** / forms (count) (pos) — definition`."""
    parsed = split_keys(item, report, options_from_lines=False)
    if not parsed.text:
        return None
    first, rest = parsed.text[0], parsed.text[1:]
    # "benefit(s)" is the word with its plural: the term is "benefit", "benefits" another form.
    plurals = [f"{m.group(1)}s" for m in _PLURAL_S.finditer(first)]
    first = _PLURAL_S.sub(lambda m: m.group(1), first.strip())
    bold = re.match(r"\*\*(.+?)\*\*|__(.+?)__", first)
    if bold:
        term = plain(bold.group(1) or bold.group(2))
        tail = first[bold.end() :]
        head, definition = _split_definition(tail, leading=True)
    else:
        head, definition = _split_definition(first, leading=False)
        term_part = re.split(r"[/(]", head, maxsplit=1)[0]
        term, tail_head = plain(term_part), head[len(term_part) :]
        head = tail_head
    term = term.strip().strip(":").strip()
    if not term:
        report(item.line, "warning", 'a vocabulary line with no term is ignored; write "- **term** — meaning"')
        return None
    count: int | None = None
    pos = ""
    if m := _COUNT.search(head):
        count = int(m.group(1))
        head = head[: m.start()] + head[m.end() :]
    for m in _POS.finditer(head):
        key = m.group(1).lower().replace(".", "").strip()
        if key in PARTS_OF_SPEECH:
            pos = PARTS_OF_SPEECH[key]
            head = head.replace(m.group(0), " ")
            break
    # Forms stay as written ("buy / bought / bought"): repeats are part of the pattern learners know.
    forms = tuple(f for f in (*plurals, *(plain(x).strip() for x in head.split("/"))) if f and f != term)
    definition = plain(" ".join([definition, *rest])).strip()
    if (d := one_key(parsed, "definition")) is not None:
        definition = d[1]
    definition, suggested = _SUGGESTED.subn("", definition)
    if not definition:
        report(item.line, "warning", f'vocabulary entry "{term}" has no definition; write "- **{term}** — meaning"')
    example = (one_key(parsed, "example") or (0, ""))[1]
    image = None
    if (found := one_key(parsed, "image")) is not None:
        from presenter.lesson.media import reference, split_markdown_image

        path, alt = split_markdown_image(found[1])
        image = reference(path, found[0], report, alt=alt or term)
    return VocabEntry(term=term, forms=forms, count=count, definition=definition.strip(),
                      part_of_speech=pos, example=example, line=item.line, image=image, suggested=bool(suggested))


def _split_definition(text: str, *, leading: bool) -> tuple[str, str]:
    """Split the head (forms, count, part of speech) from the definition after a dash or colon."""
    pattern = re.compile(r"^\s*[—–:=-]\s*|" + _DEF_SEP.pattern) if leading else _DEF_SEP
    m = pattern.search(text)
    if not m:
        return text, ""
    return text[: m.start()], text[m.end() :]
