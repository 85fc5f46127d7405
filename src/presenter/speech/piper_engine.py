"""The natural voice: Piper (an offline neural voice), with word times from the model's own durations."""

from __future__ import annotations

import hashlib
import os
import threading
from importlib import metadata
from pathlib import Path
from typing import Any

from presenter.speech.model import Clip, SpeechCancelled, SpeechError, Voice
from presenter.speech.piper_voices import PiperVoiceFiles, VoiceFileError
from presenter.speech.piper_words import word_timings
from presenter.speech.timings import estimate_word_timings, word_spans
from presenter.speech.wav import write_wav

# onnxruntime (1.32) sends usage telemetry to Microsoft and writes a session file in TMPDIR
# unless this is set before it loads (measured: $TMPDIR/.ses). The app stays offline and leaves
# nothing behind; every import of piper (and so onnxruntime) goes through this module.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

# The words per minute at which a voice speaks at its own pace (length scale 1): the lesson's
# default rate, so speed 1.0× of a lesson at that rate is the voice as it was trained.
NATURAL_WPM = 150
MIN_LENGTH_SCALE, MAX_LENGTH_SCALE = 0.5, 2.5
_MIN_CLIP_MS = 100
_ENDS = frozenset(".!?")


def file_hash(*paths: Path) -> str:
    """A short SHA-256 of the files' contents (the cache key changes when a voice file does)."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as f:
            while block := f.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()[:16]


class PiperEngine:
    """Speech through Piper voices; word timings are MEASURED from the model's phoneme durations.

    Each voice is loaded on first use, on the engine's thread, once; a voice that cannot load
    raises VoiceFileError every time it is asked for (the caller falls back to another engine).
    """

    def __init__(self, voices: list[PiperVoiceFiles]) -> None:
        import piper  # noqa: F401  - fail here (SpeechUnavailable upstream) when piper-tts is missing

        self._files = {v.voice.id: v for v in voices}
        self._loaded: dict[str, Any] = {}
        self._failed: dict[str, str] = {}
        self._cancel = threading.Event()
        self._run: _Interruptible | None = None  # the model run in progress, stopped by cancel()
        # The clip cache keys on engine_version: with each voice's file hash in it, a voice whose
        # files change (a newer download under the same name) is never heard from old clips.
        hashes = ",".join(f"{v.model.name}@{_hash_or_missing(v)}" for v in voices)
        self.engine_version = f"piper-tts/{metadata.version('piper-tts')}[{hashes}]"

    def voices(self) -> list[Voice]:
        """The Piper voices found (installed packages first)."""
        return [v.voice for v in self._files.values()]

    def add(self, files: PiperVoiceFiles) -> None:
        """Offer one more voice (one the teacher added while the app runs)."""
        self._files.setdefault(files.voice.id, files)

    def cancel(self) -> None:
        """Make the synthesis in progress stop at its next step (inside the model too) and raise SpeechCancelled."""
        self._cancel.set()
        run = self._run
        if run is not None:
            run.stop()

    def load(self, voice_id: str) -> Any:
        """The loaded voice (loading it the first time); raises VoiceFileError with the reason."""
        if voice_id in self._loaded:
            return self._loaded[voice_id]
        if voice_id in self._failed:
            raise VoiceFileError(self._failed[voice_id])
        files = self._files.get(voice_id)
        if files is None:
            raise VoiceFileError(f"no Piper voice {voice_id!r}; see `presenter voices`")
        import importlib.util

        from piper import PiperVoice

        try:
            # include_alignments patches the model in memory (with onnx) so it also returns its
            # durations; the bundle ships no onnx but a voice patched at build time.
            patch = importlib.util.find_spec("onnx") is not None
            loaded = PiperVoice.load(files.model, files.config, include_alignments=patch)
        except Exception as exc:  # protobuf, onnxruntime, JSON: all mean "this file is damaged"
            message = (f"the voice {files.model.name} could not be loaded ({type(exc).__name__}: "
                       f"{str(exc)[:120]}); replace its files (Narration ▸ Add voice…)")
            self._failed[voice_id] = message
            raise VoiceFileError(message) from None
        loaded.session = _Interruptible(loaded.session)
        self._loaded[voice_id] = loaded
        return loaded

    def synthesize(self, text: str, out_wav: Path, *, voice: str | None, rate_wpm: int) -> Clip:
        """Speak `text` into `out_wav` with word times from the model's phoneme durations."""
        self._cancel.clear()
        voice_id = voice or next(iter(self._files), "")
        model = self.load(voice_id)
        from piper import SynthesisConfig

        id_map = model.config.phoneme_id_map
        phonemes = [p for p in _one_sentence(model.phonemize(text)) if p in id_map]
        if not phonemes:
            phonemes = [" "]
        self._check_cancel(text)
        scale = model.config.length_scale * NATURAL_WPM / max(1, rate_wpm)
        scale = min(MAX_LENGTH_SCALE, max(MIN_LENGTH_SCALE, scale))
        self._run = model.session
        try:
            model.session.start()
            if self._cancel.is_set():  # cancelled between the check above and the start
                model.session.stop()
            result = model.phoneme_ids_to_audio(model.phonemes_to_ids(phonemes), SynthesisConfig(length_scale=scale),
                                                include_alignments=True)
        except Exception:
            if self._cancel.is_set():  # onnxruntime stopped the run: "Exiting due to terminate flag"
                raise SpeechCancelled(f"cancelled: {text[:40]!r}") from None
            raise
        finally:
            self._run = None
        self._check_cancel(text)
        audio, id_samples = result if isinstance(result, tuple) else (result, None)
        rate = int(model.config.sample_rate)
        pcm = _pcm(audio)
        min_bytes = rate * _MIN_CLIP_MS // 1000 * 2
        if len(pcm) < min_bytes:
            pcm += bytes(min_bytes - len(pcm))
        duration_ms = round(len(pcm) // 2 * 1000 / rate)
        write_wav(out_wav, pcm, rate)
        if id_samples is None:  # a model without the duration output: estimate instead
            return Clip(text, out_wav, duration_ms, rate, estimate_word_timings(text, duration_ms), "estimated")
        stream = ["^", *phonemes, "$"]
        samples = _per_phoneme(stream, [int(n) for n in id_samples], id_map)
        words = [_flat(model.phonemize(text[a:z])) for a, z in word_spans(text)]
        timings = word_timings(text, stream, samples, words, rate)
        return Clip(text, out_wav, duration_ms, rate, timings, "measured")

    def _check_cancel(self, text: str) -> None:
        if self._cancel.is_set():
            raise SpeechCancelled(f"cancelled: {text[:40]!r}")


class _Interruptible:
    """A voice's onnxruntime session whose run can be stopped from another thread (a sentence wanted sooner)."""

    def __init__(self, session: Any) -> None:
        import onnxruntime

        self._session = session
        self._new_options = onnxruntime.RunOptions
        self._options = onnxruntime.RunOptions()

    def start(self) -> None:
        """Fresh run options for the next run (a stopped run's options stay stopped)."""
        self._options = self._new_options()

    def stop(self) -> None:
        """Stop the run in progress at its next node (onnxruntime checks the flag between nodes)."""
        self._options.terminate = True

    def run(self, outputs: Any, feeds: Any, run_options: Any = None) -> Any:
        """The session's run, with options that `stop` can reach."""
        return self._session.run(outputs, feeds, self._options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def check_loads(model: Path, config: Path) -> None:
    """Raise when the voice in `model` + `config` does not load (as the engine would load it)."""
    from piper import PiperVoice

    PiperVoice.load(model, config, include_alignments=True)


def _hash_or_missing(files: PiperVoiceFiles) -> str:
    try:
        return file_hash(files.model, files.config)
    except OSError:
        return "missing"


def _flat(sentences: list[list[str]]) -> list[str]:
    """Phoneme lists of several sentences as one list, a space between them."""
    out: list[str] = []
    for part in sentences:
        if out:
            out.append(" ")
        out.extend(part)
    return out


def _one_sentence(sentences: list[list[str]]) -> list[str]:
    """One phoneme stream for text the app already cut into one sentence.

    eSpeak ends a sentence at "Mr." or "U.S." too: its full stop would become a pause in the
    middle of ours, so the ends of all but the last part are dropped.
    """
    parts = [list(p) for p in sentences if p]
    for part in parts[:-1]:
        while part and (part[-1] in _ENDS or part[-1].isspace()):
            part.pop()
    return _flat([p for p in parts if p])


def _per_phoneme(stream: list[str], id_samples: list[int], id_map: dict[str, list[int]]) -> list[int]:
    """Samples per phoneme: each phoneme's ids and the padding after it (none after the end)."""
    pad = len(id_map.get("_", []))
    out: list[int] = []
    i = 0
    for k, p in enumerate(stream):
        n = len(id_map.get(p, [])) + (pad if k < len(stream) - 1 else 0)
        out.append(sum(id_samples[i:i + n]))
        i += n
    if i != len(id_samples):
        raise SpeechError(f"Piper returned {len(id_samples)} durations for {i} phoneme ids")
    return out


def _pcm(audio: Any) -> bytes:
    """16-bit PCM from the model's float audio, scaled to full range as Piper itself does."""
    import numpy as np

    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    scaled = audio / peak if peak > 1e-8 else np.zeros_like(audio)
    return bytes(np.clip(scaled * 32767.0, -32767, 32767).astype("<i2").tobytes())
