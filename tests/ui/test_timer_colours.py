"""The countdown's colours stay readable (at least 4.5:1, WCAG AA) in every theme."""

from dataclasses import replace

import pytest

from presenter.ui.slides.theme import THEMES
from ui_support import contrast
from presenter.ui.slides.timerview import TIMER_PALETTES, timer_palette




@pytest.mark.parametrize("name", sorted(THEMES))
def test_timer_text_colours_contrast(name: str) -> None:
    t, p = THEMES[name], TIMER_PALETTES[name]
    for colour in (p.think, p.warning, p.critical, t.accent):  # digits and labels are drawn in these
        assert contrast(colour, t.background) >= 4.5, colour
    assert contrast(t.background, p.critical) >= 4.5  # the last 10 s: digits inverted on critical
    assert contrast(t.accent, t.sentence) >= 4.5  # "Answer" on the answer panel
    assert contrast(t.muted, t.sentence) >= 4.5  # the picker's note on its panel
    assert contrast(p.track, t.background) >= 1.2  # the empty bar is visible (not text)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_levels_look_different(name: str) -> None:
    t, p = THEMES[name], TIMER_PALETTES[name]
    colours = {t.accent, p.think, p.warning, p.critical}
    assert len(colours) == 4


def test_unknown_theme_gets_the_light_palette() -> None:
    assert timer_palette(replace(THEMES["dark"], name="sepia")) == TIMER_PALETTES["light"]
