"""A student's progress in each lesson: where they stopped, the words they know, a card queue (no Qt).

One JSON file per lesson in a folder the caller gives (the app: the user's data folder), named
by `lesson_key`: a hash of the lesson's content, not of its path. A pack unpacks to a new folder
each time it is opened, and a lesson may come by e-mail or on a USB stick: the same lesson keeps
its progress wherever it is. Line numbers, encoding and line endings do not count; a changed
text does (the saved sentence position would point elsewhere), so an edited lesson starts afresh.

Files are replaced atomically (temporary file in the same folder, flush, fsync, rename, fsync
of the folder), so a crash or a power cut leaves the old file or the new one, never a mix.
A damaged file is put aside (renamed ".damaged-…") and reported; the student starts afresh. A
file saved by a newer presenter is left as it is and never written over (that version's data
would be lost): the progress of that session is not saved, and the student is told so.

Cards follow a Leitner scheme counted in cards shown, not days (self-study is one sitting):
an unknown card goes back to box 0 and returns after GAPS[0] other cards; each "known" moves it
up a box, further away; a card known in the last box is learned and leaves the queue.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING, Any

from presenter.fileio import FileProblem, read_limited, write_atomic
from presenter.student import safejson

if TYPE_CHECKING:
    from presenter.lesson.model import Lesson

FORMAT_VERSION = 1
GAPS = (2, 5, 11)  # cards shown before a card in box 0, 1, 2 comes back
LEARNED = len(GAPS)  # the box of a learned card
NEW_KNOWN_BOX = 2  # a new card the student already knows needs one more "known" to be learned
STALE_TEMP_S = 60  # a temporary file this old was left by a killed writer
MAX_FILE_BYTES = 16 * 1024 * 1024  # a lesson's progress is a few kB; a larger file is not one


def lesson_key(lesson: Lesson) -> str:
    """The lesson's identity for progress: a hash of its content without lines or file path."""
    from presenter.lesson.jsonview import lesson_to_dict

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "line"}
        return [strip(v) for v in value] if isinstance(value, list) else value

    canonical = json.dumps(strip(lesson_to_dict(lesson)), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class Card:
    """One term's place in the queue."""

    box: int = 0
    due: int = 0  # the turn from which it is shown again (once it has been seen)
    order: int = 0  # its place in the lesson's vocabulary: breaks ties, so new cards come in order
    new: bool = True


@dataclass(frozen=True, slots=True)
class Attempt:
    """One recorded reading of a sentence, as the reading check judged it."""

    read: int  # words read right
    words: int
    wcpm: float  # words correct per minute

    def beats(self, other: Attempt) -> bool:
        """More words right, or as many at a better pace."""
        return (self.read * other.words, self.wcpm) > (other.read * self.words, other.wcpm)


@dataclass(slots=True)
class Progress:
    """One lesson's progress; change it with the methods, then ProgressStore.save it."""

    lesson_key: str
    title: str = ""
    position: int = 0  # the last sentence narrated
    page: int | None = None  # the first sentence of the reading page on screen: where reopening returns
    known: set[str] = field(default_factory=set)
    unknown: set[str] = field(default_factory=set)
    cards: dict[str, Card] = field(default_factory=dict)
    turn: int = 0  # cards marked so far
    readings: dict[int, tuple[Attempt, Attempt]] = field(default_factory=dict)  # sentence → (best, last) attempt

    def record_reading(self, sentence: int, attempt: Attempt) -> None:
        """Keep `attempt` as the sentence's last reading, and as its best if it beats the best so far."""
        best = self.readings.get(sentence, (attempt, attempt))[0]
        self.readings[sentence] = (attempt if attempt.beats(best) else best, attempt)

    def sync_terms(self, terms: Iterable[str]) -> None:
        """Make the queue hold exactly these terms: new ones join in order, removed ones leave."""
        wanted = list(dict.fromkeys(terms))
        for term in list(self.cards):
            if term not in wanted:
                del self.cards[term]
        for order, term in enumerate(wanted):
            card = self.cards.setdefault(term, Card(order=order))
            card.order = order

    def next_card(self) -> str | None:
        """The term to show now: a card due again, else a new one (in lesson order); None when all are learned."""
        reviews = [(c.due, c.order, t) for t, c in self.cards.items() if not c.new and c.box < LEARNED]
        due = [r for r in reviews if r[0] <= self.turn]
        if due:
            return min(due)[2]
        fresh = [(c.order, t) for t, c in self.cards.items() if c.new]
        if fresh:
            return min(fresh)[1]
        # Nothing is due yet and nothing is new: show the nearest card early rather than stop.
        return min(reviews)[2] if reviews else None

    def mark(self, term: str, known: bool) -> None:
        """Record the student's answer for a card and schedule it again."""
        card = self.cards.setdefault(term, Card(order=len(self.cards)))
        self.turn += 1
        if known:
            card.box = min(LEARNED, NEW_KNOWN_BOX if card.new else card.box + 1)
            self.known.add(term)
            self.unknown.discard(term)
        else:
            card.box = 0
            self.unknown.add(term)
            self.known.discard(term)
        card.new = False
        card.due = self.turn + (GAPS[card.box] if card.box < LEARNED else 0)

    def to_json(self) -> dict[str, object]:
        """The progress as JSON data (sorted, so equal progress gives equal files)."""
        return {
            "format_version": FORMAT_VERSION, "lesson_key": self.lesson_key, "title": self.title,
            "position": self.position, **({"page": self.page} if self.page is not None else {}), "known": sorted(self.known), "unknown": sorted(self.unknown),
            "turn": self.turn,
            "cards": [{"term": t, "box": c.box, "due": c.due, "order": c.order, "new": c.new}
                      for t, c in sorted(self.cards.items(), key=lambda item: item[1].order)],
            "readings": [{"sentence": n, "best": _attempt_json(b), "last": _attempt_json(last)}
                         for n, (b, last) in sorted(self.readings.items())],
        }

    @classmethod
    def from_json(cls, data: object, key: str) -> Progress:
        """Progress back from JSON data; raises ValueError (with the reason) when it is not valid."""
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.get("lesson_key") != key:
            raise ValueError("it belongs to another lesson")
        cards = {}
        for c in _list(data, "cards"):
            if not isinstance(c, dict) or not isinstance(c.get("term"), str):
                raise ValueError("a card is damaged")
            box, due, order = (_int(c, k) for k in ("box", "due", "order"))
            cards[c["term"]] = Card(min(box, LEARNED), due, order, bool(c.get("new", False)))
        readings = {}
        for r in data.get("readings", []):  # files from before reading practice have none
            if not isinstance(r, dict) or not isinstance(r.get("best"), dict) or not isinstance(r.get("last"), dict):
                raise ValueError("a reading attempt is damaged")
            readings[_int(r, "sentence")] = (_attempt(r["best"]), _attempt(r["last"]))
        page = _int(data, "page") if "page" in data else None  # files saved before pages were kept
        return cls(key, str(data.get("title", "")), _int(data, "position"), page, set(_strings(data, "known")),
                   set(_strings(data, "unknown")), cards, _int(data, "turn"), readings)


def _attempt_json(a: Attempt) -> dict[str, object]:
    return {"read": a.read, "words": a.words, "wcpm": round(a.wcpm, 1)}


def _attempt(data: dict[str, Any]) -> Attempt:
    wcpm = data.get("wcpm")
    if not isinstance(wcpm, (int, float)) or isinstance(wcpm, bool) or wcpm < 0:
        raise ValueError("a reading's pace is not a number")
    return Attempt(_int(data, "read"), _int(data, "words"), float(wcpm))


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{key} is not a count")
    return value


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{key} is not a list")
    return value


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = _list(data, key)
    if not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} holds something that is not a word")
    return value


