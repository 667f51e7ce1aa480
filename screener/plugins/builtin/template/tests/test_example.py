"""The example plugin's own tests: keep them when you copy the template.

Run from this folder with `python -m pytest tests`. They need screener installed,
but not this plugin: it is loaded from its folder.
"""

from pathlib import Path

import pytest

from screener.plugins import check_plugin_file, load_plugins, sector_spans

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "screener_plugin_example"


def test_yaml_file_is_valid():
    plugin, problems = check_plugin_file(PACKAGE / "example.yaml")
    assert [str(p) for p in problems] == []
    assert plugin.name == "social_protection"
    assert len(plugin.checklist) >= 6
    for item in plugin.checklist:
        assert {"en", "es", "fr"} <= set(item.recommendation), item.id


def test_module_declares_the_yaml_file():
    plugin, problems = check_plugin_file(PACKAGE / "__init__.py")
    assert [str(p) for p in problems] == []
    assert Path(plugin.source).name == "example.yaml"
    assert plugin.hooks is not None


def test_loads_from_a_plugins_dir():
    pset = load_plugins(plugins_dirs=[PACKAGE], only=["social_protection"])
    assert [str(f) for f in pset.errors] == []
    assert pset.names == ("social_protection",)


def test_custom_spans_hook():
    plugin, _ = check_plugin_file(PACKAGE / "__init__.py")
    text = "Budget line PROG-SP-04 funds the cash transfer programme."
    spans, failure = sector_spans(plugin, text, None, "en")
    assert failure is None
    assert [text[s:e] for s, e in spans] == ["PROG-SP-04"]


def test_entry_point_is_declared():
    tomllib = pytest.importorskip("tomllib")
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["entry-points"]["screener.plugins"] == {"social_protection": "screener_plugin_example"}
