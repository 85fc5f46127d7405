"""What a timed slide carries while it is presented, and what the teacher's keys do to it.

Kept free of Qt: the UI asks `TimedSlides` for the current slide's `SlideTiming`, passes it
key presses (Qt key codes), and paints what it holds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

from presenter.deck.deck import Slide
from presenter.deck.exercises import matching_answer
from presenter.lesson.exercises import choice_answer
from presenter.lesson.model import Exercise, Lesson, Prompt, Question
from presenter.timing.clock import Clock
from presenter.timing.countdown import Countdown
from presenter.timing.poll import Tally
from presenter.deck.kinds import SlideKind

Action = Literal["toggle", "reset", "more", "less", "reveal", "poll", "vote", "unvote", "clear-poll"]
STEP_SECONDS = 30.0  # what + and − add or take
QUESTION_LABEL = "Time left"  # the countdown's label on a comprehension question

# Qt's key codes for Latin letters, digits, "+", "=", "-" and "_" are their ASCII codes, so
# these tables work on QKeyEvent.key() without importing Qt here (tests/ui checks it).
_PLAIN_KEYS: dict[int, Action] = {
    ord("T"): "toggle", ord("R"): "reset", ord("+"): "more", ord("="): "more",
    ord("-"): "less", ord("_"): "less", ord("A"): "reveal", ord("P"): "poll", ord("0"): "unvote",
}


def action_for_key(key: int, shift: bool = False, ctrl: bool = False) -> tuple[Action, int] | None:
    """The timing action for a key code (Qt's or ASCII), with the option number for votes."""
    if ctrl:
        return None  # Ctrl+= / Ctrl+- change the text size
    if key == ord("R") and shift:
        return ("clear-poll", 0)
    if ord("1") <= key <= ord("9"):
        return ("vote", key - ord("0"))
    action = _PLAIN_KEYS.get(key)
    return (action, 0) if action else None


def shown_answer(answer: str, true_false: bool) -> str:
    """The answer as revealed: a true/false answer always starts with "True" or "False"."""
    text = answer.strip()
    if not true_false or not text:
        return text
    head, _, rest = text.partition(" ")
    word = head.rstrip(".,:;!—-").casefold()
    verdict = {"t": "True", "true": "True", "yes": "True", "f": "False", "false": "False", "no": "False"}.get(word)
    if verdict is None:
        return text
    rest = rest.lstrip(".,:;!—- ")
    return f"{verdict}. {rest}" if rest else verdict


@dataclass
class SlideTiming:
    """The countdown of one question or prompt slide, its answer, grouping and poll."""

    countdown: Countdown
    grouping: str | None = None  # alone, pairs, groups or class
    answer: str = ""  # as revealed (see `shown_answer`); empty when there is none
    true_false: bool = False
    tally: Tally | None = None  # only for prompts with answer options
    revealed: bool = False
    poll_shown: bool = False
    changes: int = field(default=0)  # bumped by every action, so a view knows to repaint
    chimes: bool = True  # a game round's end is shown, not rung

    @classmethod
    def for_question(cls, seconds: float, answer: str = "", true_false: bool = False,
                     clock: Clock = time.monotonic, options: tuple[str, ...] = ()) -> SlideTiming:
        """A comprehension question's slide."""
        # "Talk" would be wrong for a question the class answers alone or in writing.
        return cls(Countdown(seconds, clock=clock, talk_label=QUESTION_LABEL), answer=shown_answer(answer, true_false),
                   true_false=true_false, tally=Tally(options) if options else None)

    @classmethod
    def for_prompt(cls, seconds: float, think_seconds: float | None = None, grouping: str | None = None,
                   options: tuple[str, ...] = (), clock: Clock = time.monotonic) -> SlideTiming:
        """A discussion prompt's slide (a poll when it has options)."""
        return cls(Countdown(seconds, think_seconds, clock), grouping=grouping, tally=Tally(options) if options else None)

    @classmethod
    def for_round(cls, seconds: float, clock: Clock = time.monotonic) -> SlideTiming:
        """A round of the warm-up game: a short countdown, shown and not rung."""
        return cls(Countdown(seconds, clock=clock, talk_label=QUESTION_LABEL), chimes=False)

    def shown(self, autostart: bool, resume: bool = False) -> None:
        """The slide has come on screen: resume a countdown paused by leaving, or start it if asked to."""
        if resume or (autostart and not self.countdown.state().started):
            self.countdown.start()
            self.changes += 1

    def left(self) -> bool:
        """The slide was left: pause a running countdown; True if it should run on when the slide is back.

        A countdown already in overtime stays finished: the class must not come back to "Time's up +3:03".
        """
        if not self.countdown.running:
            return False
        self.countdown.pause()
        self.changes += 1
        return self.countdown.phase != "overtime"

    def act(self, action: Action, number: int = 0) -> bool:
        """Do what a key asked; False when it means nothing on this slide (so it can go elsewhere)."""
        c, tally = self.countdown, self.tally
        if action == "toggle":
            c.toggle()
        elif action == "reset":
            c.reset()
        elif action in ("more", "less"):
            c.add(STEP_SECONDS if action == "more" else -STEP_SECONDS)
        elif action == "reveal":
            if not self.answer:
                return False
            self.revealed = not self.revealed
        elif tally is None:
            return False  # the poll keys below need options
        elif action == "poll":
            self.poll_shown = not self.poll_shown
        elif not self.poll_shown:
            return False  # digits jump to slides unless the poll is on screen
        elif action == "vote":
            option = tally.option_for_key(number)
            if option is None:
                return True  # swallowed: with the poll on, a digit must not start a slide jump
            tally.add(option)
        elif action == "unvote":
            tally.undo()
        else:  # clear-poll
            tally.reset()
        self.changes += 1
        return True


def timing_for_slide(lesson: Lesson, slide: Slide, clock: Clock = time.monotonic) -> SlideTiming | None:
    """The timing of a comprehension or discussion slide; None for other slides."""
    if slide.item is None:
        return None
    if slide.kind == SlideKind.GAME:
        return SlideTiming.for_round(slide.seconds or 15, clock)
    if slide.kind == SlideKind.QUESTION:
        q = lesson.comprehension[slide.item]
        seconds = slide.seconds if slide.seconds is not None else lesson.question_seconds(q)
        # True/false and choice questions can be polled (P) before the answer is shown, as a prompt's options can.
        options = ("True", "False") if q.kind == "true-false" else q.options
        return SlideTiming.for_question(seconds, choice_answer(q.answer, q.options), q.kind == "true-false", clock,
                                        options)
    if slide.kind in (SlideKind.PROMPT, SlideKind.WARM_UP):
        p = (lesson.discussion if slide.kind == SlideKind.PROMPT else lesson.warmup)[slide.item]
        default = lesson.prompt_seconds(p) if slide.kind == SlideKind.PROMPT else lesson.warmup_seconds(p)
        seconds = slide.seconds if slide.seconds is not None else default
        return SlideTiming.for_prompt(seconds, p.think_seconds, p.grouping, p.options, clock)
    if slide.kind in (SlideKind.CHOICE, SlideKind.MATCHING):
        e = lesson.exercises[slide.item]
        seconds = slide.seconds if slide.seconds is not None else lesson.exercise_seconds(e)
        if e.kind == "matching":
            return SlideTiming.for_question(seconds, matching_answer(e), clock=clock)
        return SlideTiming.for_question(seconds, choice_answer(e.answer, e.options), clock=clock, options=e.options)
    return None


def _items(lesson: Lesson, kind: SlideKind) -> tuple[Question | Prompt | Exercise, ...]:
    """The lesson's items that slides of `kind` show, by the slide's `item`."""
    if kind == SlideKind.QUESTION:
        return lesson.comprehension
    if kind == SlideKind.WARM_UP:
        return lesson.warmup
    if kind in (SlideKind.CHOICE, SlideKind.MATCHING):
        return lesson.exercises
    return lesson.discussion


class TimedSlides:
    """The timings of a lesson's slides, made on first use and kept while the lesson is open.

    Keyed by (kind, item), not by slide index: changing the text size re-paginates the
    reading and moves the question slides, but must not reset their countdowns.
    """

    def __init__(self, lesson: Lesson, clock: Clock = time.monotonic) -> None:
        """Timings for `lesson`, all on `clock`."""
        self.lesson, self.clock = lesson, clock
        self._timings: dict[tuple[SlideKind, int], SlideTiming] = {}
        self._resume: set[tuple[SlideKind, int]] = set()  # paused because their slide was left

    def get(self, slide: Slide) -> SlideTiming | None:
        """The slide's timing (created idle on first use), or None for an untimed slide."""
        if slide.item is None or not slide.kind.timed:
            return None
        key = (slide.kind, slide.item)
        if key not in self._timings:
            made = timing_for_slide(self.lesson, slide, self.clock)
            if made is None:
                return None
            self._timings[key] = made
        return self._timings[key]

    def carry_over(self, old: TimedSlides, old_lesson: Lesson) -> None:
        """Keep the timings of questions and prompts whose text is the same in the new lesson."""
        for (kind, item), timing in old._timings.items():
            if kind == SlideKind.GAME:
                continue  # a new lesson deals a new game
            before, after = _items(old_lesson, kind), _items(self.lesson, kind)
            if item < len(before) and item < len(after) and before[item].text == after[item].text:
                self._timings[(kind, item)] = timing
                if (kind, item) in old._resume:
                    self._resume.add((kind, item))

    def handle_key(self, slide: Slide, key: int, shift: bool = False, ctrl: bool = False) -> bool:
        """Apply a key to the slide's timing; True if it was used (the window must not act on it too)."""
        timing = self.get(slide)
        found = action_for_key(key, shift, ctrl)
        return timing is not None and found is not None and timing.act(*found)

    def left(self, slide: Slide) -> None:
        """The teacher left `slide`: its countdown pauses (and resumes when the slide is back)."""
        if slide.item is None:
            return
        key = (slide.kind, slide.item)
        timing = self._timings.get(key)
        if timing is not None and timing.left():
            self._resume.add(key)

    def arrived(self, slide: Slide, autostart: bool) -> None:
        """`slide` came on screen: resume its countdown if leaving paused it, else start it if `autostart`."""
        timing = self.get(slide)
        if timing is not None and slide.item is not None:
            key = (slide.kind, slide.item)
            resume = key in self._resume
            self._resume.discard(key)
            timing.shown(autostart, resume)

    def drop_rounds(self) -> None:
        """Forget the game rounds' countdowns (a new deal of the game)."""
        for key in [k for k in self._timings if k[0] == SlideKind.GAME]:
            del self._timings[key]
            self._resume.discard(key)

    def reached_zero(self) -> list[SlideTiming]:
        """Timings whose talk time ran out since the last call (each once): chime for those that ring."""
        return [t for t in self._timings.values() if t.countdown.reached_zero() and t.chimes]

    def any_running(self) -> bool:
        """Whether some countdown is running (the UI tick can sleep otherwise)."""
        return any(t.countdown.running for t in self._timings.values())
