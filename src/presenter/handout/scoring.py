"""Each block's score for each part of the lesson, from its features, and the best-scoring order of parts.

A block's own evidence (numbering, question marks, line shape, prose, who the questions ask
about) gives a score per role; a soft prior on the usual order (warm-up, vocabulary, reading,
questions, discussion) links neighbouring blocks, and a small Viterbi pass picks the best
sequence. Headings fix their blocks' role; the rest is chosen here.
"""

from __future__ import annotations

from dataclasses import dataclass

from presenter.handout.cues import talks
from presenter.handout.lines import ends_question, ends_sentence, letter_label, num_label, strip_bullet, word_count
from presenter.handout.info import single_answer
from presenter.handout.options import box_options
from presenter.handout.questions import is_instruction, is_personal, is_question_like
from presenter.handout.reading import speaker_of
from presenter.handout.units import Block, Heading, Separator, Unit
from presenter.handout.roles import Part, Role

ROLES = (Part.WARMUP, Part.VOCABULARY, Part.READING, Part.QUESTIONS, Part.DISCUSSION)
_ORDER = {role: i for i, role in enumerate(ROLES)}
FORWARD, BACKWARD, STAY = -0.3, -1.5, 0.0
HEADING = 6.0  # a heading naming the part outweighs what its blocks look like
READING_AGAIN = -2.0  # the reading is one stretch: coming back to it after the questions costs more
OUT_OF_PLACE = -2.0  # questions on the text before it, a warm-up after it
# A glossary after the text is common enough to cost less than other steps back.
_CHEAP_BACK = {(Part.READING, Part.VOCABULARY), (Part.QUESTIONS, Part.VOCABULARY), (Part.DISCUSSION, Part.VOCABULARY)}


@dataclass(frozen=True, slots=True)
class Features:
    """What a block looks like, reduced to the numbers the scores use."""

    lines: int
    words: int
    asks: float  # share of lines that ask ("?", or a question's opening word)
    labelled: float  # share of lines with a number or letter
    personal: float  # share of asking lines that ask about the learners
    sentences: float  # share of lines that end like a sentence
    shape: str
    instruction: bool
    turns: float  # share of lines that start with a speaker's name ("Host: …")
    talk: float = 0.0  # share of lines that set talk ("… Tell your partner.", "Discuss in groups.")


def features(block: Block) -> Features:
    """The features of a block; a numbered question's options and answer lines are not items of their own."""
    texts = [strip_bullet(ln.text) for ln in block.lines]
    numbered = any(num_label(t) for t in texts)
    items = [t for t, ln in zip(texts, block.lines, strict=True)
             if not (numbered and letter_label(t)) and not box_options(ln.text) and single_answer(t) is None] or texts
    bodies = [(num_label(t) or letter_label(t) or ("", t))[1] for t in items]
    asks = [b for b in bodies if ends_question(b) or is_question_like(b)]
    n = max(1, len(items))
    return Features(lines=len(items), words=sum(word_count(t) for t in texts), asks=len(asks) / n,
                    labelled=sum(1 for t in items if num_label(t) or letter_label(t)) / n,
                    personal=sum(1 for a in asks if is_personal(a)) / max(1, len(asks)),
                    sentences=sum(1 for t in texts if ends_sentence(t)) / max(1, len(texts)), shape=block.shape,
                    instruction=bool(texts) and is_instruction(texts[0]),
                    turns=sum(1 for t in texts if speaker_of(t) is not None) / max(1, len(texts)),
                    talk=sum(1 for t in items if talks(t)) / n)


@dataclass(frozen=True, slots=True)
class Weights:
    """What each piece of evidence is worth; benchmarks/fit_scoring.py checks them against the gold parts of every set."""

    prose: float = 2.0  # prose (or speakers' turns) of 12+ words that does not ask, as the text
    prose_long: float = 1.0  # and 25+ words
    many_words: float = 2.5  # 60+ words, as the text
    sentences: float = 0.75  # per share of lines ending a sentence, as the text
    asks_not_text: float = 2.0  # per share of asking lines, against the text
    list_not_text: float = 0.0  # a list of words, against the text
    list_words: float = 3.0  # a list of words, as vocabulary
    prose_not_words: float = 2.0  # prose, against vocabulary
    asks_not_words: float = 1.5  # per share of asking lines, against vocabulary
    asking: float = 2.5  # asking lines (more when labelled), as questions or talk
    about_text: float = 0.6  # how much asking about the learners takes from the questions
    prose_not_asking: float = 1.5  # prose, against questions, talk and warm-up
    warmup_asking: float = 2.7  # asking lines, as the warm-up
    list_not_warmup: float = 1.0  # a list of words, against the warm-up
    talk: float = 1.5  # per share of lines that set talk, as talk rather than questions on the text


WEIGHTS = Weights()


