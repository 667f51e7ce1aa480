"""YAML read safely, with the line of every key and item, for FILE:LINE: key messages.

Lexicons, plugins and (through them) every user-written data file are read with this one
loader: ``yaml.safe_load`` semantics (no tags, no objects), plus line numbers and
duplicate-key detection (a key written twice would silently replace the first).
"""

from __future__ import annotations

from typing import Any

import yaml


class LineDict(dict):
    """A YAML mapping that remembers its own line, each key's line, and keys written twice."""

    line: int = 0

    def __init__(self, *a: Any, **k: Any) -> None:
        super().__init__(*a, **k)
        self.lines: dict[Any, int] = {}
        self.duplicates: list[tuple[Any, int]] = []  # (key, line)

    def line_of(self, key: Any) -> int:
        return self.lines.get(key) or self.line

    @property
    def key_lines(self) -> dict[Any, int]:
        return self.lines


class LineList(list):
    """A YAML sequence that remembers its own line and each item's line."""

    line: int = 0

    def __init__(self, *a: Any) -> None:
        super().__init__(*a)
        self.lines: list[int] = []

    @property
    def item_lines(self) -> list[int]:
        return self.lines


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(_Base):  # type: ignore[misc, valid-type]
    """``yaml.safe_load`` semantics, plus line numbers; ``duplicates`` lists (line, key)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []

    def get_single_node(self):  # type: ignore[override]
        node = super().get_single_node()
        if node is not None:
            refuse_aliases(node)
        return node


def refuse_aliases(root: yaml.Node) -> None:
    """Raise when a node is reached twice: a YAML alias (``*name``) of an anchor (``&name``).

    Aliases are what a "billion laughs" file uses: 600 bytes whose nine levels of aliases
    expand to gigabytes once built. Data files never need them, so they are refused while the
    file is still a small node graph, before anything is expanded."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases and anchors (*name, &name) are not allowed in screener files; "
                "write the values out", node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain word, not a list or mapping", key_node.start_mark
            ) from None
        line = key_node.start_mark.line + 1
        if key in out:
            out.duplicates.append((key, line))
            loader.duplicates.append((line, str(key)))
        out[key] = loader.construct_object(value_node, deep=True)
        out.lines[key] = line
    return out


def _construct_sequence(loader: LineLoader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.lines = [child.start_mark.line + 1 for child in node.value]
    return out


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def plain(value: Any) -> Any:
    """LineDict/LineList back to plain dicts and lists, recursively."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
