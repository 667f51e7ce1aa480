"""One validator for lexicon, plugin and context-rule files: one schema per format, one problem type,
the same message for the same mistake."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from screener import validation
from screener.nlp import context, lexicon
from screener.nlp.context import ContextProblem, check_context_file
from screener.nlp.lexicon import LexiconProblem, check_lexicon
from screener.plugins import PluginProblem, check_plugin_file, spec

ROOT = Path(__file__).resolve().parents[1]


def test_one_problem_type():
    assert PluginProblem is LexiconProblem is ContextProblem is validation.Problem
    assert str(validation.Problem("f.yaml", 3, "a.b", "bad")) == "f.yaml:3: a.b: bad"


def test_tables_come_from_the_schemas():
    assert spec.LEVELS == ("core", "recommended") and spec.SCOPES == ("block", "section")
    assert list(spec.ITEM_KEYS) == list(validation.node("plugin", "#/$defs/item")["properties"])
    assert spec._NAME.pattern == validation.node("plugin", "#/properties/name")["pattern"]
    assert lexicon.MATCH_MODES == validation.enum("lexicon", "#/$defs/term/anyOf/1/properties/match")
    assert set(lexicon.TERM_KEYS) == set(validation.node("lexicon", "#/$defs/term/anyOf/1")["properties"])
    assert context.CATEGORIES == validation.enum("context", "#/$defs/rule/properties/category")
    with pytest.raises(KeyError):
        validation.schema("config")


@pytest.mark.parametrize("kind, doc", [("plugin", "plugins.md"), ("lexicon", "lexicon-format.md"),
                                       ("context", "context-rules.md")])
def test_every_schema_key_is_documented(kind, doc):
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    assert f"screener/data/schemas/{kind}.schema.json" in text
    s = validation.schema(kind)
    nodes = [s, *s.get("$defs", {}).values()]
    nodes += [alt for n in list(nodes) for alt in n.get("anyOf", ()) if isinstance(alt, dict)]
    for n in nodes:
        for key in n.get("properties", {}):
            assert re.search(rf"`{key}`|\b{key}:", text), (kind, key)


def test_same_mistake_same_message(tmp_path):
    plugin = tmp_path / "water.yaml"
    plugin.write_text((ROOT / "screener" / "plugins" / "builtin" / "health.yaml").read_text(encoding="utf-8").replace("\nname:", "\nnmae:", 1),
                      encoding="utf-8")
    lex = tmp_path / "local.yaml"
    lex.write_text("schema: screener.lexicon/1\nnmae: local\nconcepts:\n  - id: diaspora\n    terms: {es: [paisanos]}\n",
                   encoding="utf-8")
    rules = tmp_path / "xx.yaml"
    rules.write_text("schema: screener.context/1\nlang: en\nrulez: []\n", encoding="utf-8")
    found = {
        "plugin": [str(p) for p in check_plugin_file(plugin)[1]],
        "lexicon": [str(p) for p in check_lexicon(lex)],
        "context": [str(p) for p in check_context_file(rules)],
    }
    for kind, wrong, right in (("plugin", "nmae", "name"), ("lexicon", "nmae", "name"), ("context", "rulez", "rules")):
        messages = found[kind]
        assert any(re.search(rf":\d+: {wrong}: unknown key \(did you mean '{right}'\?\); allowed keys: ", m)
                   for m in messages), messages
        assert any(re.search(rf":\d+: {right}: missing required key$", m) for m in messages), messages
