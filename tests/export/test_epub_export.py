"""EPUB 3 with Media Overlays: epubcheck finds no error, and the SMIL times match the narration and the MP3.

epubcheck runs as `java -jar /usr/share/java/epubcheck.jar` (Debian's /usr/bin/epubcheck wrapper
is broken on Debian 12); the tests that need it are skipped, saying so, where it is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import pytest

from presenter.export.audio import MP3_DELAY_SAMPLES, PARAGRAPH_PAUSE_MS, PAUSE_MS, mp3_duration_ms
from presenter.export.epub import ACTIVE_CLASS, write_epub
from presenter.export.narration_files import Narration, render_narration
from presenter.lesson import load_lesson
from test_audio_export import decode_with_sox, needs_sox_mp3, read_wav

pytestmark = pytest.mark.slow  # the real speech engine, epubcheck or many processes
REPO = Path(__file__).resolve().parents[2]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")
RATE = 22050
SMIL = "{http://www.w3.org/ns/SMIL}"
needs_epubcheck = pytest.mark.skipif(shutil.which("java") is None or not EPUBCHECK.exists(),
                                     reason="epubcheck needs java and /usr/share/java/epubcheck.jar "
                                            "(apt-get install default-jre-headless epubcheck)")



@pytest.fixture(scope="module")
def book(narration: Narration, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample lesson as an EPUB with word-level overlays."""
    out = tmp_path_factory.mktemp("epub") / "lesson.epub"
    summary = write_epub(load_lesson(SAMPLE_LESSON), out, narration)
    assert summary.overlays == 2 and summary.chapters == 6
    return out


def epubcheck(path: Path) -> str:
    result = subprocess.run(["java", "-jar", str(EPUBCHECK), str(path)], capture_output=True, text=True, timeout=300)
    report = result.stdout + result.stderr
    assert result.returncode == 0 and "No errors or warnings detected" in report, report
    return report


def seconds(clock: str) -> float:
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def sentence_times(smil: bytes) -> dict[int, list[tuple[str, float, float]]]:
    """Sentence number -> its (fragment, clipBegin, clipEnd) pars, in order."""
    out: dict[int, list[tuple[str, float, float]]] = {}
    for par in ET.fromstring(smil).iter(f"{SMIL}par"):
        frag = par.find(f"{SMIL}text").get("src").split("#")[1]  # type: ignore[union-attr]
        audio = par.find(f"{SMIL}audio")
        assert audio is not None
        n = int(re.match(r"s(\d+)", frag).group(1))  # type: ignore[union-attr]
        out.setdefault(n, []).append((frag, seconds(audio.get("clipBegin", "")), seconds(audio.get("clipEnd", ""))))
    return out


@needs_epubcheck
def test_epubcheck_finds_no_error(book: Path) -> None:
    epubcheck(book)


