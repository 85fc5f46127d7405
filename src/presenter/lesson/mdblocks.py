"""Walking markdown-it's tokens: top-level blocks, list items with their lines, and HTML comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from presenter.lesson.items import ItemLines

if TYPE_CHECKING:
    from markdown_it.token import Token


def comments(html: str) -> tuple[list[str], int]:
    """The texts of the `<!-- ... -->` comments in `html`, and the offset of one never closed (-1 if none).

    A scan with str.find, not a regex: `<!--(.*?)-->` retries from every unclosed opening,
    which is quadratic (200 KB of "<!--" took 33 s).
    """
    found: list[str] = []
    pos = 0
    while (start := html.find("<!--", pos)) >= 0:
        end = html.find("-->", start + 4)
        if end < 0:
            return found, start
        found.append(html[start + 4 : end])
        pos = end + 3
    return found, -1


def blocks(tokens: list[Token]) -> Iterator[tuple[Token, list[Token]]]:
    """Yield each top-level block's opening token with all the tokens inside it."""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.nesting == 1:
            depth, j = 1, i + 1
            while depth:
                depth += tokens[j].nesting
                j += 1
            yield tok, tokens[i:j]
            i = j
        else:
            yield tok, [tok]
            i += 1


def paragraph_items(inner: list[Token], offset: int) -> Iterator[tuple[str, ItemLines, list[Token]]]:
    """Yield (list-item number, lines of its first paragraph, nested tokens) for lists; one item per paragraph otherwise."""
    if inner[0].type in ("bullet_list_open", "ordered_list_open"):
        for item_tok, item_inner in blocks(inner[1:-1]):
            if item_tok.type != "list_item_open":
                continue
            number = item_tok.info or ""
            body = item_inner[1:-1]
            first_inline = next((t for t in body if t.type == "inline"), None)
            if first_inline is None or first_inline.map is None:
                continue
            nested = body[body.index(first_inline) + 2 :]  # what follows the first paragraph
            yield number, ItemLines(first_inline.content.split("\n"), first_inline.map[0] + offset + 1), nested
    elif inner[0].type == "paragraph_open" and inner[1].map is not None:
        yield "", ItemLines(inner[1].content.split("\n"), inner[1].map[0] + offset + 1), []
