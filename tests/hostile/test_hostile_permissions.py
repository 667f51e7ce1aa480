"""Files that cannot be read: one line with the documented exit code, never click's usage text.

A plan that cannot be read is exit 3; a lexicon, plugin, config, model or training file that is
missing or cannot be read is exit 11 (README, "Exit codes"). Permissions must really deny, so
these tests run the CLI as a normal user, or, as root (CI containers), under `setpriv` without
the capabilities that let root read anything (conftest.permission_prefix).
"""

from __future__ import annotations

import json
import os

import pytest
from conftest import PLAN_EN, cli_denied, one_line

from screener.errors import EXIT_BAD_DATA, EXIT_NOT_FOUND, EXIT_PARTIAL, EXIT_USAGE


@pytest.fixture
def files(tmp_path):
    """A readable plan, and an unreadable plan, config, lexicon, plugin folder and model."""
    tmp_path.chmod(0o755)
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    locked = {}
    for name, text in (("secret.md", PLAN_EN), ("team.toml", "[scan]\n"), ("mine.yaml", "schema: screener.lexicon/1\n"),
                       ("m.skops", "PK")):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        locked[name] = p
    (tmp_path / "plugins").mkdir()
    locked["plugins"] = tmp_path / "plugins"
    for p in locked.values():
        p.chmod(0)
    yield plan, locked
    for p in locked.values():
        p.chmod(0o755)


def test_an_unreadable_plan_is_exit_3_in_every_command(files):
    plan, locked = files
    for args in (("scan", locked["secret.md"], "--no-classifier"), ("extract", locked["secret.md"]),
                 ("compare", locked["secret.md"], plan, "--no-classifier"),
                 ("compare", plan, locked["secret.md"], "--no-classifier")):
        line = one_line(cli_denied(*args, timeout=120), EXIT_NOT_FOUND)
        assert "secret.md: permission denied" in line and "Invalid value" not in line


@pytest.mark.parametrize("opt,name", [("--config", "team.toml"), ("--lexicon", "mine.yaml"),
                                      ("--plugins-dir", "plugins"), ("--model", "m.skops")])
def test_an_unreadable_data_file_is_exit_11(files, opt, name):
    plan, locked = files
    for cmd in ("scan", "compare"):
        args = (cmd, plan, *((plan,) if cmd == "compare" else ()), opt, locked[name], "--no-classifier")
        line = one_line(cli_denied(*args, timeout=120), EXIT_BAD_DATA)
        assert f"{name}: permission denied" in line


def test_check_and_train_commands_say_the_same(files, tmp_path):
    _plan, locked = files
    for args in (("lexicon", "check", locked["mine.yaml"]), ("lexicon", "show", "--extra", locked["mine.yaml"]),
                 ("plugins", "check", locked["plugins"]), ("plugins", "list", "--plugins-dir", locked["plugins"]),
                 ("train", locked["secret.md"], "-o", tmp_path / "m2.skops"),
                 ("evaluate", locked["secret.md"])):
        one_line(cli_denied(*args, timeout=120), EXIT_BAD_DATA)
    # a path that does not exist, where these commands check it, stays a one-line usage error
    line = one_line(cli_denied("train", tmp_path / "nowhere.jsonl", "-o", tmp_path / "m2.skops", timeout=120), EXIT_USAGE)
    assert "does not exist" in line


def test_a_batch_reports_each_unreadable_file_and_folder(tmp_path):
    tmp_path.chmod(0o755)
    plans = tmp_path / "plans"
    (plans / "locked").mkdir(parents=True)
    (plans / "ok.md").write_text(PLAN_EN, encoding="utf-8")
    (plans / "secret.md").write_text(PLAN_EN, encoding="utf-8")
    (plans / "locked" / "inner.md").write_text(PLAN_EN, encoding="utf-8")
    (plans / "secret.md").chmod(0)
    (plans / "locked").chmod(0)
    out = tmp_path / "out"
    try:
        res = cli_denied("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1", "--format", "md")
    finally:
        (plans / "locked").chmod(0o755)
        (plans / "secret.md").chmod(0o644)
    assert res.returncode == EXIT_PARTIAL, res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("screener: error:")]
    assert len(errors) == 2 and "Traceback" not in res.stderr
    assert any("locked: permission denied" in e for e in errors) and any("secret.md: permission denied" in e for e in errors)
    rows = {os.path.basename(r["document"]): r for r in json.loads((out / "summary.json").read_text())["documents"]}
    assert rows["ok.md"]["status"] == "ok"
    assert rows["secret.md"]["exit_code"] == rows["locked"]["exit_code"] == EXIT_NOT_FOUND
