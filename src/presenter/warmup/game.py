"""The warm-up's quick check game: fill the gap in a sentence of the reading, or match a definition."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from presenter.lesson.model import VocabEntry
from presenter.text.occurrences import Occurrence

GAP = "_____"
OPTIONS = 4


@dataclass(frozen=True, slots=True)
class Round:
    """One question of the game: a prompt, the right entry, and the entries to choose from."""

    kind: Literal["gap", "definition"]
    prompt: str
    answer: int
    options: tuple[int, ...]

    @property
    def correct_option(self) -> int:
        """Which option (from 0) is right."""
        return self.options.index(self.answer)


def build_rounds(vocabulary: Sequence[VocabEntry], found: dict[int, list[Occurrence]],
                 count: int = 8, seed: int = 0) -> list[Round]:
    """Up to `count` rounds: gap sentences from the reading where a term occurs, else its definition."""
    rng = random.Random(seed)
    usable = [i for i, v in enumerate(vocabulary) if found.get(i) or v.definition]
    if len(usable) < 2:
        return []
    chosen = rng.sample(usable, min(count, len(usable)))
    rounds: list[Round] = []
    for answer in chosen:
        others = [i for i in usable if i != answer and vocabulary[i].term.lower() != vocabulary[answer].term.lower()]
        options = [answer, *rng.sample(others, min(OPTIONS - 1, len(others)))]
        rng.shuffle(options)
        hits = found.get(answer) or []
        if hits:
            hit = min(hits, key=lambda o: len(o.sentence))  # the shortest sentence reads best on a slide
            prompt = hit.sentence[: hit.char_start] + GAP + hit.sentence[hit.char_end :]
            rounds.append(Round("gap", _tidy(prompt), answer, tuple(options)))
        else:
            rounds.append(Round("definition", vocabulary[answer].definition, answer, tuple(options)))
    return rounds


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass(slots=True)
class GameState:
    """The class's answers so far: round index -> chosen option."""

    rounds: list[Round]
    answers: dict[int, int] = field(default_factory=dict)

    def answer(self, round_index: int, option: int) -> bool | None:
        """Record the class's answer (the first one counts); True if right, None if not a valid choice."""
        r = self.rounds[round_index]
        if not 0 <= option < len(r.options):
            return None
        self.answers.setdefault(round_index, option)
        return self.answers[round_index] == r.correct_option

    def is_answered(self, round_index: int) -> bool:
        """Whether the class has answered this round."""
        return round_index in self.answers

    @property
    def score(self) -> int:
        """Rounds answered right."""
        return sum(1 for i, o in self.answers.items() if self.rounds[i].correct_option == o)

    def reset(self) -> None:
        """Play again from the start."""
        self.answers.clear()
