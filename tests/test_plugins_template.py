"""The copyable plugin template must stay valid: validate it and run its own tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from screener.plugins import check_plugin_file, load_plugins

TEMPLATE = Path(__file__).resolve().parents[1] / "screener" / "plugins" / "builtin" / "template"
PACKAGE = TEMPLATE / "screener_plugin_example"


def test_template_files_exist():
    for rel in ("pyproject.toml", "README.md", "screener_plugin_example/__init__.py",
                "screener_plugin_example/example.yaml", "tests/test_example.py"):
        assert (TEMPLATE / rel).is_file(), rel


def test_template_plugin_validates():
    plugin, problems = check_plugin_file(PACKAGE / "__init__.py")
    assert [str(p) for p in problems] == []
    assert plugin.name == "social_protection" and len(plugin.checklist) >= 6
    for item in plugin.checklist:
        assert {"en", "es", "fr"} <= set(item.recommendation)


def test_template_loads_beside_the_builtins():
    pset = load_plugins(plugins_dirs=[PACKAGE])
    assert "social_protection" in pset and "health" in pset and pset.errors == ()


def test_template_own_tests_pass(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(TEMPLATE), str(TEMPLATE / "tests")],
        cwd=TEMPLATE, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "5 passed" in proc.stdout
