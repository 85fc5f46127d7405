"""The YAML header of a lesson file, read with line numbers for every key."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from presenter.lesson.durations import parse_duration
from presenter.lesson.model import Durations
from presenter.lesson.safetext import shown, storable

if TYPE_CHECKING:
    import yaml

KNOWN_KEYS = ("title", "language", "level", "durations", "voice", "rate", "source", "author", "image", "video")
DURATION_KINDS = ("comprehension", "discussion", "game", "warmup", "exercise")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_FENCE = re.compile(r"(---|\.\.\.)[ \t]*")
MIN_RATE, MAX_RATE = 80, 400

Report = Callable[[int, str, str], None]  # (line, severity, message)


@dataclass(slots=True)
class FrontMatter:
    """What the header says, with defaults for what it leaves out."""

    title: str = ""
    title_line: int = 1
    language: str = "en-US"
    level: str = ""
    durations: Durations = field(default_factory=Durations)
    voice: str | None = None
    rate: int = 150
    source: str = ""
    author: str = ""
    media: dict[str, tuple[str, int]] = field(default_factory=dict)  # "image"/"video" -> (as written, line)


def split_front_matter(lines: list[str]) -> tuple[list[str], int] | None:
    """Return the header's lines and the index of the closing fence, or None if there is no header."""
    if not lines or lines[0].rstrip() != "---":
        return None
    for i in range(1, len(lines)):
        if _FENCE.fullmatch(lines[i]):
            return lines[1:i], i
    return [], -1


def read_front_matter(header: list[str], report: Report) -> FrontMatter:
    """Read the header's YAML (which starts on file line 2) into a FrontMatter."""
    import yaml  # here, not at the top: a cached lesson opens without paying for PyYAML

    from presenter.lesson.yamlsafe import BoundedYaml, YamlRefused

    fm = FrontMatter()
    try:
        doc = BoundedYaml("\n".join(header))
    except YamlRefused as exc:
        line = (exc.problem_mark.line + 2) if exc.problem_mark is not None else 1
        report(line, "error", f"the front matter is refused: {exc.problem}")
        return fm
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark is not None else 1
        hint = ""
        if exc.problem and "mapping values" in exc.problem:
            hint = '; a value with a colon in it must be in straight quotes: title: "Unit 3: Cities"'
        elif exc.problem and "block end" in exc.problem:
            hint = '; is the closing "---" line missing after the header?'
        report(line, "error", f"the front matter is not valid YAML ({exc.problem}) on this line{hint}")
        return fm
    except yaml.YAMLError as exc:
        report(1, "error", f"the front matter is not valid YAML: {exc}")
        return fm
    node = doc.node
    if node is None:
        return fm
    if not isinstance(node, yaml.MappingNode):
        report(node.start_mark.line + 2, "error", 'the front matter must be "key: value" lines, such as "title: My lesson"')
        return fm
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2
        if not isinstance(key_node, yaml.ScalarNode):
            report(line, "warning", "a list or mapping used as a key is ignored; write \"key: value\" lines")
            continue
        key = str(key_node.value)
        if key not in KNOWN_KEYS:
            _apply(fm, key, None, value_node, line, report)  # only warned about: its value is never built
            continue
        if found := _unreadable(value_node):
            report(line, "error", f"{key}: {found}, which the app does not read; write plain text, "
                                  f'in quotes if need be: {key}: "..."')
            continue
        try:
            value = _text_value(value_node) if key in _TEXT_KEYS else doc.value(value_node)
        except (yaml.YAMLError, ValueError) as exc:
            report(line, "error", f"{key}: the value cannot be read ({exc})")
            continue
        value = _storable(value, key, line, report)
        _apply(fm, key, value, value_node, line, report)
    return fm


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq"))
_TEXT_KEYS = ("title", "level", "source", "author", "voice", "language", "image", "video")


def _unreadable(node: yaml.Node) -> str:
    """What the value is when its tag is not one of YAML's plain types ('' when it is)."""
    tag = str(node.tag)
    if tag not in _PLAIN_TAGS:
        return f"the value has the tag {shown(_brief(tag.replace('tag:yaml.org,2002:', '!!'), quote=False))}"
    return ""