@dataclass(frozen=True, slots=True)
class Loaded:
    """A lesson's progress and, when its file could not be used, a notice for the student."""

    progress: Progress
    notice: str = ""


class ProgressStore:
    """Progress files in one folder, one per lesson."""

    def __init__(self, folder: Path) -> None:
        """Keep progress in `folder` (created when first saved)."""
        self.folder = folder
        self._read_only: set[str] = set()  # lessons whose file must not be written over

    def path(self, key: str) -> Path:
        """The file of one lesson's progress."""
        return self.folder / f"{key}.json"

    def load(self, key: str, terms: Iterable[str] = (), title: str = "") -> Loaded:
        """The saved progress (or a fresh one), its queue synced to `terms`; never raises for a bad file."""
        path = self.path(key)
        self._remove_stale_temps(key)
        fresh = Progress(key, title)
        notice = ""
        try:
            # A regular file only, read up to a bound: a FIFO or a link to /dev/zero is refused.
            raw: bytes | None = read_limited(path, MAX_FILE_BYTES)
        except FileProblem as exc:
            raw = None
            if exc.errno not in (errno.ENOENT, errno.ENOTDIR):
                notice = f"Your progress in this lesson could not be read ({exc.reason}); starting afresh."
            if os.path.lexists(path):
                self._read_only.add(key)  # something we did not write (a FIFO, a device): never replace it
        progress = fresh
        if raw is not None:
            try:
                data = safejson.loads(raw)
                version = data.get("format_version") if isinstance(data, dict) else None
                if isinstance(version, int) and version > FORMAT_VERSION:
                    self._read_only.add(key)
                    notice = ("Your progress in this lesson was saved by a newer version of presenter; it is kept "
                              "as it is, and what you do now is not saved. Update presenter to go on with it.")
                    raw = None
                else:
                    progress = Progress.from_json(data, key)
            except ValueError as exc:
                kept = self._put_aside(path)
                notice = (f"Your progress in this lesson could not be read ({exc}); starting afresh."
                          + (f" The old file was kept as {kept.name}." if kept else ""))
        if title:
            progress.title = title
        progress.sync_terms(terms)
        return Loaded(progress, notice)

    def save(self, progress: Progress) -> str:
        """Write the progress atomically; "" when saved, else a notice (disk full, read-only): never raises."""
        if progress.lesson_key in self._read_only:
            return "Your progress in this lesson is not saved: its file was written by a newer presenter or cannot be read."
        data = json.dumps(progress.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path(progress.lesson_key), data)
        except OSError as exc:
            return f"Your progress could not be saved ({exc.strerror or exc}); it is kept until presenter closes."
        return ""

    def _put_aside(self, path: Path) -> Path | None:
        """Rename a damaged file out of the way (kept for whoever wants to look at it)."""
        kept = path.with_name(f"{path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
        try:
            os.replace(path, kept)
            return kept
        except OSError:
            return None

    def _remove_stale_temps(self, key: str) -> None:
        """Delete temporary files of writers that were killed (old ones only: one may be writing)."""
        now = time.time()
        for tmp in self.folder.glob(f".{key}.json.*.tmp"):
            try:
                if now - tmp.stat().st_mtime > STALE_TEMP_S:
                    tmp.unlink()
            except OSError:
                pass
