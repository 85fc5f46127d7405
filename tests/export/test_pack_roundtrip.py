"""Lesson packs: made with the real eSpeak narration, opened in a fresh process that has no speech engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from hostile_support import rezip
from presenter.deck.reading import ReadingIndex
from presenter.export.narration_files import Narration
from presenter.export.pack import MANIFEST, write_pack
from presenter.lesson import load_lesson
from presenter.student.unpack import PackError, open_pack

pytestmark = pytest.mark.slow  # the real speech engine, epubcheck or many processes
REPO = Path(__file__).resolve().parents[2]
SAMPLE_LESSON = REPO / "lessons" / "social-credit-1" / "lesson.md"

# The child process must not be able to start any engine: the engine modules are blocked, so
# importing one raises ImportError, and eSpeak's data path points nowhere.
CHILD = textwrap.dedent("""
    import json, sys, wave
    from pathlib import Path
    for name in ("presenter.speech.espeak", "presenter.speech._libespeak", "presenter.speech.pyttsx3_engine",
                 "pyttsx3", "PySide6"):
        sys.modules[name] = None
    from presenter.speech.factory import create_engine
    try:
        create_engine()
        print("AN ENGINE STARTED"); sys.exit(3)
    except ImportError:
        pass
    from presenter.student.unpack import open_pack
    pack = open_pack(Path(sys.argv[1]), Path(sys.argv[2]))
    out = {"folder": str(pack.folder), "missing": [m.index for m in pack.missing], "notice": pack.notice,
           "voice": pack.voice, "rate": pack.rate, "clips": []}
    for clip in pack.sentence_clips:
        with wave.open(str(clip.wav_path)) as w:
            frames, rate = w.getnframes(), w.getframerate()
        out["clips"].append({"text": clip.text, "duration_ms": clip.duration_ms, "frames": frames, "rate": rate,
                             "words": [[w.text, w.start_ms, w.end_ms, w.char_start, w.char_end] for w in clip.words]})
    print(json.dumps(out))
""")


@pytest.fixture(scope="module")
def pack(narration: Narration, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pack of the sample lesson."""
    out = tmp_path_factory.mktemp("pack") / "social-credit.zip"
    summary = write_pack(load_lesson(SAMPLE_LESSON), out, narration)
    assert summary.sentences == len(narration.sentences) and summary.bytes == out.stat().st_size
    return out


