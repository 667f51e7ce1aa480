"""Plugin file validation: every problem as FILE:LINE: key: message."""

from __future__ import annotations

import textwrap

import pytest

from screener.errors import PluginError
from screener.plugins import check_plugin_file, load_plugin_file

GOOD = textwrap.dedent("""\
    schema: screener.plugin/1
    name: water
    code: WAT
    version: 1.0.0
    title: {en: Water, es: Agua}
    description: Water and sanitation.
    sector_terms:
      en: [drinking water, sanitation, {id: wash-re, regex: "\\\\bWASH\\\\b"}]
      es: [agua potable]
    heading_terms:
      en: [water]
    checklist:
      - id: WAT-01
        level: core
        title: {en: Water for displaced people}
        description: {en: Water services reach displacement sites.}
        detect:
          concepts: [forced_displacement, climate_migration]
          terms:
            en: [water, {pattern: [{LOWER: host}, {LOWER: {IN: [community, communities]}}]}]
          scope: section
          stages: [actions, budget]
        recommendation: {en: Plan water for displacement sites.}
        references: {sdg: ["10.7", "1.4"], gcm: [15]}
        link: https://example.org/WAT-01
""")


def write(tmp_path, text, name="water.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path, text):
    path = write(tmp_path, text)
    plugin, problems = check_plugin_file(path)
    assert plugin is None
    return path, [str(p) for p in problems]


def test_good_file_loads(tmp_path):
    plugin = load_plugin_file(write(tmp_path, GOOD))
    assert plugin.name == "water" and plugin.code == "WAT" and plugin.version == "1.0.0"
    assert plugin.description == {"en": "Water and sanitation."}
    assert plugin.sector_terms["en"][2] == {"id": "wash-re", "regex": "\\bWASH\\b"}
    assert type(plugin.sector_terms["en"][2]) is dict
    item = plugin.checklist[0]
    assert item.concepts == ("forced_displacement", "climate_migration")
    assert item.scope == "section" and item.stages == ("actions", "budget")
    assert item.references == {"sdg": ("10.7", "1.4"), "gcm": (15,)}
    assert item.terms["en"][1] == {"pattern": [{"LOWER": "host"}, {"LOWER": {"IN": ["community", "communities"]}}]}
    assert item.accepts_concept("climate_migration") and not item.accepts_concept("remittances")
    assert item.link == "https://example.org/WAT-01"


def test_defaults(tmp_path):
    text = GOOD.replace("      scope: section\n      stages: [actions, budget]\n", "")
    item = load_plugin_file(write(tmp_path, text)).checklist[0]
    assert item.scope == "block" and item.stages == ()


@pytest.mark.parametrize("old, new, expected", [
    ("version: 1.0.0\n", "version: 1.0.0\ncolour: blue\n", ":5: colour: unknown key"),
    ("    level: core\n", "    levl: core\n", ":14: checklist[0].levl: unknown key (did you mean 'level'?)"),
    ("code: WAT\n", "", ":1: code: missing required key"),
    ("    level: core\n", "", ":13: checklist[0].level: missing required key"),
    ("schema: screener.plugin/1", "schema: screener.plugin/2", ":1: schema: 'screener.plugin/2' is not supported"),
    ("name: water", "name: Water Supply", ":2: name: 'Water Supply' is not a plugin name"),
    ("code: WAT", "code: water", ":3: code: 'water' is not a sector code"),
    ("version: 1.0.0", "version: 1.0", ":4: version: write the version as a quoted string"),
    ("title: {en: Water, es: Agua}", "title: {es: Agua}", ":5: title: needs an English text (en)"),
    ("title: {en: Water, es: Agua}", "title: {english: Water}", ":5: title.english: 'english' is not a two-letter language code"),
    ("es: [agua potable]", "es: []", ":9: sector_terms.es: must be a non-empty list of terms"),
    ("es: [agua potable]", "es: [agua potable, Agua  potable]", ":9: sector_terms.es[1]: duplicate term (same as item 0)"),
    ('regex: "\\\\bWASH\\\\b"', 'regex: "(WASH"', ":8: sector_terms.en[2].regex: invalid regular expression"),
    ('regex: "\\\\bWASH\\\\b"', 'regex: "x*"', ":8: sector_terms.en[2].regex: "),
    ("{LOWER: host}", "{LOWER: host, BOGUS: 1}", ":20: checklist[0].detect.terms.en[1].pattern: invalid token pattern"),
    ("[drinking water,", "[{phrase: drinking water, regex: water},", ":8: sector_terms.en[0]: a term mapping needs exactly one of"),
    ("[drinking water,", "[{text: drinking water},", ":8: sector_terms.en[0].text: unknown key 'text'"),
    ("- id: WAT-01", "- id: HEA-01", ":13: checklist[0].id: 'HEA-01' is not an item id of the form WAT-NN"),
    ("level: core", "level: essential", ":14: checklist[0].level: 'essential' is not one of: core, recommended"),
    ("[forced_displacement, climate_migration]", "[forced_displacement, refugees]",
     ":18: checklist[0].detect.concepts[1]: unknown migration concept 'refugees'"),
    ("[forced_displacement, climate_migration]", "[any, remittances]", ":18: checklist[0].detect.concepts[0]: 'any' already counts every concept"),
    ("[forced_displacement, climate_migration]", "[]", ":18: checklist[0].detect.concepts: must be a non-empty list"),
    ("scope: section", "scope: page", ":21: checklist[0].detect.scope: 'page' is not one of: block, section"),
    ("stages: [actions, budget]", "stages: [actions, costing]", ":22: checklist[0].detect.stages[1]: unknown stage 'costing'"),
    ('sdg: ["10.7", "1.4"]', 'sdg: [10.7]', ':24: checklist[0].references.sdg[0]: write SDG targets as quoted strings'),
    ('sdg: ["10.7", "1.4"]', 'sdg: ["10.99"]', ":24: checklist[0].references.sdg[0]: unknown SDG target '10.99'"),
    ("gcm: [15]", "gcm: [24]", ":24: checklist[0].references.gcm[0]: 24 is not a GCM objective number (1-23)"),
    ("gcm: [15]", "gcm: [15], sgd: []", ":24: checklist[0].references.sgd: unknown key (did you mean 'sdg'?)"),
    ("link: https://example.org/WAT-01", "link: example.org", ":25: checklist[0].link: 'example.org' is not an http(s) URL"),
    ("    detect:\n", "    detect:\n      concepts: [any]\n", ":19: checklist[0].detect.concepts: duplicate key"),
])
def test_each_problem_has_file_line_and_key(tmp_path, old, new, expected):
    assert old in GOOD
    path, problems = problems_of(tmp_path, GOOD.replace(old, new, 1))
    assert any(p.startswith(str(path)) and expected in p for p in problems), problems


def test_bad_yaml_syntax(tmp_path):
    path, problems = problems_of(tmp_path, GOOD.replace("level: core", "level: core: bad"))
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:14: yaml: not valid YAML: mapping values are not allowed")


def test_non_mapping_root(tmp_path):
    path, problems = problems_of(tmp_path, "- just\n- a list\n")
    assert problems == [f"{path}:1: (root): must be a mapping, not a list"]


def test_empty_checklist(tmp_path):
    text = GOOD[: GOOD.index("checklist:")] + "checklist: []\n"
    _, problems = problems_of(tmp_path, text)
    assert any("checklist: must be a non-empty list of items" in p for p in problems)


def test_duplicate_item_ids(tmp_path):
    item = GOOD[GOOD.index("  - id: WAT-01"):]
    _, problems = problems_of(tmp_path, GOOD + item)
    assert any(":26: checklist[1].id: duplicate item id 'WAT-01' (also checklist[0])" in p for p in problems)


def test_all_problems_are_collected(tmp_path):
    text = GOOD.replace("code: WAT", "code: w").replace("level: core", "level: x").replace("gcm: [15]", "gcm: [0]")
    _, problems = problems_of(tmp_path, text)
    assert len(problems) >= 3


def test_load_plugin_file_raises_one_line_plugin_error(tmp_path):
    path = write(tmp_path, GOOD.replace("level: core", "level: x").replace("gcm: [15]", "gcm: [0]"))
    with pytest.raises(PluginError) as exc:
        load_plugin_file(path)
    msg = exc.value.message
    assert msg.startswith(f"{path}:14: checklist[0].level:") and "(and 1 more problem;" in msg and "\n" not in msg
    assert exc.value.exit_code == 11


def test_not_utf8_and_missing_file(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: café".encode("latin-1"))
    _, problems = check_plugin_file(path)
    assert "not UTF-8" in str(problems[0])
    _, problems = check_plugin_file(tmp_path / "missing.yaml")
    assert "file not found" in str(problems[0])


def test_custom_concepts(tmp_path):
    text = GOOD.replace("[forced_displacement, climate_migration]", "[pastoral_mobility]")
    _, problems = check_plugin_file(write(tmp_path, text))
    assert problems
    plugin, problems = check_plugin_file(write(tmp_path, text), concepts=["pastoral_mobility"])
    assert problems == [] and plugin.checklist[0].concepts == ("pastoral_mobility",)


def test_yaml_loader_is_safe(tmp_path):
    path, problems = problems_of(tmp_path, GOOD.replace("name: water", "name: !!python/object/apply:os.system ['echo hi']"))
    assert any("yaml" in p for p in problems)
