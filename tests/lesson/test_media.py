"""Pictures and clips in the lesson format: parsing, the path rules, `check` and `slides --json`."""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

import pytest

from presenter.cli import main
from presenter.lesson import check_file, parse_lesson


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A real, tiny RGB PNG (written by hand: the lesson tests stay Qt-free)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + b"\x80\x20\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


LESSON = """---
title: Pictures
image: images/cover.png
video: clip.mp4
---

# Vocabulary

- **jaywalker** (n.) — someone who crosses the road where they should not
  Image: images/jaywalker.png

# Reading

The city is busy. People cross everywhere.

![a crowd in Shanghai](images/crowd.png)

Cameras watch the crossings.
"""


def write_lesson(folder: Path, text: str = LESSON, pictures: tuple[str, ...] = ("cover", "jaywalker", "crowd")) -> Path:
    (folder / "images").mkdir(parents=True, exist_ok=True)
    for name in pictures:
        (folder / "images" / f"{name}.png").write_bytes(png_bytes())
    (folder / "clip.mp4").write_bytes(b"\0\0\0\x18ftypmp42")
    path = folder / "lesson.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_pictures_and_the_clip_are_read_with_their_lines(tmp_path: Path) -> None:
    lesson, problems = check_file(write_lesson(tmp_path))
    assert lesson is not None, problems
    assert not [p for p in problems if "images" in p.message or "clip" in p.message]
    assert lesson.image is not None and (lesson.image.path, lesson.image.line) == ("images/cover.png", 3)
    assert lesson.video is not None and (lesson.video.kind, lesson.video.line) == ("video", 4)
    card = lesson.vocabulary[0].image
    assert card is not None and (card.path, card.line) == ("images/jaywalker.png", 10)
    (picture,) = lesson.reading.images
    assert (picture.media.path, picture.media.alt, picture.media.line, picture.after) == ("images/crowd.png", "a crowd in Shanghai", 16, 1)
    assert [p.text for p in lesson.reading.paragraphs] == ["The city is busy. People cross everywhere.", "Cameras watch the crossings."]


@pytest.mark.parametrize("written", ["../../etc/x.png", "/etc/x.png", "C:/Windows/x.png", "images/../../x.png", "~/x.png"])
def test_a_path_outside_the_folder_is_an_error_naming_its_line(tmp_path: Path, written: str) -> None:
    path = write_lesson(tmp_path, LESSON.replace("images/crowd.png", written))
    lesson, problems = check_file(path)
    assert lesson is None
    (error,) = [p for p in problems if p.severity == "error"]
    assert error.line == 16 and ("outside" in error.message or "absolute" in error.message)


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(png_bytes())
    folder = tmp_path / "lesson"
    path = write_lesson(folder, pictures=("cover", "jaywalker"))
    os.symlink(outside, folder / "images" / "crowd.png")
    lesson, problems = check_file(path)
    assert lesson is None
    (error,) = [p for p in problems if p.severity == "error"]
    assert error.line == 16 and "symbolic link" in error.message


def test_missing_unreadable_and_oversized_media_are_reported(tmp_path: Path) -> None:
    path = write_lesson(tmp_path, pictures=("cover",))
    (tmp_path / "images" / "jaywalker.png").write_text("not a picture")
    lesson, problems = check_file(path)
    assert lesson is not None  # a missing or broken picture does not stop the lesson
    by_line = {p.line: p for p in problems}
    assert "missing" in by_line[16].message and by_line[16].severity == "warning"
    assert "not a picture" in by_line[10].message
    with open(tmp_path / "images" / "crowd.png", "wb") as f:
        f.truncate(51 * 2**20)  # sparse: no disk used
    lesson, problems = check_file(path)
    assert lesson is None
    (error,) = [p for p in problems if p.severity == "error"]
    assert error.line == 16 and "at most 50 MB" in error.message


def test_web_pictures_are_refused_and_web_clips_become_links() -> None:
    text = LESSON.replace("images/crowd.png", "https://example.com/a.png").replace("video: clip.mp4", "video: https://youtu.be/x")
    lesson, problems = parse_lesson(text)
    assert lesson is None and any(p.line == 16 and "never fetches" in p.message for p in problems)
    lesson, _ = parse_lesson(LESSON.replace("video: clip.mp4", "video: https://youtu.be/x"))
    assert lesson is not None and lesson.video is not None and lesson.video.kind == "link"


def test_a_clip_line_in_the_reading_or_a_video_section(tmp_path: Path) -> None:
    body = LESSON.replace("video: clip.mp4\n", "")
    lesson, _ = parse_lesson(body.replace("Cameras watch", "Video: clip.mp4\n\nCameras watch"))
    assert lesson is not None and lesson.video is not None and lesson.video.path == "clip.mp4"
    assert len(lesson.reading.paragraphs) == 2  # the clip line is not text to read
    lesson, _ = parse_lesson(body + "\n# Video\n\nclips/report.webm\n")
    assert lesson is not None and lesson.video is not None and lesson.video.path == "clips/report.webm"
    lesson, _ = parse_lesson(body.replace("Cameras watch", "Video: a report about cameras. Cameras watch"))
    assert lesson is not None and lesson.video is None  # prose after "Video:" stays prose


def test_check_command_prints_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_lesson(tmp_path, LESSON.replace("images/crowd.png", "../../etc/x.png"))
    assert main(["check", str(path)]) == 1
    assert f"{path}:16: error:" in capsys.readouterr().out


def test_slides_json_lists_each_slides_media(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_lesson(tmp_path)
    assert main(["slides", str(path), "--json"]) == 0
    slides = json.loads(capsys.readouterr().out)["slides"]
    media = {s["kind"]: [m["path"] for m in s["media"]] for s in slides if "media" in s}
    assert media == {"title": ["images/cover.png"], "vocabulary-card": ["images/jaywalker.png"],
                     "video": ["clip.mp4"], "reading-image": ["images/crowd.png"]}
    kinds = [s["kind"] for s in slides]
    # The clip comes before the reading; the picture sits between the paragraphs it was written between.
    assert kinds.index("video") < kinds.index("reading") < kinds.index("reading-image")
    assert all(m["found"] for s in slides for m in s.get("media", []))


@pytest.mark.parametrize("written", ["https://youtu.be/abc?t=12", "HTTP://example.org/v", "www.youtube.com/watch?v=x1"])
def test_check_accepts_web_clips_and_slides_json_lists_them(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            written: str) -> None:
    path = write_lesson(tmp_path, LESSON.replace("video: clip.mp4", f"video: {written}"))
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "missing" not in out and "error" not in out  # never looked for as a file
    assert main(["slides", str(path), "--json"]) == 0
    (video,) = [s for s in json.loads(capsys.readouterr().out)["slides"] if s["kind"] == "video"]
    (entry,) = video["media"]
    url = written if "://" in written else "https://" + written
    assert entry == {"path": url, "kind": "link", "alt": "", "line": entry["line"], "found": True, "url": url, "qr": True}


def test_an_address_too_long_for_a_qr_code_is_an_error_on_its_line() -> None:
    lesson, problems = parse_lesson(LESSON.replace("video: clip.mp4", "video: https://example.org/" + "a" * 1200))
    assert lesson is None
    (error,) = [p for p in problems if p.severity == "error"]
    assert "too long for a QR code" in error.message and error.line == LESSON.split("\n").index("video: clip.mp4") + 1
