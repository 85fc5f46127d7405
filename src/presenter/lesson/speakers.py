"""Speaker labels at the start of a reading's paragraph ("Ken Dewoskin, Economist:", "**Ann:**")."""

from __future__ import annotations

import re

from presenter.lesson.items import plain

_SPEAKER_BOLD = re.compile(r"\*\*([^*]{1,60}?):\*\*\s*|\*\*([^*]{1,60}?)\*\*:\s*")
_SPEAKER_PLAIN = re.compile(r"([^:\\]{1,60}):\s+(?=\S)")
_NOT_IN_LABEL = set('."“”?!«»\\[]()*')
_NAME_PARTICLES = frozenset(("de", "da", "van", "von", "der", "al", "bin", "la", "le", "of", "the", "y"))
_TITLES = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Sr|Jr|Rev|Capt|Gen|Sgt|Lt)\.")


def split_speaker(raw: str) -> tuple[str | None, str]:
    """Split a speaker label ("Ken Dewoskin, Economist:") from the words, if the paragraph has one."""
    if m := _SPEAKER_BOLD.match(raw):
        return plain(m.group(1) or m.group(2)), raw[m.end() :]
    plain_match = _SPEAKER_PLAIN.match(raw)
    if not plain_match:
        return None, raw
    label = plain_match.group(1).strip()
    # Titles keep their full stop ("Dr. Chen:"); that full stop is no sentence ending.
    checked = _TITLES.sub(lambda t: t.group(0)[:-1], label)
    name = checked.split(",", 1)[0].split()
    # The name before any role ("Ken Dewoskin, Economist") is capitalised word by word;
    # that tells "Ann: hello" from a sentence like "She said: hello".
    if (len(label.split()) > 6 or _NOT_IN_LABEL.intersection(checked) or "\n" in label
            or not name or not all(w[:1].isupper() or w.isdigit() or w in _NAME_PARTICLES for w in name)):
        return None, raw
    return label, raw[plain_match.end() :]


