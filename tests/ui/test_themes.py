"""Every theme's body text stands out at least 7:1 from its background (WCAG AAA)."""

import pytest

from presenter.ui.theme import THEMES


def luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_body_text_contrast(name: str) -> None:
    t = THEMES[name]
    assert contrast(t.text, t.background) >= 7.0
    assert contrast(t.text, t.sentence) >= 7.0  # the shaded sentence being read
    assert contrast(t.word_text, t.word) >= 7.0  # the highlighted word
    assert contrast(t.muted, t.background) >= 4.5
    assert contrast(t.accent, t.background) >= 4.5
