"""pocketsphinx forced alignment of a clip to its own words: the independent check of measured word times."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable

from presenter.speech.model import Clip

# Wide beams and a single pass: with the defaults the aligner gives up on eSpeak's voice
# at 175 words a minute and returns no segmentation at all.
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


def aligned_starts(clip: Clip, phonemize: Callable[[str], str] | None = None) -> list[int]:
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
            assert phonemize is not None, f"{word!r} is not in pocketsphinx's dictionary: pass `phonemize`"
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
