"""The words of a sentence as the recogniser's dictionary spells them (no Qt, no recogniser)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presenter.text.sentences import word_spans

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


@dataclass(frozen=True, slots=True)
class SentenceWord:
    """A written word and what a reader says for it (a number is several spoken words)."""

    text: str
    spoken: tuple[str, ...]


def sentence_words(sentence: str) -> list[SentenceWord]:
    """The sentence's words in order, each with the dictionary words a reader would say."""
    out = []
    for span in word_spans(sentence):
        text = sentence[span.start : span.end]
        out.append(SentenceWord(text, spoken_forms(text)))
    return out


def spoken_forms(text: str) -> tuple[str, ...]:
    """"Chinese-made" → ("chinese", "made"), "2020" → ("twenty", "twenty"), "it’s" → ("it's",)."""
    t = text.lower().replace("’", "'").replace("‘", "'").strip("'.,-")
    if re.fullmatch(r"\d[\d,]*(\.\d+)?", t):
        return _number(t.replace(",", ""))
    return tuple(p for p in re.split(r"[-–]", t) if p)


def _number(t: str) -> tuple[str, ...]:
    whole, _, decimals = t.partition(".")
    n = int(whole)
    if 1100 <= n <= 2099 and n % 100 and not decimals and (n < 2000 or n >= 2010):  # a year: "twenty twenty"
        words = _under_100(n // 100) + _under_100(n % 100)
    else:
        words = _integer(n)
    if decimals:
        words += ("point",) + tuple(_ONES[int(d)] for d in decimals)
    return words


def _integer(n: int) -> tuple[str, ...]:
    if n >= 10**9:
        return _integer(n // 10**9) + ("billion",) + (_integer(n % 10**9) if n % 10**9 else ())
    if n >= 10**6:
        return _integer(n // 10**6) + ("million",) + (_integer(n % 10**6) if n % 10**6 else ())
    if n >= 1000:
        return _integer(n // 1000) + ("thousand",) + (_integer(n % 1000) if n % 1000 else ())
    if n >= 100:
        return (_ONES[n // 100], "hundred") + (_under_100(n % 100) if n % 100 else ())
    return _under_100(n)


def _under_100(n: int) -> tuple[str, ...]:
    if n < 20:
        return (_ONES[n],)
    return (_TENS[n // 10],) + ((_ONES[n % 10],) if n % 10 else ())
