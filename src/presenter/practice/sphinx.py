"""The real checker: pocketsphinx forced alignment of the sentence, scored against a free phone pass."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from presenter.practice.audio import SILENT, loudest, read_for_check
from presenter.practice.model import CheckResult, PracticeError
from presenter.practice.scoring import AlignedWord, Measured, Segment, Thresholds, judge
from presenter.practice.words import sentence_words

# Wide beams for the alignment: with pocketsphinx's defaults it gives up on fast or odd voices
# and returns no segmentation at all (docs/practice.md).
ALIGN = {"beam": 1e-100, "wbeam": 1e-80, "pbeam": 1e-100, "fwdflat": False, "bestpath": False}
LOOP = {"beam": 1e-40, "pbeam": 1e-40, "lw": 1.0, "bestpath": False}  # calibrated: docs/practice.md
_LOG_BASE = math.log(1.0001)  # the recogniser's scores come back as probabilities of this log base
_LETTERS = {"a": "AE", "b": "B", "c": "K", "d": "D", "e": "EH", "f": "F", "g": "G", "h": "HH", "i": "IH", "j": "JH",
            "k": "K", "l": "L", "m": "M", "n": "N", "o": "AA", "p": "P", "q": "K", "r": "R", "s": "S", "t": "T",
            "u": "AH", "v": "V", "w": "W", "x": "K S", "y": "Y", "z": "Z"}
_DIGRAPHS = {"sh": "SH", "ch": "CH", "th": "TH", "ng": "NG", "ee": "IY", "oo": "UW", "ou": "AW", "ai": "EY",
             "ay": "EY", "oa": "OW", "ph": "F", "ck": "K", "ie": "IY", "ea": "IY", "iu": "Y UW", "ei": "EY"}


def guess_phones(word: str) -> str:
    """A rough pronunciation from the spelling, so that a name absorbs its own audio (it is not judged)."""
    phones: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _DIGRAPHS:
            phones.append(_DIGRAPHS[pair])
            i += 2
            continue
        if word[i] in _LETTERS:
            phones.append(_LETTERS[word[i]])
        i += 1
    return " ".join(phones) or "AH"


def _segments(decoder: Any) -> list[Segment]:
    if decoder.hyp() is None:  # no path through the search: seg() has nothing to give
        return []
    return [Segment(re.sub(r"\(\d+\)$", "", s.word), s.start_frame, s.end_frame,
                    math.log(max(s.ascore, 1e-300)) / _LOG_BASE) for s in decoder.seg()]


class SphinxChecker:
    """Checks recordings with pocketsphinx's US English model (loaded once, about 0.5 s)."""

    def __init__(self, thresholds: Thresholds = Thresholds()) -> None:
        """Load the acoustic model and dictionary; raises PracticeError if pocketsphinx is missing."""
        try:
            import pocketsphinx
        except ImportError as exc:
            raise PracticeError("reading checks need pocketsphinx (pip install pocketsphinx)") from exc
        self.thresholds = thresholds
        model = Path(pocketsphinx.get_model_path())
        self._aligner = pocketsphinx.Decoder(lm=None, loglevel="FATAL", **ALIGN)
        self._loop = pocketsphinx.Decoder(allphone=str(model / "en-us" / "en-us-phone.lm.bin"), lm=None,
                                          loglevel="FATAL", **LOOP)

    def check(self, sentence: str, recording: Path) -> CheckResult:
        """Mark each word of `sentence` as heard in `recording`."""
        m = self.measure(sentence, recording)
        return judge(m.words, m.silences, m.loop, m.frames, self.thresholds)

    def measure(self, sentence: str, recording: Path) -> Measured:
        """Align `sentence` to `recording` and run the free phone pass: what `judge` (and the benchmark) reads."""
        words = sentence_words(sentence)
        if not words:
            raise PracticeError("the sentence has no words to read")
        pcm = read_for_check(recording)
        if loudest(pcm) < SILENT:
            raise PracticeError(f"{recording}: the recording is silent; check the microphone and record again")
        frames = len(pcm) // 320  # 10 ms frames at 16 kHz, 2 bytes a sample
        if frames < 30:
            raise PracticeError(f"{recording}: the recording is too short to hold a sentence; record again")
        judged, tokens = self._prepare(words)
        aligned = self._align(" ".join(t for t, _ in tokens), pcm)
        if aligned is None:  # nothing in the recording fits the sentence at all: no word of it was read
            return Measured([AlignedWord(w.text, 0, frames - 1, -1e9, 1, ok) for w, ok in zip(words, judged)], [], [],
                            frames, pcm)
        spoken = [s for s in aligned if not s.name.startswith(("<", "["))]
        silences = [s for s in aligned if s.name.startswith(("<", "["))]
        if len(spoken) != len(tokens):
            raise PracticeError("the recogniser lost track of the sentence; record it again")
        result: list[AlignedWord] = []
        i = 0
        for word, ok in zip(words, judged):
            part = spoken[i : i + len(word.spoken)]
            phones = sum(n for _, n in tokens[i : i + len(word.spoken)])
            i += len(word.spoken)
            result.append(AlignedWord(word.text, part[0].start, part[-1].end, sum(s.score for s in part), phones, ok))
        self._loop.start_utt()
        self._loop.process_raw(pcm, full_utt=True)
        self._loop.end_utt()
        return Measured(result, silences, _segments(self._loop), frames, pcm)

    def _prepare(self, words: list[Any]) -> tuple[list[bool], list[tuple[str, int]]]:
        """Whether each word is judged, and the spoken tokens with their phone counts (unknown ones added)."""
        judged: list[bool] = []
        tokens: list[tuple[str, int]] = []
        for word in words:
            known = not any(c.isdigit() for c in word.text)
            for token in word.spoken:
                phones = self._aligner.lookup_word(token)
                if phones is None:
                    known = False
                    phones = guess_phones(token)
                    self._aligner.add_word(token, phones, True)
                tokens.append((token, len(phones.split())))
            judged.append(known)
        return judged, tokens

    def _align(self, text: str, pcm: bytes) -> list[Segment] | None:
        d = self._aligner
        d.set_align_text(text)
        d.start_utt()
        d.process_raw(pcm, full_utt=True)
        d.end_utt()
        segments = _segments(d)
        return segments or None
