"""The README and docs say what the code does: checked, so they cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from screener.cli import COMMANDS, main
from screener.errors import EXIT_CODES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_exit_code_table_matches_the_code():
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", README, flags=re.M))
    assert {int(k) for k in table} == set(EXIT_CODES)


def test_every_command_in_the_readme_exists_and_has_help():
    named = set(re.findall(r"`screener ([a-z]+)", README))
    assert named and named <= set(COMMANDS), named - set(COMMANDS)
    for name in named:
        res = CliRunner().invoke(main, [name, "--help"])
        assert res.exit_code == 0, (name, res.output)


def test_linked_docs_exist():
    for link in re.findall(r"\]\(((?:docs|benchmarks)/[^)#]+)\)", README):
        assert (ROOT / link).exists(), link


def test_ci_runs_the_readme_test_command():
    block = README.split("<!-- setup-commands -->")[1].split("<!-- /setup-commands -->")[0]
    commands = [ln for ln in block.splitlines() if ln.startswith("python3 ")]
    assert len(commands) == 2 and "screener scan sample_docs/" in commands[0] and "pytest" in commands[1]
    assert "setup-commands" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