def test_round_trip_in_a_process_without_speech(pack: Path, narration: Narration, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["ESPEAK_DATA_PATH"] = str(tmp_path / "no-espeak-here")
    result = subprocess.run([sys.executable, "-c", CHILD, str(pack), str(tmp_path / "student")], capture_output=True,
                            text=True, cwd=REPO, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    opened = json.loads(result.stdout)
    assert opened["missing"] == [] and opened["notice"] == ""
    assert opened["voice"] == narration.voice and opened["rate"] == narration.rate
    lesson = load_lesson(SAMPLE_LESSON)
    texts = [s.text for s in ReadingIndex.build(lesson.reading).sentences]
    assert [c["text"] for c in opened["clips"]] == texts  # every sentence has its clip, in order
    for clip, sent in zip(opened["clips"], narration.sentences):
        assert clip["rate"] == 22050 and abs(clip["frames"] * 1000 / clip["rate"] - clip["duration_ms"]) <= 1
        assert clip["duration_ms"] == sent.clip.duration_ms
        assert clip["words"] and clip["words"] == [[w.text, w.start_ms, w.end_ms, w.char_start, w.char_end]
                                                   for w in sent.clip.words]
        assert all(clip["text"][cs:ce] == text for text, _, _, cs, ce in clip["words"])
    folder = Path(opened["folder"])
    assert folder.parent == tmp_path / "student" and (folder / "lesson.md").read_bytes() == SAMPLE_LESSON.read_bytes()
    assert not list((tmp_path / "student").glob(".incoming-*"))


def test_manifest_names_what_a_reader_needs(pack: Path) -> None:
    with zipfile.ZipFile(pack) as zf:
        assert zf.namelist()[0] == MANIFEST
        manifest = json.loads(zf.read(MANIFEST))
        assert zf.getinfo("audio/0001.wav").compress_type == zipfile.ZIP_STORED
    assert manifest["format_version"] == 1 and manifest["lesson_file"] == "lesson.md"
    assert manifest["engine_version"].startswith("espeak-ng") and manifest["rate"] == 150
    first = manifest["sentences"][0]
    assert set(first) >= {"text", "wav", "sha256", "duration_ms", "words", "voice", "index"}


def test_the_same_pack_opened_again_reuses_its_checked_copy(pack: Path, tmp_path: Path) -> None:
    a = open_pack(pack, tmp_path)
    before = {p: p.read_bytes() for p in a.folder.rglob("*") if p.is_file()}
    b = open_pack(pack, tmp_path)
    assert a.folder == b.folder and b.clips.keys() == a.clips.keys() and b.missing == a.missing
    assert {p: p.read_bytes() for p in a.folder.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == [a.folder.name]  # no second copy, no leftovers
    assert a.lesson.path == a.folder / "lesson.md"
    other = rezip(pack, tmp_path.parent / f"{tmp_path.name}-other.zip", {"audio/0002.wav": None})
    c = open_pack(other, tmp_path)  # other bytes: a copy of its own
    assert c.folder != a.folder and len(c.missing) == 1


@pytest.mark.parametrize(("damage", "reason"), [
    (lambda wav: wav[: len(wav) // 2], "damaged"),  # truncated
    (lambda wav: wav[:5000] + bytes(100) + wav[5100:], "damaged"),  # bytes changed
    (lambda wav: b"this is not audio at all", "damaged"),
    (lambda wav: None, "not in the pack"),  # the member is gone
])
def test_a_damaged_recording_falls_back_to_live_speech(pack: Path, tmp_path: Path, damage, reason) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(pack) as zf:
        wav = zf.read("audio/0003.wav")
    bad = rezip(pack, tmp_path / "bad.zip", {"audio/0003.wav": damage(wav)})
    opened = open_pack(bad, tmp_path / "out")
    assert [m.index for m in opened.missing] == [2] and reason in opened.missing[0].reason
    assert opened.sentence_clips[2] is None and opened.missing[0].text not in opened.clips
    assert sum(c is not None for c in opened.sentence_clips) == len(opened.sentence_clips) - 1
    assert "1 of 30 sentences" in opened.notice and "sentence 3" in opened.notice


def test_a_wav_that_matches_its_checksum_but_not_its_timings(pack: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    manifest["sentences"][0]["duration_ms"] += 900
    manifest["sentences"][1]["words"] = "nonsense"
    bad = rezip(pack, tmp_path / "bad.zip", {MANIFEST: json.dumps(manifest).encode()})
    opened = open_pack(bad, tmp_path / "out")
    assert [m.index for m in opened.missing] == [0, 1]


@pytest.mark.parametrize("name", ["../../x", "audio/../../x", "/etc/x", "C:/Windows/x", "..\\..\\x", "audio/./x",
                                  "\\\\server\\share\\x"])
def test_a_path_that_escapes_is_refused(pack: Path, tmp_path: Path, name: str) -> None:
    bad = rezip(pack, tmp_path / "bad.zip", extra=[(name, b"gotcha")])
    with pytest.raises(PackError, match="escape its folder") as err:
        open_pack(bad, tmp_path / "out")
    assert name in err.value.message
    assert not any((tmp_path / "out").iterdir())  # nothing was unpacked, no half folder left


@pytest.mark.parametrize("name", ["lesson.md:hidden", "audio/con.wav", "audio/x.wav.", "audio/a?b.wav"])
def test_a_name_windows_cannot_store_is_refused(pack: Path, tmp_path: Path, name: str) -> None:
    bad = rezip(pack, tmp_path / "bad.zip", extra=[(name, b"x")])
    with pytest.raises(PackError, match="Windows cannot store"):
        open_pack(bad, tmp_path / "out")


def test_no_room_to_unpack_is_a_pack_error(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import presenter.student.unpack as unpack

    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(PackError, match="cannot unpack lesson packs into"):
        open_pack(pack, blocker / "packs")
    monkeypatch.setattr(unpack, "DISK_MARGIN", 1 << 60)
    with pytest.raises(PackError, match="not enough free disk space"):
        open_pack(pack, tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())


def test_a_symlink_is_refused(pack: Path, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("audio/link.wav")
    link.external_attr = 0o120777 << 16
    bad = rezip(pack, tmp_path / "bad.zip", extra=[(link, b"/etc/passwd")])
    with pytest.raises(PackError, match="link"):
        open_pack(bad, tmp_path / "out")


def test_a_zip_bomb_member_is_refused(pack: Path, tmp_path: Path) -> None:
    bomb = zipfile.ZipInfo("audio/0001.wav")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    bad = rezip(pack, tmp_path / "bad.zip", {"audio/0001.wav": None}, extra=[(bomb, bytes(20 * 1024 * 1024))])
    assert bad.stat().st_size < 10 * 1024 * 1024
    with pytest.raises(PackError, match="zip bomb"):
        open_pack(bad, tmp_path / "out")


def test_size_and_count_limits(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import presenter.student.zipsafe as zipsafe

    monkeypatch.setattr(zipsafe, "MAX_TOTAL_BYTES", 1024 * 1024)
    with pytest.raises(PackError, match="would unpack to"):
        open_pack(pack, tmp_path / "a")
    monkeypatch.undo()
    monkeypatch.setattr(zipsafe, "MAX_MEMBERS", 10)
    with pytest.raises(PackError, match="holds 32 files"):
        open_pack(pack, tmp_path / "b")
    monkeypatch.undo()
    monkeypatch.setattr(zipsafe, "MAX_MEMBER_BYTES", 100_000)
    with pytest.raises(PackError, match="would unpack to"):
        open_pack(pack, tmp_path / "c")


def test_overlapping_members_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "overlap.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a", b"x" * 1000)
        zf.writestr("b", b"y" * 1000)
    data = bytearray(path.read_bytes())
    second = data.rfind(b"PK\x01\x02")  # the central directory record of "b"
    data[second + 42 : second + 46] = (0).to_bytes(4, "little")  # now it points at "a"'s data
    path.write_bytes(bytes(data))
    with pytest.raises(PackError, match="overlap"):
        open_pack(path, tmp_path / "out")


@pytest.mark.parametrize("content", [b"", b"hello, I am a lesson", b"PK\x03\x04" + bytes(50)])
def test_not_a_zip_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "lesson.zip"
    path.write_bytes(content)
    with pytest.raises(PackError, match="not a zip file"):
        open_pack(path, tmp_path / "out")


def test_a_cut_short_download_is_refused(pack: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    cut.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    with pytest.raises(PackError, match="cut short"):
        open_pack(cut, tmp_path / "out")


def test_zip_without_manifest_newer_format_or_broken_lesson(pack: Path, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="not a lesson pack"):
        open_pack(rezip(pack, tmp_path / "a.zip", {MANIFEST: None}), tmp_path / "out")
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    newer = json.dumps(dict(manifest, format_version=2)).encode()
    with pytest.raises(PackError, match="newer presenter"):
        open_pack(rezip(pack, tmp_path / "b.zip", {MANIFEST: newer}), tmp_path / "out")
    with pytest.raises(PackError, match=r"cannot be opened: lesson.md:\d+: the lesson has no reading"):
        open_pack(rezip(pack, tmp_path / "c.zip", {"lesson.md": b"---\ntitle: x\n---\nno reading here\n"}),
                  tmp_path / "out")
    with pytest.raises(PackError, match="damaged"):
        open_pack(rezip(pack, tmp_path / "d.zip", {MANIFEST: b"{not json"}), tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())


def test_a_failure_half_way_leaves_no_pack_behind(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import presenter.student.members as members
    import presenter.student.unpack as unpack

    calls = []
    real = unpack.extract_member

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 10:
            raise KeyboardInterrupt  # as if the app were stopped in the middle
        return real(*args, **kwargs)

    monkeypatch.setattr(unpack, "extract_member", failing)  # the lesson file
    monkeypatch.setattr(members, "extract_member", failing)  # the recordings and pictures
    with pytest.raises(KeyboardInterrupt):
        open_pack(pack, tmp_path)
    assert list(tmp_path.iterdir()) == []
