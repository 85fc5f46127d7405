"""Generated hostile manifests and progress files: only the documented errors, each within 1 s and 200 MB."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_support import make_pack, rezip
from presenter.export.pack import MANIFEST
from presenter.student import safejson
from presenter.student.progress import ProgressStore
from presenter.student.unpack import PackError, open_pack

SECONDS = 1.0
MEMORY = 200 * 1024 * 1024

leaves = (st.none() | st.booleans()
          | st.integers(min_value=-(10**300), max_value=10**300)
          | st.floats(allow_nan=True, allow_infinity=True)
          | st.text(st.characters(blacklist_categories=()), max_size=20))  # lone surrogates included
values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)
depths = st.integers(min_value=1, max_value=150_000)
# Numbers as written in the file: past Python's int-string limit, or not finite.
numbers = (st.integers(min_value=1, max_value=6000).map(lambda n: "9" * n)
           | st.sampled_from(["1e400", "-1e400", "1E999999", "Infinity", "-Infinity", "NaN", "0.5e-99999"]))


def nested(depth: int, opener: str = "[") -> str:
    return '{"a": ' * depth + "1" + "}" * depth if opener == "{" else "[" * depth + "]" * depth


def encode(value: object) -> str:
    # ensure_ascii: surrogates become \\udXXX escapes; allow_nan: Infinity and NaN appear as the probe's did.
    return json.dumps(value, ensure_ascii=True, allow_nan=True)


def bounded(call: Callable[[], object]) -> object:
    """Run `call` twice: once timed (under SECONDS), once traced (under MEMORY at its peak; tracing slows it)."""
    start = time.monotonic()
    try:
        call()
    except ValueError:
        pass
    assert time.monotonic() - start < SECONDS
    tracemalloc.start()
    try:
        return call()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < MEMORY


@pytest.fixture(scope="module")
def base_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pack(tmp_path_factory.mktemp("base"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(["title", "rate", "voice", "format_version", "sentences", "lesson_file", "x"]),
       value=values, depth=depths, number=numbers, where=st.sampled_from(["value", "deep", "word", "number"]))
def test_generated_manifests_are_opened_or_refused(base_pack: Path, key: str, value: Any, depth: int, number: str,
                                                   where: str) -> None:
    with zipfile.ZipFile(base_pack) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    text = encode(dict(manifest, **{key: value}))
    if where == "deep":
        text = text[:-1] + f', "deep": {nested(depth, "[" if depth % 2 else "{")}' + "}"
    elif where == "word":  # one word time replaced by the generated value
        text = json.dumps(manifest).replace('"start_ms": 0,', f'"start_ms": {encode(value)},', 1)
    elif where == "number":
        text = json.dumps(manifest).replace('"rate": 150', f'"rate": {number}', 1)
    stored = zipfile.ZipInfo(MANIFEST)  # stored, so the parser (not the zip-bomb check) meets it
    work = Path(tempfile.mkdtemp())
    try:
        pack = rezip(base_pack, work / "p.zip", {MANIFEST: None}, extra=[(stored, text.encode())])

        def attempt() -> object:
            try:
                return open_pack(pack, Path(tempfile.mkdtemp(dir=work)))
            except PackError as exc:
                return exc

        outcome = bounded(attempt)
        assert isinstance(outcome, PackError) or outcome.lesson.title  # type: ignore[attr-defined]
        if isinstance(outcome, PackError):
            assert outcome.message and "Traceback" not in outcome.message
    finally:
        shutil.rmtree(work, ignore_errors=True)


@settings(max_examples=150, deadline=None)
@given(value=values, depth=depths, number=numbers)
def test_safe_json_raises_only_value_error(value: Any, depth: int, number: str) -> None:
    for text in (encode(value), nested(depth), nested(depth, "{"), f"[{number}]"):
        try:
            bounded(lambda: safejson.loads(text.encode()))
        except ValueError as exc:
            assert str(exc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=values, depth=depths, number=numbers, deep=st.booleans())
def test_generated_progress_files_never_break_student_mode(tmp_path: Path, value: Any, depth: int, number: str,
                                                           deep: bool) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    store = ProgressStore(folder)
    data = {"format_version": 1, "lesson_key": "k", "position": value, "known": [], "unknown": [], "cards": [],
            "turn": 0}
    text = encode(data)
    if deep:
        text = text[:-1] + f', "x": {nested(depth)}, "turn": {number}' + "}"
    store.path("k").write_bytes(text.encode())
    loaded = bounded(lambda: ProgressStore(folder).load("k", ["cat"], "t"))
    progress = loaded.progress  # type: ignore[attr-defined]
    assert progress.lesson_key == "k" and isinstance(progress.position, int)
    assert store.save(progress) == "" or "newer" in store.save(progress)
