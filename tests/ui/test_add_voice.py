"""Narration ▸ Add voice… in the real window: a downloaded zip or folder is checked, copied in and offered at once."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from presenter.speech import SpeechWorker
from presenter.speech.factory import create_engine
from presenter.speech.piper_voices import package_voices
from ui_support import narrated_window

pytestmark = pytest.mark.slow


def trigger(window, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click a menu item by its text, as the teacher would."""
    window.menus.fill()
    menu = window.menus.menus["narration"]
    action = next(a for a in menu.actions() if a.text() == text)
    action.trigger()


def test_add_voice_from_a_zip_offers_it_and_a_cut_one_is_refused(
        qtbot: QtBot, tmp_path: Path, sample_lesson_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = package_voices()[0][0]
    archive, cut = tmp_path / "download.zip", tmp_path / "cut.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.write(good.model, "voice/en_US-joel-medium.onnx")
        z.write(good.config, "voice/en_US-joel-medium.onnx.json")
    with zipfile.ZipFile(cut, "w", zipfile.ZIP_STORED) as z:
        z.writestr("en_US-cut-medium.onnx", good.model.read_bytes()[:5_000_000])
        z.write(good.config, "en_US-cut-medium.onnx.json")
    unpacked = tmp_path / "Downloads" / "en_US-jo-medium"  # a download unpacked into a folder of its own
    unpacked.mkdir(parents=True)
    (unpacked / "en_US-jo-medium.onnx").symlink_to(good.model)
    (unpacked / "en_US-jo-medium.onnx.json").write_bytes(good.config.read_bytes())
    voices = tmp_path / "voices"
    worker = SpeechWorker(lambda: create_engine(voices))
    try:
        w, stage = narrated_window(qtbot, tmp_path, sample_lesson_path, worker)
        stage.voices_dir = voices
        qtbot.waitUntil(lambda: w.narration_bar.voice.count() > 2, timeout=20000)
        warnings: list[str] = []
        monkeypatch.setattr("presenter.ui.audio.add_voice.QMessageBox.warning", lambda _p, _t, why: warnings.append(why))
        picks = iter([cut, archive, unpacked.parent])
        monkeypatch.setattr("presenter.ui.audio.add_voice.ask_for_voice", lambda _parent: next(picks))
        trigger(w, "Add voice…")
        qtbot.waitUntil(lambda: bool(warnings), timeout=30000)
        assert "does not load" in warnings[0] and not any(voices.glob("en_US-cut*"))
        trigger(w, "Add voice…")
        combo = w.narration_bar.voice
        qtbot.waitUntil(lambda: combo.findData("piper:en_US-joel-medium") >= 0, timeout=30000)
        assert (voices / "en_US-joel-medium.onnx").stat().st_size == good.model.stat().st_size
        assert any(v.id == "piper:en_US-joel-medium" and v.engine == "piper" for v in stage.voices)
        trigger(w, "Add voice…")  # the folder holding the unpacked download
        qtbot.waitUntil(lambda: combo.findData("piper:en_US-jo-medium") >= 0, timeout=30000)
        assert not (voices / "en_US-jo-medium.onnx").is_symlink()  # a copy: the download may be deleted
    finally:
        worker.close()
