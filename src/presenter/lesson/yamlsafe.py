"""YAML read within bounds: no aliases, limited depth, node count and scalar size, checked while composing.

A few hundred bytes of `&a`/`*a` expand to billions of nodes, deep nesting overflows Python's
stack and a 5,000-digit number exceeds Python's int limit: all are refused here, before any
value is built, with the line they are on.
"""

from __future__ import annotations

from typing import Any, cast

import yaml
from yaml.events import AliasEvent, ScalarEvent

MAX_DEPTH = 16
MAX_NODES = 2000
MAX_SCALAR_CHARS = 2000


class YamlRefused(yaml.MarkedYAMLError):
    """YAML that is well formed but outside the bounds the app reads."""

    def __init__(self, problem: str, mark: Any) -> None:
        """Say what is out of bounds, and where."""
        super().__init__(None, None, problem, cast("yaml.Mark | None", mark))


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader whose composer refuses aliases and counts depth, nodes and scalar size."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._nodes = 0

    def fetch_flow_sequence_start(self) -> None:  # noqa: D102 - PyYAML's hook
        self._flow_start()
        super().fetch_flow_sequence_start()

    def fetch_flow_mapping_start(self) -> None:  # noqa: D102 - PyYAML's hook
        self._flow_start()
        super().fetch_flow_mapping_start()

    def _flow_start(self) -> None:
        # Checked in the scanner too: it reads up to 1,024 characters ahead for a possible key,
        # with work growing as the square of the brackets open (0.4 s for a line of "[").
        if self.flow_level >= MAX_DEPTH:
            raise YamlRefused(f"values nested more than {MAX_DEPTH} deep", self.get_mark())

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102 - PyYAML's hook
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent):
            raise YamlRefused(f"an alias (*{event.anchor}) repeats another value; "
                              "write each value out in full", event.start_mark)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise YamlRefused(f"more than {MAX_NODES} values", event.start_mark)
        if isinstance(event, ScalarEvent) and len(event.value) > MAX_SCALAR_CHARS:
            raise YamlRefused(f"a value of {len(event.value):,} characters (at most "
                              f"{MAX_SCALAR_CHARS:,})", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlRefused(f"values nested more than {MAX_DEPTH} deep", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class BoundedYaml:
    """One YAML document composed within bounds; its values are built node by node on request."""

    def __init__(self, text: str) -> None:
        """Compose `text`; raise yaml.YAMLError (YamlRefused for what is out of bounds)."""
        self._loader = _BoundedLoader(text)
        try:
            self.node: yaml.Node | None = self._loader.get_single_node()
        finally:
            self._loader.dispose()

    def value(self, node: yaml.Node) -> Any:
        """The Python value of `node` (safe types only); raise yaml.YAMLError or ValueError if it has none."""
        try:
            return self._loader.construct_object(node, deep=True)
        except (OverflowError, ValueError, TypeError) as exc:  # e.g. a date "2020-02-30"
            raise ValueError(str(exc)) from exc
