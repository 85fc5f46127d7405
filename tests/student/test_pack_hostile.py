"""Packs from a student's USB stick: each hostile pack is made here, refused with a message, quickly, leaving nothing behind."""

from __future__ import annotations

import json
import os
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from hostile_support import hashes, make_not_a_file, make_pack, rezip
from presenter.export.pack import MANIFEST
from presenter.student import packstore
from presenter.student.unpack import PackError, open_pack


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return make_pack(tmp_path / "made")


def manifest_of(pack: Path) -> dict:  # type: ignore[type-arg]
    with zipfile.ZipFile(pack) as zf:
        return json.loads(zf.read(MANIFEST))  # type: ignore[no-any-return]


def refused(pack: Path, dest: Path, match: str, seconds: float = 5.0) -> str:
    """Open `pack`: it must raise PackError matching `match` within `seconds`, leave no file, change no file."""
    before = hashes(pack.parent)
    start = time.monotonic()
    with pytest.raises(PackError, match=match) as info:
        open_pack(pack, dest)
    assert time.monotonic() - start < seconds
    assert hashes(pack.parent) == before
    assert not dest.exists() or [p for p in dest.rglob("*") if p.is_file()] == []
    return info.value.message


def test_the_small_pack_opens(pack: Path, tmp_path: Path) -> None:
    opened = open_pack(pack, tmp_path / "packs")
    assert opened.missing == () and len(opened.clips) == 2


def test_many_members_each_under_the_old_ratio_floor_are_a_zip_bomb(pack: Path, tmp_path: Path) -> None:
    # The probe's bomb: members of just under 1 MiB of zeros, each below the old per-file check.
    zeros = bytes(1024 * 1024 - 1)
    bomb = rezip(pack, tmp_path / "bomb.zip", extra=[(_deflated(f"audio/x{i}.wav"), zeros) for i in range(150)])
    assert bomb.stat().st_size < 1024 * 1024
    refused(bomb, tmp_path / "packs", "zip bomb")


def test_moderately_compressible_members_cannot_expand_the_pack_tenfold(pack: Path, tmp_path: Path) -> None:
    chunk = os.urandom(1500) * 40  # deflates about 30:1, under the per-file ratio
    big = rezip(pack, tmp_path / "big.zip", extra=[(_deflated(f"audio/y{i}.wav"), chunk) for i in range(1500)])
    assert all(i.file_size < 100 * i.compress_size for i in zipfile.ZipFile(big).infolist())
    message = refused(big, tmp_path / "packs", "would unpack to")
    assert "zip bomb" in message


