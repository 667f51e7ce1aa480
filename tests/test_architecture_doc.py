"""docs/architecture.md must not drift: every module, function, class and file it names exists."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
CODE = re.findall(r"`([^`\s]+)`", DOC.read_text(encoding="utf-8"))
DOTTED = sorted({c for c in CODE if re.fullmatch(r"screener(\.[A-Za-z_][A-Za-z0-9_]*)+", c)})
FILES = sorted({c.rstrip("/") for c in CODE if re.fullmatch(r"[\w.-]+(/[\w.<>-]*)+", c) and "<" not in c})
STAGE_NAMES = ("match_terms", "plugin_spans", "context_stage", "attribute_sectors", "score_blocks",
               "build_findings", "sector_result", "check_item", "rating", "summarise")


def resolve(dotted: str):
    """Import the longest module prefix, then walk attributes (classes, functions, constants)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            obj = getattr(obj, name)
        return obj
    raise ModuleNotFoundError(dotted)


def test_doc_names_code():
    assert len(DOTTED) >= 25 and len(FILES) >= 10


@pytest.mark.parametrize("dotted", DOTTED)
def test_every_cited_name_exists(dotted):
    resolve(dotted)


@pytest.mark.parametrize("path", FILES)
def test_every_cited_file_exists(path):
    assert (ROOT / path).exists() or (ROOT / "screener" / path).exists(), path


def test_every_engine_stage_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for name in STAGE_NAMES:
        assert f"`screener.screen.{name}`" in text, name
        assert callable(resolve(f"screener.screen.{name}"))
