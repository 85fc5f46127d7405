"""Where a slide's said words sit on the slide: labels unsaid, every said word placed once."""

from presenter.presenting.speech import _placed
from presenter.presenting.types import SayText


def test_said_words_map_to_the_slide_past_option_labels() -> None:
    for shown, said in (("Is it? True or false?\nA) a cat\nB) the dog", "Is it? True or false? a cat the dog"),
                        ("Talk\n1. one thing\n10. two", "Talk one thing two"), ("word", "word")):
        parts = _placed(shown, said)
        assert all(said[a:a + n] == shown[b:b + n] for a, b, n in parts)
        assert sum(n for _, _, n in parts) + len(parts) - 1 == len(said)  # every said character placed
        target = SayText(said, 3, parts)
        last = said.split()[-1]
        start = said.rindex(last)
        assert target.shown(start, start + len(last)) == (shown.rindex(last), shown.rindex(last) + len(last))


def test_a_said_range_off_the_slide_lights_nothing() -> None:
    assert SayText("Title. Text", 0).shown(0, 5) is None
