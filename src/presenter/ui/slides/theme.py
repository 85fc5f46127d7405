"""Colour themes and the slide font: light, dark and high contrast, all at least 7:1 for body text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

# A clean sans-serif first; the fallbacks all cover accented Latin letters.
FONT_FAMILIES = ["Atkinson Hyperlegible", "Inter", "Segoe UI", "Helvetica Neue", "Arial",
                 "Noto Sans", "DejaVu Sans", "Liberation Sans", "sans-serif"]


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours of a slide."""

    name: str
    background: str
    text: str
    muted: str
    accent: str
    mark: str
    sentence: str
    word: str
    word_text: str
    progress: str

    def color(self, field: str) -> QColor:
        """One of the theme's colours as a QColor."""
        return QColor(getattr(self, field))


THEMES = {
    "light": Theme("light", background="#fbfaf6", text="#1b1b1b", muted="#4a4a4a", accent="#0b5394",
                   mark="#0b5394", sentence="#fff1b8", word="#ffcf3f", word_text="#000000", progress="#0b5394"),
    "dark": Theme("dark", background="#16181d", text="#f2f2f2", muted="#c4c4c4", accent="#8cc8ff",
                  mark="#8cc8ff", sentence="#2f3a4d", word="#ffd54a", word_text="#000000", progress="#8cc8ff"),
    "contrast": Theme("contrast", background="#000000", text="#ffffff", muted="#ffffff", accent="#ffff00",
                      mark="#ffff00", sentence="#00306e", word="#ffff00", word_text="#000000", progress="#ffff00"),
}
DEFAULT_THEME = "light"


def theme_named(name: str) -> Theme:
    """The theme called `name`, or the default one for an unknown name."""
    return THEMES.get(name, THEMES[DEFAULT_THEME])


def slide_font(px: int, *, bold: bool = False, letter_spacing: float = 100.0) -> QFont:
    """The slide font at a pixel size."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(px, 1))
    font.setBold(bold)
    if letter_spacing != 100.0:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, letter_spacing)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
