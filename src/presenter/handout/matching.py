"""Whether a word or phrase occurs in the reading, allowing the usual English endings."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_VOWELS = set("aeiou")
_PLACEHOLDERS = frozenset("sb sth sw smb smth someone somebody something somewhere one's oneself".split())
# Irregular verbs and plurals: a term in its base form must still be found in "took part", "children".
_IRREGULAR_TEXT = """
be was were been being am is are|have has had having|do does did done doing|go goes went gone going|
take took taken|make made|give gave given|get got gotten|come came|run ran|buy bought|catch caught|bring brought|
think thought|find found|hold held|keep kept|leave left|lose lost|pay paid|say said|see saw seen|sell sold|send sent|
stand stood|tell told|win won|write wrote written|break broke broken|choose chose chosen|drive drove driven|
eat ate eaten|fall fell fallen|feel felt|fly flew flown flies|forget forgot forgotten|grow grew grown|know knew known|
lead led|meet met|rise rose risen|speak spoke spoken|spend spent|steal stole stolen|teach taught|throw threw thrown|
wear wore worn|begin began begun|become became|build built|deal dealt|draw drew drawn|drink drank drunk|hear heard|
hide hid hidden|lay laid|lend lent|light lit|mean meant|ride rode ridden|ring rang rung|seek sought|shake shook shaken|
shine shone|shoot shot|show shown|sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|strike struck|
swim swam swum|swing swung|tear tore torn|wake woke woken|bear bore born borne|beat beaten|bite bit bitten|
blow blew blown|bend bent|bind bound|dig dug|feed fed|fight fought|flee fled|forbid forbade forbidden|
freeze froze frozen|hang hung|arise arose arisen|awake awoke|bleed bled|breed bred|burn burnt|dream dreamt|
forgive forgave forgiven|lie lay lain lied|overcome overcame|spin spun|split|spread|stick stuck|sting stung|
strive strove striven|swear swore sworn|sweep swept|undergo underwent undergone|undertake undertook undertaken|
withdraw withdrew withdrawn|child children|man men|woman women|person people|foot feet|tooth teeth|mouse mice|
crisis crises|analysis analyses|phenomenon phenomena|criterion criteria|medium media|datum data|good better best|
bad worse worst|far further farther furthest|little less least|much more most|many more most
"""
_IRREGULAR: dict[str, set[str]] = {}
for _group in _IRREGULAR_TEXT.replace("\n", "").split("|"):
    _forms = _group.split()
    if _forms:
        _IRREGULAR.setdefault(_forms[0], set()).update(_forms[1:])


def words_of(text: str) -> list[str]:
    """The lower-case words of `text`; hyphens and slashes separate words ("zero-in" is two)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def variants(word: str) -> set[str]:
    """Spellings of `word` with an ending: score → scores, scored, scoring; bar → barred; try → tried."""
    w = word.lower().replace("’", "'")
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "ers", w + "ly", w + "'s",
           w + "est", w + "ment", w + "ments"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w[:-1] + "er", w[:-1] + "ers", w[:-1] + "ion", w[:-1] + "y"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        out |= {w[:-1] + "ies", w[:-1] + "ied", w[:-1] + "ier", w[:-1] + "ily"}
    if len(w) >= 3 and w[-1] not in _VOWELS | {"w", "x", "y"} and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        # One vowel before a final consonant doubles it: bar → barred, run → running.
        out |= {w + w[-1] + "ed", w + w[-1] + "ing", w + w[-1] + "er", w + w[-1] + "ers"}
    if w.endswith("ic"):
        out.add(w + "ally")
    if w.endswith("le"):
        out.add(w[:-1] + "y")
    if w.endswith("fe"):
        out.add(w[:-2] + "ves")
    elif w.endswith("f"):
        out.add(w[:-1] + "ves")
    out |= _IRREGULAR.get(w, set())
    # British and American spellings: apologise/apologize, colour/color, centre/center.
    for a, b in (("ise", "ize"), ("isi", "izi"), ("yse", "yze"), ("our", "or"), ("tre", "ter")):
        if a in w:
            out |= {v.replace(a, b) for v in out}
        elif b in w:
            out |= {v.replace(b, a) for v in out}
    return out


class ReadingIndex:
    """The reading's words with their positions, to find words and phrases quickly."""

    def __init__(self, texts: Iterable[str]) -> None:
        """Index the words of every paragraph; a phrase never spans two paragraphs."""
        self.words: list[str] = []
        self.positions: dict[str, list[int]] = defaultdict(list)
        for text in texts:
            for w in words_of(text):
                self.positions[w].append(len(self.words))
                self.words.append(w)
            self.words.append("")  # a paragraph break: no phrase runs across it
        self._cache: dict[tuple[str, ...], bool] = {}

    def __bool__(self) -> bool:
        """Whether there is any reading to search."""
        return any(self.words)

    def contains(self, phrase: str, extra_forms: Iterable[str] = ()) -> bool:
        """Whether the phrase (or one of its other forms) occurs, each word with any usual ending."""
        for candidate in (phrase, *extra_forms):
            key = tuple(words_of(candidate))
            if key and self._contains_words(key):
                return True
        return False

    def _contains_words(self, key: tuple[str, ...]) -> bool:
        if key in self._cache:
            return self._cache[key]
        # "take care of sb": a placeholder stands for any word of the reading.
        options = [None if w in _PLACEHOLDERS else variants(w) for w in key]
        first = next((j for j, o in enumerate(options) if o is not None), None)
        if first is None:
            return False
        found = False
        starts = sorted({i - first for v in options[first] or () for i in self.positions.get(v, ())})
        for i in starts:
            if i >= 0 and all(i + j < len(self.words) and self.words[i + j]
                              and (o is None or self.words[i + j] in o) for j, o in enumerate(options)):
                found = True
                break
        self._cache[key] = found
        return found


def bare_term(term: str) -> str:
    """The term without the "to" of a verb ("to row" → "row"), as the text and a matching write it."""
    return re.sub(r"^to\s+", "", term)
