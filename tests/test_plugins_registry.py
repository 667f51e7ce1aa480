"""The plugin registry: entry-point discovery, plugins-dirs, failures, `only`, hooks."""

from __future__ import annotations

import importlib.metadata
import sys
import textwrap
from pathlib import Path

import pytest

from screener import references
from screener.errors import PluginError
from screener.plugins import (
    CONCEPTS,
    STAGES,
    ChecklistItem,
    SectorPlugin,
    call_hook,
    load_plugin_file,
    load_plugins,
    registry,
    sector_spans,
)

BUILTINS = (
    "education", "employment", "environment", "governance", "health",
    "private_sector", "rural_development", "security", "urban_development",
)
BUILTIN_DIR = Path(__file__).resolve().parents[1] / "screener" / "plugins" / "builtin"


def minimal_yaml(name: str = "water", code: str = "WAT", extra_item: str = "") -> str:
    return textwrap.dedent(f"""\
        schema: screener.plugin/1
        name: {name}
        code: {code}
        version: 1.0.0
        title: {{en: Water, es: Agua, fr: Eau}}
        description: {{en: Water and sanitation.}}
        sector_terms:
          en: [drinking water, sanitation]
          es: [agua potable, saneamiento]
        checklist:
          - id: {code}-01
            level: core
            title: {{en: Water for displaced people}}
            description: {{en: Water services reach displacement sites.}}
            detect:
              concepts: [forced_displacement]
              terms: {{en: [water], es: [agua]}}
            recommendation: {{en: Plan water for displacement sites., es: Planifique agua para los sitios de desplazamiento.}}
            references: {{sdg: ["10.7"], gcm: [15]}}
        {extra_item}""")


@pytest.fixture(scope="module")
def builtins():
    return load_plugins()


# --------------------------------------------------------------------------- built-ins


def test_builtins_are_registered_as_entry_points():
    eps = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="screener.plugins")}
    for name in BUILTINS:
        assert eps[name] == f"screener.plugins.builtin.{name}"


def test_all_nine_builtins_load(builtins):
    assert [str(f) for f in builtins.errors] == []
    assert builtins.names == BUILTINS
    for p in builtins:
        assert isinstance(p, SectorPlugin)
        assert p.origin == f"entry point screener.plugins:{p.name} (screener 0.1.0)"
        assert p.hooks is not None and Path(p.source).name == f"{p.name}.yaml"


def test_codes_are_unique_and_prefix_item_ids(builtins):
    codes = [p.code for p in builtins]
    assert len(set(codes)) == len(codes)
    for p in builtins:
        for item in p.checklist:
            assert item.id.startswith(p.code + "-") and item.sector == p.name


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_content(builtins, name):
    p = builtins.get(name)
    assert set(p.languages) == {"en", "es", "fr"}
    for lang in ("en", "es", "fr"):
        assert 40 <= len(p.sector_terms[lang]) <= 100, (lang, len(p.sector_terms[lang]))
        assert p.heading_terms.get(lang), lang
        assert p.title.get(lang) and p.description.get(lang)
    assert len(p.checklist) >= 6
    assert any(i.level == "core" for i in p.checklist)
    for item in p.checklist:
        assert isinstance(item, ChecklistItem)
        for field in ("title", "description", "recommendation"):
            texts = getattr(item, field)
            assert {"en", "es", "fr"} <= set(texts), (item.id, field)
            assert len(set(texts.values())) == len(texts), (item.id, field, "untranslated copy")
        for lang in ("en", "es", "fr"):
            assert len(item.terms.get(lang, ())) >= 5, (item.id, lang)
        assert item.concepts == ("any",) or set(item.concepts) <= set(CONCEPTS)
        assert set(item.stages) <= set(STAGES)
        assert item.references["sdg"] or item.references["gcm"], item.id
        for target in item.references["sdg"]:
            references.sdg_target(target)
        for number in item.references["gcm"]:
            references.gcm_objective(number)


def test_text_falls_back_to_english(builtins):
    p = builtins.get("health")
    assert p.text("title", "es") == "Salud"
    assert p.text("title", "pt") == "Health"
    item = p.item("HEA-01")
    assert item.text("recommendation", "pt") == item.recommendation["en"]
    assert item.terms_for("pt") == item.terms["en"]
    with pytest.raises(KeyError):
        p.item("HEA-99")


def test_plugins_are_hashable(builtins):
    assert len({p for p in builtins}) == len(builtins)
    assert len({i for p in builtins for i in p.checklist}) == sum(len(p.checklist) for p in builtins)


# --------------------------------------------------------------------------- only


def test_only_filters_by_name():
    pset = load_plugins(only=["health", "education"])
    assert pset.names == ("education", "health")


def test_only_unknown_name_lists_known_ones():
    with pytest.raises(PluginError) as exc:
        load_plugins(only=["health", "helth"])
    msg = exc.value.message
    assert "'helth'" in msg and "known:" in msg and "urban_development" in msg and "\n" not in msg


