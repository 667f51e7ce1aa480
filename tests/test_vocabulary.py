"""One vocabulary: the names every module uses come from the lexicon files and the loaded plugins."""

from __future__ import annotations

import json
import textwrap

from click.testing import CliRunner

from screener import config, screen, stages, vocabulary
from screener.cli import main
from screener.errors import EXIT_BAD_DATA
from screener.nlp.lexicon import default_lexicon
from screener.plugins import check_plugin_file, load_plugin_file, load_plugins, spec
from screener.report import i18n
from screener.serve import i18n as serve_i18n


def test_bundled_vocabulary_is_the_lexicon_and_the_builtin_plugins():
    lex = default_lexicon()
    voc = vocabulary.bundled()
    assert voc == vocabulary.Vocabulary.build(lex)  # the quick read of the file agrees with the full load
    assert voc.concepts == lex.concept_ids and "academic_mobility" in voc.concepts
    assert voc.dimensions == tuple(c for c in lex.concept_ids if c != vocabulary.GENERAL_CONCEPT)
    assert voc.languages == lex.languages == ("en", "es", "fr")
    builtin = [p.name for p in load_plugins().plugins if p.origin.startswith("entry point")
               and "screener.plugins:" in p.origin]
    assert set(voc.sectors) <= set(builtin) and len(voc.sectors) == 9
    assert voc.concept_label("diaspora", "es") == "Diáspora"


def test_modules_ask_the_vocabulary():
    voc = vocabulary.bundled()
    assert screen.DIMENSIONS == voc.dimensions and screen.SUPPORTED_LANGUAGES == voc.languages
    assert stages.STAGES == spec.STAGES == voc.stages
    assert spec.CONCEPTS == voc.concepts
    assert config.LANGS == i18n.LANGUAGES == serve_i18n.LANGUAGES == voc.languages
    assert config.BUILTIN_SECTORS == voc.sectors
    # every name a rule of the screen cites exists
    assert vocabulary.RIGHTS_SECTORS | {vocabulary.GOVERNANCE, vocabulary.SECURITY} <= set(voc.sectors)
    assert vocabulary.GOVERNED_CONCEPTS | set(vocabulary.CONCEPT_SECTORS) <= set(voc.concepts)
    assert {s for secs in vocabulary.CONCEPT_SECTORS.values() for s in secs} <= set(voc.sectors)
    assert vocabulary.FORWARD_STAGES < set(voc.stages)
    # the report has a label for every concept and stage, in every language
    assert set(voc.concepts) <= set(i18n.CONCEPTS)
    for lang in voc.languages:
        assert all(f"stage_{st}" in i18n.MESSAGES and lang in i18n.MESSAGES[f"stage_{st}"] for st in voc.stages)
        assert all(lang in i18n.CONCEPTS[c] for c in voc.concepts)


LEXICON = """\
schema: screener.lexicon/1
name: water
version: 0.1.0
concepts:
  - id: water_migration
    label: {en: Migration for water}
    terms:
      es: [migración por falta de agua]
"""

PLUGIN = """\
schema: screener.plugin/1
name: water
code: WAT
version: 1.0.0
title: {en: Water}
description: Water and sanitation.
sector_terms:
  es: [agua potable, saneamiento, sistema de agua]
checklist:
  - id: WAT-01
    level: core
    title: {en: Water and migration}
    description: {en: Water services reach people who move for lack of water.}
    detect:
      concepts: [water_migration]
    recommendation: {en: Plan water for people who move.}
"""

PLAN = ("# Plan de desarrollo\n\n## Agua potable\n\n"
        + "El sistema de agua potable y el saneamiento llegan a la parroquia. " * 3
        + "\n\nLa migración por falta de agua afecta a las comunidades altas del sistema de agua potable.\n\n"
        + "El saneamiento y el agua potable se amplían en 2025.\n\n"
        + "La migración por falta de agua exige ampliar el saneamiento.\n")


