"""Flashcards as tab-separated text, the form Anki and Quizlet import: term, definition, example."""

from __future__ import annotations

import html
from dataclasses import dataclass

from presenter.lesson.model import Lesson
from presenter.text.occurrences import Occurrence

# Named after Anki's Basic fields, so a collection without our note type still gets term and
# definition (Anki has no stock note type with three fields); `--anki OUT.apkg` brings the type.
NOTETYPE = "presenter vocabulary"
COLUMNS = ("Front", "Back", "Example", "Tags")


@dataclass(frozen=True)
class Card:
    """One vocabulary entry as a flashcard's three fields (plain text)."""

    term: str
    definition: str
    example: str
    index: int  # the entry's place in the lesson's vocabulary


def _cell(text: str) -> str:
    # A tab or line break inside a field would start a new field or card in both importers.
    return " ".join(text.replace("\t", " ").split())


def balance_quotes(text: str) -> str:
    """`text` with its quotation marks paired: a sentence cut out of a quotation keeps both ends."""
    if text.count('"') % 2:
        if text.startswith('"'):
            text += '"'
        elif text.endswith('"'):
            text = '"' + text
        else:
            i = text.rindex('"')  # the pairs before it stay pairs
            text = " ".join((text[:i] + text[i + 1:]).split())
    opened, closed = text.count("“"), text.count("”")
    if opened > closed:
        text += "”" * (opened - closed)
    elif closed > opened:
        text = "“" * (closed - opened) + text
    return text


def cards(lesson: Lesson, found: dict[int, list[Occurrence]]) -> list[Card]:
    """One card per vocabulary entry: term (with its forms), definition, an example sentence."""
    out = []
    for i, v in enumerate(lesson.vocabulary):
        term = " – ".join((v.term, *v.forms)) if v.forms else v.term
        definition = f"({v.part_of_speech}) {v.definition}" if v.part_of_speech and v.definition else v.definition
        hits = found.get(i, [])
        example = v.example or (min(hits, key=lambda o: len(o.sentence)).sentence if hits else "")
        out.append(Card(_cell(term), _cell(definition), balance_quotes(_cell(example)), i))
    return out


def deck_tag(lesson: Lesson) -> str:
    """The lesson's title as one Anki tag (tags cannot hold spaces)."""
    return "presenter::" + ("_".join(_cell(lesson.title).split()) or "lesson")


def cards_tsv(lesson: Lesson, found: dict[int, list[Occurrence]]) -> str:
    """Anki's header lines (separator, HTML, note type, deck, columns), then one card per line."""
    # Without the header Anki 26 imports into "Default" with the two-field Basic type and takes
    # the third column for tags; the header names every column, the tags one included.
    header = ["#separator:tab", "#html:true", f"#notetype:{NOTETYPE}", "#deck:" + _cell(lesson.title),
              "#columns:" + "\t".join(COLUMNS), f"#tags column:{len(COLUMNS)}"]
    tag = html.escape(deck_tag(lesson), quote=False)
    rows = ["\t".join(html.escape(x, quote=False) for x in (c.term, c.definition, c.example)) + "\t" + tag
            for c in cards(lesson, found)]
    return "\n".join(header + rows) + "\n"
