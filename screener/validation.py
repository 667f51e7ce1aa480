"""One validator for the user-written data files: lexicons, sector plugins, context rules.

Each format is a JSON Schema (``screener/data/schemas/<kind>.schema.json``): the keys each
mapping allows and requires, the patterns of names and codes, the closed sets of values.
The validators read their tables from it and report through ``check_keys`` and one
``Problem`` type, so a plugin author and a lexicon author get the same one-line
``FILE:LINE: key: message`` for the same mistake, and an editor with a YAML language server
can complete and check the files from the same schemas. Checks a schema cannot express
(a term's syntax, a concept that must exist, duplicate ids, SDG targets that must be known)
stay in the format's own module and report through the same ``Problems``.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Iterable, Mapping

KINDS = ("plugin", "lexicon", "context")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, printable as ``FILE:LINE: key: message``."""

    file: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.key}: {self.message}"


class Problems:
    """The problems of one file, collected so that its author fixes them in one pass."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []

    def add(self, line: int | None, key: str, message: str) -> None:
        self.items.append(Problem(self.file, line or None, key, message))

    def __len__(self) -> int:
        return len(self.items)


@functools.lru_cache(maxsize=None)
def schema(kind: str) -> Mapping[str, Any]:
    """The JSON Schema of a file format (``plugin``, ``lexicon`` or ``context``)."""
    if kind not in KINDS:
        raise KeyError(f"no schema {kind!r}; known: {', '.join(KINDS)}")
    path = resources.files("screener.data").joinpath("schemas", f"{kind}.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


def node(kind: str, pointer: str = "#") -> Mapping[str, Any]:
    """The schema node at a JSON pointer such as ``#/$defs/item`` or ``#/properties/name``."""
    out: Any = schema(kind)
    for part in pointer.lstrip("#").strip("/").split("/") if pointer.strip("#/") else ():
        part = part.replace("~1", "/").replace("~0", "~")
        out = out[int(part)] if isinstance(out, list) else out[part]
    while "$ref" in out:
        out = node(kind, out["$ref"])
    return out


def keys(kind: str, pointer: str = "#") -> dict[str, bool]:
    """``{key: required}`` of the mapping at ``pointer``, in the schema's order."""
    n = node(kind, pointer)
    required = set(n.get("required", ()))
    return {k: k in required for k in n.get("properties", {})}


def enum(kind: str, pointer: str) -> tuple[Any, ...]:
    """The closed set of values at ``pointer`` (a property with ``enum``)."""
    return tuple(node(kind, pointer)["enum"])


def pattern(kind: str, pointer: str) -> re.Pattern[str]:
    """The compiled ``pattern`` at ``pointer``."""
    return re.compile(node(kind, pointer)["pattern"])


def what(kind: str, pointer: str) -> str:
    """How a message names what the value at ``pointer`` must be (the schema's ``x-what``)."""
    return str(node(kind, pointer).get("x-what", "valid"))


def _join(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


def close_match(key: str, allowed: Iterable[str]) -> str:
    """" (did you mean 'x'?)" for a near miss among ``allowed``, else ""."""
    near = difflib.get_close_matches(key, list(allowed), n=1)
    return f" (did you mean {near[0]!r}?)" if near else ""


def _line_of(mapping: Any, key: Any) -> int | None:
    lines = getattr(mapping, "lines", None)
    if isinstance(lines, dict) and lines.get(key):
        return lines[key]
    return getattr(mapping, "line", None)


def check_keys(problems: Problems, mapping: Mapping, kind: str, pointer: str, path: str) -> None:
    """Unknown and missing keys of ``mapping`` against the schema node at ``pointer``.

    ``path`` is the key path messages name (``checklist[0]``, ``concepts[diaspora]``, "" for the
    root). An unknown key is reported at its own line with a "did you mean" hint and the keys
    allowed; a missing key at the mapping's line, named by its full path.
    """
    allowed = keys(kind, pointer)
    for key in mapping:
        if key not in allowed:
            problems.add(_line_of(mapping, key), _join(path, key),
                         f"unknown key{close_match(str(key), allowed)}; allowed keys: {', '.join(allowed)}")
    for key, required in allowed.items():
        if required and key not in mapping:
            problems.add(getattr(mapping, "line", None), _join(path, key), "missing required key")
