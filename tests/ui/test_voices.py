"""Voices: the lesson's language picks the voice, the bar lists English voices, speakers get their own."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from presenter.speech import SpeechWorker
from ui_support import narrated_window


def test_voices_for_lesson_and_speakers(qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path) -> None:
    worker = SpeechWorker()
    try:
        w, stage = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)
        narrator = w.narrator
        assert narrator is not None
        qtbot.waitUntil(lambda: w.narration_bar.voice.count() > 2, timeout=15000)
        names = [w.narration_bar.voice.itemText(i) for i in range(w.narration_bar.voice.count())]
        assert "English (America)" in names and all("French" not in n for n in names)
        # The lesson is en-US and names no voice: the natural voice comes first, eSpeak NG is offered too.
        assert narrator.voice == "piper:en_US-joe-medium"
        assert w.narration_bar.voice.currentData() == "piper:en_US-joe-medium"
        index = narrator.deck.deck.index
        journalist = next(s.index for s in index.sentences if index.paragraphs[s.paragraph].speaker == "Journalist")
        narrator.speaker_voices = {"Journalist": "gmw/en"}
        assert narrator.request_for(journalist).voice == "gmw/en"
        assert narrator.request_for(0).voice == "piper:en_US-joe-medium"
        assert stage.voices and stage.voices[0].id == "piper:en_US-joe-medium"
    finally:
        worker.close()
