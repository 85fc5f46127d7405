"""Sizes on a slide, derived from the screen: the same numbers for painting and for measuring."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Text sizes the teacher steps through with Ctrl+= / Ctrl+-. The smallest is the floor the
# back row needs: body text at least 1/24 of the screen height (45 px on a 1080-line projector).
TEXT_SCALES = (1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where things go on a slide of a given size."""

    width: int
    height: int
    text_scale: float = 1.0
    easy_reading: bool = False

    @property
    def body_px(self) -> int:
        """Body text size in pixels: never below 1/24 of the height."""
        return max(round(self.min_body_px * max(self.text_scale, 1.0)), self.min_body_px)

    @property
    def min_body_px(self) -> int:
        """The smallest body text the back row can read: 1/24 of the height.

        On a portrait screen the height would give huge text in a narrow column, so the
        height counts for at most 0.8 of the width there (landscape and 5:4 are unaffected).
        """
        return max(math.ceil(min(self.height, self.width * 0.8) / 24), 8)

    @property
    def title_px(self) -> int:
        """Size of slide titles."""
        return max(round(self.height / 13), 12)

    @property
    def small_px(self) -> int:
        """Size of labels (speaker names, slide headers): still readable at the back."""
        return max(round(self.body_px * 0.72), 8)

    @property
    def line_spacing(self) -> float:
        """Line height as a multiple of the font's own line height."""
        return 1.75 if self.easy_reading else 1.4

    @property
    def letter_spacing(self) -> float:
        """Letter spacing in percent of normal (easy reading spreads letters a little)."""
        return 108.0 if self.easy_reading else 100.0

    @property
    def margin_x(self) -> int:
        """Left and right margin."""
        return round(self.width * 0.06)

    @property
    def margin_top(self) -> int:
        """Room above the body: the slide header."""
        return round(self.height * 0.09)

    @property
    def margin_bottom(self) -> int:
        """Room below the body: breathing space and the progress bar."""
        return round(self.height * 0.07)

    @property
    def body_width(self) -> int:
        """Width of the text column."""
        return self.width - 2 * self.margin_x

    @property
    def body_height(self) -> int:
        """Height available to body text."""
        return self.height - self.margin_top - self.margin_bottom

    @property
    def paragraph_gap(self) -> float:
        """Space between paragraphs."""
        return self.body_px * 0.7

    def scaled(self, step: int) -> Geometry:
        """This geometry with the text size moved `step` places along TEXT_SCALES."""
        i = min(range(len(TEXT_SCALES)), key=lambda k: abs(TEXT_SCALES[k] - self.text_scale))
        j = min(max(i + step, 0), len(TEXT_SCALES) - 1)
        return Geometry(self.width, self.height, TEXT_SCALES[j], self.easy_reading)
