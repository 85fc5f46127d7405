"""A vocabulary table flattened row by row into plain lines: find where each entry starts and ends."""

from __future__ import annotations

# A table comes out as lines like "behave score (2) based on": three cells per row, but nothing says where one
# cell ends. Two facts decide it. Every row of a table holds the same number of cells (only the last row may
# hold fewer), and a phrase that is one cell occurs as a phrase in the reading ("based on", "real estate"),
# while two neighbouring one-word cells usually do not ("court order" is court + order). A count "(2)" or forms
# "buy/bought/bought" always end a cell. So every column count is tried and the one that explains all rows at
# the lowest cost kept, where the costs below say how unlikely each choice is.

import re
from dataclasses import dataclass
from functools import lru_cache

from presenter.handout.matching import ReadingIndex

_ATTACHED = re.compile(r"^(?:\(.{1,20}\)|\[.{1,20}\]|[x×]\d{1,2})$")
_SLASHES = re.compile(r"(?<=\w)\s*/\s*(?=\w)")
# Words that are almost never a vocabulary entry on their own, but often part of one.
FUNCTION_WORDS = frozenset(
    "a an the on in of to up out off at by for with from into onto about over down away back around through "
    "no not and or but as than then it its is be after across along behind under ahead apart aside forward "
    "together without upon against among".split()
)
_INF = float("inf")
UNATTESTED_MERGE = 1.0  # per extra word, for a phrase the reading does not have
PARTICLE_MERGE = 0.45  # a phrase with a function word ("give up") is likely even if unseen
LONE_FUNCTION_WORD = 1.0  # "on" alone as an entry
SPLIT_PHRASE = 0.5  # two cells side by side that the reading has as one phrase
SHORT_ROW = 3.0  # a row (not the last) with fewer words than the table has columns
SHORT_LAST_ROW = 0.1  # the last row of a table may be partly empty
MAX_PHRASE = 4


@dataclass(frozen=True, slots=True)
class GridToken:
    """A word of a row, with what is attached to it: a count "(2)", forms, a part of speech."""

    text: str
    bare: str
    closed: bool  # ends a cell: it carries a count, forms or a part of speech


def tokenize_row(line: str) -> list[GridToken]:
    """The row's words, "(2)" and "(n.)" attached to the word before them, "buy/bought" kept whole."""
    line = _SLASHES.sub("/", line)
    out: list[GridToken] = []
    for part in line.split():
        if _ATTACHED.match(part) and out:
            prev = out[-1]
            out[-1] = GridToken(f"{prev.text} {part}", prev.bare, True)
            continue
        bare = re.sub(r"\(s\)$", "", part).split("/")[0]
        out.append(GridToken(part, bare, "/" in part))
    return out


def _is_function(token: GridToken) -> bool:
    return token.bare.lower() in FUNCTION_WORDS


class _Costs:
    """Costs of cells and of splits for one table, with the reading to consult."""

    def __init__(self, index: ReadingIndex) -> None:
        self.index = index

    @lru_cache(maxsize=4096)  # noqa: B019 - one _Costs lives for one table only
    def attested(self, words: tuple[str, ...]) -> bool:
        """Whether the words occur together in the reading."""
        return self.index.contains(" ".join(words))

    def cell(self, tokens: tuple[GridToken, ...]) -> float:
        """How unlikely it is that these tokens form one cell."""
        if len(tokens) == 1:
            return LONE_FUNCTION_WORD if _is_function(tokens[0]) else 0.0
        if len(tokens) > MAX_PHRASE or any(t.closed for t in tokens[:-1]):
            return _INF
        if self.attested(tuple(t.bare for t in tokens)):
            return 0.0
        per_word = PARTICLE_MERGE if any(_is_function(t) for t in tokens) else UNATTESTED_MERGE
        return per_word * (len(tokens) - 1)

    def split(self, left: GridToken, right: GridToken) -> float:
        """How unlikely it is that a cell ends between these two tokens."""
        if left.closed:
            return 0.0
        return SPLIT_PHRASE if self.attested((left.bare, right.bare)) else 0.0


def _row_cost(tokens: list[GridToken], cells: int, costs: _Costs) -> tuple[float, list[int]]:
    """The cheapest way to cut the row into exactly `cells` cells: (cost, cut positions)."""
    n = len(tokens)
    if cells > n or cells < 1:
        return _INF, []
    # best[i][g]: cheapest cost of the first i tokens as g cells, with the cut that led there.
    best: list[list[tuple[float, int]]] = [[(_INF, -1)] * (cells + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    for i in range(1, n + 1):
        for g in range(1, min(cells, i) + 1):
            for start in range(max(0, i - MAX_PHRASE), i):
                prev_cost = best[start][g - 1][0]
                if prev_cost == _INF:
                    continue
                cost = prev_cost + costs.cell(tuple(tokens[start:i]))
                if start > 0:
                    cost += costs.split(tokens[start - 1], tokens[start])
                if cost < best[i][g][0]:
                    best[i][g] = (cost, start)
    if best[n][cells][0] == _INF:
        return _INF, []
    cuts: list[int] = []
    i, g = n, cells
    while i > 0:
        start = best[i][g][1]
        cuts.append(start)
        i, g = start, g - 1
    return best[n][cells][0], sorted(cuts)


def _cells(tokens: list[GridToken], cuts: list[int]) -> list[str]:
    bounds = [*cuts, len(tokens)]
    return [" ".join(t.text for t in tokens[a:b]) for a, b in zip(bounds, bounds[1:])]


def split_rows(rows: list[str], index: ReadingIndex) -> tuple[list[list[str]], int]:
    """Each row cut into its cells, and the number of columns chosen for the table."""
    token_rows = [tokenize_row(r) for r in rows]
    token_rows = [t for t in token_rows if t]
    if not token_rows:
        return [], 0
    costs = _Costs(index)
    widest = max(len(t) for t in token_rows)
    best: tuple[float, int, list[list[str]]] | None = None
    for columns in range(1, widest + 1):
        total = 0.0
        result: list[list[str]] = []
        for r, tokens in enumerate(token_rows):
            last = r == len(token_rows) - 1
            cost, cuts = _row_cost(tokens, min(columns, len(tokens)), costs)
            if len(tokens) < columns:
                cost += SHORT_LAST_ROW * (columns - len(tokens)) if last else SHORT_ROW
            if last and len(token_rows) > 1:
                # The last row may hold fewer cells: take that if it is cheaper.
                for fewer in range(1, min(columns, len(tokens))):
                    c2, cuts2 = _row_cost(tokens, fewer, costs)
                    if c2 + SHORT_LAST_ROW * (columns - fewer) < cost:
                        cost, cuts = c2 + SHORT_LAST_ROW * (columns - fewer), cuts2
            total += cost
            result.append(_cells(tokens, cuts) if cuts else [" ".join(t.text for t in tokens)])
        # Ties go to more columns: a cell is only merged when something says it should be.
        if best is None or total < best[0] - 1e-9 or (abs(total - best[0]) < 1e-9 and columns > best[1]):
            best = (total, columns, result)
    assert best is not None
    if best[0] == _INF:
        # No column count fits every row (not a table after all): cut each row on its own.
        free = [_cells(t, min((_row_cost(t, g, costs) for g in range(1, len(t) + 1)), key=lambda x: x[0])[1])
                for t in token_rows]
        return free, 0
    return best[2], best[1]
