"""docs/plugins.md must not drift: its YAML and Python examples are loaded for real."""

from __future__ import annotations

import re
from pathlib import Path

from screener.plugins import check_plugin_file, load_plugins, sector_spans
from screener.plugins.spec import LEVELS, SCOPES, STAGES, CONCEPTS

DOC = Path(__file__).resolve().parents[1] / "docs" / "plugins.md"


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_yaml_examples_validate(tmp_path):
    examples = [b for b in blocks("yaml") if "schema: screener.plugin/1" in b]
    assert examples
    for i, text in enumerate(examples):
        path = tmp_path / f"example{i}.yaml"
        path.write_text(text, encoding="utf-8")
        plugin, problems = check_plugin_file(path)
        assert [str(p) for p in problems] == [], text[:200]
        assert len(plugin.checklist) >= 1


def test_python_hook_example_loads_with_the_yaml_example(tmp_path):
    (yaml_text,) = [b for b in blocks("yaml") if "name: water" in b]
    (py_text,) = [b for b in blocks("python") if "@hookimpl" in b]
    (tmp_path / "water.yaml").write_text(yaml_text, encoding="utf-8")
    (tmp_path / "water_plugin.py").write_text(py_text, encoding="utf-8")
    pset = load_plugins([tmp_path], only=["water"])
    assert pset.names == ("water",) and pset.errors == ()
    text = "Budget line WASH-012: boreholes in host communities."
    spans, failure = sector_spans(pset.get("water"), text, None, "en")
    assert failure is None and [text[s:e] for s, e in spans] == ["WASH-012"]


def test_docs_list_every_concept_stage_level_and_scope():
    text = DOC.read_text(encoding="utf-8")
    for word in CONCEPTS + STAGES + LEVELS + SCOPES:
        assert f"`{word}`" in text, word


def test_docs_list_the_builtin_sectors():
    text = DOC.read_text(encoding="utf-8")
    for p in load_plugins():
        assert f"| `{p.name}` | {p.code} |" in text, p.name
