"""A slip of the keyboard, a colleague's lesson: no user file lost, a message (never a traceback), a bounded time."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from hostile_support import SMALL_LESSON, hashes, make_not_a_file, make_pack, presenter
from presenter.student.progress import ProgressStore

pytestmark = pytest.mark.slow  # each test starts the real command line, some the real speech engine


@pytest.fixture
def lesson(tmp_path: Path) -> Path:
    path = tmp_path / "lesson.md"
    path.write_text(SMALL_LESSON, encoding="utf-8")
    return path


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and not any(line.startswith(("OSError", "ValueError")) for line in err.splitlines())


# --- 1. --screenshot never destroys a file ------------------------------------------------------

@pytest.mark.parametrize("name", ["mylesson.md", "notes.txt", "pack.zip", "noext"])
def test_screenshot_onto_a_file_that_is_not_an_image_touches_nothing(tmp_path: Path, name: str) -> None:
    victim = tmp_path / name
    victim.write_bytes(b"a teacher's work\n" * 100)
    before = hashes(tmp_path)
    code, out, err, seconds = presenter("--screenshot", victim)
    assert code == 2 and "a screenshot is an image" in err and seconds < 15
    no_traceback(err)
    assert hashes(tmp_path) == before and sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_screenshot_never_replaces_an_image_without_force(tmp_path: Path, lesson: Path) -> None:
    image = tmp_path / "slide.png"
    image.write_bytes(b"\x89PNG an earlier screenshot")
    before = hashes(image)
    code, _, err, seconds = presenter("--screenshot", image, lesson)
    assert code == 1 and "exists; add --force" in err and seconds < 15
    assert hashes(image) == before
    code, out, err, _ = presenter("--screenshot", image, lesson, "--force")
    assert code == 0 and image.read_bytes()[:4] == b"\x89PNG" and hashes(image) != before


def test_screenshot_of_a_pack_with_student_renders_student_mode(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "made")
    before = hashes(tmp_path)
    code, out, err, seconds = presenter("--screenshot", tmp_path / "s.png", "--student", pack, timeout=90)
    assert code == 0, err
    assert "student view" in out and (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"
    assert hashes(tmp_path / "made") == {k: v for k, v in before.items() if "/made/" in k}


# --- 2. narrate --out writes only where it may ----------------------------------------------------

def test_narrate_into_a_folder_of_other_files_refuses(tmp_path: Path, lesson: Path) -> None:
    out = tmp_path / "recordings"
    out.mkdir()
    for name in ("0001.wav", "0002.wav", "interview.wav"):
        (out / name).write_bytes(b"the teacher's own recording " + name.encode())
    before = hashes(out)
    code, _, err, seconds = presenter("narrate", lesson, "--out", out)
    assert code == 1 and "not a narration of presenter's" in err and "--force" in err and seconds < 20
    no_traceback(err)
    assert hashes(out) == before


def test_narrate_deletes_only_the_clips_its_own_timings_list(tmp_path: Path, lesson: Path) -> None:
    out = tmp_path / "n"
    out.mkdir()
    assert presenter("narrate", lesson, "--out", out)[0] == 0
    listed = {e["wav"] for e in json.loads((out / "timings.json").read_text("utf-8"))}
    (out / "0009.wav").write_bytes(b"not ours: not in timings.json")
    # A dead process's staging folder (kill -9 during narrate) is cleaned on the next run.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out / f".narrating-{dead.pid}-abc"
    stale.mkdir()
    (stale / "0001.wav").write_bytes(b"half")
    shorter = lesson.with_name("short.md")
    shorter.write_text(SMALL_LESSON.replace(" It was happy.", ""), encoding="utf-8")
    code, _, err, _ = presenter("narrate", shorter, "--out", out, "--force")
    assert code == 0, err
    names = {p.name for p in out.iterdir()}
    assert names == {"0001.wav", "0009.wav", "timings.json"} and "0002.wav" in listed
    assert (out / "0009.wav").read_bytes() == b"not ours: not in timings.json"


def test_narrate_onto_a_file(tmp_path: Path, lesson: Path) -> None:
    target = tmp_path / "clips"
    target.write_bytes(b"a file")
    code, _, err, _ = presenter("narrate", lesson, "--out", target)
    assert code == 1 and "is a file, not a folder" in err.replace("that is", "is") and target.read_bytes() == b"a file"


# --- 4. narration length is bounded before rendering --------------------------------------------

@pytest.mark.parametrize("command", ["narrate", "pack"])
def test_a_huge_sentence_is_refused_with_its_line_before_rendering(tmp_path: Path, command: str) -> None:
    path = tmp_path / "long.md"
    path.write_text(SMALL_LESSON.replace("It was happy.", "It was " + "very " * 100_000 + "happy."), encoding="utf-8")
    args = ["narrate", path, "--out", tmp_path / "out"] if command == "narrate" else \
        ["export", path, "--pack", tmp_path / "long.zip"]
    code, _, err, seconds = presenter(*args, timeout=60)
    assert code == 1 and "too long to narrate" in err and f"{path}:13:" in err and seconds < 30
    no_traceback(err)
    assert not (tmp_path / "long.zip").exists() and not any((tmp_path / "out").glob("*.wav"))


# --- 10. output paths: one place turns their errors into messages --------------------------------

def test_export_into_a_missing_folder_or_onto_a_folder(tmp_path: Path, lesson: Path) -> None:
    code, _, err, _ = presenter("export", lesson, "--cards", tmp_path / "nowhere" / "cards.tsv")
    assert code == 1 and "does not exist" in err
    no_traceback(err)
    (tmp_path / "cards.tsv").mkdir()
    for flag in ("--cards", "--pdf"):
        code, _, err, _ = presenter("export", lesson, flag, tmp_path / "cards.tsv", "--force")
        assert code == 1 and "is a folder" in err
        no_traceback(err)


def test_exports_get_the_umasks_mode(tmp_path: Path, lesson: Path) -> None:
    script = textwrap.dedent("""
        import os, sys
        os.umask(0o027)
        from presenter.cli import main
        sys.exit(main(["export", sys.argv[1], "--cards", sys.argv[2]]))
    """)
    out = tmp_path / "cards.tsv"
    subprocess.run([sys.executable, "-c", script, str(lesson), str(out)], check=True, timeout=60)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def _namespaces() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True).returncode == 0


# Inside a user and mount namespace: a real 128 kB disk, filled up, then a real read-only one.
DISKS = textwrap.dedent("""
    set -e
    mount -t tmpfs -o size=128k tmpfs "$DISK"
    printf 'old cards\\n' > "$DISK/cards.tsv"
    head -c 1000000 /dev/zero > "$DISK/filler" 2>/dev/null || true
    "$PY" -m presenter export "$LESSON" --cards "$DISK/cards.tsv" --force 2> "$DISK.full.err" && exit 9
    cat "$DISK/cards.tsv" > "$DISK.kept"
    ls -a "$DISK" > "$DISK.listing"
    umount "$DISK"
    mount -t tmpfs -o size=1m,ro tmpfs "$DISK"
    "$PY" -m presenter export "$LESSON" --cards "$DISK/cards.tsv" 2> "$DISK.ro.err" && exit 9
    "$PY" -m presenter narrate "$LESSON" --out "$DISK/clips" 2> "$DISK.narrate.err" && exit 9
    "$PY" -m presenter --screenshot "$DISK/x.png" "$LESSON" 2> "$DISK.shot.err" && exit 9
    exit 0
