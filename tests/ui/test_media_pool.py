"""Audio players are reused, never destroyed while the app runs (presenter.ui.audio.media says why)."""

import shiboken6
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from presenter.ui.audio import media
from presenter.ui.audio.chime import Chime


def _players() -> list[QMediaPlayer]:
    app = QApplication.instance()
    assert app is not None
    return app.findChildren(QMediaPlayer)


def test_a_destroyed_chime_gives_its_player_to_the_next(qtbot: QtBot) -> None:
    first = Chime()
    player = first._player
    assert player is not None and first.available
    players = len(_players())
    shiboken6.delete(first)  # as a window's chime goes with the window
    assert media.pooled() >= 1
    for _ in range(3):
        chime = Chime()
        assert chime._player is player  # the same player again, not a new one
        with qtbot.waitSignal(chime.finished, timeout=10_000):
            assert chime.play()
        assert chime.error == ""
        shiboken6.delete(chime)
    assert len(_players()) == players  # none made, none destroyed
    assert shiboken6.isValid(player)


def test_a_returned_player_no_longer_calls_its_old_owner(qtbot: QtBot) -> None:
    calls: list[object] = []
    borrowed = media.take_player(lambda status: calls.append(status), lambda *_: calls.append("error"))
    media.give_back(borrowed)
    media.give_back(borrowed)  # twice is harmless
    assert media.pooled() >= 1 and borrowed.returned
    chime = Chime()
    with qtbot.waitSignal(chime.finished, timeout=10_000):
        chime.play()
    assert calls == []  # the old owner heard nothing of the new one's playing
    shiboken6.delete(chime)
