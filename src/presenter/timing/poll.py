"""An opinion poll's tally: votes per answer option, shares, and taking a vote back."""

from __future__ import annotations

from collections.abc import Sequence

MAX_KEYED_OPTIONS = 9  # keys 1–9 vote; further options are reached by clicking


class Tally:
    """Votes for each option of a prompt, in the order the options were written."""

    def __init__(self, options: Sequence[str]) -> None:
        """A tally with no votes for `options`."""
        self.options: tuple[str, ...] = tuple(options)
        self._votes = [0] * len(self.options)
        self._history: list[int] = []  # option of each vote, so a mistaken key can be undone

    @property
    def votes(self) -> tuple[int, ...]:
        """Votes per option."""
        return tuple(self._votes)

    @property
    def total(self) -> int:
        """All votes cast."""
        return sum(self._votes)

    def add(self, option: int) -> bool:
        """One more vote for option `option` (from 0); False if there is no such option."""
        if not 0 <= option < len(self.options):
            return False
        self._votes[option] += 1
        self._history.append(option)
        return True

    def remove(self, option: int) -> bool:
        """One vote less for `option`; False if it has none."""
        if not 0 <= option < len(self.options) or self._votes[option] == 0:
            return False
        self._votes[option] -= 1
        # Forget the latest matching vote, so undo never takes back a vote that is gone.
        for i in range(len(self._history) - 1, -1, -1):
            if self._history[i] == option:
                del self._history[i]
                break
        return True

    def undo(self) -> int | None:
        """Take back the latest vote; the option it was for, or None when there are none."""
        if not self._history:
            return None
        option = self._history.pop()
        self._votes[option] -= 1
        return option

    def reset(self) -> None:
        """Clear every vote."""
        self._votes = [0] * len(self.options)
        self._history.clear()

    def option_for_key(self, digit: int) -> int | None:
        """The option that key `digit` (1–9) votes for, or None."""
        if 1 <= digit <= min(MAX_KEYED_OPTIONS, len(self.options)):
            return digit - 1
        return None

    def shares(self) -> tuple[float, ...]:
        """Each option's share of the votes, 0–1 (all 0 before the first vote)."""
        total = self.total
        return tuple(v / total if total else 0.0 for v in self._votes)

    def percents(self) -> tuple[int, ...]:
        """Whole percentages that add up to exactly 100 (largest remainders get the spare points)."""
        total = self.total
        if not total:
            return tuple(0 for _ in self._votes)
        exact = [v * 100 / total for v in self._votes]
        whole = [int(x) for x in exact]
        spare = 100 - sum(whole)
        for i in sorted(range(len(exact)), key=lambda k: (whole[k] - exact[k], k))[:spare]:
            whole[i] += 1
        return tuple(whole)
