"""The About box: the version from the package metadata, and every bundled component's licence."""

from __future__ import annotations

from importlib import metadata

from pytestqt.qtbot import QtBot

from presenter.ui.app.about import COMPONENTS, AboutDialog, about_html, licence_folder

REQUIRED = {
    "Qt": "LGPL-3.0",
    "PySide6": "LGPL-3.0",
    "eSpeak NG": "GPL-3.0",
    "pyttsx3": "MPL-2.0",
    "markdown-it-py": "MIT",
    "PyYAML": "MIT",
    "LemmInflect": "MIT",
    "Piper": "GPL-3.0-or-later",
    "ONNX Runtime": "MIT",
    "segno": "BSD-3-Clause",
    "Joe, US English Piper voice": "MIT (package); dataset CC0",
    "WordNet 3.0": "WordNet-3.0",
    "wordfreq": "Apache-2.0 (code); CC-BY-SA-4.0",
}


def test_lists_the_version_and_every_bundled_licence() -> None:
    text = about_html("linux")
    assert f"Presenter {metadata.version('presenter')}" in text
    for name, licence in REQUIRED.items():
        component = next(c for c in COMPONENTS if c.name.startswith(name))
        assert component.licence.startswith(licence), name
        assert name in text and component.licence in text, name
    assert "GPL-3.0-or-later" in text  # presenter's own licence


def test_the_importers_dictionaries_have_their_licence_texts_bundled() -> None:
    from pathlib import Path

    kept = Path(__file__).resolve().parents[2] / "packaging" / "licenses"
    assert "Princeton University" in (kept / "WordNet-3.0.txt").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in (kept / "wordfreq-data.txt").read_text(encoding="utf-8")
    text = about_html("linux")
    assert "WordNet 3.0" in text and "wordfreq" in text and "suggested definitions" in text


def test_leaves_espeak_out_where_the_system_voices_are_used() -> None:
    # Its own row (the library and voice data); Piper's row says it carries eSpeak's phonemizer.
    assert ">eSpeak NG</a>" not in about_html("win32")
    assert ">eSpeak NG</a>" not in about_html("darwin")
    assert ">eSpeak NG</a>" in about_html("linux")


def test_from_source_there_is_no_licence_folder() -> None:
    assert licence_folder() is None
    assert "installed metadata" in about_html()


def test_dialog_shows_the_text_with_links_to_the_projects(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "About" in dialog.windowTitle()
    shown = dialog.browser.toPlainText()
    assert "Presenter" in shown and "LGPL-3.0-only" in shown
    assert dialog.browser.openExternalLinks()
    assert "https://www.qt.io/" in dialog.browser.toHtml()
