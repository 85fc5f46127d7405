"""Reading one exercise of the "# Exercises" section: multiple choice (options, answer) or matching (term = meaning)."""

from __future__ import annotations

import re

from presenter.lesson.items import ItemLines, Report, item_notes, item_options, item_time, one_key, read_item
from presenter.lesson.model import Exercise

PAIR_SEPARATOR = re.compile(r"\s+(?:=|—|–|->|→)\s+")  # "ban = to say that something is not allowed"
_LETTER_ANSWER = re.compile(r"\(?([a-hA-H])[.)]?(?:\s|$)")


def split_pair(text: str) -> tuple[str, str] | None:
    """("term", "meaning") of a matching line "term = meaning", or None if the line is no pair."""
    parts = PAIR_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return None
    return parts[0].strip(), parts[1].strip()


def choice_index(answer: str, options: tuple[str, ...]) -> int | None:
    """The index of the option an answer names ("b", "B) pollution", the option's text, "… the option"); None if none."""
    text = answer.strip().rstrip(".").casefold()
    folded = [o.strip().rstrip(".").casefold() for o in options]
    if not text or not options:
        return None
    if text in folded:  # before the letter: the answer "A bus." is the option "a bus", not option A
        return folded.index(text)
    m = _LETTER_ANSWER.match(answer.strip())
    if m and ord(m.group(1).upper()) - ord("A") < len(options):
        return ord(m.group(1).upper()) - ord("A")
    return next((i for i, o in enumerate(folded) if o and text.endswith(o)), None)


def choice_letter(answer: str, options: tuple[str, ...]) -> str:
    """The option letter an answer names; "" if none."""
    index = choice_index(answer, options)
    return "" if index is None else chr(ord("A") + index)


def choice_answer(answer: str, options: tuple[str, ...]) -> str:
    """A multiple-choice answer as revealed, with its letter and option ("B) the pumping…"); else as written."""
    index = choice_index(answer, options)
    return answer if index is None else f"{chr(ord('A') + index)}) {options[index]}"


def parse_exercise(item: ItemLines, label: str, report: Report) -> Exercise | None:
    """Read one exercise: its lines "a) …" make it multiple choice, its lines "term = meaning" make it matching."""
    if (read := read_item(item, label, report, "exercise")) is None:
        return None
    parsed, label, text = read
    options = item_options(parsed)
    _, seconds = item_time(parsed, report, "exercise")
    notes = item_notes(parsed)
    pairs = [split_pair(o) for o in options]
    if len(options) >= 2 and sum(p is not None for p in pairs) * 2 > len(options):
        if None in pairs:
            bad = options[pairs.index(None)]
            report(item.line, "warning", f'"{bad}" in this matching exercise is no pair and is left out; '
                                         'write each line as "- term = meaning"')
        return Exercise(text=text, kind="matching", label=label, pairs=tuple(p for p in pairs if p is not None),
                        seconds=seconds, notes=notes, line=item.line)
    answer = (one_key(parsed, "answer") or (item.line, ""))
    if len(options) < 2:
        report(item.line, "warning", f'exercise "{text[:40]}" needs options ("a) …" lines under it) for multiple '
                                     'choice, or "- term = meaning" lines for matching; with none it is shown as a question')
    elif not answer[1]:
        report(item.line, "warning", f'exercise "{text[:40]}" has no answer, so A reveals nothing; add "Answer: b" under it')
    elif not choice_letter(answer[1], options):
        last = chr(ord("a") + len(options) - 1)
        report(answer[0], "warning", f'the answer "{answer[1]}" is not one of the options a–{last}; '
                                     f'write the letter of the right one, like "Answer: b"')
    return Exercise(text=text, kind="choice", label=label, options=options, answer=answer[1], seconds=seconds,
                    notes=notes, line=item.line)
