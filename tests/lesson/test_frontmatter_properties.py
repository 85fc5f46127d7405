"""Generated hostile front matter: only reported problems come out, each parse within 1 s and 200 MB.

Aliases (billion laughs), deep nesting, huge scalars and numbers, surrogate and control escapes,
non-finite numbers and foreign tags, mixed into otherwise valid headers.
"""

import time
import tracemalloc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presenter.lesson import parse_lesson

parse_lesson("---\ntitle: x\n---\n\n# Reading\n\nx.\n")  # loads PyYAML and markdown-it before any timing

KEYS = st.sampled_from(["title", "language", "level", "durations", "voice", "rate", "source", "author",
                        "unknown", "<<", "? [a]", '"\\e[31m"'])


def _escaped(points: list[int]) -> str:
    return '"' + "".join(f"\\u{p:04x}" if p < 0x10000 else f"\\U{p:08x}" for p in points) + '"'


def _laughs(levels: int, width: int) -> str:
    lines = ["l0: &l0 [" + ",".join(["lol"] * width) + "]"]
    lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * width) + "]" for i in range(1, levels)]
    return "\n".join(lines)


SCALARS = st.one_of(
    st.sampled_from([".nan", ".inf", "-.inf", "1e400", "-1e400", "0x" + "f" * 40, "2020-02-30", "2020-01-01",
                     "12:30:45", "~", "yes", "!!python/object:os.system x", "!!binary aGk=", "!!set {a}", "!foo x",
                     "!!float nan", "!!int 99", "''", '""', "|\n  block", "*undefined"]),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.integers(1, 6000).map(lambda n: "x" * n),
    st.lists(st.integers(0, 0x10FFFF), max_size=20).map(_escaped),  # surrogates and controls included
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40).map(repr),
)
NESTED = st.tuples(st.integers(1, 3000), st.sampled_from(["[]", "{}"])).map(
    lambda d: d[1][0] * d[0] + "a" + d[1][1] * d[0])
LINES = st.one_of(
    st.tuples(KEYS, st.one_of(SCALARS, NESTED)).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.tuples(st.integers(1, 12), st.integers(1, 12)).map(lambda lw: _laughs(*lw)),
    st.tuples(KEYS, st.integers(1, 40)).map(lambda kd: kd[0] + ":\n" + "".join("  " * i + "- \n" for i in range(kd[1]))),
    st.just("durations:\n  comprehension: .inf\n  discussion: &d 3m\n  game: *d"),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=6))
def test_generated_front_matter_is_reported_not_raised(lines: list[str]) -> None:
    text = "---\n" + "\n".join(lines) + "\n---\n\n# Reading\n\nThe city is big.\n"
    tracemalloc.start()
    start = time.perf_counter()
    try:
        lesson, problems = parse_lesson(text)  # any exception fails the test: none is documented here
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0, f"{elapsed:.2f} s"
    assert peak < 200 * 1024 * 1024, f"{peak / 2**20:.0f} MB"
    assert (lesson is None) == any(p.severity == "error" for p in problems)
    for problem in problems:
        str(problem).encode("utf-8")  # every message can be printed
        assert not any(ord(c) < 32 and c not in "\n\t" for c in problem.message)
    if lesson is not None:
        for text_field in (lesson.title, lesson.level, lesson.source, lesson.author, lesson.voice or ""):
            text_field.encode("utf-8")  # stored text is always encodable: JSON, zip names, PDF titles
