"""Audio players shared for the life of the app: taken when needed, given back, never destroyed.

Why: QtMultimedia's FFmpeg back end now and then crashes in one of its own threads when a
QMediaPlayer that has played is destroyed while the app runs (here: a segfault in about one
run in eight of a script that made, played and destroyed 25 chimes; with the players kept, no
crash in twelve runs). So a chime or a narrator takes a player from this pool and gives it
back when it goes away, and the next one reuses it. The players belong to the application
object and go only when the app ends.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

StatusSlot = Callable[[QMediaPlayer.MediaStatus], None]
ErrorSlot = Callable[[QMediaPlayer.Error, str], None]


@dataclass
class Borrowed:
    """A player with its audio output, and the two slots its borrower connected."""

    player: QMediaPlayer
    output: QAudioOutput
    on_status: StatusSlot
    on_error: ErrorSlot
    returned: bool = False


_FREE: list[tuple[QMediaPlayer, QAudioOutput]] = []


def take_player(on_status: StatusSlot, on_error: ErrorSlot, owner: QObject | None = None) -> Borrowed:
    """A player (new, or one given back) with `on_status` and `on_error` connected.

    With `owner`, the player is given back when the owner is destroyed.
    """
    if _FREE:
        player, output = _FREE.pop()
    else:
        app = QCoreApplication.instance()
        output = QAudioOutput(app)
        player = QMediaPlayer(app)
        player.setAudioOutput(output)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    borrowed = Borrowed(player, output, on_status, on_error)
    if owner is not None:
        owner.destroyed.connect(lambda *_: give_back(borrowed))  # holds the record, not the owner
    return borrowed


def give_back(borrowed: Borrowed) -> None:
    """Stop using a player: paused, emptied, disconnected from its borrower, kept for the next one."""
    if borrowed.returned:
        return
    borrowed.returned = True
    player = borrowed.player
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a slot already gone with its object
        for signal, slot in ((player.mediaStatusChanged, borrowed.on_status), (player.errorOccurred, borrowed.on_error)):
            try:
                signal.disconnect(slot)
            except Exception:  # noqa: BLE001 - the borrower is being destroyed: its slots may be gone already
                pass
    # pause(), not stop(): stopping a playing QMediaPlayer (FFmpeg back end) can deadlock.
    player.pause()
    player.setSource(QUrl())
    player.setPlaybackRate(1.0)
    _FREE.append((player, borrowed.output))


def pooled() -> int:
    """How many players wait in the pool (for tests)."""
    return len(_FREE)


def is_pooled(player: QMediaPlayer) -> bool:
    """Whether `player` was given back and waits in the pool (for tests)."""
    return any(p is player for p, _ in _FREE)
