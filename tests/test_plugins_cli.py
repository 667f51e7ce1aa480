"""`screener plugins list|show|check` through the real command group."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from click.testing import CliRunner

from screener.cli import main

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "screener" / "plugins" / "builtin"


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_list():
    r = run("plugins", "list")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split()[:5] == ["NAME", "CODE", "VERSION", "ITEMS", "LANGUAGES"]
    health = next(line for line in lines if line.startswith("health "))
    assert "HEA" in health and "en,es,fr" in health and "entry point screener.plugins:health" in health
    assert len(lines) == 10 and r.stderr == ""


def test_list_json():
    r = run("plugins", "list", "--json")
    data = json.loads(r.stdout)
    assert [p["name"] for p in data["plugins"]][:2] == ["education", "employment"]
    assert data["errors"] == []


def test_list_reports_failures_on_stderr_and_exits_0(tmp_path):
    (tmp_path / "broken.yaml").write_text("name: broken\nschema: [\n", encoding="utf-8")
    r = run("plugins", "list", "--plugins-dir", str(tmp_path))
    assert r.exit_code == 0
    assert "plugin broken (plugins-dir" in r.stderr and "not valid YAML" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert "health" in r.stdout


def test_list_exits_11_when_nothing_loads(tmp_path, monkeypatch):
    from screener.plugins import registry

    monkeypatch.setattr(registry, "_entry_points", lambda: [])
    (tmp_path / "broken.yaml").write_text("name: broken\n", encoding="utf-8")
    r = run("plugins", "list", "--plugins-dir", str(tmp_path))
    assert r.exit_code == 11
    assert "screener: error: no sector plugin could be loaded" in r.stderr and "Traceback" not in r.stderr


def test_show():
    r = run("plugins", "show", "health", "--lang", "es")
    assert r.exit_code == 0, r.stderr
    out = r.stdout
    assert out.startswith("health (HEA) 1.0.0: Salud")
    assert "origin: entry point screener.plugins:health" in out
    assert "sector terms: en " in out and ", es " in out and ", fr " in out
    assert "HEA-01  [core]  Acceso a los servicios de salud" in out
    assert "references: SDG 3.8, 10.7; GCM 15" in out


def test_show_unknown_plugin():
    r = run("plugins", "show", "helth")
    assert r.exit_code == 11
    assert "no sector plugin named 'helth'" in r.stderr and "Traceback" not in r.stderr


def test_show_bad_language_is_usage_error():
    assert run("plugins", "show", "health", "--lang", "de").exit_code == 2


def test_check_builtins_ok():
    r = run("plugins", "check", str(BUILTIN_DIR))
    assert r.exit_code == 0, r.stdout + r.stderr
    assert r.stdout.count("ok: ") == 9  # each YAML checked once, through its module


def test_check_reports_file_line_and_exits_11(tmp_path):
    bad = tmp_path / "water.yaml"
    bad.write_text(textwrap.dedent("""\
        schema: screener.plugin/1
        name: water
        code: WAT
        version: 1.0.0
        title: {en: Water}
        description: {en: Water.}
        sector_terms: {en: [water]}
        colour: blue
        checklist:
          - id: WAT-01
            level: core
            title: {en: T}
            description: {en: D}
            detect: {concepts: [refugees]}
            recommendation: {en: R}
        """), encoding="utf-8")
    r = run("plugins", "check", str(bad))
    assert r.exit_code == 11
    assert f"{bad}:8: colour: unknown key" in r.stdout
    assert f"{bad}:14: checklist[0].detect.concepts[0]: unknown migration concept 'refugees'" in r.stdout
    assert "1 of 1 plugin file(s) have problems" in r.stderr
    assert "Traceback" not in r.stdout + r.stderr


def test_check_missing_path_is_usage_error(tmp_path):
    assert run("plugins", "check", str(tmp_path / "nope.yaml")).exit_code == 2


def test_check_empty_folder(tmp_path):
    r = run("plugins", "check", str(tmp_path))
    assert r.exit_code == 11 and "no plugin files" in r.stderr


HARVEST_LEXICON = ("schema: screener.lexicon/1\nname: local\nversion: 0.1.0\nconcepts:\n"
                   "  - id: seasonal_harvest_work\n    terms:\n      es: [temporeros de la cosecha]\n")
HARVEST_PLUGIN = ("schema: screener.plugin/1\nname: harvest\ncode: HRV\nversion: 1.0.0\n"
                  "title: {en: Harvest, es: Cosecha}\ndescription: {en: Harvest work.}\n"
                  "sector_terms: {es: [cosecha]}\nchecklist:\n"
                  "  - id: HRV-01\n    level: core\n    title: {en: Seasonal workers}\n    description: {en: x}\n"
                  "    detect: {concepts: [seasonal_harvest_work]}\n    recommendation: {en: x}\n"
                  "    references: {sdg: ['8.8'], gcm: [6]}\n")


def test_list_show_and_check_know_the_concepts_of_a_lexicon(tmp_path):
    """A plugin citing a concept of the author's own lexicon: refused without it, as `scan`
    would; checked, listed and shown with `--lexicon`, as `scan --lexicon` loads it."""
    lex = tmp_path / "local.yaml"
    lex.write_text(HARVEST_LEXICON, encoding="utf-8")
    pdir = tmp_path / "plugins"
    pdir.mkdir()
    (pdir / "harvest.yaml").write_text(HARVEST_PLUGIN, encoding="utf-8")
    res = run("plugins", "check", str(pdir / "harvest.yaml"))
    assert res.exit_code == 11 and "seasonal_harvest_work" in res.output
    res = run("plugins", "check", str(pdir / "harvest.yaml"), "--lexicon", str(lex))
    assert res.exit_code == 0 and res.output.startswith("ok: ")
    res = run("plugins", "list", "--plugins-dir", str(pdir), "--lexicon", str(lex), "--json")
    assert res.exit_code == 0
    assert "harvest" in {p["name"] for p in json.loads(res.stdout)["plugins"]}
    assert run("plugins", "list", "--plugins-dir", str(pdir), "--json").stderr.count("harvest") >= 1
    res = run("plugins", "show", "harvest", "--plugins-dir", str(pdir), "--lexicon", str(lex))
    assert res.exit_code == 0 and "seasonal_harvest_work" in res.output