def _text_value(node: yaml.Node) -> Any:
    """A text key's value as written: `title: 2020-01-01` is that text, not a date."""
    import yaml

    if isinstance(node, yaml.ScalarNode):
        if node.tag.endswith(":null"):
            return None
        return str(node.value)
    kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
    return _Found(kind)


class _Found(str):
    """Not text, but a note of what was found instead (a list, a mapping)."""


def _storable(value: Any, key: str, line: int, report: Report) -> Any:
    """Strings with lone surrogates or control characters (from YAML escapes) cleaned, once, here."""
    if isinstance(value, str) and not isinstance(value, _Found):
        clean, count = storable(value)
        if count:
            report(line, "warning", f"{key}: {count} character(s) that cannot be shown (such as a lone \\ud800 "
                                    "escape or a control character) were replaced with \ufffd")
        return clean
    return value


def _apply(fm: FrontMatter, key: str, value: Any, node: yaml.Node, line: int, report: Report) -> None:
    if key == "title":
        if isinstance(value, _Found):
            report(line, "error", f'the title is {value}, not text; write it like "title: My lesson"')
        elif not isinstance(value, str) or not value.strip():
            report(line, "error", 'the title is empty; write it like "title: My lesson"')
        else:
            fm.title, fm.title_line = value.strip(), line
    elif key == "language":
        if not isinstance(value, str) or isinstance(value, _Found) or not _LANGUAGE_TAG.fullmatch(value.strip()):
            report(line, "warning", f"language {shown(repr(value))} is not a language tag; write it like en-US or en-GB (using en-US)")
        else:
            fm.language = value.strip()
    elif key in ("level", "source", "author"):
        if isinstance(value, _Found):
            report(line, "warning", f"{key} is {value}, not text; it is ignored")
        elif value is not None:
            setattr(fm, key, str(value).strip())
    elif key in ("image", "video"):
        if not isinstance(value, str) or isinstance(value, _Found):
            report(line, "error", f'{key} must be a file name, like "{key}: {"images/photo.jpg" if key == "image" else "clip.mp4"}"')
        else:
            fm.media[key] = (value, line)
    elif key == "voice":
        if isinstance(value, _Found):
            report(line, "warning", f"voice is {value}, not a voice id; it is ignored")
        else:
            fm.voice = str(value).strip() if value not in (None, "") else None
    elif key == "rate":
        if isinstance(value, bool) or not isinstance(value, int) or not MIN_RATE <= value <= MAX_RATE:
            report(line, "error", f"rate {shown(_brief(value))} must be words per minute, a whole number from {MIN_RATE} to {MAX_RATE} (150 is a calm pace)")
        else:
            fm.rate = value
    elif key == "durations":
        fm.durations = _durations(value, node, line, report)
    else:
        close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
        hint = f'; did you mean "{close[0]}"?' if close else f"; known keys: {', '.join(KNOWN_KEYS)}"
        report(line, "warning", f'unknown front matter key "{shown(_brief(key, quote=False))}" is ignored{hint}')


def _brief(value: Any, quote: bool = True, limit: int = 60) -> str:
    """A value for a message: its repr (or the text itself), cut to `limit` characters."""
    text = repr(value) if quote else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _durations(value: Any, node: yaml.Node, line: int, report: Report) -> Durations:
    import yaml

    if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode):
        report(line, "error", "durations must list a time per kind, indented under it: comprehension: 1m, discussion: 3m, game: 2m")
        return Durations()
    seconds: dict[str, int] = {}
    for key_node, value_node in node.value:
        kline = key_node.start_mark.line + 2
        kind = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "(a list or mapping)"
        if kind not in DURATION_KINDS:
            report(kline, "warning", f'unknown duration kind "{shown(_brief(kind, quote=False))}" is ignored; kinds are {", ".join(DURATION_KINDS)}')
            continue
        try:
            seconds[kind] = parse_duration(str(value_node.value))
        except ValueError:
            report(kline, "error", f'duration "{shown(_brief(value_node.value, quote=False))}" for {kind} is not a time; write it like 90s, 3m or 1m30s')
    return Durations(**seconds)
