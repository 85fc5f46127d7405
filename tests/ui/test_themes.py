"""Every theme's body text stands out at least 7:1 from its background (WCAG AAA)."""

import pytest

from presenter.ui.slides.theme import THEMES
from ui_support import contrast



@pytest.mark.parametrize("name", sorted(THEMES))
def test_body_text_contrast(name: str) -> None:
    t = THEMES[name]
    assert contrast(t.text, t.background) >= 7.0
    assert contrast(t.text, t.sentence) >= 7.0  # the shaded sentence being read
    assert contrast(t.word_text, t.word) >= 7.0  # the highlighted word
    assert contrast(t.muted, t.background) >= 4.5
    assert contrast(t.accent, t.background) >= 4.5
