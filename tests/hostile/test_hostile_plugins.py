"""No code runs unless asked for; plugins cannot end, corrupt or hang a scan."""

from __future__ import annotations

import json
import textwrap

import pytest
from conftest import PLAN_EN, one_line_error, run

from screener.errors import EXIT_BAD_DATA, EXIT_OK

SECTOR_YAML = textwrap.dedent("""\
    schema: screener.plugin/1
    name: water
    code: WAT
    version: 1.0.0
    title: {en: Water, es: Agua, fr: Eau}
    description: {en: Water and sanitation.}
    sector_terms:
      en: [drinking water, sanitation, health]
    checklist:
      - id: WAT-01
        level: core
        title: {en: Water for displaced people}
        description: {en: Water services reach displacement sites.}
        detect:
          concepts: [forced_displacement]
          terms: {en: [water]}
        recommendation: {en: Plan water for displacement sites.}
        references: {sdg: ["10.7"], gcm: [15]}
    """)


def plugin_dir(tmp_path, body: str, name: str = "water"):
    d = tmp_path / f"plugins_{name}"
    d.mkdir()
    (d / f"{name}.yaml").write_text(SECTOR_YAML, encoding="utf-8")
    (d / f"{name}.py").write_text(textwrap.dedent(f"""\
        import sys, time
        from screener.plugins import hookimpl

        @hookimpl
        def screener_sector():
            return "{name}.yaml"

        @hookimpl
        def screener_sector_spans(sector, text, doc, lang):
        """) + textwrap.indent(textwrap.dedent(body), "    "), encoding="utf-8")
    return d


@pytest.fixture
def plan(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(PLAN_EN, encoding="utf-8")
    return p


def test_config_found_in_the_working_folder_does_not_run_plugin_code(tmp_path, plan, monkeypatch):
    marker = tmp_path / "ran"
    evil = tmp_path / "evil.py"
    evil.write_text(f"open({str(marker)!r}, 'w').write('pwned')\n", encoding="utf-8")
    (tmp_path / "screener.toml").write_text('[scan]\nplugins_dirs = ["."]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = run("scan", "plan.md", "-o", "r.json", "--no-classifier")
    assert res.exit_code == EXIT_OK, res.output
    assert not marker.exists()
    assert "plugins_dirs not loaded" in res.stderr and "--allow-plugins" in res.stderr
    # asked for explicitly: the code runs (and, not being a plugin, is an invalid plugin: exit 11)
    res = run("scan", "plan.md", "-o", "r.json", "--no-classifier", "--allow-plugins")
    assert marker.exists()
    assert res.exit_code == EXIT_BAD_DATA


def test_explicit_config_loads_its_plugins(tmp_path, plan, monkeypatch):
    d = plugin_dir(tmp_path, "return []\n")
    cfg = tmp_path / "team.toml"
    cfg.write_text(f'[scan]\nplugins_dirs = ["{d.name}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = run("scan", "plan.md", "-o", "r.json", "--no-classifier", "--config", cfg)
    assert res.exit_code == EXIT_OK, res.output
    assert any(s["sector"] == "water" for s in json.loads((tmp_path / "r.json").read_text())["sectors"])


def test_invalid_plugins_dir_plugin_is_exit_11(tmp_path, plan):
    d = tmp_path / "p"
    d.mkdir()
    (d / "broken.yaml").write_text("schema: screener.plugin/1\nname: broken\nnot_a_key: 1\n", encoding="utf-8")
    line = one_line_error(run("scan", plan, "-o", tmp_path / "r.json", "--no-classifier", "--plugins-dir", d), EXIT_BAD_DATA)
    assert "broken" in line


@pytest.mark.parametrize("body,expect", [
    ("sys.exit(0)\n", "SystemExit"),
    ("raise RuntimeError('boom')\n", "boom"),
    ("print('garbage on stdout')\nreturn []\n", None),
])
def test_hooks_cannot_end_the_scan_or_corrupt_stdout(tmp_path, plan, body, expect):
    d = plugin_dir(tmp_path, body)
    res = run("scan", plan, "--format", "json", "--no-classifier", "--plugins-dir", d)
    assert res.exit_code == EXIT_OK, res.output
    report = json.loads(res.stdout)  # stdout is the report, and only the report
    assert any(s["sector"] == "health" for s in report["sectors"])
    if expect:
        assert any(expect in e["message"] for e in report["plugin_errors"])
        assert "plugin water" in res.stderr and expect in res.stderr  # said on stderr too
    else:
        assert "garbage on stdout" in res.stderr and report["plugin_errors"] == []


def test_a_hook_that_loops_is_stopped_by_its_time_budget(tmp_path, plan, monkeypatch):
    monkeypatch.setenv("SCREENER_HOOK_SECONDS", "0.5")
    d = plugin_dir(tmp_path, "while True:\n    pass\n")
    res = run("scan", plan, "--format", "json", "--no-classifier", "--plugins-dir", d)
    assert res.exit_code == EXIT_OK, res.output
    errors = json.loads(res.stdout)["plugin_errors"]
    assert len(errors) == 1 and "time budget" in errors[0]["message"]


def test_import_time_print_and_exit_do_not_leak(tmp_path, plan):
    d = tmp_path / "p"
    d.mkdir()
    (d / "noisy.py").write_text("print('hello from import')\nimport sys\nsys.exit(3)\n", encoding="utf-8")
    res = run("scan", plan, "--format", "json", "--no-classifier", "--plugins-dir", d)
    assert res.exit_code == EXIT_BAD_DATA and res.stdout == ""
    assert "hello from import" in res.stderr and "SystemExit" in res.stderr