def test_a_damaged_recording_is_deleted_at_once(pack: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(pack) as zf:
        wav = zf.read("audio/0001.wav")
    bad = rezip(pack, tmp_path / "bad.zip", {"audio/0001.wav": wav[:44] + bytes(len(wav) - 44)})
    opened = open_pack(bad, tmp_path / "packs")
    assert [m.index for m in opened.missing] == [0] and "damaged" in opened.missing[0].reason
    assert not (opened.folder / "audio" / "0001.wav").exists()
    assert (opened.folder / "audio" / "0002.wav").exists()


def test_a_sample_rate_of_zero_is_a_damaged_recording(pack: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(pack) as zf:
        wav = bytearray(zf.read("audio/0001.wav"))
    wav[24:32] = bytes(8)  # sample rate and byte rate 0
    manifest = manifest_of(pack)
    import hashlib

    manifest["sentences"][0]["sha256"] = hashlib.sha256(bytes(wav)).hexdigest()
    bad = rezip(pack, tmp_path / "rate0.zip", {"audio/0001.wav": bytes(wav), MANIFEST: json.dumps(manifest).encode()})
    opened = open_pack(bad, tmp_path / "packs")
    assert [m.index for m in opened.missing] == [0]
    assert "sample rate" in opened.missing[0].reason or "not a WAV" in opened.missing[0].reason


@pytest.mark.parametrize("value", ["Infinity", "-Infinity", "NaN", "1e400", "1" * 5000])
def test_word_times_that_are_not_finite_numbers_are_refused(pack: Path, tmp_path: Path, value: str) -> None:
    text = json.dumps(manifest_of(pack)).replace('"start_ms": 0,', f'"start_ms": {value},', 1)
    assert value in text
    bad = rezip(pack, tmp_path / "inf.zip", {MANIFEST: text.encode()})
    message = refused(bad, tmp_path / "packs", "damaged")
    assert "Traceback" not in message and "number" in message


def test_a_manifest_nested_100k_deep_is_refused(pack: Path, tmp_path: Path) -> None:
    text = json.dumps(manifest_of(pack))[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    stored = zipfile.ZipInfo(MANIFEST)  # stored: deflated, 200 kB of brackets is refused as a zip bomb already
    bad = rezip(pack, tmp_path / "deep.zip", {MANIFEST: None}, extra=[(stored, text.encode())])
    assert "nested" in refused(bad, tmp_path / "packs", "damaged")


def test_a_lone_surrogate_in_the_manifest_is_refused(pack: Path, tmp_path: Path) -> None:
    text = json.dumps(manifest_of(pack)).replace('"title": "', '"title": "\\ud800', 1)
    bad = rezip(pack, tmp_path / "surrogate.zip", {MANIFEST: text.encode()})
    assert "Unicode" in refused(bad, tmp_path / "packs", "damaged")


def test_a_too_long_member_name_is_the_packs_fault_not_the_folders(pack: Path, tmp_path: Path) -> None:
    bad = rezip(pack, tmp_path / "long.zip", extra=[("audio/" + "x" * 300 + ".wav", b"RIFF")])
    message = refused(bad, tmp_path / "packs", "too long")
    assert str(tmp_path / "packs") not in message


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "loop", "folder"])
def test_a_pack_that_is_not_a_regular_file_is_refused_without_reading(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "pack.zip"
    expected = make_not_a_file(path, kind)
    assert expected in refused(path, tmp_path / "packs", "not a file|link loop", seconds=2)


def test_the_packs_folder_is_kept_within_its_limit(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "packs"
    first = open_pack(pack, dest)
    size = sum(p.stat().st_size for p in first.folder.rglob("*") if p.is_file())
    monkeypatch.setattr(packstore, "MAX_PACKS_BYTES", 2 * size)
    os.utime(first.folder, (time.time() - 100, time.time() - 100))
    second = open_pack(rezip(pack, tmp_path / "b.zip", {"audio/0002.wav": None}), dest)
    os.utime(second.folder, (time.time() - 50, time.time() - 50))
    third = open_pack(rezip(pack, tmp_path / "c.zip", {"audio/0001.wav": None}), dest)
    assert sorted(p.name for p in dest.iterdir()) == sorted([second.folder.name, third.folder.name])
    again = open_pack(pack, dest)  # the removed copy is simply made again
    assert again.folder.exists() and again.missing == ()


def test_a_half_made_copy_is_replaced_not_trusted(pack: Path, tmp_path: Path) -> None:
    dest = tmp_path / "packs"
    first = open_pack(pack, dest)
    (first.folder / packstore.RECORD).unlink()  # as a crash between rename and record would leave it
    (first.folder / "audio" / "0001.wav").write_bytes(b"junk")
    again = open_pack(pack, dest)
    assert again.folder == first.folder and again.missing == ()
    assert (again.folder / "audio" / "0001.wav").read_bytes()[:4] == b"RIFF"


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    assert zlib  # deflate is what the probe's bombs used
    return info


def test_a_checked_copy_whose_files_changed_is_unpacked_afresh(pack: Path, tmp_path: Path) -> None:
    dest = tmp_path / "packs"
    first = open_pack(pack, dest)
    (first.folder / "lesson.md").write_bytes(b"---\ntitle: x\n---\nno reading\n")
    again = open_pack(pack, dest)
    assert again.folder == first.folder and again.lesson.title == "A small lesson" and again.missing == ()


@pytest.mark.parametrize(("rate", "voice"), [(-5, "x" * 5000), (10**23, "\x1b[31mred"), ("fast", 42), (39, "a b")])
def test_a_manifests_rate_and_voice_out_of_range_fall_back_to_the_lessons(
        pack: Path, tmp_path: Path, rate: object, voice: object) -> None:
    manifest = manifest_of(pack)
    manifest.update(rate=rate, voice=voice)
    bad = rezip(pack, tmp_path / "bad-meta.zip", {MANIFEST: json.dumps(manifest).encode()})
    opened = open_pack(bad, tmp_path / "packs")
    assert opened.rate == opened.lesson.rate
    assert opened.voice is None


def test_a_manifests_sensible_rate_and_voice_are_kept(pack: Path, tmp_path: Path) -> None:
    manifest = manifest_of(pack)
    manifest.update(rate=133, voice="gmw/en-us")
    good = rezip(pack, tmp_path / "good-meta.zip", {MANIFEST: json.dumps(manifest).encode()})
    opened = open_pack(good, tmp_path / "packs")
    assert (opened.rate, opened.voice) == (133, "gmw/en-us")
