"""Item 8 of issue 18: every setting is checked against its declaration; bad values fall back with a notice."""

import logging
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presenter.settings import SETTINGS, coerce
from repo_paths import REPO, SAMPLE_LESSON

HOSTILE = ["nan", "inf", "-inf", "1e308", float("nan"), float("inf"), 1e308, -5, "", "x" * 10_000,
           ["a", "b"], None, {"a": 1}, "\ud800", "true", "1.5", 10**30]


@pytest.mark.parametrize("key", sorted(SETTINGS))
@pytest.mark.parametrize("value", HOSTILE, ids=[repr(v)[:12] for v in HOSTILE])
def test_every_setting_comes_back_within_its_declaration(key: str, value: object) -> None:
    setting = SETTINGS[key]
    result = coerce(key, value)
    assert isinstance(result, setting.kind)
    assert setting.check(result) == result  # what comes back is itself a value the setting may take
    if setting.kind is float:
        assert math.isfinite(result) and setting.low is not None and setting.high is not None
        assert setting.low <= result <= setting.high


@settings(max_examples=200)
@given(st.sampled_from(sorted(SETTINGS)),
       st.one_of(st.text(), st.floats(), st.integers(), st.booleans(), st.none(), st.lists(st.text(max_size=5))))
def test_coerce_never_raises(key: str, value: object) -> None:
    result = coerce(key, value)
    assert SETTINGS[key].check(result) == result


def test_a_bad_value_gets_a_notice_naming_it(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="presenter.settings"):
        assert coerce("text_scale", "nan-ish") == 1.0
    assert "settings: text_scale = 'nan-ish' is not a number; using the default, 1.0" in caplog.text


def _home(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}


@pytest.mark.parametrize("bad", ["nan", "inf", "1e308"])
def test_the_app_starts_with_a_broken_settings_file(tmp_path: Path, bad: str) -> None:
    """text_scale=nan in the settings file crashed the app at every start."""
    env = _home(tmp_path)
    conf = Path(env["XDG_CONFIG_HOME"]) / "presenter" / "presenter.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[General]\ntext_scale={bad}\ntheme=neon\nvolume=-3\n", encoding="utf-8")
    before = SAMPLE_LESSON.read_bytes()
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "presenter", str(SAMPLE_LESSON), "--quit-after-first-slide"],
                         capture_output=True, text=True, env=env, timeout=90, cwd=REPO)
    assert time.monotonic() - start < 60
    assert "Traceback" not in out.stderr
    assert out.returncode == 0 and out.stdout.startswith("first-slide-painted"), out.stderr
    assert f"settings: text_scale = '{bad}' is not a number from 1.0 to 2.0; using the default, 1.0" in out.stderr
    assert "settings: theme = 'neon' is not one of light, dark, contrast" in out.stderr
    assert SAMPLE_LESSON.read_bytes() == before


@pytest.mark.parametrize(("args", "message"), [
    (["--screenshot", "{out}", "--text-scale", "nan"], "argument --text-scale: 'nan' is not a number from 1.0 to 2.0"),
    (["--screenshot", "{out}", "--text-scale", "1e308"], "argument --text-scale: '1e308' is not a number from 1.0"),
    (["slides", "{lesson}", "--text-scale", "inf"], "argument --text-scale: 'inf' is not a number from 1.0"),
    (["narrate", "{lesson}", "--out", "{outdir}", "--rate", "-5"], "argument --rate: rate '-5' must be words per minute"),
    (["export", "{lesson}", "--pdf", "{out}", "--rate", "100000000000000000000000"],
     "argument --rate: rate '100000000000000000000000' must be words per minute, a whole number from 80 to 400"),
])
def test_out_of_range_options_get_argparse_messages(tmp_path: Path, args: list[str], message: str) -> None:
    names = {"out": str(tmp_path / "out.png"), "outdir": str(tmp_path / "clips"), "lesson": str(SAMPLE_LESSON)}
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "presenter", *(a.format(**names) for a in args)],
                         capture_output=True, text=True, env=_home(tmp_path), timeout=60, cwd=REPO)
    assert time.monotonic() - start < 30
    assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "out.png").exists() and not (tmp_path / "clips").exists()