@needs_epubcheck
@pytest.mark.parametrize("kind", ["sentence-level", "no narration"])
def test_other_variants_pass_epubcheck(narration: Narration, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "lesson.epub"
    write_epub(load_lesson(SAMPLE_LESSON), out, narration if kind == "sentence-level" else None, word_level=False)
    epubcheck(out)


def test_container_and_package(book: Path) -> None:
    with zipfile.ZipFile(book) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        opf = zf.read("EPUB/package.opf").decode()
        css = zf.read("EPUB/style.css").decode()
        mp3s = {n: zf.read(n) for n in zf.namelist() if n.endswith(".mp3")}
        names = zf.namelist()
    assert not any(n.endswith(".wav") for n in names)
    assert f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>' in opf and f".{ACTIVE_CLASS}" in css
    durations = dict(re.findall(r'<meta property="media:duration" refines="#i-(reading-\d)-smil">([^<]+)<', opf))
    total = re.search(r'<meta property="media:duration">([^<]+)<', opf).group(1)  # type: ignore[union-attr]
    assert set(durations) == {"reading-1", "reading-2"}
    for name, clock in durations.items():
        # Each overlay's duration is its MP3's real playing time (every frame, as FFmpeg plays it).
        assert abs(seconds(clock) * 1000 - mp3_duration_ms(mp3s[f"EPUB/audio/{name}.mp3"])) <= 1
    assert abs(seconds(total) - sum(seconds(c) for c in durations.values())) < 0.0005
    for chapter in ("vocabulary.xhtml", "questions.xhtml", "discussion.xhtml", "nav.xhtml"):
        assert f"EPUB/{chapter}" in names


def test_smil_times_match_the_narration(book: Path, narration: Narration) -> None:
    """Each word's clip starts where eSpeak measured it, offset by the pauses and the encoder delay."""
    with zipfile.ZipFile(book) as zf:
        smils = [sentence_times(zf.read(f"EPUB/reading-{n}.smil")) for n in (1, 2)]
    delay_ms = MP3_DELAY_SAMPLES * 1000 / RATE
    for section, times in enumerate(smils):
        mine = [s for s in narration.sentences if s.section == section]
        assert sorted(times) == [s.index + 1 for s in mine]
        pos_ms = delay_ms
        for k, s in enumerate(mine):
            if k:
                pos_ms += (PARAGRAPH_PAUSE_MS if s.paragraph != mine[k - 1].paragraph else PAUSE_MS)
            pars = times[s.index + 1]
            frames = len(read_wav(s.clip.wav_path)[0])
            assert abs(pars[0][1] * 1000 - pos_ms) <= 1  # the sentence starts here
            assert abs(pars[-1][2] * 1000 - (pos_ms + frames * 1000 / RATE)) <= 1  # and ends with its clip
            words = [w for w in s.clip.words if w.char_end > w.char_start]
            assert [p[0] for p in pars] == [f"s{s.index + 1}w{i}" for i in range(1, len(pars) + 1)]
            starts = {round(pos_ms + (w.start_ms if i else 0)) for i, w in enumerate(words)}
            assert all(round(p[1] * 1000) in starts or round(p[1] * 1000) - 1 in starts
                       or round(p[1] * 1000) + 1 in starts for p in pars)
            assert all(a[2] == b[1] for a, b in zip(pars, pars[1:]))  # words follow each other without a gap
            pos_ms += frames * 1000 / RATE


@needs_sox_mp3
def test_smil_sentences_sit_on_their_audio_in_the_decoded_mp3(book: Path, narration: Narration, tmp_path: Path) -> None:
    """Decode the MP3 (libmad) and find each sentence's clip in it: it starts at its SMIL clipBegin."""
    with zipfile.ZipFile(book) as zf:
        zf.extractall(tmp_path)
    worst = 0.0
    for n in (1, 2):
        decoded = np.array(decode_with_sox(tmp_path / f"EPUB/audio/reading-{n}.mp3", tmp_path), dtype=float)
        times = sentence_times((tmp_path / f"EPUB/reading-{n}.smil").read_bytes())
        assert max(p[2] for pars in times.values() for p in pars) * RATE <= len(decoded)  # all within the audio
        for number, pars in times.items():
            clip = np.array(read_wav(narration.sentences[number - 1].clip.wav_path)[0], dtype=float)
            begin = round(pars[0][1] * RATE)
            window = 2205  # look 100 ms either side
            seg = decoded[max(0, begin - window) : begin + len(clip) + window]
            size = 1 << (len(seg) + len(clip)).bit_length()
            corr = np.fft.irfft(np.fft.rfft(seg, size) * np.conj(np.fft.rfft(clip, size)), size)
            lag = int(np.argmax(corr[: len(seg) - len(clip) + 1])) - (begin - max(0, begin - window))
            worst = max(worst, abs(lag) * 1000 / RATE)
    assert worst <= 2.0, f"a sentence's audio is {worst:.1f} ms away from its SMIL clipBegin"
    print(f"\nlargest offset between a SMIL clipBegin and its sentence in the decoded MP3: {worst:.2f} ms")


EDGE_LESSON = """---
title: Fish & Chips <at> "Joe's"
language: en-GB
---

# Reading

Ann: Is 3 < 4 & 5 > 2? “Yes,” says Joe — 100%!

Tom & Jerry aren't here.
"""


@needs_epubcheck
def test_markup_characters_and_a_lesson_with_only_a_reading(tmp_path: Path) -> None:
    from presenter.speech.fake import FakeEngine
    from presenter.speech.worker import SyncWorker

    path = tmp_path / "edge.md"
    path.write_text(EDGE_LESSON, encoding="utf-8")
    lesson = load_lesson(path)
    narration = render_narration(lesson, tmp_path / "n", None, None, SyncWorker(FakeEngine))
    out = tmp_path / "edge.epub"
    summary = write_epub(lesson, out, narration)
    assert summary.chapters == 2 and summary.overlays == 1  # title page and the reading
    epubcheck(out)
    with zipfile.ZipFile(out) as zf:
        reading = zf.read("EPUB/reading-1.xhtml").decode()
    assert '<span class="speaker">Ann:</span>' in reading and "&lt;" in reading and "&amp;" in reading


def test_answers_are_folded_under_their_questions(book: Path) -> None:
    """Each answer sits in a `<details>` block inside its own question, none printed in the open."""
    lesson = load_lesson(SAMPLE_LESSON)
    with zipfile.ZipFile(book) as zf:
        page = ET.fromstring(zf.read("EPUB/questions.xhtml"))
    xhtml = "{http://www.w3.org/1999/xhtml}"
    items = list(page.iter(f"{xhtml}li"))
    questions = [li for li in items if li.find(f"{xhtml}p") is not None]
    assert len(questions) == len(lesson.comprehension)
    for li, q in zip(questions, lesson.comprehension):
        details = li.find(f"{xhtml}details")
        if not q.answer:
            assert details is None
            continue
        assert details is not None
        assert "".join(details.find(f"{xhtml}summary").itertext()).strip() == "Show answer"  # type: ignore[union-attr]
        assert " ".join("".join(details.find(f"{xhtml}p").itertext()).split()) == " ".join(q.answer.split())  # type: ignore[union-attr]
        assert q.answer not in "".join(li.find(f"{xhtml}p").itertext())  # type: ignore[union-attr]
    assert sum(1 for q in lesson.comprehension if q.answer) >= 1
    assert not any(h.text == "Answers" for h in page.iter(f"{xhtml}h2"))
