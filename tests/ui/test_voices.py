"""Voices: the lesson's language picks the voice, the bar lists English voices, speakers get their own."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from presenter.narration.cache import ClipCache
from presenter.speech import SpeechWorker
from presenter.ui.clipsource import ClipSource
from presenter.ui.session import LessonSession
from presenter.ui.settings_store import SettingsStore
from presenter.ui.stage import Stage
from presenter.ui.window import PresentationWindow


def test_voices_for_lesson_and_speakers(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker()
    try:
        w = PresentationWindow()
        qtbot.addWidget(w)
        settings = SettingsStore(tmp_path / "s.ini")
        session = LessonSession(w, settings, interactive=False)
        stage = Stage(w, settings, clips=ClipSource(worker, ClipCache(tmp_path / "clips"), parent=w))
        w.show()
        assert session.open(sample_lesson_path)
        narrator = w.narrator
        assert narrator is not None
        qtbot.waitUntil(lambda: w.narration_bar.voice.count() > 2, timeout=15000)
        names = [w.narration_bar.voice.itemText(i) for i in range(w.narration_bar.voice.count())]
        assert "English (America)" in names and all("French" not in n for n in names)
        assert narrator.voice == "gmw/en-us"  # the lesson is en-US and names no voice
        assert w.narration_bar.voice.currentData() == "gmw/en-us"
        index = narrator.deck.deck.index
        journalist = next(s.index for s in index.sentences if index.paragraphs[s.paragraph].speaker == "Journalist")
        narrator.speaker_voices = {"Journalist": "gmw/en"}
        assert narrator.request_for(journalist).voice == "gmw/en"
        assert narrator.request_for(0).voice == "gmw/en-us"
        assert stage.voices and stage.voices[0].id == "gmw/en-us"
    finally:
        worker.close()