""")


@pytest.mark.skipif(not _namespaces(), reason="needs unshare and user namespaces to mount a small or read-only disk")
def test_a_full_disk_and_a_read_only_folder_are_messages_and_the_old_file_is_kept(tmp_path: Path, lesson: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    env = dict(os.environ, DISK=str(disk), PY=sys.executable, LESSON=str(lesson), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", DISKS], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    full = (tmp_path / "disk.full.err").read_text()
    assert "the disk is full" in full and "earlier file is unchanged" in full
    assert (tmp_path / "disk.kept").read_text() == "old cards\n"
    assert not [n for n in (tmp_path / "disk.listing").read_text().split() if n.endswith(".tmp")]
    for name in ("ro", "narrate", "shot"):
        err = (tmp_path / f"disk.{name}.err").read_text()
        assert "read-only" in err, (name, err)
        no_traceback(err)


# --- 12. a FIFO, /dev/zero behind a link, a link loop: refused before reading ---------------------

@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "loop"])
@pytest.mark.parametrize("command", ["check", "inspect", "screenshot"])
def test_a_lesson_that_is_not_a_file_is_refused_at_once(tmp_path: Path, kind: str, command: str) -> None:
    path = tmp_path / "lesson.md"
    expected = make_not_a_file(path, kind)
    args = ["--screenshot", tmp_path / "x.png", path] if command == "screenshot" else [command, path]
    code, out, err, seconds = presenter(*args, timeout=30)
    err += out  # `check` lists problems on stdout
    assert code == 1 and expected in err and seconds < 15, err
    no_traceback(err)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "loop"])
def test_a_pack_that_is_not_a_file_is_refused_at_once_by_student_mode(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "pack.zip"
    expected = make_not_a_file(path, kind)
    code, _, err, seconds = presenter("--screenshot", tmp_path / "x.png", "--student", path, timeout=30)
    assert code == 1 and expected in err and seconds < 15, err
    no_traceback(err)
    assert not (tmp_path / "x.png").exists()


def test_a_progress_file_that_is_a_fifo_neither_blocks_nor_is_replaced(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    os.mkfifo(store.path("k"))
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(store.load("k", ["cat"])), daemon=True)
    worker.start()
    worker.join(5)
    assert result, "loading a FIFO as progress blocked"
    loaded = result[0]
    assert "named pipe" in loaded.notice  # type: ignore[attr-defined]
    assert "not saved" in store.save(loaded.progress)  # type: ignore[attr-defined]
    assert stat.S_ISFIFO(store.path("k").lstat().st_mode)


def test_progress_from_a_newer_version_is_never_written_over(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    store.path("k").write_bytes(b'{"format_version": 99, "lesson_key": "k", "future": "data"}')
    before = hashes(tmp_path)
    loaded = store.load("k", ["cat"], "A lesson")
    assert "newer version" in loaded.notice and loaded.progress.position == 0
    loaded.progress.mark("cat", True)
    assert "not saved" in store.save(loaded.progress)
    assert hashes(tmp_path) == before and not list(tmp_path.glob("*.damaged-*"))


def test_a_reading_too_long_to_narrate_is_refused_before_the_engine_is_asked(tmp_path: Path) -> None:
    from presenter.export.narration_files import MAX_NARRATION_WORDS, NarrationError, render_narration
    from presenter.lesson import load_lesson

    path = tmp_path / "long.md"
    sentences = "The cat sat on the mat and looked at the dog. " * (MAX_NARRATION_WORDS // 10 + 1)
    path.write_text(SMALL_LESSON.replace("It was happy.", sentences), encoding="utf-8")

    class NoEngine:  # any call to the engine fails the test: the length is checked first
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"the engine was asked for {name}")

    with pytest.raises(NarrationError, match="too long to narrate into files") as info:
        render_narration(load_lesson(path), tmp_path / "out", None, None, NoEngine())  # type: ignore[arg-type]
    assert f"{MAX_NARRATION_WORDS}" in info.value.message and not (tmp_path / "out").exists()