def test_get_unknown_name(builtins):
    with pytest.raises(PluginError, match="no sector plugin named 'nope'"):
        builtins.get("nope")


# --------------------------------------------------------------------------- plugins-dir


def test_plugins_dir_yaml_loads_beside_builtins(tmp_path):
    (tmp_path / "water.yaml").write_text(minimal_yaml(), encoding="utf-8")
    pset = load_plugins([tmp_path])
    assert "water" in pset and len(pset) == 10
    water = pset.get("water")
    assert water.origin == f"plugins-dir {(tmp_path / 'water.yaml').resolve()}"
    assert water.hooks is None
    assert call_hook(water, "screener_sector_spans", sector=water, text="", doc=None, lang="en") == ([], None)


def test_broken_plugins_are_reported_by_name_and_others_load(tmp_path):
    (tmp_path / "good.yaml").write_text(minimal_yaml(), encoding="utf-8")
    (tmp_path / "badyaml.yaml").write_text("name: badyaml\nchecklist: [unclosed\n", encoding="utf-8")
    (tmp_path / "unknownkey.yaml").write_text(minimal_yaml("unknownkey", "UNK") + "colour: blue\n", encoding="utf-8")
    (tmp_path / "concept.yaml").write_text(
        minimal_yaml("concept", "CON").replace("[forced_displacement]", "[refugees]"), encoding="utf-8")
    (tmp_path / "crash.py").write_text("raise RuntimeError('boom at import')\n", encoding="utf-8")
    (tmp_path / "nohook.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "hookfails.py").write_text(textwrap.dedent("""\
        from screener.plugins import hookimpl

        @hookimpl
        def screener_sector():
            raise ValueError("cannot find my file")
        """), encoding="utf-8")
    (tmp_path / "_helper.py").write_text("raise RuntimeError('never imported')\n", encoding="utf-8")
    pset = load_plugins([tmp_path])
    assert "water" in pset and "health" in pset and len(pset) == 10
    failures = {f.name: f for f in pset.errors}
    assert set(failures) == {"badyaml", "unknownkey", "concept", "crash", "nohook", "hookfails"}
    assert "badyaml.yaml:2: yaml: not valid YAML" in failures["badyaml"].message
    assert "unknownkey.yaml:" in failures["unknownkey"].message and "colour: unknown key" in failures["unknownkey"].message
    assert "unknown migration concept 'refugees'" in failures["concept"].message
    assert "crash.py:1: importing it raised RuntimeError: boom at import" in failures["crash"].message
    assert "defines no screener_sector hook" in failures["nohook"].message
    assert "screener_sector hook raised ValueError: cannot find my file" in failures["hookfails"].message
    for f in pset.errors:
        assert "\n" not in str(f) and f.origin.startswith("plugins-dir ")
        assert str(f).startswith(f"plugin {f.name} (plugins-dir ")


def test_py_plugin_claims_its_yaml(tmp_path):
    (tmp_path / "water.yaml").write_text(minimal_yaml(), encoding="utf-8")
    (tmp_path / "water_plugin.py").write_text(textwrap.dedent("""\
        from screener.plugins import hookimpl

        @hookimpl
        def screener_sector():
            return "water.yaml"

        @hookimpl
        def screener_sector_spans(text):
            i = text.find("WASH-001")
            return [(i, i + 8)] if i >= 0 else []
        """), encoding="utf-8")
    pset = load_plugins([tmp_path], only=["water"])
    assert pset.names == ("water",) and pset.errors == () and pset.warnings == ()
    water = pset.get("water")
    assert water.origin.endswith("water_plugin.py")
    text = "Budget line WASH-001: boreholes."
    spans, failure = sector_spans(water, text, None, "en")
    assert failure is None and [text[s:e] for s, e in spans] == ["WASH-001"]


def test_hook_returning_a_dict(tmp_path):
    import yaml

    data = yaml.safe_load(minimal_yaml())
    (tmp_path / "inline.py").write_text(
        "from screener.plugins import hookimpl\n\n@hookimpl\ndef screener_sector():\n    return " + repr(data) + "\n",
        encoding="utf-8")
    pset = load_plugins([tmp_path], only=["water"])
    assert pset.names == ("water",)
    assert pset.get("water").source.endswith("inline.py")


def test_misspelled_hook_argument_is_a_load_failure(tmp_path):
    (tmp_path / "typo.py").write_text(textwrap.dedent("""\
        from screener.plugins import hookimpl

        @hookimpl
        def screener_sector():
            return "x.yaml"

        @hookimpl
        def screener_sector_spans(sector, txt):
            return []
        """), encoding="utf-8")
    pset = load_plugins([tmp_path], entry_points=False)
    assert pset.plugins == ()
    assert pset.errors[0].name == "typo" and "invalid hook" in pset.errors[0].message


def test_plugins_dir_overrides_builtin_with_warning(tmp_path):
    text = (BUILTIN_DIR / "health.yaml").read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.1.0-local")
    (tmp_path / "health.yaml").write_text(text, encoding="utf-8")
    pset = load_plugins([tmp_path])
    assert pset.get("health").version == "1.1.0-local"
    assert len(pset.warnings) == 1 and "replaces the one from entry point screener.plugins:health" in pset.warnings[0]
    assert pset.errors == ()


def test_duplicate_code_is_refused(tmp_path):
    (tmp_path / "water.yaml").write_text(minimal_yaml(code="HEA"), encoding="utf-8")
    pset = load_plugins([tmp_path])
    assert "water" not in pset
    assert [f.name for f in pset.errors] == ["water"]
    assert "sector code HEA is already used by plugin 'health'" in pset.errors[0].message


def test_missing_plugins_dir_is_a_plugin_error(tmp_path):
    with pytest.raises(PluginError, match="plugins directory does not exist"):
        load_plugins([tmp_path / "nope"])


def test_only_keeps_failures_of_requested_names(tmp_path):
    (tmp_path / "broken.yaml").write_text("name: broken\nschema: x\n", encoding="utf-8")
    pset = load_plugins([tmp_path], only=["broken", "health"])
    assert pset.names == ("health",)
    assert [f.name for f in pset.errors] == ["broken"]


# --------------------------------------------------------------------------- entry points


def _fake_entry_point(monkeypatch, tmp_path, name, module_name, source):
    (tmp_path / f"{module_name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    ep = importlib.metadata.EntryPoint(name, module_name, "screener.plugins")
    monkeypatch.setattr(registry, "_entry_points", lambda: [ep])
    return ep


def test_entry_point_import_error_is_reported(monkeypatch, tmp_path):
    _fake_entry_point(monkeypatch, tmp_path, "water", "screener_test_ep_broken", "import does_not_exist_xyz\n")
    pset = load_plugins()
    assert pset.plugins == ()
    (failure,) = pset.errors
    assert failure.name == "water" and failure.origin == "entry point screener.plugins:water"
    assert "importing screener_test_ep_broken raised ModuleNotFoundError" in failure.message
    sys.modules.pop("screener_test_ep_broken", None)


def test_entry_point_name_must_match_plugin_name(monkeypatch, tmp_path):
    (tmp_path / "water.yaml").write_text(minimal_yaml(), encoding="utf-8")
    _fake_entry_point(monkeypatch, tmp_path, "aqua", "screener_test_ep_water", textwrap.dedent("""\
        from screener.plugins import hookimpl

        @hookimpl
        def screener_sector():
            return "water.yaml"
        """))
    pset = load_plugins()
    assert pset.plugins == ()
    assert "entry point name 'aqua' does not match the plugin's name 'water'" in pset.errors[0].message
    sys.modules.pop("screener_test_ep_water", None)


# --------------------------------------------------------------------------- hooks at screening time


def _plugin_with_spans(tmp_path, body: str) -> SectorPlugin:
    (tmp_path / "water.yaml").write_text(minimal_yaml(), encoding="utf-8")
    (tmp_path / "water_hooks.py").write_text(
        "from screener.plugins import hookimpl\n\n@hookimpl\ndef screener_sector():\n    return 'water.yaml'\n\n"
        "@hookimpl\ndef screener_sector_spans(sector, text, doc, lang):\n" + textwrap.indent(body, "    "),
        encoding="utf-8")
    return load_plugin_file(tmp_path / "water_hooks.py")


def test_spans_hook_raising_becomes_a_failure(tmp_path):
    plugin = _plugin_with_spans(tmp_path, "raise KeyError('oops')\n")
    spans, failure = sector_spans(plugin, "some text", None, "en")
    assert spans == ()
    assert failure.name == "water" and failure.stage == "screener_sector_spans"
    assert "hook raised KeyError" in failure.message
    assert str(failure).startswith("plugin water (plugins-dir ") and "failed in screener_sector_spans" in str(failure)


@pytest.mark.parametrize("body, why", [
    ("return [(0, 999)]\n", "outside the text"),
    ("return [(3, 1)]\n", "outside the text"),
    ("return [('a', 'b')]\n", "integers"),
    ("return 5\n", "bad spans"),
])
def test_spans_hook_bad_results_become_failures(tmp_path, body, why):
    plugin = _plugin_with_spans(tmp_path, body)
    spans, failure = sector_spans(plugin, "some text", None, "en")
    assert spans == () and why in failure.message


def test_spans_are_sorted_and_deduplicated(tmp_path):
    plugin = _plugin_with_spans(tmp_path, "return [(5, 9), (0, 4), (5, 9)]\n")
    assert sector_spans(plugin, "some text", None, "en") == (((0, 4), (5, 9)), None)


def test_builtins_have_no_spans_hook(builtins):
    doc_text = "Health services for migrants."
    for p in builtins:
        assert sector_spans(p, doc_text, None, "en") == ((), None)
