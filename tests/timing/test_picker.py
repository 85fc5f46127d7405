"""The class list and the random student picker."""

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presenter.timing.picker import ClassList, Picker, parse_class_list, read_class_list


def test_parse_ignores_blanks_comments_and_repeats() -> None:
    text = "\ufeff# 3B, Tuesday\nAnn Lee\n\n  Bo  Chen \n- Chloé\n12. Dev\nann lee\n# absent: Eve\n"
    assert parse_class_list(text) == ("Ann Lee", "Bo Chen", "Chloé", "Dev")


def test_read_a_file_in_utf16_from_notepad(tmp_path: Path) -> None:
    f = tmp_path / "class.txt"
    f.write_bytes("Zoë\r\nÅsa\r\n".encode("utf-16"))
    assert read_class_list(f) == ("Zoë", "Åsa")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "has no names"),
    (b"# only a comment\n", "has no names"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "class list"),
    (b"x" * (2 * 1024 * 1024), "short text file"),
])
def test_unusable_files_are_refused_with_a_message(tmp_path: Path, data: bytes, message: str) -> None:
    f = tmp_path / "class.txt"
    f.write_bytes(data)
    with pytest.raises(ValueError, match=message):
        read_class_list(f)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        read_class_list(tmp_path / "nope.txt")


def test_everyone_once_before_anyone_twice() -> None:
    names = ("Ann", "Bo", "Chloé", "Dev", "Eve")
    p = Picker(names)
    rng = random.Random(7)
    first = [p.pick(rng) for _ in range(5)]
    assert sorted(first) == sorted(names) and p.left == ()
    second = [p.pick(rng) for _ in range(5)]
    assert sorted(second) == sorted(names)
    assert second[0] != first[-1]  # never the same student twice in a row


def test_one_name_and_reset() -> None:
    p = Picker(["Ann"])
    rng = random.Random(1)
    assert [p.pick(rng) for _ in range(3)] == ["Ann"] * 3
    q = Picker(["Ann", "Bo"])
    q.pick(rng)
    q.reset()
    assert len(q.left) == 2 and q.last is None
    with pytest.raises(ValueError):
        Picker([])


@given(st.integers(2, 30), st.integers(0, 2**32 - 1), st.integers(1, 100))
def test_rounds_are_fair(n: int, seed: int, picks: int) -> None:
    names = [f"s{i}" for i in range(n)]
    p = Picker(names)
    rng = random.Random(seed)
    drawn = [p.pick(rng) for _ in range(picks)]
    for start in range(0, picks - n + 1, n):
        assert sorted(drawn[start:start + n]) == sorted(names)
    assert all(a != b for a, b in zip(drawn, drawn[1:]))


def test_class_list_reads_its_file_when_a_name_is_first_wanted(tmp_path: Path) -> None:
    rng = random.Random(1)
    assert ClassList().pick(rng) is None  # none chosen: the teacher is asked for one
    names = tmp_path / "class.txt"
    remembered = ClassList(names)  # a path from last time, not read yet
    names.write_text("Ana\nBo\n", encoding="utf-8")
    assert {remembered.pick(rng), remembered.pick(rng)} == {"Ana", "Bo"}
    empty = tmp_path / "empty.txt"
    empty.write_text("# nobody\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no names"):
        remembered.use(empty)
    assert remembered.path == names  # a list that cannot be used changes nothing
    assert ClassList(tmp_path / "gone.txt").pick(rng) is None
