"""Packs carry the lesson's pictures and clip; student mode opens them; a path out of the folder is refused."""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

import pytest

from hostile_support import rezip
from presenter.deck.deck import build_deck
from presenter.deck.geometry import Geometry
from presenter.deck.kinds import SlideKind
from presenter.export.narration_files import Narration
from presenter.export.pack import MANIFEST, media_bytes, write_pack
from presenter.lesson import load_lesson
from presenter.lesson.media import located
from presenter.student.unpack import PackError, open_pack
from repo_paths import SAMPLE_LESSON

sys.path.insert(0, str(Path(__file__).parents[1] / "lesson"))
from test_media import png_bytes  # noqa: E402

pytestmark = pytest.mark.slow  # the real speech engine renders the narration


def media_lesson(folder: Path) -> Path:
    """The sample lesson (same sentences as the shared narration) with a cover, a card picture, a reading picture and a clip."""
    text = SAMPLE_LESSON.read_text(encoding="utf-8")
    text = text.replace("rate: 150\n", "rate: 150\nimage: images/cover.png\nvideo: clip.mp4\n", 1)
    first_entry_end = text.index("\n", text.index("- **behave**"))
    text = text[:first_entry_end] + "\n  Image: images/behave.png" + text[first_entry_end:]
    reading = text.index("# Reading")
    para_end = text.index("\n\n", text.index("\n\n", reading) + 2)
    text = text[:para_end] + "\n\n![a street in Shanghai](images/street.png)" + text[para_end:]
    (folder / "images").mkdir(parents=True)
    for name in ("cover", "behave", "street"):
        (folder / "images" / f"{name}.png").write_bytes(png_bytes(40 + len(name), 30))
    (folder / "clip.mp4").write_bytes(b"\0\0\0\x18ftypmp42" + b"\0" * 5000)
    path = folder / "lesson.md"
    path.write_text(text, encoding="utf-8")
    return path


def _measure(text: str, speaker: str | None, px: int) -> float:
    return px * 1.4 * (1 + len(text) // 60)


def test_a_pack_carries_pictures_and_clip_into_student_mode(narration: Narration, tmp_path: Path) -> None:
    lesson = load_lesson(media_lesson(tmp_path / "lesson"))
    assert len(lesson.media) == 4
    out = tmp_path / "pack.zip"
    write_pack(lesson, out, narration)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read(MANIFEST))
    assert {"images/cover.png", "images/behave.png", "images/street.png", "clip.mp4"} <= names
    assert {m["path"] for m in manifest["media"]} == {"images/cover.png", "images/behave.png", "images/street.png", "clip.mp4"}
    opened = open_pack(out, tmp_path / "packs")
    for media in opened.lesson.media:
        path = located(opened.lesson, media)
        assert path is not None and path.is_file() and path.is_relative_to(opened.folder.resolve())
    deck = build_deck(opened.lesson, Geometry(1280, 720), _measure, student=True)
    kinds = [s.kind for s in deck.slides]
    assert SlideKind.VIDEO in kinds and SlideKind.IMAGE in kinds and deck.slides[0].media


def test_no_video_leaves_the_clip_out_and_the_size_is_known_before(narration: Narration, tmp_path: Path) -> None:
    lesson = load_lesson(media_lesson(tmp_path / "lesson"))
    assert media_bytes(lesson) - media_bytes(lesson, video=False) == (tmp_path / "lesson" / "clip.mp4").stat().st_size
    out = tmp_path / "pack.zip"
    write_pack(lesson, out, narration, video=False)
    with zipfile.ZipFile(out) as zf:
        assert "clip.mp4" not in zf.namelist() and "images/street.png" in zf.namelist()
    opened = open_pack(out, tmp_path / "packs")
    assert any("clip.mp4" in w.message and "missing" in w.message for w in opened.warnings)


@pytest.mark.parametrize("escape", ["../../etc/x.png", "/etc/x.png"])
def test_a_pack_whose_lesson_points_out_of_its_folder_is_refused(narration: Narration, tmp_path: Path, escape: str) -> None:
    lesson = load_lesson(media_lesson(tmp_path / "lesson"))
    good = tmp_path / "good.zip"
    write_pack(lesson, good, narration)
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        text = zf.read("lesson.md").replace(b"images/street.png", escape.encode())
    manifest["lesson_sha256"] = hashlib.sha256(text).hexdigest()
    bad = rezip(good, tmp_path / "bad.zip", {"lesson.md": text, MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(PackError) as caught:
        open_pack(bad, tmp_path / "packs")
    assert "outside" in str(caught.value) or "absolute" in str(caught.value)


EPUBCHECK = Path("/usr/share/java/epubcheck.jar")


@pytest.mark.skipif(not EPUBCHECK.exists(), reason="apt-get install default-jre-headless epubcheck (dev.sh does)")
def test_the_epub_carries_the_pictures_with_alt_text_and_passes_epubcheck(narration: Narration, tmp_path: Path) -> None:
    import subprocess

    from presenter.export.epub import write_epub

    lesson = load_lesson(media_lesson(tmp_path / "lesson"))
    out = tmp_path / "lesson.epub"
    write_epub(lesson, out, narration)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        reading = zf.read("EPUB/reading-1.xhtml").decode()
        vocabulary = zf.read("EPUB/vocabulary.xhtml").decode()
        title = zf.read("EPUB/title.xhtml").decode()
        opf = zf.read("EPUB/package.opf").decode()
    pictures = sorted(n for n in names if n.startswith("EPUB/images/"))
    assert len(pictures) == 3 and "clip.mp4" not in " ".join(names)
    assert 'alt="a street in Shanghai"' in reading and "<figcaption>a street in Shanghai</figcaption>" in reading
    assert '<img src="images/' in vocabulary and 'alt="behave"' in vocabulary and '<img src="images/' in title
    assert opf.count('media-type="image/png"') == 3
    result = subprocess.run(["java", "-jar", str(EPUBCHECK), str(out)], capture_output=True, text=True, timeout=300)
    report = result.stdout + result.stderr
    assert result.returncode == 0 and "No errors or warnings detected" in report, report


def test_a_stored_clip_may_pass_the_64_mib_bound_but_not_a_compressed_file(tmp_path: Path) -> None:
    from presenter.student.zipsafe import MAX_MEMBER_BYTES, check_members

    big = b"\0" * (MAX_MEMBER_BYTES + 1024)
    for name, compress, allowed in (("clip.mp4", zipfile.ZIP_STORED, True), ("audio/0001.wav", zipfile.ZIP_STORED, False),
                                    ("notes.txt", zipfile.ZIP_STORED, False)):
        out = tmp_path / f"{name.replace('/', '-')}.zip"
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr(zipfile.ZipInfo(name), big, compress_type=compress)
        with zipfile.ZipFile(out) as zf:
            if allowed:
                assert name in check_members(zf, out.stat().st_size)
            else:
                with pytest.raises(PackError):
                    check_members(zf, out.stat().st_size)