def role_scores(f: Features, w: Weights = WEIGHTS) -> dict[Part, float]:
    """How well each role explains a block with these features (higher is better)."""
    prose = (f.shape == "prose" or f.turns >= 0.5) and f.words >= 12 and f.asks < 0.5
    listy = f.turns < 0.5 and (f.shape in ("words", "glossary") or (
        f.shape == "numbered" and f.words <= 5 * f.lines and f.asks == 0))
    asking = f.asks * (1.0 + f.labelled)
    return {
        Part.READING: w.prose * prose + w.prose_long * (prose and f.words >= 25) + w.many_words * (f.words >= 60)
                   + w.sentences * f.sentences - w.asks_not_text * f.asks - w.list_not_text * listy,
        Part.VOCABULARY: w.list_words * listy - w.prose_not_words * prose - w.asks_not_words * f.asks,
        Part.QUESTIONS: w.asking * asking * (1.0 - w.about_text * f.personal) - w.prose_not_asking * prose - w.talk * f.talk,
        Part.DISCUSSION: w.asking * asking * f.personal - w.prose_not_asking * prose + w.talk * f.talk,
        Part.WARMUP: w.warmup_asking * asking - w.prose_not_asking * prose - w.list_not_warmup * listy,
    }


def _step(prev: Part, role: Part) -> float:
    if prev == role:
        return STAY
    if _ORDER[role] > _ORDER[prev]:
        return FORWARD
    return -0.5 if (prev, role) in _CHEAP_BACK else BACKWARD


def with_heading(scores: dict[Part, float], heading: Part | None) -> dict[Part, float]:
    """The scores of a block right under a heading, which names its part."""
    return {role: value + (HEADING if role == heading else 0.0) for role, value in scores.items()}


def best_roles(scores: list[dict[Part, float]]) -> list[Part]:
    """The best sequence of roles for blocks with these scores (headings already added, see with_heading)."""
    State = tuple[Part, int]  # the role, and the phase: 0 before the reading, 1 in it, 2 after it
    best: dict[State, float] = {}
    back: list[dict[State, State | None]] = []
    for i, s in enumerate(scores):
        nxt: dict[State, float] = {}
        links: dict[State, State | None] = {}
        for role in ROLES:
            starts: list[tuple[float, State | None]] = [(0.0, None)] if i == 0 else list(
                (total + _step(prev[0], role), prev) for prev, total in best.items())
            for total, prev in starts:
                phase = 0 if prev is None else prev[1]
                cost = total + s[role]
                if role == Part.READING:
                    cost += READING_AGAIN if phase == 2 else 0.0
                    phase = 1
                else:
                    phase = 2 if phase >= 1 else 0
                    misplaced = role in (Part.QUESTIONS, Part.DISCUSSION) and phase == 0 or role == Part.WARMUP and phase == 2
                    cost += OUT_OF_PLACE if misplaced else 0.0
                key = (role, phase)
                if key not in nxt or cost > nxt[key]:
                    nxt[key], links[key] = cost, prev
        best = nxt
        back.append(links)
    if not best:
        return []
    state: State | None = max(best, key=lambda k: best[k])
    path: list[Part] = []
    for links in reversed(back):
        assert state is not None
        path.append(state[0])
        state = links[state]
    return path[::-1]


def describe(scores: dict[Part, float], chosen: Part) -> str:
    """"questions 3.1, next discussion 1.2": the chosen role's score and the runner-up, for --explain."""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    runner = next((kv for kv in ranked if kv[0] != chosen), None)
    text = f"{chosen} {scores.get(chosen, 0.0):.1f}"
    return text + (f", next {runner[0]} {runner[1]:.1f}" if runner else "")


Plan = dict[int, tuple[Block, dict[Part, float], Part]]


def plan_of(units: list[Unit]) -> Plan:
    """Each block's scores and the part the best-scoring sequence gives it (by id of the block)."""
    block_units = [u for u in units if isinstance(u, Block)]
    scores: list[dict[Part, float]] = []
    heading: Part | None = None
    for unit in units:
        if isinstance(unit, Heading):
            heading = unit.kind
        elif isinstance(unit, Separator) and unit.line.role == Role.HEADING:
            heading = None  # "Task 2": a part whose name says nothing
        elif isinstance(unit, Block):
            scores.append(with_heading(role_scores(features(unit)), heading))
            heading = None  # a heading names the block right under it; order links the next ones
    path = best_roles(scores)
    return {id(b): (b, s, role) for b, s, role in zip(block_units, scores, path, strict=True)}


def annotate(plan: Plan) -> None:
    """Note each block's scores on its lines (the chosen part's and the runner-up's), and where the order model differs."""
    for block, s, best in plan.values():
        part = next((Part(ln.extra["part"]) for ln in block.lines if "part" in ln.extra), None)
        if part is None or part not in s:
            continue
        note = f"[{describe(s, part)}" + (f"; by order and shape alone: {best}]" if best != part else "]")
        for ln in block.lines:
            ln.extra["why"] = f"{ln.extra.get('why', '')} {note}".strip()


def scores_as_asking(planned: tuple[Block, dict[Part, float], Part], shape: str) -> bool:
    """Whether a labelled block in the reading is, by its scores and the order, questions or talk by a wide margin."""
    _, scores, scored = planned
    return scored in (Part.QUESTIONS, Part.DISCUSSION) and shape in ("numbered", "lettered", "asks") \
        and scores[scored] >= scores[Part.READING] + 3


def talk_or_questions(scored: Part, questions_seen: bool) -> Part:
    """Asking items after the text with no heading: talk or questions, as the scores and the order say."""
    if scored in (Part.QUESTIONS, Part.DISCUSSION):
        return scored
    return Part.DISCUSSION if questions_seen else Part.QUESTIONS