def test_a_lexicon_concept_is_one_a_local_plugin_may_use(tmp_path):
    (tmp_path / "lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "water.yaml").write_text(PLUGIN, encoding="utf-8")
    (tmp_path / "plan.md").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "r.json"
    args = ["scan", str(tmp_path / "plan.md"), "-o", str(out), "--no-classifier", "--plugins-dir", str(tmp_path / "plugins")]
    res = CliRunner().invoke(main, args)
    # without the lexicon the concept is unknown: the plugin is refused with its file:line
    assert res.exit_code == EXIT_BAD_DATA, res.output
    assert "water.yaml:15: checklist[0].detect.concepts[0]: unknown migration concept 'water_migration'" in res.stderr
    res = CliRunner().invoke(main, args + ["--lexicon", str(tmp_path / "lexicon.yaml")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert not report["plugin_errors"]
    water = next(s for s in report["sectors"] if s["sector"] == "water")
    assert any(f["concept"] == "water_migration" for f in report["findings"])
    assert water["checklist"][0]["status"] != "missing", water["checklist"]


WATER_SDG = """\
sdg_targets:
  - id: "6.1"
    text: By 2030, achieve universal and equitable access to safe and affordable drinking water for all
    summary: drinking water for everyone, migrants and host communities included
    group: sector_link
  - id: "6.2"
    text: By 2030, achieve access to adequate and equitable sanitation and hygiene for all
"""


def test_a_plugin_brings_its_own_sdg_targets(tmp_path):
    body = PLUGIN.replace("concepts: [water_migration]", "concepts: [forced_displacement]")
    cites = body + '    references: {sdg: ["6.1", "10.7"], gcm: [2]}\n'
    path = tmp_path / "water.yaml"
    path.write_text(cites, encoding="utf-8")
    _, problems = check_plugin_file(path)
    assert [str(p) for p in problems] == [
        f"{path}:17: checklist[0].references.sdg[0]: unknown SDG target '6.1'; screener/data/sdg_targets.yaml lists "
        "the targets it knows (a plugin adds its own under sdg_targets)"]
    path.write_text(cites + WATER_SDG, encoding="utf-8")
    plugin = load_plugin_file(path)
    assert plugin.checklist[0].references["sdg"] == ("6.1", "10.7")
    assert plugin.sdg_targets["6.1"].goal == 6 and plugin.sdg_targets["6.2"].group == "context"
    voc = vocabulary.Vocabulary.build(plugins=[plugin])
    assert voc.sdg_targets["6.1"].text.startswith("By 2030, achieve universal") and "10.7" in voc.sdg_targets
    assert voc.sectors == ("water",)
    # validated like the bundled file: the id's form, no duplicate, no redefinition of a bundled target
    bad = cites + textwrap.dedent("""\
        sdg_targets:
          - id: "19.1"
            text: x
          - {id: "6.2", text: y}
          - {id: "6.2", text: z}
          - {id: "10.7", text: w}
          - {id: 6.3, text: v}
          - {id: "6.4"}
        """)
    path.write_text(bad, encoding="utf-8")
    _, problems = check_plugin_file(path)
    got = [str(p).replace(str(path), "F") for p in problems]
    assert got[:6] == [
        "F:19: sdg_targets[0].id: '19.1' is not an SDG target id such as \"6.1\" or \"6.a\"",
        "F:22: sdg_targets[2].id: duplicate SDG target '6.2'",
        "F:23: sdg_targets[3].id: SDG target '10.7' is already bundled; cite it without redefining it",
        "F:24: sdg_targets[4].id: write SDG targets as quoted strings (\"6.1\", not 6.1); got the float 6.3",
        "F:25: sdg_targets[5].text: missing required key",
        "F:17: checklist[0].references.sdg[0]: unknown SDG target '6.1'; screener/data/sdg_targets.yaml lists "
        "the targets it knows (a plugin adds its own under sdg_targets)",
    ], got
